import { isRecord, str, strOrNull } from "./parse";

// The live chat's WebSocket frames (contract of issue #8, "Live chat protocol"), read and written
// here only: a frame of an unknown type or shape is dropped at this edge, never half-applied.

export const CHAT_SOCKET_PATH = "/api/v1/chat/socket";

/** "ended" once either side ended the chat; "offline" when nobody was online and it became a ticket. */
export const CHAT_STATES = ["waiting", "active", "offline", "ended"] as const;
export type ChatState = (typeof CHAT_STATES)[number];

/** What the customer is told to expect when nobody is online (from the SLA), in both languages. */
export interface ExpectedReply {
  en: string;
  "zh-CN": string;
}

export function parseExpectedReply(value: unknown): ExpectedReply | null {
  if (typeof value === "string" && value !== "") return { en: value, "zh-CN": value };
  if (!isRecord(value)) return null;
  const en = strOrNull(value.en);
  const zh = strOrNull(value["zh-CN"]);
  if (!en && !zh) return null;
  return { en: en ?? zh ?? "", "zh-CN": zh ?? en ?? "" };
}

export const AUTHOR_TYPES = ["customer", "agent", "system"] as const;
export type ChatAuthorType = (typeof AUTHOR_TYPES)[number];

export interface ChatAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  /** Where to show it, when the server says; otherwise the reader builds the address. */
  url: string | null;
}

export interface ChatMessage {
  seq: number;
  id: string;
  /** The sender's own id for it: how a sender matches its echo to what it queued. */
  clientId: string | null;
  authorType: ChatAuthorType;
  authorName: string | null;
  body: string;
  attachments: ChatAttachment[];
  createdAt: string;
  /** For my own messages: the other side's device got it, or they read it (null: not yet). */
  deliveryStatus: "delivered" | "read" | null;
}

export type ServerFrame =
  | {
      type: "hello";
      chatId: string | null;
      state: ChatState | null;
      queuePosition: number | null;
      agentsOnline: number | null;
      agentName: string | null;
      /** Offline chats: when the answer comes by email. */
      expectedReply: ExpectedReply | null;
    }
  | { type: "message"; chatId: string | null; message: ChatMessage }
  | { type: "ack"; chatId: string | null; clientId: string; id: string; seq: number }
  | { type: "typing"; chatId: string | null; authorType: ChatAuthorType }
  | { type: "read" | "delivered"; chatId: string | null; seq: number; by: "agent" | "customer" }
  | {
      type: "state";
      chatId: string | null;
      state: ChatState | null;
      queuePosition: number | null;
      agentName: string | null;
      /** A waiting chat nobody came to turned offline: when the answer comes by email. */
      expectedReply: ExpectedReply | null;
    }
  | { type: "error"; code: string; message: string; clientId: string | null; chatId: string | null }
  | { type: "pong" };

export type ClientFrame =
  | { type: "message"; clientId: string; body: string; attachmentIds?: string[]; chatId?: string }
  | { type: "typing"; chatId?: string }
  | { type: "read"; seq: number; chatId?: string }
  | { type: "join"; chatId: string; after: number }
  | { type: "leave"; chatId: string }
  | { type: "ping" };

function oneOfOrNull<T extends string>(options: readonly T[], value: unknown): T | null {
  return options.find((o) => o === value) ?? null;
}

function count(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}

function seqOf(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null;
}

export function parseChatAttachment(value: unknown): ChatAttachment | null {
  if (!isRecord(value) || typeof value.id !== "string" || value.id === "") return null;
  return {
    id: value.id,
    filename: str(value.filename, value.id),
    contentType: str(value.contentType),
    size: count(value.size) ?? 0,
    url: strOrNull(value.url),
  };
}

/** A chat message as the socket sends it (also the items of REST answers that list messages). */
export function parseChatMessage(value: unknown): ChatMessage | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const seq = seqOf(value.seq);
  if (seq === null) return null;
  const attachments = Array.isArray(value.attachments) ? value.attachments : [];
  return {
    seq,
    id: value.id,
    clientId: strOrNull(value.clientId),
    authorType: oneOfOrNull(AUTHOR_TYPES, value.authorType) ?? "system",
    authorName: strOrNull(value.authorName),
    body: str(value.body),
    attachments: attachments.map(parseChatAttachment).filter((a): a is ChatAttachment => a !== null),
    createdAt: str(value.createdAt),
    deliveryStatus:
      value.deliveryStatus === "delivered" || value.deliveryStatus === "read" ? value.deliveryStatus : null,
  };
}

/** One text frame from the server, or null when it is not JSON or not a frame this client knows. */
export function parseServerFrame(data: unknown): ServerFrame | null {
  if (typeof data !== "string") return null;
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(body)) return null;
  const chatId = strOrNull(body.chatId);
  switch (body.type) {
    case "hello":
      return {
        type: "hello",
        chatId,
        state: oneOfOrNull(CHAT_STATES, body.state),
        queuePosition: count(body.queuePosition),
        agentsOnline: count(body.agentsOnline),
        agentName: strOrNull(body.agentName),
        expectedReply: parseExpectedReply(body.expectedReply),
      };
    case "message": {
      const message = parseChatMessage(body);
      return message ? { type: "message", chatId, message } : null;
    }
    case "ack": {
      const seq = seqOf(body.seq);
      if (typeof body.clientId !== "string" || typeof body.id !== "string" || seq === null) return null;
      return { type: "ack", chatId, clientId: body.clientId, id: body.id, seq };
    }
    case "typing": {
      const authorType = oneOfOrNull(AUTHOR_TYPES, body.authorType);
      return authorType ? { type: "typing", chatId, authorType } : null;
    }
    case "read":
    case "delivered": {
      const seq = seqOf(body.seq);
      const by = oneOfOrNull(["agent", "customer"] as const, body.by);
      return seq !== null && by ? { type: body.type, chatId, seq, by } : null;
    }
    case "state":
      return {
        type: "state",
        chatId,
        state: oneOfOrNull(CHAT_STATES, body.state),
        queuePosition: count(body.queuePosition),
        agentName: strOrNull(body.agentName),
        expectedReply: parseExpectedReply(body.expectedReply),
      };
    case "error":
      return {
        type: "error",
        code: str(body.code, "chat_error"),
        message: str(body.message),
        clientId: strOrNull(body.clientId),
        chatId,
      };
    case "pong":
      return { type: "pong" };
    default:
      return null;
  }
}

/**
 * The socket's address on this page's origin: ws:// beside http://, wss:// beside https://.
 * `query` values that are empty are left out.
 */
export function chatSocketUrl(
  location: { protocol: string; host: string },
  query: Record<string, string | number | null | undefined>,
): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return `${scheme}//${location.host}${CHAT_SOCKET_PATH}${qs ? `?${qs}` : ""}`;
}

/**
 * A random id for an outgoing message. crypto.randomUUID exists only on secure pages (https or
 * localhost); a self-hosted desk on plain http in an office network gets a v4 UUID built from
 * getRandomValues, which every page has.
 */
export function newClientId(
  cryptoApi: Pick<Crypto, "getRandomValues"> & Partial<Pick<Crypto, "randomUUID">> = crypto,
): string {
  if (typeof cryptoApi.randomUUID === "function") return cryptoApi.randomUUID();
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
