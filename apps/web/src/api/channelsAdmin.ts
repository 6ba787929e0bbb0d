import { api } from "./client";
import { oneOf, optionalOneOf } from "./console";
import { invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";
import { id } from "./staffPayments";

// The channels admin page (admins): each channel on or off, its settings, its secrets (hints
// only; a rotated secret comes back once), its health and the URLs for the provider.

export const CHANNELS = ["email", "chat", "phone", "messenger", "x"] as const;
export type Channel = (typeof CHANNELS)[number];

export const HEALTH_STATUSES = ["ok", "error", "idle", "off", "not_configured"] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

export const ENDPOINT_KEYS = [
  "inboundEmail",
  "smtp",
  "chatWidget",
  "voiceWebhook",
  "messengerWebhook",
  "xWebhook",
] as const;
export type EndpointKey = (typeof ENDPOINT_KEYS)[number];

export interface Bilingual {
  en: string;
  "zh-CN": string;
}

export interface SecretInfo {
  name: string;
  /** satchel: generated here (rotate); provider: pasted from the provider (set). */
  issuer: "satchel" | "provider";
  configured: boolean;
  source: "database" | "environment" | null;
  hint: string | null;
}

export interface ChannelSettings {
  autoAcknowledge?: boolean;
  pageId?: string | null;
  /** Messenger: keep images as ticket attachments (fetched from Meta's CDN). */
  downloadAttachments?: boolean;
  accountId?: string | null;
  /** X: the app's OAuth 2.0 client id, for refreshing the access token. */
  clientId?: string | null;
}

export interface ChannelInfo {
  channel: Channel;
  enabled: boolean;
  settings: ChannelSettings;
  environment: {
    supportAddress: string | null;
    smtp: { host: string; port: number } | null;
    apiUrl: string | null;
    phoneLines: { label: Bilingual; number: string; hours: Bilingual }[];
  };
  secrets: SecretInfo[];
  health: {
    status: HealthStatus;
    lastInboundAt: string | null;
    lastOutboundAt: string | null;
    lastError: string | null;
    lastErrorAt: string | null;
  };
  endpoints: { key: EndpointKey; url: string }[];
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
}

function bilingual(value: unknown): Bilingual | null {
  if (!isRecord(value) || typeof value.en !== "string" || typeof value["zh-CN"] !== "string") return null;
  return { en: value.en, "zh-CN": value["zh-CN"] };
}

function parseSettings(value: unknown): ChannelSettings {
  if (!isRecord(value)) return {};
  const settings: ChannelSettings = {};
  if (typeof value.autoAcknowledge === "boolean") settings.autoAcknowledge = value.autoAcknowledge;
  if ("pageId" in value) settings.pageId = strOrNull(value.pageId);
  if ("accountId" in value) settings.accountId = strOrNull(value.accountId);
  if (typeof value.downloadAttachments === "boolean")
    settings.downloadAttachments = value.downloadAttachments;
  if ("clientId" in value) settings.clientId = strOrNull(value.clientId);
  return settings;
}

function parseSecret(value: unknown): SecretInfo | null {
  if (!isRecord(value) || typeof value.name !== "string") return null;
  return {
    name: value.name,
    issuer: oneOf(["satchel", "provider"] as const, value.issuer, "provider"),
    configured: value.configured === true,
    source: optionalOneOf(["database", "environment"] as const, value.source),
    hint: strOrNull(value.hint),
  };
}

function items<T>(value: unknown, parse: (item: unknown) => T | null): T[] {
  return Array.isArray(value) ? value.map(parse).filter((item): item is T => item !== null) : [];
}

export function parseChannel(value: unknown): ChannelInfo | null {
  if (!isRecord(value)) return null;
  const channel = optionalOneOf(CHANNELS, value.channel);
  if (!channel) return null;
  const env = isRecord(value.environment) ? value.environment : {};
  const health = isRecord(value.health) ? value.health : {};
  const smtp = isRecord(env.smtp) ? env.smtp : null;
  const by = isRecord(value.updatedBy) ? value.updatedBy : null;
  return {
    channel,
    enabled: value.enabled !== false,
    settings: parseSettings(value.settings),
    environment: {
      supportAddress: strOrNull(env.supportAddress),
      smtp: smtp ? { host: str(smtp.host), port: num(smtp.port) } : null,
      apiUrl: strOrNull(env.apiUrl),
      phoneLines: items(env.phoneLines, (line) => {
        if (!isRecord(line) || typeof line.number !== "string") return null;
        const label = bilingual(line.label) ?? { en: line.number, "zh-CN": line.number };
        return { number: line.number, label, hours: bilingual(line.hours) ?? { en: "", "zh-CN": "" } };
      }),
    },
    secrets: items(value.secrets, parseSecret),
    health: {
      status: oneOf(HEALTH_STATUSES, health.status, "idle"),
      lastInboundAt: strOrNull(health.lastInboundAt),
      lastOutboundAt: strOrNull(health.lastOutboundAt),
      lastError: strOrNull(health.lastError),
      lastErrorAt: strOrNull(health.lastErrorAt),
    },
    endpoints: items(value.endpoints, (e) => {
      if (!isRecord(e) || typeof e.url !== "string") return null;
      const key = optionalOneOf(ENDPOINT_KEYS, e.key);
      return key ? { key, url: e.url } : null;
    }),
    updatedAt: strOrNull(value.updatedAt),
    updatedBy: by && typeof by.id === "string" ? { id: by.id, name: str(by.name, by.id) } : null,
  };
}

function oneChannel(body: unknown): ChannelInfo {
  const channel = parseChannel(body);
  if (!channel) throw invalid();
  return channel;
}

export async function listChannels(abort?: AbortSignal): Promise<ChannelInfo[]> {
  return list(await api.get<unknown>("/api/v1/admin/support/channels", signal(abort)), parseChannel);
}

export interface ChannelPatch {
  enabled?: boolean;
  settings?: ChannelSettings;
}

export async function updateChannel(channel: Channel, patch: ChannelPatch): Promise<ChannelInfo> {
  return oneChannel(await api.patch<unknown>(`/api/v1/admin/support/channels/${id(channel)}`, patch));
}

/** A new value for a secret Satchel issues: the only time it is shown. */
export async function rotateSecret(channel: Channel, name: string): Promise<{ value: string; hint: string }> {
  const body = await api.post<unknown>(
    `/api/v1/admin/support/channels/${id(channel)}/secrets/${id(name)}/rotate`,
  );
  if (!isRecord(body) || typeof body.value !== "string") throw invalid();
  return { value: body.value, hint: str(body.hint) };
}

/** A secret the provider issued, pasted in; answers its hint. */
export async function setSecret(channel: Channel, name: string, value: string): Promise<{ hint: string }> {
  const body = await api.put<unknown>(`/api/v1/admin/support/channels/${id(channel)}/secrets/${id(name)}`, {
    value,
  });
  return { hint: isRecord(body) ? str(body.hint) : "" };
}

// --- announcements to the social accounts (supervisors and admins) ------------------------------

export const ANNOUNCEMENT_CHANNELS = ["messenger", "x"] as const;
export type AnnouncementChannel = (typeof ANNOUNCEMENT_CHANNELS)[number];

export interface Announcement {
  id: string;
  channel: AnnouncementChannel;
  body: string;
  status: "queued" | "sent" | "failed";
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

function parseAnnouncement(value: unknown): Announcement | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const channel = optionalOneOf(ANNOUNCEMENT_CHANNELS, value.channel);
  if (!channel) return null;
  return {
    id: value.id,
    channel,
    body: str(value.body),
    status: oneOf(["queued", "sent", "failed"] as const, value.status, "queued"),
    error: strOrNull(value.error),
    createdAt: str(value.createdAt),
    sentAt: strOrNull(value.sentAt),
  };
}

function announcementsOf(body: unknown): Announcement[] {
  return items(isRecord(body) ? body.announcements : undefined, parseAnnouncement);
}

export async function listAnnouncements(abort?: AbortSignal): Promise<Announcement[]> {
  return announcementsOf(
    await api.get<unknown>("/api/v1/admin/support/announcements", { query: { limit: 10 }, ...signal(abort) }),
  );
}

/** Queues one post per chosen account; they go out in a moment through the outbox. */
export async function postAnnouncement(
  channels: AnnouncementChannel[],
  body: string,
): Promise<Announcement[]> {
  return announcementsOf(await api.post<unknown>("/api/v1/admin/support/announcements", { channels, body }));
}
