import { type Selectable, sql } from "kysely";
import type { TimelineEntry, TransactionsTable } from "../../platform/db/schema.js";
import type { Executor } from "../../platform/outbox/outbox.js";

export type TransactionRow = Selectable<TransactionsTable>;

export interface NewTransaction {
  id: string;
  reference: string;
  userId: string;
  groupId: string;
  type: string;
  status: TransactionsTable["status"];
  direction: "in" | "out";
  amount: bigint;
  fee?: bigint;
  currency: string;
  exponent: number;
  counterAmount?: bigint | null;
  counterCurrency?: string | null;
  rate?: string | null;
  counterpartyUserId?: string | null;
  counterpartyWalletNumber?: string | null;
  counterpartyName?: string | null;
  note?: string | null;
  reasonCode?: string | null;
  journalId?: string | null;
  timeline: TimelineEntry[];
  at: Date;
}

/** The row a new transaction becomes, as a read would return it. */
export function transactionRow(t: NewTransaction): TransactionRow {
  return {
    id: t.id,
    reference: t.reference,
    user_id: t.userId,
    group_id: t.groupId,
    type: t.type,
    status: t.status,
    direction: t.direction,
    amount: t.amount,
    fee: t.fee ?? 0n,
    currency: t.currency,
    exponent: t.exponent,
    counter_amount: t.counterAmount ?? null,
    counter_currency: t.counterCurrency ?? null,
    rate: t.rate ?? null,
    counterparty_user_id: t.counterpartyUserId ?? null,
    counterparty_wallet_number: t.counterpartyWalletNumber ?? null,
    counterparty_name: t.counterpartyName ?? null,
    note: t.note ?? null,
    reason_code: t.reasonCode ?? null,
    journal_id: t.journalId ?? null,
    timeline: t.timeline,
    created_at: t.at,
    updated_at: t.at,
  };
}

// 23 columns a row: 1,000 rows stay well under PostgreSQL's 65,535 bind parameters.
const ROWS_PER_INSERT = 1_000;

export async function insertTransactions(executor: Executor, rows: NewTransaction[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await executor
      .insertInto("transactions")
      .values(
        rows
          .slice(i, i + ROWS_PER_INSERT)
          .map((t) => ({ ...transactionRow(t), timeline: JSON.stringify(t.timeline) })),
      )
      .execute();
  }
}

/** Filters of the history; amounts already in minor units of `currency` when given. */
export interface TransactionFilter {
  type?: string[];
  status?: string[];
  currency?: string;
  from?: Date;
  to?: Date;
  minAmount?: string;
  maxAmount?: string;
  counterparty?: string;
  reference?: string;
}

/**
 * One customer's transactions, newest first, from before `cursor` (an id: ids sort by
 * time). Amount filters compare the decimal value (amount / 10^exponent), so they work
 * across currencies without a float.
 */
export async function listTransactions(
  executor: Executor,
  userId: string,
  filter: TransactionFilter,
  page: { limit: number; cursor?: string },
): Promise<TransactionRow[]> {
  let query = executor.selectFrom("transactions").selectAll().where("user_id", "=", userId);
  if (page.cursor) query = query.where("id", "<", page.cursor);
  if (filter.type?.length) query = query.where("type", "in", filter.type);
  if (filter.status?.length) query = query.where("status", "in", filter.status as TransactionRow["status"][]);
  if (filter.currency) query = query.where("currency", "=", filter.currency);
  if (filter.from) query = query.where("created_at", ">=", filter.from);
  if (filter.to) query = query.where("created_at", "<", filter.to);
  if (filter.minAmount !== undefined)
    query = query.where(
      sql<string>`amount::numeric / power(10, exponent)`,
      ">=",
      sql<string>`${filter.minAmount}::numeric`,
    );
  if (filter.maxAmount !== undefined)
    query = query.where(
      sql<string>`amount::numeric / power(10, exponent)`,
      "<=",
      sql<string>`${filter.maxAmount}::numeric`,
    );
  if (filter.counterparty) {
    const needle = `%${filter.counterparty.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb("counterparty_wallet_number", "ilike", needle),
        eb("counterparty_name", "ilike", needle),
        eb("note", "ilike", needle),
      ]),
    );
  }
  if (filter.reference) query = query.where("reference", "=", filter.reference);
  return query.orderBy("id", "desc").limit(page.limit).execute();
}

export async function findTransaction(
  executor: Executor,
  userId: string,
  id: string,
): Promise<TransactionRow | undefined> {
  return executor
    .selectFrom("transactions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** A statement's completed movements in one currency, oldest first (exchanges count on both sides). */
export async function statementRows(
  executor: Executor,
  userId: string,
  currency: string,
  range: { from: Date; to: Date },
): Promise<TransactionRow[]> {
  return executor
    .selectFrom("transactions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("status", "=", "completed")
    .where((eb) => eb.or([eb("currency", "=", currency), eb("counter_currency", "=", currency)]))
    .where("created_at", ">=", range.from)
    .where("created_at", "<", range.to)
    .orderBy("id")
    .execute();
}
