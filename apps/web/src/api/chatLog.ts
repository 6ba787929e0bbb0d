import type { ChatAttachment, ChatAuthorType, ChatMessage, ChatState, ExpectedReply } from "./chatProtocol";

// One chat as this browser knows it, kept as immutable values so React can compare snapshots:
// the messages in seq order (each once, however often the server replays it), what this side
// wrote that the server has not echoed yet, and how far each side has read. Every function
// returns the same object when nothing changed.

/** The other side's "typing…" is shown this long after its last typing frame. */
export const TYPING_SHOWN_MS = 6_000;

/** Whose chat window this is: messages of this author type are "mine". */
export type ChatSide = "customer" | "agent";

export interface PendingMessage {
  clientId: string;
  body: string;
  attachments: ChatAttachment[];
  createdAt: string;
  /** The server stored it (ack) but its message frame has not come yet. */
  ack: { id: string; seq: number } | null;
  /** The server refused it (an error frame naming it): not sent again, shown as failed. */
  failed: string | null;
}

export interface ChatLog {
  chatId: string;
  state: ChatState | null;
  queuePosition: number | null;
  agentsOnline: number | null;
  agentName: string | null;
  /** Offline (nobody came): when the answer comes by email, as the server last said. */
  expectedReply: ExpectedReply | null;
  /** In seq order, no seq twice. */
  messages: readonly ChatMessage[];
  /** Written here, waiting for the server's message frame; in the order they were written. */
  pending: readonly PendingMessage[];
  /** The highest seq received: where a reconnect resumes (`after=`). */
  lastSeq: number;
  /** The highest seq that reached a device of the other side. */
  deliveredToOther: number;
  /** The highest seq the other side has read. */
  readByOther: number;
  /** The highest seq this side has reported read. */
  readByMe: number;
  /** When the other side last said it was typing (ms), cleared by its next message. */
  otherTypingAt: number | null;
}

export function emptyLog(chatId: string): ChatLog {
  return {
    chatId,
    state: null,
    queuePosition: null,
    agentsOnline: null,
    agentName: null,
    expectedReply: null,
    messages: [],
    pending: [],
    lastSeq: 0,
    deliveredToOther: 0,
    readByOther: 0,
    readByMe: 0,
    otherTypingAt: null,
  };
}

function otherSide(side: ChatSide): ChatAuthorType {
  return side === "customer" ? "agent" : "customer";
}

export interface Presence {
  state?: ChatState | null;
  queuePosition?: number | null;
  agentsOnline?: number | null;
  agentName?: string | null;
  expectedReply?: ExpectedReply | null;
}

/** What a hello or state frame says about the chat; a field the frame left out (null) keeps its value, except the queue position, which is gone once an agent took the chat. */
export function withPresence(log: ChatLog, presence: Presence): ChatLog {
  const state = presence.state ?? log.state;
  const next: ChatLog = {
    ...log,
    state,
    queuePosition: state === "waiting" ? (presence.queuePosition ?? log.queuePosition) : null,
    agentsOnline: presence.agentsOnline ?? log.agentsOnline,
    agentName: presence.agentName ?? log.agentName,
    expectedReply: presence.expectedReply ?? log.expectedReply,
  };
  const same =
    next.state === log.state &&
    next.queuePosition === log.queuePosition &&
    next.agentsOnline === log.agentsOnline &&
    next.agentName === log.agentName &&
    next.expectedReply?.en === log.expectedReply?.en &&
    next.expectedReply?.["zh-CN"] === log.expectedReply?.["zh-CN"];
  return same ? log : next;
}

/**
 * A message frame: put in seq order, dropped when already there (a replay after reconnect),
 * and it replaces what this side had queued under the same clientId.
 */
export function withMessage(log: ChatLog, message: ChatMessage, side: ChatSide): ChatLog {
  const known = log.messages.some((m) => m.seq === message.seq || m.id === message.id);
  const pending = log.pending.filter(
    (p) => !(message.clientId && p.clientId === message.clientId) && p.ack?.id !== message.id,
  );
  if (known) return pending.length === log.pending.length ? log : { ...log, pending };
  const messages = [...log.messages];
  let at = messages.length;
  while (at > 0 && (messages[at - 1]?.seq ?? 0) > message.seq) at--;
  messages.splice(at, 0, message);
  const fromOther = message.authorType === otherSide(side);
  return {
    ...log,
    messages,
    pending,
    lastSeq: Math.max(log.lastSeq, message.seq),
    otherTypingAt: fromOther ? null : log.otherTypingAt,
    // What I wrote I have read.
    readByMe: message.authorType === side ? Math.max(log.readByMe, message.seq) : log.readByMe,
  };
}

