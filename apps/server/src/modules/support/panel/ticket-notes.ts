import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { ActionTarget, IdentityCheck, StaffActionOptions } from "../../accounts/staff.js";
import { assertMayAct, assertWritable, type StaffCaller } from "../console/access.js";
import type { SupportDeps } from "../deps.js";
import type { SupportEvent } from "../live/index.js";
import { addEvent, addMessage, lockTicket, type TicketRow, updateTicket } from "../tickets/repository.js";
import { customerMessage, internalNote, type PanelAction } from "./action-copy.js";

/** The staff member acting from the console (as the console names them), and the language their notes are in. */
export interface PanelAgent extends StaffCaller {
  language: Locale;
}

/**
 * A ticket staff may act from: one agents can see (a guest ticket only once the guest proved
 * their address), still open to changes (not closed, not merged away), and not one an agent
 * must leave to compliance: the console's own rules (../console/access.ts).
 */
export async function assertWorkable(
  executor: Executor,
  agent: PanelAgent,
  ticket: TicketRow | undefined,
): Promise<TicketRow> {
  if (!ticket || (ticket.user_id === null && ticket.guest_verified_at === null))
    throw new DomainError("ticket_not_found");
  await assertWritable(executor, ticket);
  assertMayAct(agent, ticket);
  return ticket;
}

/** The customer wrote it: signed in, or as a guest from the address their account has. */
function isRequester(ticket: TicketRow, customer: ActionTarget): boolean {
  if (ticket.user_id !== null) return ticket.user_id === customer.id;
  return ticket.requester_email.toLowerCase() === customer.email.toLowerCase();
}

/**
 * Ties an account action to the ticket it was taken from. The returned options go to the
 * accounts action (../../accounts/staff.ts), which runs `alsoInTransaction` in its own
 * transaction: the ticket gets an internal note for the team, a system message for the
 * customer and an event, or, when the ticket is not this customer's (or is closed), the
 * action itself does not happen. `publish` tells open consoles once it is committed.
 */
export function ticketNotes(
  deps: SupportDeps,
  agent: PanelAgent,
  ticketId: string,
  action: PanelAction,
  input: { reason: string; checks?: readonly IdentityCheck[] | undefined },
): { options: StaffActionOptions; publish(): Promise<void> } {
  const events: SupportEvent[] = [];
  const { platform } = deps;
  const alsoInTransaction = async (trx: Executor, customer: ActionTarget) => {
    const ticket = await assertWorkable(trx, agent, await lockTicket(trx, ticketId));
    // A ticket of someone else reads as missing, like any ticket an agent cannot act from.
    if (!isRequester(ticket, customer)) throw new DomainError("ticket_not_found");
    const at = platform.clock.now();
    const note = await addMessage(trx, platform, {
      ticketId,
      authorType: "system",
      authorId: agent.userId,
      authorName: agent.name,
      body: internalNote(action, agent.language, agent.name, input),
      internal: true,
      at,
    });
    const told = await addMessage(trx, platform, {
      ticketId,
      authorType: "system",
      authorId: agent.userId,
      authorName: null,
      body: customerMessage(action, ticket.language),
      at,
    });
    await addEvent(trx, platform, {
      ticketId,
      actorId: agent.userId,
      kind: `account.${action}`,
      detail: {
        reason: input.reason,
        ...(input.checks ? { checks: input.checks } : {}),
        userId: customer.id,
      },
      at,
    });
    await updateTicket(trx, ticketId, { updated_at: at, last_agent_activity_at: at });
    events.push(
      { type: "message.created", ticketId, messageId: note.id, internal: true, authorType: "system" },
      { type: "message.created", ticketId, messageId: told.id, internal: false, authorType: "system" },
      { type: "ticket.updated", ticketId },
    );
  };
  return {
    options: { auditContext: { ticketId }, alsoInTransaction },
    async publish() {
      for (const event of events) await deps.live.publish(event);
    },
  };
}
