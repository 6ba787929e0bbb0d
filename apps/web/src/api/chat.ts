import {
  CHAT_STATES,
  type ChatAttachment,
  type ChatState,
  type ExpectedReply,
  parseChatAttachment,
  parseExpectedReply,
} from "./chatProtocol";
import { ApiError, api } from "./client";
import { isRecord, signal, str, strOrNull } from "./parse";
import { id, rawFetch } from "./staffPayments";
import { attachmentContentType, filenameHeader } from "./support";

// The customer side of live chat over REST (contract of issue #8): start a chat, find the open
// one again, end it, have the transcript emailed, send an image. Signed-in customers are known by
// their session; guests by the chat token they got when they started (X-Chat-Token).

export type { ExpectedReply } from "./chatProtocol";

export interface ChatSession {
  chatId: string;
  /** The ticket number, digits only. */
  number: string;
  state: ChatState;
  /** Guests only: keep it for the socket and the other calls. */
  token: string | null;
  queuePosition: number | null;
  agentsOnline: number;
  agentName: string | null;
  expectedReply: ExpectedReply | null;
}

export interface StartChatInput {
  name?: string;
  email?: string;
  message?: string;
  language: "en" | "zh-CN";
}

export function parseChatSession(value: unknown, token: string | null = null): ChatSession {
  if (!isRecord(value)) throw new Error("The server's answer does not have the documented shape.");
  const chatId = strOrNull(value.chatId) ?? strOrNull(value.id);
  if (!chatId) throw new Error("The server's answer does not have the documented shape.");
  const state = CHAT_STATES.find((s) => s === value.state) ?? "waiting";
  return {
    chatId,
    number: typeof value.number === "number" ? String(value.number) : str(value.number).replace(/^#/, ""),
    state,
    token: strOrNull(value.token) ?? token,
    queuePosition: typeof value.queuePosition === "number" ? value.queuePosition : null,
    agentsOnline: typeof value.agentsOnline === "number" ? value.agentsOnline : 0,
    agentName: strOrNull(value.agentName),
    expectedReply: parseExpectedReply(value.expectedReply),
  };
}

function chatHeaders(token: string | null | undefined): Record<string, string> {
  return token ? { "X-Chat-Token": token } : {};
}

function sessionPath(chatId: string, action?: string): string {
  return `/api/v1/chat/sessions/${id(chatId)}${action ? `/${action}` : ""}`;
}

export async function startChat(input: StartChatInput): Promise<ChatSession> {
  const body: Record<string, string> = { language: input.language };
  if (input.name?.trim()) body.name = input.name.trim();
  if (input.email?.trim()) body.email = input.email.trim();
  if (input.message?.trim()) body.message = input.message.trim();
  return parseChatSession(await api.post<unknown>("/api/v1/chat/sessions", body));
}

/** The caller's open chat (the session's, or the guest token's), or null when there is none. */
export async function currentChat(token?: string | null, abort?: AbortSignal): Promise<ChatSession | null> {
  try {
    const body = await api.get<unknown>("/api/v1/chat/sessions/current", {
      headers: chatHeaders(token),
      ...signal(abort),
    });
    return parseChatSession(body, token ?? null);
  } catch (error) {
    // No open chat (or a guest token that no longer opens one): start afresh.
    if (error instanceof ApiError && (error.status === 404 || error.status === 401 || error.status === 403))
      return null;
    throw error;
  }
}

export async function endChat(chatId: string, token?: string | null): Promise<void> {
  await api.post<unknown>(sessionPath(chatId, "end"), undefined, { headers: chatHeaders(token) });
}

/** Emails the conversation to the address the chat was started with; answers that address, masked. */
export async function emailTranscript(chatId: string, token?: string | null): Promise<string | null> {
  const body = await api.post<unknown>(sessionPath(chatId, "transcript"), undefined, {
    headers: chatHeaders(token),
  });
  return isRecord(body) ? strOrNull(body.sentTo) : null;
}

/** Live chat closed by the status page: under maintenance (until when) or in a major outage. */
export interface ChatClosure {
  reason: "maintenance" | "major_outage";
  /** The end of the maintenance; null for an outage. */
  until: Date | null;
  statusUrl: string;
}

export interface ChatAvailability {
  /** Live chat is turned on at all. */
  enabled: boolean;
  agentsOnline: number;
  /** When an emailed answer comes if nobody is online. */
  expectedReply: ExpectedReply | null;
  /** Closed by the status page: no new chat starts; the contact form still works. */
  unavailable: ChatClosure | null;
}

function parseClosure(value: unknown): ChatClosure | null {
  if (!isRecord(value)) return null;
  const reason = value.reason === "maintenance" || value.reason === "major_outage" ? value.reason : null;
  if (!reason) return null;
  const until = typeof value.until === "string" ? new Date(value.until) : null;
  return {
    reason,
    until: until && !Number.isNaN(until.getTime()) ? until : null,
    statusUrl: str(value.statusUrl),
  };
}

/** Before starting: is anyone online, and what happens if not. */
export async function chatAvailability(abort?: AbortSignal): Promise<ChatAvailability> {
  const body = await api.get<unknown>("/api/v1/chat/availability", signal(abort));
  const b = isRecord(body) ? body : {};
  return {
    enabled: b.enabled !== false,
    agentsOnline: typeof b.agentsOnline === "number" ? b.agentsOnline : 0,
    expectedReply: parseExpectedReply(b.expectedReply),
    unavailable: parseClosure(b.unavailable),
  };
}

/** Uploads one image as the raw body; it is attached to the next message by its id. */
export async function uploadChatAttachment(
  chatId: string,
  file: File,
  token?: string | null,
): Promise<ChatAttachment> {
  const response = await rawFetch(sessionPath(chatId, "attachments"), {
    method: "POST",
    headers: {
      "Content-Type": attachmentContentType(file),
      "X-Filename": filenameHeader(file.name),
      Accept: "application/json",
      ...chatHeaders(token),
    },
    body: file,
  });
  const attachment = parseChatAttachment(await response.json().catch(() => null));
  if (!attachment) throw new Error("The server's answer does not have the documented shape.");
  return attachment;
}

// --- the guest's chat across pages ---------------------------------------------------------------
// A guest's chat lives in this tab's sessionStorage (never localStorage: the token opens the
// conversation, and should not outlive the tab on a shared computer).

const GUEST_KEY = "satchel.chat.guest";
const OPEN_KEY = "satchel.chat.open";

export interface GuestChat {
  chatId: string;
  token: string;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null; // blocked by privacy settings: the chat lasts as long as the page
  }
}

