import { api, request } from "./client";

/** A message captured by the dev mailbox (development mode only). */
export interface DevMessage {
  id: string;
  channel: "email" | "sms";
  to: string;
  /** null for SMS */
  subject: string | null;
  text: string;
  /** null for SMS and for text-only email */
  html: string | null;
  /** Email threading headers as sent (From, Reply-To, Message-ID, In-Reply-To, References); empty for SMS. */
  headers: Record<string, string>;
  /** A support email (Reply-To ours): it can be answered as the customer (replyAsCustomer). */
  answerable: boolean;
  /** ISO 8601 UTC */
  createdAt: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toMessage(item: unknown): DevMessage | null {
  if (!isRecord(item) || typeof item.id !== "string" || typeof item.to !== "string") return null;
  if (item.channel !== "email" && item.channel !== "sms") return null;
  return {
    id: item.id,
    channel: item.channel,
    to: item.to,
    subject: typeof item.subject === "string" ? item.subject : null,
    text: typeof item.text === "string" ? item.text : "",
    html: typeof item.html === "string" && item.html !== "" ? item.html : null,
    headers: isRecord(item.headers)
      ? Object.fromEntries(
          Object.entries(item.headers).filter(
            (entry): entry is [string, string] => typeof entry[1] === "string",
          ),
        )
      : {},
    answerable: item.answerable === true,
    createdAt: typeof item.createdAt === "string" ? item.createdAt : "",
  };
}

/** `GET /api/v1/dev/messages?to=` — newest first. Rejects with ApiError 404 when the mailbox is off. */
export async function listDevMessages(to: string, signal?: AbortSignal): Promise<DevMessage[]> {
  const body = await request<unknown>("/api/v1/dev/messages", {
    query: { to: to.trim() },
    ...(signal ? { signal } : {}),
  });
  const data = isRecord(body) && Array.isArray(body.data) ? body.data : [];
  return data.map(toMessage).filter((m): m is DevMessage => m !== null);
}

/** What the list shows as the message's headline: the subject, or the first line of an SMS. */
export function messageHeadline(message: DevMessage): string | null {
  if (message.subject) return message.subject;
  const firstLine = message.text.split(/\r?\n/).find((line) => line.trim() !== "");
  return firstLine?.trim() ?? null;
}

/** Where an answer to a support email landed: its ticket, and whether it opened a new one. */
export interface DevAnswer {
  ticketId: string | null;
  number: string | null;
  created: boolean;
}

/**
 * `POST /api/v1/dev/messages/{id}/reply` — answers a support email as its recipient would, through
 * the inbound email path (development only).
 */
export async function replyAsCustomer(messageId: string, text: string): Promise<DevAnswer> {
  const body = await api.post<unknown>(`/api/v1/dev/messages/${encodeURIComponent(messageId)}/reply`, {
    text,
  });
  if (!isRecord(body)) return { ticketId: null, number: null, created: false };
  return {
    ticketId: typeof body.ticketId === "string" ? body.ticketId : null,
    number: typeof body.number === "string" ? body.number : null,
    created: body.created === true,
  };
}