/** Queues what this side writes, shown at once as "sending". */
export function withPending(log: ChatLog, pending: PendingMessage): ChatLog {
  if (log.pending.some((p) => p.clientId === pending.clientId)) return log;
  return { ...log, pending: [...log.pending, pending] };
}

/** The server stored a queued message: it is delivered, and needs no resending. */
export function withAck(log: ChatLog, clientId: string, ack: { id: string; seq: number }): ChatLog {
  if (log.messages.some((m) => m.id === ack.id)) {
    const pending = log.pending.filter((p) => p.clientId !== clientId);
    return pending.length === log.pending.length ? log : { ...log, pending };
  }
  let changed = false;
  const pending = log.pending.map((p) => {
    if (p.clientId !== clientId || p.ack) return p;
    changed = true;
    return { ...p, ack, failed: null };
  });
  return changed ? { ...log, pending } : log;
}

/** The server refused a queued message (too long, too many): kept on screen as not sent. */
export function withFailed(log: ChatLog, clientId: string, reason: string): ChatLog {
  let changed = false;
  const pending = log.pending.map((p) => {
    if (p.clientId !== clientId || p.ack) return p;
    changed = true;
    return { ...p, failed: reason };
  });
  return changed ? { ...log, pending } : log;
}

/** Takes a failed message off the screen (the person chose to drop it). */
export function withoutPending(log: ChatLog, clientId: string): ChatLog {
  const pending = log.pending.filter((p) => p.clientId !== clientId);
  return pending.length === log.pending.length ? log : { ...log, pending };
}

/** A failed message is tried again: it goes back to "sending". */
export function withRetry(log: ChatLog, clientId: string): ChatLog {
  let changed = false;
  const pending = log.pending.map((p) => {
    if (p.clientId !== clientId || !p.failed) return p;
    changed = true;
    return { ...p, failed: null };
  });
  return changed ? { ...log, pending } : log;
}

/** A read frame: only the other side's reading moves my ticks. */
export function withRead(log: ChatLog, seq: number, by: ChatSide, side: ChatSide): ChatLog {
  if (by === side) return seq > log.readByMe ? { ...log, readByMe: seq } : log;
  return seq > log.readByOther ? { ...log, readByOther: seq } : log;
}

/** A delivered frame: my messages up to `seq` reached the other side's screen. */
export function withDelivered(log: ChatLog, seq: number, by: ChatSide, side: ChatSide): ChatLog {
  if (by === side || seq <= log.deliveredToOther) return log;
  return { ...log, deliveredToOther: seq };
}

/** This side has seen everything up to `seq`. */
export function withMyRead(log: ChatLog, seq: number): ChatLog {
  return seq > log.readByMe ? { ...log, readByMe: seq } : log;
}

export function withTyping(log: ChatLog, authorType: ChatAuthorType, side: ChatSide, now: number): ChatLog {
  if (authorType !== otherSide(side)) return log;
  return { ...log, otherTypingAt: now };
}

/** Messages still to be written to the socket: neither stored by the server nor refused. */
export function unsent(log: ChatLog): PendingMessage[] {
  return log.pending.filter((p) => !p.ack && !p.failed);
}

/** Messages from the other side this side has not read yet (the chat's own notes do not count). */
export function unreadCount(log: ChatLog, side: ChatSide): number {
  const other = otherSide(side);
  return log.messages.filter((m) => m.authorType === other && m.seq > log.readByMe).length;
}

/** The newest seq this side would mark read by looking at the chat. */
export function latestSeq(log: ChatLog): number {
  return log.messages.at(-1)?.seq ?? 0;
}

/**
 * The ticks beside one of my messages: sending (queued here), sent (stored by the server),
 * delivered (on the other side's screen), read, or failed (refused).
 */
export type Delivery = "sending" | "failed" | "sent" | "delivered" | "read";

function stored(log: ChatLog, seq: number, status: ChatMessage["deliveryStatus"]): Delivery {
  if (status === "read" || log.readByOther >= seq) return "read";
  if (status === "delivered" || log.deliveredToOther >= seq) return "delivered";
  return "sent";
}

export function deliveryOf(log: ChatLog, item: ChatMessage | PendingMessage): Delivery {
  if ("failed" in item) {
    if (item.failed) return "failed";
    return item.ack ? stored(log, item.ack.seq, null) : "sending";
  }
  return stored(log, item.seq, item.deliveryStatus);
}
