import type { WebSocket } from "ws";
import type { UserRole } from "../../../../platform/db/schema.js";
import type { ErrorCode } from "../../../../platform/errors/catalog.js";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { Locale } from "../../../../platform/i18n.js";
import type { SupportDeps } from "../../deps.js";
import type { ChatSide } from "../../live/index.js";
import { findTicket } from "../../tickets/repository.js";
import { type ChatCustomer, mayUseChat, staffChat } from "./access.js";
import { ChatFeed, Coalesced } from "./feed.js";
import {
  CLOSE,
  type ClientFrame,
  cleanBody,
  clientFrameSchema,
  errorFrame,
  type ServerFrame,
} from "./frames.js";
import type { ChatHub, HubMember } from "./hub.js";
import { CHAT_LIMITS, Strikes, TokenBucket } from "./limits.js";
import { markRead, postAgentMessage, postCustomerMessage } from "./messages.js";

/** Who is on the socket: a customer bound to their chat, or an agent who joins chats. */
export type ChatIdentity =
  | { side: "customer"; customer: ChatCustomer; chatId: string; after: bigint }
  | { side: "agent"; auth: { userId: string; role: UserRole } };

export interface ChatConnectionOptions {
  deps: SupportDeps;
  hub: ChatHub;
  locale: Locale;
  log: { debug(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  /** Checks the credentials again now and then (signed out, token expired): false closes the socket. */
  recheck: () => Promise<boolean>;
}

const RECHECK_EVERY_TICKS = 10;
const WS_OPEN = 1;

const closeCodeOf = (code: ErrorCode): number =>
  code === "authentication_required"
    ? CLOSE.unauthenticated
    : code === "chat_not_found" || code === "ticket_not_found"
      ? CLOSE.notFound
      : code === "bad_request" || code === "validation_failed"
        ? CLOSE.badRequest
        : CLOSE.forbidden;

function parseFrame(data: unknown): ClientFrame | undefined {
  try {
    const parsed = clientFrameSchema.safeParse(JSON.parse(String(data)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One chat socket. Everything it does (frames, replays, state) runs on its own queue, one task
 * after another, so frames are answered in order and messages go out in seq order, each once;
 * what other sockets do never waits on it. Its buckets slow a flood, and repeated refusals
 * close it; a client that stops reading is dropped.
 */
export class ChatConnection implements HubMember {
  private identity: ChatIdentity | undefined;
  private readonly subs = new Map<string, ChatFeed>();
  private chain: Promise<void> = Promise.resolve();
  private pendingFrames = 0;
  private readonly syncs = new Coalesced(
    (task) => this.enqueue(task),
    async (chatId) => this.subs.get(chatId)?.pushNew(),
  );
  private readonly states = new Coalesced(
    (task) => this.enqueue(task),
    async (chatId) => this.subs.get(chatId)?.pushState(),
  );
  private readonly frameBucket = new TokenBucket(CHAT_LIMITS.frames.perSecond, CHAT_LIMITS.frames.burst);
  private readonly messageBucket = new TokenBucket(
    CHAT_LIMITS.messages.perSecond,
    CHAT_LIMITS.messages.burst,
  );
  private readonly typingBucket = new TokenBucket(CHAT_LIMITS.typing.perSecond, CHAT_LIMITS.typing.burst);
  private readonly strikes = new Strikes(CHAT_LIMITS.strikes.max, CHAT_LIMITS.strikes.windowMs);
  private alive = true;
  private lastFrameAt = Date.now();
  private ticks = 0;
  private closed = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly ws: WebSocket,
    private readonly options: ChatConnectionOptions,
  ) {
    options.hub.add(this);
    ws.on("message", (data, isBinary) => this.onFrame(data, isBinary));
    ws.on("pong", () => {
      this.alive = true;
    });
    ws.on("close", () => this.dispose());
    this.timer = setInterval(() => this.tick(), CHAT_LIMITS.pingMs);
    // An open chat must never keep the process (or a test run) alive.
    this.timer.unref();
  }

  get side(): ChatSide | undefined {
    return this.identity?.side;
  }

  /** Authenticates (frames that arrive meanwhile wait their turn), then a customer is put in their chat. */
  start(authenticate: () => Promise<ChatIdentity>): void {
    this.enqueue(async () => {
      try {
        this.identity = await authenticate();
      } catch (error) {
        const code = error instanceof DomainError ? error.code : "internal_error";
        if (!(error instanceof DomainError))
          this.options.log.warn({ err: error }, "a chat socket could not start");
        this.send(errorFrame(code, this.options.locale));
        this.close(closeCodeOf(code), code);
        return;
      }
      if (this.identity.side === "customer") await this.subscribe(this.identity.chatId, this.identity.after);
    });
  }

  // -- Frames from the client ----------------------------------------------------------------

  private onFrame(data: unknown, isBinary: boolean): void {
    if (this.closed) return;
    this.lastFrameAt = Date.now();
    if (!this.frameBucket.take() || this.pendingFrames >= CHAT_LIMITS.maxPendingFrames) {
      this.refuse("chat_rate_limited");
      return;
    }
    const frame = isBinary ? undefined : parseFrame(data);
    if (!frame) {
      this.refuse("bad_request");
      return;
    }
    switch (frame.type) {
      case "ping":
        this.send({ type: "pong" });
        break;
      case "typing":
        // Extra typing notices are dropped quietly: a keyboard is not a flood.
        if (this.typingBucket.take()) this.frameTask(() => this.onTyping(frame.chatId));
        break;
      case "message":
        if (this.messageBucket.take()) this.frameTask(() => this.onMessage(frame));
        else this.refuse("chat_rate_limited", frame.clientId);
        break;
      case "read":
        this.frameTask(() => this.onRead(frame.seq, frame.chatId));
        break;
      case "join":
        this.frameTask(() => this.onJoin(frame.chatId, frame.after ?? 0n));
        break;
      case "leave":
        this.frameTask(async () => this.onLeave(frame.chatId));
        break;
    }
  }

  /** An error frame; too many of them in a short while close the socket. */
  private refuse(code: ErrorCode, clientId?: string): void {
    this.send(errorFrame(code, this.options.locale, { clientId }));
    if (this.strikes.add()) this.close(CLOSE.policy, "rate limited");
  }

  private frameTask(task: () => Promise<void>): void {
    this.pendingFrames += 1;
    this.enqueue(async () => {
      try {
        await task();
      } finally {
        this.pendingFrames -= 1;
      }
    });
  }

  /** The chat a frame is about: a customer's own, or one the agent joined. */
  private chatOf(chatId: string | undefined): string {
    const identity = this.identity;
    if (!identity) throw new DomainError("authentication_required");
    const id = identity.side === "customer" ? identity.chatId : chatId;
    if (!id || !this.subs.has(id) || (identity.side === "customer" && chatId && chatId !== id))
      throw new DomainError("chat_not_found");
    return id;
  }

  private async onMessage(frame: Extract<ClientFrame, { type: "message" }>): Promise<void> {
    const { deps, locale } = this.options;
    const identity = this.identity;
    if (!identity) return;
    let chatId: string | undefined;
    try {
      chatId = this.chatOf(frame.chatId);
      const body = cleanBody(frame.body);
      if (body === undefined || (body === "" && !frame.attachmentIds?.length)) {
        this.send(errorFrame("validation_failed", locale, { clientId: frame.clientId, chatId }));
        return;
      }
      const ticket = await findTicket(deps.platform.db, chatId);
      const input = { clientId: frame.clientId, body, attachmentIds: frame.attachmentIds };
      let stored: Awaited<ReturnType<typeof postCustomerMessage>>;
      if (identity.side === "customer") {
        if (!ticket || !mayUseChat(identity.customer, ticket)) throw new DomainError("chat_not_found");
        stored = await postCustomerMessage(deps, identity.customer, ticket, input);
      } else {
        if (!ticket) throw new DomainError("chat_not_found");
        stored = await postAgentMessage(deps, identity.auth, ticket, input);
      }
      this.send({ type: "ack", clientId: frame.clientId, id: stored.id, seq: Number(stored.seq), chatId });
      // The live event normally brings it; this also covers a resend of a message stored before.
      this.wantSync(chatId);
    } catch (error) {
      this.sendError(error, { clientId: frame.clientId, chatId });
    }
  }

  private async onTyping(chatId: string | undefined): Promise<void> {
    const side = this.identity?.side;
    if (!side) return;
    try {
      const id = this.chatOf(chatId);
      await this.options.deps.live.publish({ type: "chat.typing", ticketId: id, authorType: side });
    } catch (error) {
      this.sendError(error, { chatId });
    }
  }

  private async onRead(seq: bigint, chatId: string | undefined): Promise<void> {
    const side = this.identity?.side;
    if (!side) return;
    try {
      const id = this.chatOf(chatId);
      const changed = await markRead(this.options.deps, id, seq, side);
      if (changed)
        await this.options.deps.live.publish({ type: "chat.read", ticketId: id, seq: changed, by: side });
    } catch (error) {
      this.sendError(error, { chatId });
    }
  }

  private async onJoin(chatId: string, after: bigint): Promise<void> {
    const identity = this.identity;
    if (!identity) return;
    try {
      if (identity.side !== "agent") throw new DomainError("forbidden");
      if (!this.subs.has(chatId) && this.subs.size >= CHAT_LIMITS.maxJoinsPerSocket)
        throw new DomainError("chat_rate_limited");
      await staffChat(this.options.deps.platform.db, chatId);
      await this.subscribe(chatId, after);
    } catch (error) {
      this.sendError(error, { chatId });
    }
  }

  private onLeave(chatId: string): void {
    if (this.identity?.side !== "agent") return;
    this.subs.get(chatId)?.stop();
    this.subs.delete(chatId);
    this.options.hub.leave(this, chatId);
  }

  // -- What the server sends -----------------------------------------------------------------

  /** Follows the chat from `after` on: its hello (state, queue, agents), then what came after. */
  private async subscribe(chatId: string, after: bigint): Promise<void> {
    const side = this.identity?.side;
    if (!side) return;
    this.subs.get(chatId)?.stop();
    const feed = new ChatFeed(chatId, after, this.options.deps, side, (frame) => this.send(frame));
    this.subs.set(chatId, feed);
    // Listening first: whatever happens from now on is at least asked for again.
    this.options.hub.join(this, chatId);
    await feed.hello();
    await feed.pushNew();
  }

  wantSync(chatId: string): void {
    if (this.subs.has(chatId) && !this.closed) this.syncs.want(chatId);
  }

  wantState(chatId: string): void {
    if (this.subs.has(chatId) && !this.closed) this.states.want(chatId);
  }

  queueMoved(groupKey: string): void {
    for (const feed of this.subs.values())
      if (feed.waiting && feed.groupKey === groupKey) this.wantState(feed.chatId);
  }

  typing(chatId: string, by: ChatSide): void {
    if (this.subs.has(chatId) && this.side !== undefined && this.side !== by)
      this.send({ type: "typing", chatId, authorType: by });
  }

  receipt(kind: "read" | "delivered", chatId: string, seq: string, by: ChatSide): void {
    if (this.subs.has(chatId) && this.side !== undefined && this.side !== by)
      this.send({ type: kind, chatId, seq: Number(seq), by });
  }

  private send(frame: ServerFrame): void {
    if (this.ws.readyState !== WS_OPEN) return;
    if (this.ws.bufferedAmount > CHAT_LIMITS.maxBufferedBytes) {
      // It stopped reading: what it missed it gets after reconnecting (after=<seq>).
      this.close(CLOSE.slowReader, "not reading");
      return;
    }
    this.ws.send(JSON.stringify(frame));
  }

  private sendError(
    error: unknown,
    where: { clientId?: string | undefined; chatId?: string | undefined },
  ): void {
    if (error instanceof DomainError) {
      this.send(errorFrame(error.code, this.options.locale, { params: error.params, ...where }));
      return;
    }
    this.options.log.warn({ err: error }, "a chat frame failed");
    this.send(errorFrame("internal_error", this.options.locale, { params: { requestId: "" }, ...where }));
  }

  // -- Lifetime ------------------------------------------------------------------------------

  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch((error: unknown) => this.sendError(error, {}));
  }

  /** Every ping interval: drop a client that did not answer the last ping, close idle ones, catch up. */
  private tick(): void {
    if (this.closed) return;
    if (!this.alive) {
      this.ws.terminate();
      return;
    }
    if (Date.now() - this.lastFrameAt > CHAT_LIMITS.idleMs) {
      this.close(CLOSE.idle, "idle");
      return;
    }
    this.alive = false;
    this.ws.ping();
    this.ticks += 1;
    // Notifications are best effort: a missed one is made up for here.
    for (const chatId of this.subs.keys()) {
      this.wantSync(chatId);
      this.wantState(chatId);
    }
    if (this.ticks % RECHECK_EVERY_TICKS === 0)
      this.enqueue(async () => {
        if (!(await this.options.recheck())) {
          this.send(errorFrame("authentication_required", this.options.locale));
          this.close(CLOSE.unauthenticated, "authentication_required");
        }
      });
  }

  private close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.ws.close(code, reason);
    // A client that never answers the close handshake is cut off.
    setTimeout(() => this.ws.terminate(), 5_000).unref();
  }

  shutdown(): void {
    this.close(CLOSE.goingAway, "server shutting down");
  }

  private dispose(): void {
    this.closed = true;
    for (const feed of this.subs.values()) feed.stop();
    clearInterval(this.timer);
    this.options.hub.remove(this);
  }
}
