import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../deps.js";
import type { TicketCaller } from "./access.js";
import { accountContext } from "./context.js";
import { issueGuestToken, redeemGuestLink, ticketOfAccessToken } from "./guest-tokens.js";
import { notifyReceived } from "./notify.js";
import { addEvent, findTicket, lockTicket, type TicketRow, updateTicket } from "./repository.js";

/**
 * A guest proves the address by opening the emailed link: the ticket then reaches the agents
 * (due dates start, auto-assignment runs, the console hears of it) and the guest gets an
 * access token to read and answer it. A later link from a reply email opens it the same way.
 */

async function verifyTicket(
  deps: SupportDeps,
  trx: Executor,
  ticket: TicketRow,
  at: Date,
): Promise<TicketRow> {
  const { platform } = deps;
  // The agent sees the account when the address is a customer's; the guest is never shown it.
  const customer = await deps.customers.profileByEmail(trx, ticket.requester_email);
  const context = customer?.emailVerified ? await accountContext(deps, trx, customer.id) : {};
  // The clock starts now: before, nobody at Satchel could see the ticket.
  const sla = await deps.sla.onCreated(trx, { priority: ticket.priority, created_at: at });
  const assignee = await deps.assignment.pickAssignee(trx, ticket.group_key, at);
  await updateTicket(trx, ticket.id, {
    guest_verified_at: at,
    context: JSON.stringify(context),
    assignee_id: assignee,
    updated_at: at,
    ...sla,
  });
  await addEvent(trx, platform, {
    ticketId: ticket.id,
    actorId: null,
    kind: "guest_verified",
    detail: customer?.emailVerified ? { customerId: customer.id } : {},
    at,
  });
  if (assignee)
    await addEvent(trx, platform, {
      ticketId: ticket.id,
      actorId: null,
      kind: "assigned",
      detail: { to: assignee, by: "round_robin" },
      at,
    });
  const verified = await findTicket(trx, ticket.id);
  if (!verified) throw new DomainError("ticket_not_found");
  await notifyReceived(deps, trx, verified);
  return verified;
}

/**
 * Opens a guest link: a verification link (single use, 24 hours) verifies the ticket and
 * gives a new access token; an access link (from a reply email) is itself the access token.
 * Anything else is guest_link_invalid.
 */
export async function openGuestLink(
  deps: SupportDeps,
  token: string,
): Promise<{ caller: TicketCaller; ticket: TicketRow; accessToken: string }> {
  const { platform } = deps;
  const at = platform.clock.now();
  let newlyVerified = false;
  const result = await platform.db.transaction().execute(async (trx) => {
    const link = await redeemGuestLink(trx, token, at);
    if (!link) throw new DomainError("guest_link_invalid");
    let ticket = await lockTicket(trx, link.ticketId);
    if (!ticket || ticket.user_id !== null) throw new DomainError("guest_link_invalid");
    if (link.purpose === "access") return { ticket, accessToken: token };
    if (!ticket.guest_verified_at) {
      ticket = await verifyTicket(deps, trx, ticket, at);
      newlyVerified = true;
    }
    return { ticket, accessToken: await issueGuestToken(deps, trx, ticket.id, "access") };
  });
  if (newlyVerified)
    await deps.live.publish({
      type: "ticket.created",
      ticketId: result.ticket.id,
      number: String(result.ticket.number),
      groupKey: result.ticket.group_key,
    });
  const caller: TicketCaller = {
    kind: "guest",
    ticketId: result.ticket.id,
    email: result.ticket.requester_email,
  };
  return { caller, ...result };
}

/** The guest an `X-Ticket-Access` token stands for, or undefined (the routes then answer "not found"). */
export async function guestCaller(deps: SupportDeps, token: string): Promise<TicketCaller | undefined> {
  const { db, clock } = deps.platform;
  const ticketId = await ticketOfAccessToken(db, token, clock.now());
  const ticket = ticketId ? await findTicket(db, ticketId) : undefined;
  if (!ticket || ticket.user_id !== null || !ticket.guest_verified_at) return undefined;
  return { kind: "guest", ticketId: ticket.id, email: ticket.requester_email };
}
