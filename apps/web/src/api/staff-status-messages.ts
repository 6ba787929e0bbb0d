import { api } from "./client";
import { type Bilingual, bilingual } from "./deskAdmin";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notifications";
import { invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";
import { oneOf } from "./staff-status-common";
import { id, type Page, readPage } from "./staffPayments";

// Staff side of the notification center: message templates with their previews, and the
// outbox's dead letters.

export const TEMPLATE_AUDIENCES = ["customer", "subscriber", "guest", "staff"] as const;
export type TemplateAudience = (typeof TEMPLATE_AUDIENCES)[number];

export interface MessageTemplate {
  key: string;
  channel: "email" | "sms";
  audience: TemplateAudience;
  /** The notification kind it goes out as; null for what a person asked for (a link, a code). */
  kind: NotificationKind | null;
  description: Bilingual;
}

export interface TemplatePreview {
  key: string;
  channel: "email" | "sms";
  language: "en" | "zh-CN";
  subject: string | null;
  text: string;
  /** The HTML part; shown only inside a sandboxed frame. */
  html: string | null;
}

function parseTemplate(value: unknown): MessageTemplate | null {
  if (!isRecord(value) || typeof value.key !== "string") return null;
  return {
    key: value.key,
    channel: value.channel === "sms" ? "sms" : "email",
    audience: oneOf(TEMPLATE_AUDIENCES, value.audience) ?? "customer",
    kind: oneOf(NOTIFICATION_KINDS, value.kind),
    description: bilingual(value.description, value.key),
  };
}

export async function listTemplates(abort?: AbortSignal): Promise<MessageTemplate[]> {
  return list(await api.get<unknown>("/api/v1/admin/templates", signal(abort)), parseTemplate);
}

export async function previewTemplate(
  key: string,
  options: { language: "en" | "zh-CN"; antiPhishingCode?: string; signal?: AbortSignal },
): Promise<TemplatePreview> {
  const body = await api.get<unknown>(`/api/v1/admin/templates/${id(key)}/preview`, {
    query: { language: options.language, antiPhishingCode: options.antiPhishingCode?.trim() || undefined },
    ...signal(options.signal),
  });
  if (!isRecord(body)) throw invalid();
  return {
    key: str(body.key, key),
    channel: body.channel === "sms" ? "sms" : "email",
    language: body.language === "zh-CN" ? "zh-CN" : body.language === "en" ? "en" : options.language,
    subject: strOrNull(body.subject),
    text: str(body.text),
    html: strOrNull(body.html),
  };
}

// --- outbox -----------------------------------------------------------------------------------------------

export interface OutboxMessage {
  id: string;
  topic: string;
  attempts: number;
  lastError: string | null;
  createdAt: string | null;
  nextAttemptAt: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** Who and what, masked; never the body (it may hold a reset link). */
  summary: { channel: string | null; to: string | null; subject: string | null };
}

export interface OutboxPage extends Page<OutboxMessage> {
  counts: { pending: number; dead: number };
}

function parseOutboxMessage(value: unknown): OutboxMessage | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const summary = isRecord(value.summary) ? value.summary : {};
  return {
    id: value.id,
    topic: str(value.topic),
    attempts: num(value.attempts),
    lastError: strOrNull(value.lastError),
    createdAt: strOrNull(value.createdAt),
    nextAttemptAt: strOrNull(value.nextAttemptAt),
    resolvedAt: strOrNull(value.resolvedAt),
    resolvedBy: strOrNull(value.resolvedBy),
    summary: {
      channel: strOrNull(summary.channel),
      to: strOrNull(summary.to),
      subject: strOrNull(summary.subject),
    },
  };
}

export async function listOutbox(options: {
  status: "dead" | "discarded";
  cursor?: string | null;
  limit?: number;
  signal?: AbortSignal;
}): Promise<OutboxPage> {
  const body = await api.get<unknown>("/api/v1/admin/outbox", {
    query: { status: options.status, cursor: options.cursor, limit: options.limit },
    ...signal(options.signal),
  });
  const counts = isRecord(body) && isRecord(body.counts) ? body.counts : {};
  return {
    ...readPage(body, parseOutboxMessage),
    counts: { pending: num(counts.pending), dead: num(counts.dead) },
  };
}

/** A dead letter goes back to pending now, its attempts counted from zero again. */
export async function retryOutboxMessage(messageId: string): Promise<void> {
  await api.post<unknown>(`/api/v1/admin/outbox/${id(messageId)}/retry`);
}

export async function discardOutboxMessage(messageId: string): Promise<void> {
  await api.post<unknown>(`/api/v1/admin/outbox/${id(messageId)}/discard`);
}
