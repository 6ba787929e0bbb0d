import { isRefusal, reconnectDelay, throttle } from "./chatBackoff";
import {
  type ChatLog,
  type ChatSide,
  emptyLog,
  unsent,
  withAck,
  withDelivered,
  withFailed,
  withMessage,
  withMyRead,
  withoutPending,
  withPending,
  withPresence,
  withRead,
  withRetry,
  withTyping,
} from "./chatLog";
import {
  type ChatAttachment,
  type ClientFrame,
  chatSocketUrl,
  newClientId,
  parseServerFrame,
  type ServerFrame,
} from "./chatProtocol";

// The live chat connection, for a customer (one chat, chosen in the address) or an agent (one
// socket, chats joined with `join` frames). It reconnects with backoff after any drop and
// resumes each chat after the last seq it has, so missed messages arrive in order and once;
// what was written while the line was down is sent again (same clientId, the server keeps one).

/** Typing frames go out at most this often per chat. */
export const TYPING_EVERY_MS = 3_000;
/** A ping this often keeps proxies from closing a quiet socket. */
export const PING_EVERY_MS = 25_000;
/** Nothing heard for this long (not even a pong): the socket is dead though not closed. */
export const SILENCE_LIMIT_MS = 60_000;
/** A message the server found too fast is sent again after this long. */
export const RATE_LIMIT_RETRY_MS = 1_500;
const RATE_LIMITED = "chat_rate_limited";

/** The part of the browser's WebSocket this client uses (tests give a fake). */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

const OPEN = 1;

/**
 * - connecting: the first attempt; open: frames flow; reconnecting: waiting to try again;
 * - refused: the server will not have this socket (not signed in, not your chat); stopped: closed here.
 */
export type SocketStatus = "connecting" | "open" | "reconnecting" | "refused" | "stopped";

export interface ChatSnapshot {
  status: SocketStatus;
  logs: ReadonlyMap<string, ChatLog>;
  /** The latest error frame that was not about one message (rate limited, not allowed…). */
  error: { code: string; message: string; chatId: string | null } | null;
}

export interface ChatSocketOptions {
  side: ChatSide;
  /** Customers: their chat. */
  chatId?: string;
  /** Guests: the chat token from starting the chat (signed-in customers and agents use the cookie). */
  token?: string | null;
  location?: { protocol: string; host: string };
  createSocket?: (url: string) => WebSocketLike;
  random?: () => number;
  now?: () => number;
}

export class ChatSocket {
  private readonly side: ChatSide;
  private readonly options: ChatSocketOptions;
  private readonly now: () => number;
  private socket: WebSocketLike | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private lastHeard = 0;
  private readonly typingGate: ReturnType<typeof throttle>;
  private readonly listeners = new Set<() => void>();
  private snapshot: ChatSnapshot;

  constructor(options: ChatSocketOptions) {
    this.options = options;
    this.side = options.side;
    this.now = options.now ?? Date.now;
    this.typingGate = throttle(TYPING_EVERY_MS, this.now);
    const logs = new Map<string, ChatLog>();
    if (options.chatId) logs.set(options.chatId, emptyLog(options.chatId));
    this.snapshot = { status: "stopped", logs, error: null };
  }

  // --- for React (useSyncExternalStore) -----------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = (): ChatSnapshot => this.snapshot;

  log(chatId: string): ChatLog | undefined {
    return this.snapshot.logs.get(chatId);
  }

  private publish(next: Partial<ChatSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  private update(chatId: string, change: (log: ChatLog) => ChatLog): void {
    const before = this.snapshot.logs.get(chatId);
    if (!before) return;
    const after = change(before);
    if (after === before) return;
    const logs = new Map(this.snapshot.logs);
    logs.set(chatId, after);
    this.publish({ logs });
  }

  // --- the connection -----------------------------------------------------------------------------

  start(): void {
    if (this.socket || this.retryTimer !== undefined) return;
    this.publish({ status: "connecting" });
    this.connect();
  }

  /** Closes for good (page left, chat ended). */
  stop(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.stopPing();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.onmessage = null;
      socket.close(1000, "done");
    }
    this.publish({ status: "stopped" });
  }

  /** Tries now instead of waiting out the backoff (the browser came back online, the tab came back). */
  reconnectNow(): void {
    if (this.snapshot.status !== "reconnecting") return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.connect();
  }

