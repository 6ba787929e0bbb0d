import type { MessageChannel } from "../../../platform/db/schema-channels.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../deps.js";
import type { MessageRow, TicketRow } from "../tickets/repository.js";
import { type ContactRow, findContact, recognizeContact } from "./contacts.js";

/**
 * The way back: an agent's reply goes out through the channel of the customer message it
 * answers (or the one the agent picks). Email, Messenger and X replies are delivered by the
 * outbox (after commit, with retries) through that channel's sender; chat replies reach the
 * customer's open chat; web and phone tickets get the usual "you have a reply" email.
 */

/** Channels whose replies a sender delivers (the others are read in the app or in the chat). */
export const DELIVERED_CHANNELS = ["email", "messenger", "x"] as const;
export type DeliveredChannel = (typeof DELIVERED_CHANNELS)[number];
export const isDelivered = (channel: string): channel is DeliveredChannel =>
  (DELIVERED_CHANNELS as readonly string[]).includes(channel);

/** What a sender needs to deliver one reply. */
export interface OutgoingReply {
  ticket: TicketRow;
  /** The agent's reply (its body is what goes out). */
  message: MessageRow;
  /** The customer message it answers, when there is one (threading headers, Messenger recipient). */
  answering: MessageRow | undefined;
  /** Where it goes: the email address, the Messenger PSID, the X user id. */
  contact: ContactRow;
}

/**
 * One channel's delivery, the same code against the real service and, in tests, a local fake
 * of it. Throws to be retried by the outbox; returns the provider's id for the message.
 */
/**
 * A sender's "this will never go": the provider refused the message for good (an address that
 * does not exist, a recipient who blocked the page). The reply is marked failed with the reason
 * and not retried; any other error is retried by the outbox.
 */
export class DeliveryRefusedError extends Error {}

export interface ChannelSender {
  readonly channel: DeliveredChannel;
  send(reply: OutgoingReply): Promise<{ externalId: string | null }>;
}

export interface ReplyRoute {
  channel: MessageChannel;
  /** The customer message answered (its channel is the way back). */
  replyToId: string | null;
  /** Delivered by a sender through the outbox (so no "you have a reply" email). */
  delivered: boolean;
}

async function latestCustomerMessage(executor: Executor, ticketId: string, channel?: string) {
  let query = executor
    .selectFrom("support_messages")
    .selectAll()
    .where("ticket_id", "=", ticketId)
    .where("author_type", "=", "customer")
    .where("internal", "=", false);
  if (channel) query = query.where("channel", "=", channel);
  return query.orderBy("seq", "desc").limit(1).executeTakeFirst();
}

/** The contact a reply on `channel` goes to, or undefined when the ticket cannot be reached that way. */
async function contactFor(
  deps: SupportDeps,
  executor: Executor,
  ticket: TicketRow,
  channel: DeliveredChannel,
  answering: MessageRow | undefined,
  at: Date,
): Promise<ContactRow | undefined> {
  const fromMessage = answering?.contact_id ? await findContact(executor, answering.contact_id) : undefined;
  if (fromMessage && fromMessage.kind === channel) return fromMessage;
  if (channel === "email" && ticket.requester_email)
    return recognizeContact(executor, deps.platform, { kind: "email", address: ticket.requester_email }, at);
  return undefined;
}

/**
 * Picks the way back for a reply on `ticket`: `requested` when the agent chose one, else the
 * channel of the latest customer message. Refuses a channel the ticket cannot be reached on.
 */
export async function routeReply(
  deps: SupportDeps,
  executor: Executor,
  ticket: TicketRow,
  requested: MessageChannel | undefined,
): Promise<ReplyRoute> {
  const latest = await latestCustomerMessage(executor, ticket.id);
  const channel: MessageChannel = requested ?? (latest?.channel as MessageChannel | undefined) ?? "web";
  const refuse = () => new DomainError("reply_channel_unavailable", { channel });
  if (channel === "chat") {
    if (ticket.channel !== "chat") throw refuse();
    // A chat that is over (ended, or offline from the start) has no window open to say it in:
    // answered like a web ticket, with the "you have a reply" email and its link.
    const over = ticket.chat_state === "ended" || ticket.chat_state === null;
    if (over && ticket.requester_email)
      return { channel: "web", replyToId: latest?.id ?? null, delivered: false };
    return { channel, replyToId: latest?.id ?? null, delivered: false };
  }
  if (channel === "web" || channel === "phone")
    return { channel, replyToId: latest?.id ?? null, delivered: false };
  const answering =
    latest?.channel === channel ? latest : await latestCustomerMessage(executor, ticket.id, channel);
  const contact = await contactFor(deps, executor, ticket, channel, answering, deps.platform.clock.now());
  if (!contact) throw refuse();
  return { channel, replyToId: answering?.id ?? null, delivered: true };
}

/** Everything a sender needs, read after commit by the outbox worker; undefined when it cannot go. */
export async function loadOutgoing(deps: SupportDeps, messageId: string): Promise<OutgoingReply | undefined> {
  const { db } = deps.platform;
  const message = await db
    .selectFrom("support_messages")
    .selectAll()
    .where("id", "=", messageId)
    .executeTakeFirst();
  if (!message || !isDelivered(message.channel)) return undefined;
  const ticket = await db
    .selectFrom("support_tickets")
    .selectAll()
    .where("id", "=", message.ticket_id)
    .executeTakeFirst();
  if (!ticket) return undefined;
  const answering = message.reply_to_id
    ? await db
        .selectFrom("support_messages")
        .selectAll()
        .where("id", "=", message.reply_to_id)
        .executeTakeFirst()
    : undefined;
  const contact = await contactFor(deps, db, ticket, message.channel, answering, deps.platform.clock.now());
  if (!contact) return undefined;
  return { ticket, message, answering, contact };
}
