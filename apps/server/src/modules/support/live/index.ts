import type { ChatState } from "../../../platform/db/schema-support.js";

/** What the console hears about: a ticket created or changed, a message added, viewers changed. */
export type SupportEvent =
  | { type: "ticket.created"; ticketId: string; number: string; groupKey: string }
  | { type: "ticket.updated"; ticketId: string }
  | { type: "message.created"; ticketId: string; messageId: string; internal: boolean; authorType: string }
  | { type: "viewers.changed"; ticketId: string }
  /** A phone rings: the caller's ticket (number), our call id, the caller's customer when recognised by a verified phone. */
  | {
      type: "call.incoming";
      ticketId: string;
      number: string;
      callId: string;
      phone: string;
      userId: string | null;
      name: string | null;
    }
  // Live chat (channels/chat): a chat's state changed, someone types, messages were delivered or read up to seq.
  | { type: "chat.state"; ticketId: string; state: LiveChatState; groupKey: string }
  | { type: "chat.typing"; ticketId: string; authorType: ChatSide }
  | { type: "chat.delivered"; ticketId: string; seq: string; by: ChatSide }
  | { type: "chat.read"; ticketId: string; seq: string; by: ChatSide };

/** A chat's state in a chat.state event: its column's, or "offline" once it became an ordinary ticket (nobody came). */
export type LiveChatState = ChatState | "offline";

/** The two ends of a chat. */
export type ChatSide = "customer" | "agent";

/**
 * Live updates for the agent console: events published after commit reach every open console
 * on every node (LISTEN/NOTIFY through platform/notify), delivered over server-sent events.
 */
export interface SupportLive {
  /** After the change is committed; never throws (live updates are best effort, the console also polls). */
  publish(event: SupportEvent): Promise<void>;
  /** Local listeners (the SSE route); returns the way to stop listening. */
  listen(listener: (event: SupportEvent) => void): () => void;
  start(): Promise<void>;
  close(): Promise<void>;
}
