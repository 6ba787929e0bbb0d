import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { findContact } from "../channels/contacts.js";
import type { SupportDeps } from "../deps.js";
import { presentMessage } from "../tickets/present.js";
import { listMessages, type TicketRow } from "../tickets/repository.js";
import { presentRow, staffNames } from "./present.js";

/** Staff see a guest's ticket once the guest proved the address (before that it may be anyone's typing). */
export const visibleToStaff = (t: TicketRow) => t.user_id !== null || t.guest_verified_at !== null;

/** The ticket an agent opened, or 404 ticket_not_found. */
export async function findStaffTicket(executor: Executor, id: string): Promise<TicketRow> {
  const ticket = await executor
    .selectFrom("support_tickets")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!ticket || !visibleToStaff(ticket)) throw new DomainError("ticket_not_found");
  return ticket;
}

/**
 * Everything the console shows about one ticket: the row, the whole thread with internal notes,
 * the event trail, attached transactions (as they were when attached), the customer's account
 * as it was when they wrote, the rating, and the merge links both ways.
 */
export async function agentTicketDetail(deps: SupportDeps, executor: Executor, id: string) {
  const ticket = await findStaffTicket(executor, id);
  const [messages, events, transactions, mergedInto, merged, lastMessage, contact] = await Promise.all([
    listMessages(executor, id, { includeInternal: true }),
    executor
      .selectFrom("support_ticket_events")
      .selectAll()
      .where("ticket_id", "=", id)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    executor
      .selectFrom("support_ticket_transactions")
      .select(["transaction_id", "snapshot", "linked_by", "created_at"])
      .where("ticket_id", "=", id)
      .orderBy("created_at")
      .orderBy("transaction_id")
      .execute(),
    ticket.merged_into_id
      ? executor
          .selectFrom("support_tickets")
          .select(["id", "number"])
          .where("id", "=", ticket.merged_into_id)
          .executeTakeFirst()
      : Promise.resolve(undefined),
    executor
      .selectFrom("support_tickets")
      .select(["id", "number"])
      .where("merged_into_id", "=", id)
      .orderBy("number")
      .execute(),
    executor
      .selectFrom("support_messages")
      .select((eb) => eb.fn.max("created_at").as("at"))
      .where("ticket_id", "=", id)
      .executeTakeFirst(),
    // Who wrote from outside the app (email, phone, Messenger, X), for the contact card.
    ticket.contact_id ? findContact(executor, ticket.contact_id) : Promise.resolve(undefined),
  ]);
  const names = await staffNames(deps, executor, [ticket.assignee_id, ...events.map((e) => e.actor_id)]);
  const now = deps.platform.clock.now();
  return {
    ...presentRow({ ...ticket, last_message_at: lastMessage?.at ?? null }, names, deps.sla.view(ticket, now)),
    messages: messages.map(presentMessage),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      actor: e.actor_id ? { id: e.actor_id, name: names.get(e.actor_id) ?? e.actor_id } : null,
      detail: e.detail,
      createdAt: e.created_at.toISOString(),
    })),
    transactions: transactions.map((t) => ({
      id: t.transaction_id,
      ...t.snapshot,
      linkedBy: t.linked_by,
      linkedAt: t.created_at.toISOString(),
    })),
    context: ticket.context,
    satisfaction:
      ticket.satisfaction_score === null
        ? null
        : {
            score: ticket.satisfaction_score,
            comment: ticket.satisfaction_comment,
            ratedAt: ticket.rated_at?.toISOString() ?? null,
          },
    mergedInto: mergedInto ? { id: mergedInto.id, number: String(mergedInto.number) } : null,
    merged: merged.map((m) => ({ id: m.id, number: String(m.number) })),
    contact: contact
      ? {
          id: contact.id,
          kind: contact.kind,
          address: contact.address,
          displayName: contact.display_name,
          // The contact's customer only when this ticket is theirs: a chat guest may have typed
          // a customer's address, and must not be shown to agents as that customer.
          userId: contact.user_id !== null && contact.user_id === ticket.user_id ? contact.user_id : null,
        }
      : null,
  };
}

export type AgentTicketDetail = Awaited<ReturnType<typeof agentTicketDetail>>;
