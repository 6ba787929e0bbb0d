import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { ActionTarget, IdentityCheck, StaffActionOptions } from "../../accounts/staff.js";
import type { SupportDeps } from "../deps.js";
import type { SupportEvent } from "../live/index.js";
import { addEvent, addMessage, lockTicket, type TicketRow, updateTicket } from "../tickets/repository.js";
import { customerMessage, internalNote, type PanelAction } from "./action-copy.js";

/** The staff member acting from the console: audited by email, named in notes by name. */
export interface PanelAgent {
  id: string;
  /** What the audit log names them by (their email, as every staff action). */
  label: string;
  name: string;
  language: Locale;
}

/**
 * A ticket staff may act on: one agents can see (a guest ticket only once the guest proved
 * their address) and that is not closed. Shared by the panel's actions and escalation.
 */
export function assertWorkable(ticket: TicketRow | undefined): asserts ticket is TicketRow {
  if (!ticket || (ticket.user_id === null && ticket.guest_verified_at === null))
    throw new DomainError("ticket_not_found");
  if (ticket.status === "closed") throw new DomainError("ticket_closed", { number: String(ticket.number) });
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
    const ticket = await lockTicket(trx, ticketId);
    assertWorkable(ticket);
    // A ticket of someone else reads as missing, like any ticket an agent cannot act from.
    if (!isRequester(ticket, customer)) throw new DomainError("ticket_not_found");
    const at = platform.clock.now();
    const note = await addMessage(trx, platform, {
      ticketId,
      authorType: "system",
      authorId: agent.id,
      authorName: agent.name,
      body: internalNote(action, agent.language, agent.name, input),
      internal: true,
      at,
    });
    const told = await addMessage(trx, platform, {
      ticketId,
      authorType: "system",
      authorId: agent.id,
      authorName: null,
      body: customerMessage(action, ticket.language),
      at,
    });
    await addEvent(trx, platform, {
      ticketId,
      actorId: agent.id,
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
