import type { AgentTicketDetail, TicketMessage } from "../../../api/consoleTicket";

// Which ways back a ticket has (the composer's "Reply via" picker) and how the thread shows a
// message's channel and an agent reply's delivery. The server decides in the end (it answers
// reply_channel_unavailable for a way that cannot reach the customer); these only offer the
// ways it will take.

/** Channels a message can come from or go out on, in the order the picker lists them. */
export const MESSAGE_CHANNELS = ["email", "chat", "messenger", "x", "phone", "web"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const isMessageChannel = (value: string): value is MessageChannel =>
  (MESSAGE_CHANNELS as readonly string[]).includes(value);

type ReplyTicket = Pick<AgentTicketDetail, "channel" | "requester" | "messages">;

const customerMessages = (ticket: ReplyTicket) =>
  ticket.messages.filter((m) => m.authorType === "customer" && !m.internal);

/** The channel of the customer's latest message, which a reply takes unless the agent picks another. */
function latestCustomerChannel(ticket: ReplyTicket): MessageChannel | undefined {
  const latest = [...customerMessages(ticket)].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
  return latest && isMessageChannel(latest.channel) ? latest.channel : undefined;
}

/**
 * The ways a reply can reach this ticket's customer: email when their address is known,
 * Messenger or X when they wrote that way, their chat on a chat ticket, the app (web) always,
 * and the phone when their latest message was a call (answered like a web ticket, with the
 * "you have a reply" notice).
 */
export function replyChannels(ticket: ReplyTicket): MessageChannel[] {
  const wrote = new Set(customerMessages(ticket).map((m) => m.channel));
  const latest = latestCustomerChannel(ticket);
  const reachable: Record<MessageChannel, boolean> = {
    email: ticket.requester.email.trim() !== "" || wrote.has("email"),
    chat: ticket.channel === "chat",
    messenger: wrote.has("messenger"),
    x: wrote.has("x"),
    phone: latest === "phone",
    web: true,
  };
  return MESSAGE_CHANNELS.filter((channel) => reachable[channel]);
}

/** What the picker starts on: the way the customer last wrote, when a reply can go that way. */
export function defaultReplyChannel(ticket: ReplyTicket): MessageChannel {
  const latest = latestCustomerChannel(ticket);
  const options = replyChannels(ticket);
  if (latest && options.includes(latest)) return latest;
  if (ticket.channel === "chat") return "chat";
  return "web";
}

/** Replies the customer receives in the channel itself (the others get a notice to read it in the app). */
export const DELIVERED_CHANNELS: readonly MessageChannel[] = ["email", "messenger", "x"];

export type DeliveryView =
  | { state: "queued" | "sent" | "delivered" | "read"; error: null }
  | { state: "retrying" | "failed"; error: string | null };

/**
 * Where an agent's reply through email, Messenger or X stands: queued (the outbox has not sent
 * it yet), retrying (the last attempt failed; the error says why), sent, delivered, read, or
 * failed for good. Null for anything without a delivery (notes, customers' messages, web replies).
 */
export function deliveryView(
  message: Pick<TicketMessage, "authorType" | "internal" | "deliveryStatus" | "deliveryError">,
): DeliveryView | null {
  if (message.internal || message.authorType !== "agent" || !message.deliveryStatus) return null;
  switch (message.deliveryStatus) {
    case "queued":
      return message.deliveryError
        ? { state: "retrying", error: message.deliveryError }
        : { state: "queued", error: null };
    case "failed":
      return { state: "failed", error: message.deliveryError };
    default:
      return { state: message.deliveryStatus, error: null };
  }
}
