import { sql } from "kysely";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Actor } from "../../audit/index.js";
import type { SupportDeps } from "../deps.js";
import { accountContext } from "../tickets/context.js";
import { type ContactDetail, type ContactRow, contactDetail, recognizedUser } from "./contacts.js";

/**
 * An agent links a contact (an address that wrote from outside the app) to the customer
 * behind it, after checking who it is: from then on the contact's messages are that
 * customer's, and its tickets that had no customer get the customer's account (user, account
 * context, the account's email where the ticket had none, so replies can go by email too).
 * Unlinking undoes it for the contact's tickets of that customer: a wrong link would show a
 * stranger's conversation in the customer's app. Both are audited (contact.linked,
 * contact.unlinked) and written in each ticket's history.
 */

async function lockContact(executor: Executor, id: string): Promise<ContactRow> {
  const row = await executor
    .selectFrom("support_contacts")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new DomainError("contact_not_found");
  return row;
}

/** The customer's account (never a staff one), with the row held while it is linked. */
async function customerAccount(executor: Executor, userId: string) {
  const row = await executor
    .selectFrom("users")
    .select(["id", "email"])
    .where("id", "=", userId)
    .where("role", "=", "customer")
    .forShare()
    .executeTakeFirst();
  if (!row) throw new DomainError("contact_link_not_customer");
  return row;
}

async function recordTicketEvents(
  deps: SupportDeps,
  executor: Executor,
  ticketIds: string[],
  event: {
    actorId: string | null;
    kind: "contact_linked" | "contact_unlinked";
    detail: Record<string, unknown>;
  },
  at: Date,
) {
  if (ticketIds.length === 0) return;
  await executor
    .insertInto("support_ticket_events")
    .values(
      ticketIds.map((ticketId) => ({
        id: deps.platform.ids.next("ticketEvent"),
        ticket_id: ticketId,
        actor_id: event.actorId,
        kind: event.kind,
        detail: JSON.stringify(event.detail),
        created_at: at,
      })),
    )
    .execute();
}

/** Open consoles show the tickets' new requester without a reload; bookkeeping, never a failure. */
async function announce(deps: SupportDeps, ticketIds: string[]) {
  for (const ticketId of ticketIds) {
    try {
      await deps.live.publish({ type: "ticket.updated", ticketId });
    } catch (error) {
      deps.platform.log.warn({ err: error, ticketId }, "ticket update not announced after a contact link");
    }
  }
}

export async function linkContact(
  deps: SupportDeps,
  actor: Actor,
  contactId: string,
  input: { userId: string; reason: string },
): Promise<ContactDetail> {
  const { platform } = deps;
  const at = platform.clock.now();
  const ticketIds = await platform.db.transaction().execute(async (trx) => {
    const contact = await lockContact(trx, contactId);
    const customer = await customerAccount(trx, input.userId);
    if (contact.user_id === customer.id) return [];
    if (contact.user_id) throw new DomainError("contact_already_linked");
    await trx
      .updateTable("support_contacts")
      .set({ user_id: customer.id, linked_by: actor.id, linked_at: at })
      .where("id", "=", contact.id)
      .execute();
    const context = JSON.stringify(await accountContext(deps, trx, customer.id));
    const tickets = await trx
      .updateTable("support_tickets")
      .set({
        user_id: customer.id,
        context,
        // A phone or social ticket had no address to email; it has the account's now.
        requester_email: sql<string>`case when requester_email = '' then ${customer.email} else requester_email end`,
        updated_at: at,
      })
      .where("contact_id", "=", contact.id)
      .where("user_id", "is", null)
      .returning("id")
      .execute();
    const ids = tickets.map((t) => t.id);
    await recordTicketEvents(
      deps,
      trx,
      ids,
      { actorId: actor.id, kind: "contact_linked", detail: { contactId: contact.id, userId: customer.id } },
      at,
    );
    await deps.audit.record(
      trx,
      actor,
      "contact.linked",
      { type: "support_contact", id: contact.id },
      { userId: customer.id, kind: contact.kind, reason: input.reason, tickets: ids },
    );
    return ids;
  });
  await announce(deps, ticketIds);
  return contactDetail(deps, contactId);
}

export async function unlinkContact(
  deps: SupportDeps,
  actor: Actor,
  contactId: string,
  input: { reason?: string | undefined },
): Promise<ContactDetail> {
  const { platform } = deps;
  const at = platform.clock.now();
  const ticketIds = await platform.db.transaction().execute(async (trx) => {
    const contact = await lockContact(trx, contactId);
    const userId = contact.user_id;
    if (!userId) return [];
    // Still a verified address of that customer: the next message would link it again, rightly.
    if ((await recognizedUser(trx, contact.kind, contact.address)) === userId)
      throw new DomainError("contact_link_verified");
    await trx
      .updateTable("support_contacts")
      .set({ user_id: null, linked_by: null, linked_at: null })
      .where("id", "=", contact.id)
      .execute();
    const tickets = await trx
      .updateTable("support_tickets")
      .set({
        user_id: null,
        context: "{}",
        // Back to what the channel told us: the sender's email address, or none.
        requester_email: contact.kind === "email" ? contact.address : "",
        // Still a ticket from someone the channel vouched for, so agents keep seeing it.
        guest_verified_at: sql<Date>`coalesce(guest_verified_at, created_at)`,
        updated_at: at,
      })
      .where("contact_id", "=", contact.id)
      .where("user_id", "=", userId)
      .returning("id")
      .execute();
    const ids = tickets.map((t) => t.id);
    await recordTicketEvents(
      deps,
      trx,
      ids,
      { actorId: actor.id, kind: "contact_unlinked", detail: { contactId: contact.id, userId } },
      at,
    );
    await deps.audit.record(
      trx,
      actor,
      "contact.unlinked",
      { type: "support_contact", id: contact.id },
      { userId, kind: contact.kind, ...(input.reason ? { reason: input.reason } : {}), tickets: ids },
    );
    return ids;
  });
  await announce(deps, ticketIds);
  return contactDetail(deps, contactId);
}
