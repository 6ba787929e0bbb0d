import type { ChatSide, SupportEvent, SupportLive } from "../../live/index.js";

/** What the hub asks of a connection; each does its part on its own queue, never the hub's. */
export interface HubMember {
  /** New messages may be there: send what this socket has not been sent yet (in order, once). */
  wantSync(chatId: string): void;
  /** The chat's state may have changed: send it when it did. */
  wantState(chatId: string): void;
  /** A chat of the group moved in or out of its queue: waiting chats' places may have changed. */
  queueMoved(groupKey: string): void;
  typing(chatId: string, by: ChatSide): void;
  receipt(kind: "read" | "delivered", chatId: string, seq: string, by: ChatSide): void;
  shutdown(): void;
}

/**
 * This node's open chat sockets by chat. It listens to the support live events, which reach
 * every node (LISTEN/NOTIFY, or Redis), and passes each to the sockets of its chat on this
 * node; the sockets then read what changed from the database. Nothing here waits on a socket.
 */
export class ChatHub {
  private readonly byChat = new Map<string, Set<HubMember>>();
  private readonly members = new Set<HubMember>();
  private stopListening: (() => void) | undefined;

  constructor(private readonly live: Pick<SupportLive, "listen">) {}

  start(): void {
    this.stopListening ??= this.live.listen((event) => this.onEvent(event));
  }

  add(member: HubMember): void {
    this.members.add(member);
  }

  remove(member: HubMember): void {
    this.members.delete(member);
    for (const [chatId, set] of this.byChat) {
      set.delete(member);
      if (set.size === 0) this.byChat.delete(chatId);
    }
  }

  join(member: HubMember, chatId: string): void {
    let set = this.byChat.get(chatId);
    if (!set) {
      set = new Set();
      this.byChat.set(chatId, set);
    }
    set.add(member);
  }

  leave(member: HubMember, chatId: string): void {
    const set = this.byChat.get(chatId);
    set?.delete(member);
    if (set?.size === 0) this.byChat.delete(chatId);
  }

  /** Sockets open on this node (for tests and metrics). */
  get size(): number {
    return this.members.size;
  }

  close(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    for (const member of [...this.members]) member.shutdown();
    this.members.clear();
    this.byChat.clear();
  }

  private onEvent(event: SupportEvent): void {
    const here = this.byChat.get(event.ticketId);
    switch (event.type) {
      case "message.created":
        if (!event.internal) for (const m of here ?? []) m.wantSync(event.ticketId);
        return;
      case "ticket.updated":
        for (const m of here ?? []) m.wantState(event.ticketId);
        return;
      case "chat.state":
        for (const m of here ?? []) m.wantState(event.ticketId);
        for (const m of this.members) m.queueMoved(event.groupKey);
        return;
      case "chat.typing":
        for (const m of here ?? []) m.typing(event.ticketId, event.authorType);
        return;
      case "chat.read":
      case "chat.delivered":
        for (const m of here ?? [])
          m.receipt(event.type === "chat.read" ? "read" : "delivered", event.ticketId, event.seq, event.by);
        return;
      default:
        return;
    }
  }
}
