import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../../deps.js";
import type { ChatSide } from "../../live/index.js";
import { findTicket } from "../../tickets/repository.js";
import type { ServerFrame } from "./frames.js";
import { CUSTOMER_CHAT_CHANNELS, markDelivered, messagesAfter, presentChatMessage } from "./messages.js";
import { chatView } from "./state.js";

const PAGE = 200;

/**
 * What one socket is sent about one chat: a hello, then every public message after the last
 * one it was sent (in seq order, each once: the seq only moves forward), and the chat's state
 * whenever it changed. A connection runs these one at a time on its own queue.
 */
export class ChatFeed {
  /** The last message sent: the next ones have a greater seq. */
  lastSeq: bigint;
  /** Waiting in its group's queue (its place may move when other chats are taken). */
  waiting = false;
  groupKey: string | undefined;
  private lastState: string | undefined;
  private stopped = false;

  constructor(
    readonly chatId: string,
    after: bigint,
    private readonly deps: SupportDeps,
    private readonly side: ChatSide,
    private readonly send: (frame: ServerFrame) => void,
  ) {
    this.lastSeq = after;
  }

  stop(): void {
    this.stopped = true;
  }

  /** The chat's state, queue place and agents; undefined when it did not change since last sent. */
  private async state() {
    const { db } = this.deps.platform;
    const ticket = await findTicket(db, this.chatId);
    if (!ticket) throw new DomainError("chat_not_found");
    const view = await chatView(this.deps, db, ticket);
    this.waiting = view.state === "waiting";
    this.groupKey = ticket.group_key;
    const { state, queuePosition, agentName, agentsOnline, expectedReply } = view;
    // An offline chat (nobody came) says when the answer by email is due, as the REST view does.
    const frame = {
      chatId: this.chatId,
      state,
      queuePosition,
      agentName,
      agentsOnline,
      ...(expectedReply ? { expectedReply } : {}),
    };
    const text = JSON.stringify(frame);
    if (text === this.lastState) return undefined;
    this.lastState = text;
    return frame;
  }

  async hello(): Promise<void> {
    const state = await this.state();
    let lastQuery = this.deps.platform.db
      .selectFrom("support_messages")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .where("ticket_id", "=", this.chatId)
      .where("internal", "=", false);
    if (this.side === "customer") lastQuery = lastQuery.where("channel", "in", [...CUSTOMER_CHAT_CHANNELS]);
    const last = await lastQuery.executeTakeFirst();
    if (state && !this.stopped) this.send({ type: "hello", ...state, lastSeq: Number(last?.seq ?? 0) });
  }

  async pushState(): Promise<void> {
    const state = await this.state();
    if (state && !this.stopped) this.send({ type: "state", ...state });
  }

  /** Every message after the last one sent; the other side's are marked delivered to this side. */
  async pushNew(): Promise<void> {
    const { deps, side, chatId } = this;
    for (;;) {
      const rows = await messagesAfter(deps.platform.db, chatId, this.lastSeq, PAGE, side);
      if (this.stopped || rows.length === 0) return;
      for (const row of rows) {
        this.send(presentChatMessage(row, side));
        this.lastSeq = BigInt(row.seq);
      }
      const delivered = await markDelivered(deps, rows, side);
      if (delivered)
        await deps.live.publish({ type: "chat.delivered", ticketId: chatId, seq: delivered, by: side });
      if (rows.length < PAGE) return;
    }
  }
}

/**
 * Work asked for again and again before it runs is done once: a single queued task serves every
 * chat asked for since (a burst of events costs one read per chat, not one per event).
 */
export class Coalesced {
  private readonly wanted = new Set<string>();
  private queued = false;

  constructor(
    private readonly enqueue: (task: () => Promise<void>) => void,
    private readonly run: (chatId: string) => Promise<void>,
  ) {}

  want(chatId: string): void {
    this.wanted.add(chatId);
    if (this.queued) return;
    this.queued = true;
    this.enqueue(async () => {
      // Cleared first: what is asked while this runs gets a task of its own.
      this.queued = false;
      const chats = [...this.wanted];
      this.wanted.clear();
      for (const id of chats) await this.run(id);
    });
  }
}
