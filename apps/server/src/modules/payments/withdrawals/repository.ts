import type { Insertable, Selectable, Updateable } from "kysely";
import type {
  PayoutDestinationsTable,
  WithdrawalStatus,
  WithdrawalsTable,
} from "../../../platform/db/schema-payments.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Platform } from "../../../platform/platform.js";

export type DestinationRow = Selectable<PayoutDestinationsTable>;
export type WithdrawalRow = Selectable<WithdrawalsTable>;

/** Ids of our own rows (`wdr_…`, `pod_…`), time-sortable like every id. */
export function newId(platform: Platform, kind: "withdrawal" | "payoutDestination"): string {
  return platform.ids.next(kind);
}

// Payout destinations

export async function insertDestination(
  executor: Executor,
  row: Insertable<PayoutDestinationsTable>,
): Promise<void> {
  await executor.insertInto("payout_destinations").values(row).execute();
}

/** A customer's own destination; another customer's id reads as missing. */
export function findOwnDestination(
  executor: Executor,
  userId: string,
  id: string,
): Promise<DestinationRow | undefined> {
  return executor
    .selectFrom("payout_destinations")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export function findDestination(executor: Executor, id: string): Promise<DestinationRow | undefined> {
  return executor.selectFrom("payout_destinations").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findDestinations(executor: Executor, ids: string[]): Promise<DestinationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom("payout_destinations")
    .selectAll()
    .where("id", "in", [...new Set(ids)])
    .execute();
}

export function activeDestinations(executor: Executor, userId: string): Promise<DestinationRow[]> {
  return executor
    .selectFrom("payout_destinations")
    .selectAll()
    .where("user_id", "=", userId)
    .where("status", "=", "active")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** The customer's active destination with the same details for the same method, if any. */
export function findActiveTwin(
  executor: Executor,
  input: { userId: string; methodId: string; fingerprint: string },
): Promise<DestinationRow | undefined> {
  return executor
    .selectFrom("payout_destinations")
    .selectAll()
    .where("user_id", "=", input.userId)
    .where("method_id", "=", input.methodId)
    .where("fingerprint", "=", input.fingerprint)
    .where("status", "=", "active")
    .executeTakeFirst();
}

export async function updateDestination(
  executor: Executor,
  id: string,
  patch: Updateable<PayoutDestinationsTable>,
): Promise<void> {
  await executor.updateTable("payout_destinations").set(patch).where("id", "=", id).execute();
}

// Withdrawals

export async function insertWithdrawal(executor: Executor, row: Insertable<WithdrawalsTable>): Promise<void> {
  await executor.insertInto("withdrawals").values(row).execute();
}

export function findOwnWithdrawal(
  executor: Executor,
  userId: string,
  id: string,
): Promise<WithdrawalRow | undefined> {
  return executor
    .selectFrom("withdrawals")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export function findWithdrawal(executor: Executor, id: string): Promise<WithdrawalRow | undefined> {
  return executor.selectFrom("withdrawals").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Locks the withdrawal for the rest of the transaction: one state change at a time. */
export function lockWithdrawal(executor: Executor, id: string): Promise<WithdrawalRow | undefined> {
  return executor.selectFrom("withdrawals").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function updateWithdrawal(
  executor: Executor,
  id: string,
  patch: Updateable<WithdrawalsTable>,
): Promise<void> {
  await executor.updateTable("withdrawals").set(patch).where("id", "=", id).execute();
}

/** A customer's withdrawals, newest first (ids are time-sortable, so the id is the cursor). */
export function listWithdrawals(
  executor: Executor,
  userId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<WithdrawalRow[]> {
  let query = executor.selectFrom("withdrawals").selectAll().where("user_id", "=", userId);
  if (page.cursor) query = query.where("id", "<", page.cursor);
  return query.orderBy("id", "desc").limit(page.limit).execute();
}

/** The review queue (or any other status), oldest first; the cursor is the last id seen. */
export function listByStatus(
  executor: Executor,
  status: WithdrawalStatus,
  page: { limit: number; cursor?: string | undefined },
): Promise<WithdrawalRow[]> {
  let query = executor.selectFrom("withdrawals").selectAll().where("status", "=", status);
  if (page.cursor) query = query.where("id", ">", page.cursor);
  return query.orderBy("id").limit(page.limit).execute();
}

/** Withdrawals sent (or about to be sent) to a provider whose next look is due, oldest first. */
export function withdrawalsDueForCheck(
  executor: Executor,
  now: Date,
  limit: number,
): Promise<WithdrawalRow[]> {
  return executor
    .selectFrom("withdrawals")
    .selectAll()
    .where("status", "in", ["requested", "processing"])
    .where("next_check_at", "<=", now)
    .orderBy("next_check_at")
    .limit(limit)
    .execute();
}
