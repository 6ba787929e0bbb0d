import type { UserRole } from "../../../platform/db/schema.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { ownTransactionSnapshots } from "../../wallets/support-view.js";
import type { SupportDeps } from "../deps.js";
import { addEvent, updateTicket } from "../tickets/repository.js";
import { staffCaller } from "./access.js";
import { type AgentTicketDetail, agentTicketDetail } from "./detail.js";
import { lockForChange } from "./update.js";

/**
 * An agent attaches transactions of the requester's own history that the customer did not
 * pick (snapshots as they are now). Only the requester's: a guest ticket has no history, and a
 * transaction of anyone else is refused as a whole (422 ticket_transaction_not_found). Already
 * attached ones stay as they were; audited as ticket.transactions_linked.
 */
export async function linkTransactions(
  deps: SupportDeps,
  auth: { userId: string; role: UserRole },
  id: string,
  transactionIds: string[],
): Promise<AgentTicketDetail> {
  const { db, clock } = deps.platform;
  const linked = await db.transaction().execute(async (trx) => {
    const caller = await staffCaller(deps, trx, auth);
    const ticket = await lockForChange(trx, caller, id);
    const snapshots = ticket.user_id
      ? await ownTransactionSnapshots(trx, ticket.user_id, transactionIds)
      : undefined;
    if (!snapshots) throw new DomainError("ticket_transaction_not_found");
    const at = clock.now();
    const inserted = await trx
      .insertInto("support_ticket_transactions")
      .values(
        snapshots.map((s) => ({
          ticket_id: id,
          transaction_id: s.id,
          snapshot: JSON.stringify(s.snapshot),
          linked_by: caller.userId,
          created_at: at,
        })),
      )
      .onConflict((oc) => oc.columns(["ticket_id", "transaction_id"]).doNothing())
      .returning("transaction_id")
      .execute();
    const added = inserted.map((r) => r.transaction_id);
    if (added.length === 0) return false;
    await updateTicket(trx, id, { updated_at: at });
    await addEvent(trx, deps.platform, {
      ticketId: id,
      actorId: caller.userId,
      kind: "transactions_linked",
      detail: { transactionIds: added },
      at,
    });
    await deps.audit.record(
      trx,
      caller.actor,
      "ticket.transactions_linked",
      { type: "ticket", id },
      { number: String(ticket.number), transactionIds: added },
    );
    return true;
  });
  if (linked) await deps.live.publish({ type: "ticket.updated", ticketId: id });
  return agentTicketDetail(deps, db, id);
}