export function savedGuestChat(): GuestChat | null {
  const raw = storage()?.getItem(GUEST_KEY);
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (isRecord(value) && typeof value.chatId === "string" && typeof value.token === "string")
      return { chatId: value.chatId, token: value.token };
  } catch {
    // unreadable: as if there were none
  }
  return null;
}

export function saveGuestChat(chat: GuestChat | null): void {
  const store = storage();
  if (!store) return;
  try {
    if (chat) store.setItem(GUEST_KEY, JSON.stringify(chat));
    else store.removeItem(GUEST_KEY);
  } catch {
    // full or blocked: the chat still works on this page
  }
}

/** Whether the panel was open, so it opens again on the next page. */
export function savedPanelOpen(): boolean {
  return storage()?.getItem(OPEN_KEY) === "1";
}

export function savePanelOpen(open: boolean): void {
  try {
    if (open) storage()?.setItem(OPEN_KEY, "1");
    else storage()?.removeItem(OPEN_KEY);
  } catch {
    // not remembered
  }
}

/** Where a customer's browser reads a chat image (guests: fetched with their token; see ChatImage). */
export function chatAttachmentSrc(attachment: ChatAttachment, chatId: string): string {
  return attachment.url ?? `${sessionPath(chatId, "attachments")}/${id(attachment.id)}`;
}
