import { type Insertable, type Selectable, sql, type Updateable } from "kysely";
import type { BankStatementLinesTable, PaymentCasesTable } from "../../../platform/db/schema-payments.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

export type LineRow = Selectable<BankStatementLinesTable>;
export type LineStatus = LineRow["status"];
export type CaseRow = Selectable<PaymentCasesTable>;
export type CaseKind = CaseRow["kind"];

/**
 * A line's columns, the value date as its YYYY-MM-DD text: drivers read a `date` as a Date at
 * local midnight, which would move it a day in some time zones.
 */
const LINE_COLUMNS = [
  "id",
  "external_id",
  "method_id",
  "amount",
  "currency",
  "reference_text",
  "payer_name",
  sql<string>`value_date::text`.as("value_date"),
  "status",
  "deposit_id",
  "journal_id",
  "import_id",
  "matched_by",
  "matched_at",
  "created_at",
] as const;

const lines = (executor: Executor) => executor.selectFrom("bank_statement_lines").select(LINE_COLUMNS);

/** Inserts a line unless its (method, external id) is already there; true when inserted. */
export async function insertLine(
  executor: Executor,
  row: Insertable<BankStatementLinesTable>,
): Promise<boolean> {
  const inserted = await executor
    .insertInto("bank_statement_lines")
    .values(row)
    .onConflict((oc) => oc.columns(["method_id", "external_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted !== undefined;
}

export function findLineByExternalId(
  executor: Executor,
  methodId: string,
  externalId: string,
): Promise<LineRow | undefined> {
  return lines(executor)
    .where("method_id", "=", methodId)
    .where("external_id", "=", externalId)
    .executeTakeFirst();
}

export function findLine(executor: Executor, id: string): Promise<LineRow | undefined> {
  return lines(executor).where("id", "=", id).executeTakeFirst();
}

export function lockLine(executor: Executor, id: string): Promise<LineRow | undefined> {
  return lines(executor).where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function updateLine(
  executor: Executor,
  id: string,
  patch: Updateable<BankStatementLinesTable>,
): Promise<void> {
  await executor.updateTable("bank_statement_lines").set(patch).where("id", "=", id).execute();
}

/** Lines newest first, optionally of one status and method. */
export function listLines(
  executor: Executor,
  filter: { status?: LineStatus | undefined; methodId?: string | undefined; limit: number; cursor?: string },
): Promise<LineRow[]> {
  let query = lines(executor);
  if (filter.status) query = query.where("status", "=", filter.status);
  if (filter.methodId) query = query.where("method_id", "=", filter.methodId);
  if (filter.cursor) query = query.where("id", "<", filter.cursor);
  return query.orderBy("id", "desc").limit(filter.limit).execute();
}

/** Unmatched lines of an amount and currency that arrived (value date or posting) in a window. */
export function unmatchedLinesLike(
  executor: Executor,
  input: { amount: bigint; currency: string; methodId?: string | undefined; from: Date; to: Date },
): Promise<LineRow[]> {
  const day = (at: Date) => at.toISOString().slice(0, 10);
  let query = lines(executor)
    .where("status", "=", "unmatched")
    .where("amount", "=", input.amount)
    .where("currency", "=", input.currency)
    .where((eb) =>
      eb.or([
        eb.and([eb("value_date", ">=", day(input.from)), eb("value_date", "<=", day(input.to))]),
        eb.and([eb("created_at", ">=", input.from), eb("created_at", "<=", input.to)]),
      ]),
    );
  if (input.methodId) query = query.where("method_id", "=", input.methodId);
  return query.orderBy("id", "desc").limit(20).execute();
}

export async function insertCase(executor: Executor, row: Insertable<PaymentCasesTable>): Promise<void> {
  await executor.insertInto("payment_cases").values(row).execute();
}

export function lockCase(executor: Executor, id: string): Promise<CaseRow | undefined> {
  return executor.selectFrom("payment_cases").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function updateCase(
  executor: Executor,
  id: string,
  patch: Updateable<PaymentCasesTable>,
): Promise<void> {
  await executor.updateTable("payment_cases").set(patch).where("id", "=", id).execute();
}

/** Cases newest first, optionally of one status and kind. */
export function listCases(
  executor: Executor,
  filter: {
    status?: CaseRow["status"] | undefined;
    kind?: CaseKind | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<CaseRow[]> {
  let query = executor.selectFrom("payment_cases").selectAll();
  if (filter.status) query = query.where("status", "=", filter.status);
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.cursor) query = query.where("id", "<", filter.cursor);
  return query.orderBy("id", "desc").limit(filter.limit).execute();
}

/**
 * Resolves every case still open about a line (its suspense case and any traces that found
 * it), filling in the customer and deposit where the case had none; returns their ids. One
 * statement, so a case resolved by hand at the same moment keeps its own resolution.
 */
export async function resolveOpenCasesOfLine(
  executor: Executor,
  lineId: string,
  change: { resolution: string; resolvedBy: string; at: Date; userId: string; depositId: string },
): Promise<string[]> {
  const rows = await executor
    .updateTable("payment_cases")
    .set({
      status: "resolved",
      resolution: change.resolution,
      resolved_by: change.resolvedBy,
      resolved_at: change.at,
      user_id: sql`coalesce(user_id, ${change.userId})`,
      deposit_id: sql`coalesce(deposit_id, ${change.depositId})`,
    })
    .where("statement_line_id", "=", lineId)
    .where("status", "=", "open")
    .returning("id")
    .execute();
  return rows.map((r) => r.id).sort();
}

/** Each line's own case (the unmatched_line one) and why it went to suspense, by line id. */
export async function lineCases(
  executor: Executor,
  lineIds: string[],
): Promise<Map<string, { id: string; reason: unknown }>> {
  if (lineIds.length === 0) return new Map();
  const rows = await executor
    .selectFrom("payment_cases")
    .select(["id", "statement_line_id", "evidence"])
    .where("statement_line_id", "in", lineIds)
    .where("kind", "=", "unmatched_line")
    .orderBy("id")
    .execute();
  return new Map(rows.map((r) => [r.statement_line_id as string, { id: r.id, reason: r.evidence.reason }]));
}

/** Who owns each deposit, by deposit id. */
export async function depositOwners(executor: Executor, depositIds: string[]): Promise<Map<string, string>> {
  if (depositIds.length === 0) return new Map();
  const rows = await executor
    .selectFrom("deposits")
    .select(["id", "user_id"])
    .where("id", "in", [...new Set(depositIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.user_id]));
}

/** A customer's open trace cases (a handful at most), newest first. */
export function openTraceCasesOf(executor: Executor, userId: string): Promise<CaseRow[]> {
  return executor
    .selectFrom("payment_cases")
    .selectAll()
    .where("kind", "=", "deposit_trace")
    .where("status", "=", "open")
    .where("user_id", "=", userId)
    .orderBy("id", "desc")
    .limit(50)
    .execute();
}
