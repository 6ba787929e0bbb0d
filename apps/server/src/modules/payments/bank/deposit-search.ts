import { sql } from "kysely";
import type { DepositStatus } from "../../../platform/db/schema-payments.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { DepositRow } from "../deposits/deposits-repository.js";
import {
  MIN_REFERENCE_LENGTH,
  NORMALIZED_BANK_REFERENCE_SQL,
  normalizeReference,
  shapedReferences,
} from "./reference.js";

/**
 * Finding deposits from what a bank statement or a customer tells us. The deposits table is
 * this module's own; these are the read-only searches the bank side needs besides the
 * deposits repository's look-ups.
 */

export const OPEN_STATUSES: DepositStatus[] = ["created", "pending"];

const normalizedReference = sql<string>`${sql.raw(NORMALIZED_BANK_REFERENCE_SQL)}`;

/**
 * Deposits whose bank reference appears anywhere in a payment text ("Invoice SAT 7K3M-9QPA
 * thanks" finds SAT-7K3M9QPA), the open ones first. References of the usual shape are
 * looked up by the unique index, whatever the deposit's status (so staff learn that a line
 * quotes a deposit already paid); failing that, the open deposits (a bounded set: they
 * expire) are searched for any reference of theirs inside the text.
 */
export async function depositsReferencedIn(
  executor: Executor,
  text: string,
  limit = 10,
): Promise<DepositRow[]> {
  const shaped = shapedReferences(text);
  if (shaped.length > 0) {
    const rows = await executor
      .selectFrom("deposits")
      .selectAll()
      .where("bank_reference", "in", shaped)
      .orderBy(sql`case when status in ('created', 'pending') then 0 else 1 end`)
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
    if (rows.length > 0) return rows;
  }
  const normalized = normalizeReference(text);
  if (normalized.length < MIN_REFERENCE_LENGTH) return [];
  return executor
    .selectFrom("deposits")
    .selectAll()
    .where("status", "in", OPEN_STATUSES)
    .where("bank_reference", "is not", null)
    .where(sql<number>`length(${normalizedReference})`, ">=", MIN_REFERENCE_LENGTH)
    .where(sql<number>`strpos(${normalized}, ${normalizedReference})`, ">", 0)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** Deposits of a method still waiting for exactly this amount (the candidates a person would try). */
export function openDepositsOfAmount(
  executor: Executor,
  input: { methodId: string; amount: bigint; currency: string },
  limit = 5,
): Promise<DepositRow[]> {
  return executor
    .selectFrom("deposits")
    .selectAll()
    .where("status", "in", OPEN_STATUSES)
    .where("method_id", "=", input.methodId)
    .where("amount", "=", input.amount)
    .where("currency", "=", input.currency)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/**
 * A customer's deposits that a reference they quote points at: the bank reference (any
 * spacing), the provider's reference, or the deposit's own id.
 */
export function customerDepositsByReference(
  executor: Executor,
  userId: string,
  reference: string,
): Promise<DepositRow[]> {
  const normalized = normalizeReference(reference);
  const shaped = shapedReferences(reference);
  const trimmed = reference.trim();
  return executor
    .selectFrom("deposits")
    .selectAll()
    .where("user_id", "=", userId)
    .where((eb) =>
      eb.or([
        ...(shaped.length > 0 ? [eb("bank_reference", "in", shaped)] : []),
        ...(normalized.length >= MIN_REFERENCE_LENGTH ? [eb(normalizedReference, "=", normalized)] : []),
        eb("provider_reference", "=", trimmed),
        eb("id", "=", trimmed),
      ]),
    )
    .orderBy("id", "desc")
    .limit(5)
    .execute();
}

/**
 * A customer's deposits of an amount and currency (and method) that were open at some point
 * of a window: made before its end, and not finished before its start. Bank deposits are made
 * days before the money is sent, so those made up to `lookBackDays` before the window count.
 */
export function customerDepositsLike(
  executor: Executor,
  input: {
    userId: string;
    amount: bigint;
    currency: string;
    methodId?: string | undefined;
    from: Date;
    to: Date;
    lookBackDays: number;
  },
): Promise<DepositRow[]> {
  const earliest = new Date(input.from.getTime() - input.lookBackDays * 86_400_000);
  let query = executor
    .selectFrom("deposits")
    .selectAll()
    .where("user_id", "=", input.userId)
    .where("amount", "=", input.amount)
    .where("currency", "=", input.currency)
    .where("created_at", ">=", earliest)
    .where("created_at", "<=", input.to)
    .where((eb) => eb.or([eb("completed_at", "is", null), eb("completed_at", ">=", input.from)]));
  if (input.methodId) query = query.where("method_id", "=", input.methodId);
  return query.orderBy("id", "desc").limit(20).execute();
}
