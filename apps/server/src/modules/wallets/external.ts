import { sql } from "kysely";
import type { TimelineEntry } from "../../platform/db/schema.js";
import { currency as currencyOf } from "../../platform/money/money.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Random } from "../../platform/random.js";
import { newReference } from "./references.js";
import { insertTransactions, type TransactionRow } from "./transactions-repository.js";

/**
 * Money that comes from or goes to the world outside Satchel (deposits, withdrawals) shows in
 * the customer's history like any transfer: one row, kept in step with the deposit or
 * withdrawal that owns it (its id is the row's group id), with a timeline of the owner's
 * states. The payments module calls these inside the same transaction as its own change.
 */
export interface ExternalMovement {
  /** The history row's id (a transaction id from the caller's id generator). */
  id: string;
  /** The deposit or withdrawal this row mirrors. */
  ownerId: string;
  userId: string;
  type: "deposit" | "withdrawal";
  direction: "in" | "out";
  amount: bigint;
  fee: bigint;
  currency: string;
  /** Where the money came from or goes to, as the customer knows it ("Visa •••• 4242"). */
  counterpartyName: string;
  note?: string | null;
  status: TransactionRow["status"];
  /** The owner's own state (created, pending, in_review…), shown in the timeline. */
  step: string;
  reasonCode?: string | null;
  journalId?: string | null;
  at: Date;
}

export async function recordExternalMovement(
  executor: Executor,
  random: Random,
  m: ExternalMovement,
): Promise<void> {
  await insertTransactions(executor, [
    {
      id: m.id,
      reference: newReference(random),
      userId: m.userId,
      groupId: m.ownerId,
      type: m.type,
      status: m.status,
      direction: m.direction,
      amount: m.amount,
      fee: m.fee,
      currency: m.currency,
      exponent: currencyOf(m.currency).exponent,
      counterpartyName: m.counterpartyName,
      note: m.note ?? null,
      reasonCode: m.reasonCode ?? null,
      journalId: m.journalId ?? null,
      timeline: [{ status: m.step, at: m.at.toISOString(), reasonCode: m.reasonCode ?? null }],
      at: m.at,
    },
  ]);
}

/** Moves the row on: a new status, a timeline entry for the owner's new state, the journal once posted. */
export async function updateExternalMovement(
  executor: Executor,
  id: string,
  change: {
    status: TransactionRow["status"];
    step: string;
    at: Date;
    reasonCode?: string | null;
    journalId?: string | null;
    fee?: bigint;
  },
): Promise<void> {
  const entry: TimelineEntry = {
    status: change.step,
    at: change.at.toISOString(),
    reasonCode: change.reasonCode ?? null,
  };
  await executor
    .updateTable("transactions")
    .set({
      status: change.status,
      reason_code: change.reasonCode ?? null,
      timeline: sql`timeline || ${JSON.stringify([entry])}::jsonb` as never,
      updated_at: change.at,
      ...(change.journalId ? { journal_id: change.journalId } : {}),
      ...(change.fee !== undefined ? { fee: change.fee } : {}),
    })
    .where("id", "=", id)
    .execute();
}

/** The reference of a movement's history row, for emails and the tracer. */
export async function movementReference(executor: Executor, id: string): Promise<string | undefined> {
  const row = await executor
    .selectFrom("transactions")
    .select("reference")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.reference;
}

/** The references of many movements' history rows at once, keyed by row id. */
export async function movementReferences(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await executor
    .selectFrom("transactions")
    .select(["id", "reference"])
    .where("id", "in", unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r.reference]));
}
