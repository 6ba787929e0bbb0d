import type { TicketTransactionSnapshot } from "../../platform/db/schema-support.js";
import { formatAmount } from "../../platform/money/money.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import { findTransaction, type TransactionRow } from "./transactions-repository.js";

/**
 * The support desk's read of a customer's own transactions: what a ticket keeps of each one it
 * is about (as it was when attached, so the agent sees what the customer saw).
 */

export function transactionSnapshot(row: TransactionRow): TicketTransactionSnapshot {
  return {
    reference: row.reference,
    type: row.type,
    status: row.status,
    direction: row.direction,
    amount: formatAmount(row.amount, row.currency),
    fee: formatAmount(row.fee, row.currency),
    currency: row.currency,
    reasonCode: row.reason_code,
    at: row.created_at.toISOString(),
  };
}

/**
 * The snapshots of `ids`, in the order given, when every one is the user's own; undefined
 * when any is not (someone else's, or no such transaction): the caller refuses the lot.
 */
export async function ownTransactionSnapshots(
  executor: Executor,
  userId: string,
  ids: readonly string[],
): Promise<{ id: string; snapshot: TicketTransactionSnapshot }[] | undefined> {
  const unique = [...new Set(ids)];
  const found: { id: string; snapshot: TicketTransactionSnapshot }[] = [];
  // At most ten ids a ticket: one indexed look-up each (by id, owner checked in the same query).
  for (const id of unique) {
    if (id.length > 64) return undefined;
    const row = await findTransaction(executor, userId, id);
    if (!row) return undefined;
    found.push({ id: row.id, snapshot: transactionSnapshot(row) });
  }
  return found;
}
