import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import { visibleToStaff } from "../../console/detail.js";
import type { TicketCaller } from "../../tickets/access.js";
import { findTicket, lockTicket, type TicketRow } from "../../tickets/repository.js";

/**
 * Who is on the customer side of a chat: a signed-in customer (their own chats), or a guest
 * holding the token of one chat. Anything else is chat_not_found, the same answer as for a
 * chat that does not exist.
 */
export type ChatCustomer = { kind: "user"; userId: string } | { kind: "guest"; ticketId: string };

export function mayUseChat(customer: ChatCustomer, ticket: TicketRow): boolean {
  if (ticket.channel !== "chat") return false;
  if (customer.kind === "user") return ticket.user_id === customer.userId;
  return ticket.id === customer.ticketId && ticket.user_id === null;
}

/** The customer's chat (locked for the rest of the transaction when asked), or chat_not_found. */
export async function ownChat(
  executor: Executor,
  customer: ChatCustomer,
  id: string,
  options: { lock?: boolean } = {},
): Promise<TicketRow> {
  const ticket =
    id.length > 64
      ? undefined
      : options.lock
        ? await lockTicket(executor, id)
        : await findTicket(executor, id);
  if (!ticket || !mayUseChat(customer, ticket)) throw new DomainError("chat_not_found");
  return ticket;
}

/** A chat as staff may open it (every support role reads every ticket), or chat_not_found. */
export async function staffChat(executor: Executor, id: string): Promise<TicketRow> {
  const ticket = id.length > 64 ? undefined : await findTicket(executor, id);
  if (ticket?.channel !== "chat" || !visibleToStaff(ticket)) throw new DomainError("chat_not_found");
  return ticket;
}

/** The same person as the ticket routes know them (uploads, attachments). */
export function ticketCallerOf(customer: ChatCustomer, ticket: TicketRow): TicketCaller {
  return customer.kind === "user"
    ? { kind: "user", userId: customer.userId }
    : { kind: "guest", ticketId: ticket.id, email: ticket.requester_email };
}

/** Messages can still be written into the chat (a chat over is answered as a ticket). */
export function acceptsMessages(ticket: TicketRow): boolean {
  return ticket.status !== "closed" && ticket.merged_into_id === null && ticket.chat_state !== "ended";
}
