import type { Insertable, Selectable, Updateable } from "kysely";
import type { DepositsTable } from "../../../platform/db/schema-payments.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

export type DepositRow = Selectable<DepositsTable>;
export type NewDepositRow = Insertable<DepositsTable>;

export async function insertDeposit(executor: Executor, row: NewDepositRow): Promise<void> {
  await executor.insertInto("deposits").values(row).execute();
}

export function findDeposit(executor: Executor, id: string): Promise<DepositRow | undefined> {
  return executor.selectFrom("deposits").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A customer's own deposit; another customer's id reads as missing. */
export function findOwnDeposit(
  executor: Executor,
  userId: string,
  id: string,
): Promise<DepositRow | undefined> {
  return executor
    .selectFrom("deposits")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/** Locks the deposit for the rest of the transaction: one state change at a time. */
export function lockDeposit(executor: Executor, id: string): Promise<DepositRow | undefined> {
  return executor.selectFrom("deposits").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function updateDeposit(
  executor: Executor,
  id: string,
  patch: Updateable<DepositsTable>,
): Promise<void> {
  await executor.updateTable("deposits").set(patch).where("id", "=", id).execute();
}

export function findByBankReference(executor: Executor, reference: string): Promise<DepositRow | undefined> {
  return executor
    .selectFrom("deposits")
    .selectAll()
    .where("bank_reference", "=", reference.trim().toUpperCase())
    .executeTakeFirst();
}

export function listDeposits(
  executor: Executor,
  userId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<DepositRow[]> {
  let query = executor.selectFrom("deposits").selectAll().where("user_id", "=", userId);
  if (page.cursor) query = query.where("id", "<", page.cursor);
  return query.orderBy("id", "desc").limit(page.limit).execute();
}

/**
 * Deposits whose next look is due, oldest first: to ask a provider that never answered, to
 * check on a payment it is processing, or to expire (bank instructions and payments waiting
 * on the customer are scheduled for the moment they run out).
 */
export function depositsDueForCheck(executor: Executor, now: Date, limit: number): Promise<DepositRow[]> {
  return executor
    .selectFrom("deposits")
    .selectAll()
    .where("status", "in", ["created", "pending"])
    .where("next_check_at", "<=", now)
    .orderBy("next_check_at")
    .limit(limit)
    .execute();
}