  private url(): string {
    const location = this.options.location ?? window.location;
    if (this.side === "agent") return chatSocketUrl(location, {});
    const chatId = this.options.chatId ?? "";
    return chatSocketUrl(location, {
      chatId,
      after: this.snapshot.logs.get(chatId)?.lastSeq ?? 0,
      token: this.options.token,
    });
  }

  private connect(): void {
    const create = this.options.createSocket ?? ((url: string) => new WebSocket(url) as WebSocketLike);
    let socket: WebSocketLike;
    try {
      socket = create(this.url());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => this.onOpen();
    socket.onmessage = (event) => this.onFrame(parseServerFrame(event.data));
    socket.onerror = () => undefined; // a close event follows; that is where it is handled
    socket.onclose = (event) => this.onClose(socket, event.code);
  }

  private onOpen(): void {
    this.lastHeard = this.now();
    this.publish({ status: "open", error: null });
    if (this.side === "agent") {
      for (const log of this.snapshot.logs.values()) {
        this.write({ type: "join", chatId: log.chatId, after: log.lastSeq });
      }
    }
    for (const log of this.snapshot.logs.values()) {
      for (const pending of unsent(log)) this.writeMessage(log.chatId, pending);
      if (log.readByMe > 0) this.write(this.withChat({ type: "read", seq: log.readByMe }, log.chatId));
    }
    this.startPing();
  }

  private onClose(socket: WebSocketLike, code: number): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.stopPing();
    const ended =
      this.side === "customer" && this.options.chatId
        ? this.snapshot.logs.get(this.options.chatId)?.state === "ended"
        : false;
    if (isRefusal(code)) {
      this.publish({ status: "refused" });
      return;
    }
    if (ended) {
      this.publish({ status: "stopped" });
      return;
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const delay = reconnectDelay(this.attempt, this.options.random);
    this.attempt++;
    this.publish({ status: "reconnecting" });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect();
    }, delay);
  }

  private startPing(): void {
    this.stopPing();
    this.pingTimer = setInterval(() => {
      if (this.now() - this.lastHeard > SILENCE_LIMIT_MS) {
        // Half-open (a laptop woke up, a proxy dropped it silently): start over.
        const socket = this.socket;
        if (socket) {
          socket.onclose = null;
          socket.close(4000, "silent");
          this.onClose(socket, 4000);
        }
        return;
      }
      this.write({ type: "ping" });
    }, PING_EVERY_MS);
  }

  private stopPing(): void {
    clearInterval(this.pingTimer);
    this.pingTimer = undefined;
  }

  private write(frame: ClientFrame): boolean {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN) return false;
    socket.send(JSON.stringify(frame));
    return true;
  }

  /** Agents name the chat in every frame; a customer's socket is about one chat already. */
  private withChat<F extends ClientFrame>(frame: F, chatId: string): F {
    return this.side === "agent" ? { ...frame, chatId } : frame;
  }

  private writeMessage(
    chatId: string,
    pending: { clientId: string; body: string; attachments: ChatAttachment[] },
  ) {
    const attachmentIds = pending.attachments.map((a) => a.id);
    this.write(
      this.withChat(
        {
          type: "message",
          clientId: pending.clientId,
          body: pending.body,
          ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
        },
        chatId,
      ),
    );
  }

  // --- frames from the server ---------------------------------------------------------------------

  /** Which chat a frame is about: its chatId, or the customer's one chat. */
  private chatOf(frameChatId: string | null): string | null {
    if (frameChatId && this.snapshot.logs.has(frameChatId)) return frameChatId;
    if (this.side === "customer") return this.options.chatId ?? null;
    return null;
  }

  private onFrame(frame: ServerFrame | null): void {
    this.lastHeard = this.now();
    if (!frame) return;
    switch (frame.type) {
      case "hello": {
        // The server has us: the next drop starts the backoff from the beginning.
        this.attempt = 0;
        const chatId = this.chatOf(frame.chatId);
        if (chatId) this.update(chatId, (log) => withPresence(log, frame));
        return;
      }
      case "state": {
        const chatId = this.chatOf(frame.chatId);
        if (chatId) this.update(chatId, (log) => withPresence(log, frame));
        return;
      }
      case "message": {
        const chatId = this.chatOf(frame.chatId);
        if (chatId) this.update(chatId, (log) => withMessage(log, frame.message, this.side));
        return;
      }
      case "ack": {
        const chatId = this.chatWithPending(frame.clientId) ?? this.chatOf(frame.chatId);
        if (chatId) this.update(chatId, (log) => withAck(log, frame.clientId, frame));
        return;
      }
      case "typing": {
        const chatId = this.chatOf(frame.chatId);
        if (chatId) this.update(chatId, (log) => withTyping(log, frame.authorType, this.side, this.now()));
        return;
      }
      case "read":
      case "delivered": {
        const chatId = this.chatOf(frame.chatId);
        const apply = frame.type === "read" ? withRead : withDelivered;
        if (chatId) this.update(chatId, (log) => apply(log, frame.seq, frame.by, this.side));
        return;
      }
      case "error": {
        const chatId = frame.clientId ? this.chatWithPending(frame.clientId) : null;
        if (chatId && frame.clientId && frame.code === RATE_LIMITED) {
          // Too fast: the message stays "sending" and goes again in a moment.
          const clientId = frame.clientId;
          setTimeout(() => this.resend(chatId, clientId), RATE_LIMIT_RETRY_MS);
        } else if (chatId && frame.clientId) {
          const clientId = frame.clientId;
          this.update(chatId, (log) => withFailed(log, clientId, frame.message || frame.code));
        } else {
          this.publish({ error: { code: frame.code, message: frame.message, chatId: frame.chatId } });
        }
        return;
      }
      case "pong":
        return;
    }
  }

  private chatWithPending(clientId: string): string | null {
    for (const log of this.snapshot.logs.values()) {
      if (log.pending.some((p) => p.clientId === clientId)) return log.chatId;
    }
    return null;
  }

  // --- what this side does ------------------------------------------------------------------------

  /** Agents: follow a chat on this socket, from the seq it has (0: the whole conversation). */
  join(chatId: string): void {
    if (this.snapshot.logs.has(chatId)) return;
    const logs = new Map(this.snapshot.logs);
    logs.set(chatId, emptyLog(chatId));
    this.publish({ logs });
    this.write({ type: "join", chatId, after: 0 });
  }

  /** Agents: stop following a chat (ended, or handed on). */
  leave(chatId: string): void {
    if (!this.snapshot.logs.has(chatId)) return;
    const logs = new Map(this.snapshot.logs);
    logs.delete(chatId);
    this.publish({ logs });
    this.write({ type: "leave", chatId });
  }

  /** Queues a message (shown at once), sends it when the line is up; returns its clientId. */
  send(chatId: string, body: string, attachments: ChatAttachment[] = []): string {
    const pending = {
      clientId: newClientId(),
      body,
      attachments,
      createdAt: new Date(this.now()).toISOString(),
      ack: null,
      failed: null,
    };
    this.update(chatId, (log) => withPending(log, pending));
    this.typingGate.reset(chatId);
    this.writeMessage(chatId, pending);
    return pending.clientId;
  }

  /** Sends a refused message again, under the same clientId. */
  retry(chatId: string, clientId: string): void {
    this.update(chatId, (log) => withRetry(log, clientId));
    this.resend(chatId, clientId);
  }

  /** Writes a queued message again if it is still waiting for its ack (a reconnect may have sent it already). */
  private resend(chatId: string, clientId: string): void {
    const pending = this.snapshot.logs.get(chatId)?.pending.find((p) => p.clientId === clientId);
    if (pending && !pending.ack && !pending.failed) this.writeMessage(chatId, pending);
  }

  discard(chatId: string, clientId: string): void {
    this.update(chatId, (log) => withoutPending(log, clientId));
  }

  /** Called on every keystroke in the composer; says "typing" at most every few seconds. */
  typing(chatId: string): void {
    if (this.socket?.readyState !== OPEN || !this.typingGate.pass(chatId)) return;
    this.write(this.withChat({ type: "typing" }, chatId));
  }

  /** Reports that this side has seen the chat up to `seq` (when it is on screen). */
  markRead(chatId: string, seq: number): void {
    const before = this.snapshot.logs.get(chatId);
    if (!before || seq <= before.readByMe) return;
    this.update(chatId, (log) => withMyRead(log, seq));
    this.write(this.withChat({ type: "read", seq }, chatId));
  }
}
