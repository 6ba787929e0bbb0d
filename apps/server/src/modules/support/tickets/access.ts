import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Uploader } from "./customer-repository.js";
import { findTicket, lockTicket, type TicketRow } from "./repository.js";

/**
 * Who asks on the customer side: a signed-in customer (their own tickets), or a guest holding
 * an access token (that one ticket, once verified). Anything else is "not found", the same
 * answer as for a ticket that does not exist: nobody learns which numbers are taken.
 */
export type TicketCaller =
  | { kind: "user"; userId: string }
  | { kind: "guest"; ticketId: string; email: string };

export function mayRead(caller: TicketCaller, ticket: TicketRow): boolean {
  if (caller.kind === "user") return ticket.user_id === caller.userId;
  return ticket.id === caller.ticketId && ticket.user_id === null && ticket.guest_verified_at !== null;
}

/** The caller's ticket (locked for the rest of the transaction when asked), or ticket_not_found. */
export async function ownTicket(
  executor: Executor,
  caller: TicketCaller,
  id: string,
  options: { lock?: boolean } = {},
): Promise<TicketRow> {
  const ticket = options.lock ? await lockTicket(executor, id) : await findTicket(executor, id);
  if (!ticket || !mayRead(caller, ticket)) throw new DomainError("ticket_not_found");
  return ticket;
}

export function uploaderOf(caller: TicketCaller): Uploader {
  return caller.kind === "user" ? { userId: caller.userId } : { guestEmail: caller.email.toLowerCase() };
}
