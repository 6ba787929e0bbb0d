import { DomainError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import { walletKey } from "../ledger/index.js";
import type { WalletsDeps } from "./deps.js";
import { presentTransaction, presentTransactionDetail } from "./present.js";
import { normalizeReference } from "./references.js";
import {
  findTransaction,
  listTransactions,
  type TransactionFilter,
  type TransactionRow,
} from "./transactions-repository.js";

export const TRANSACTION_TYPES = [
  "transfer_out",
  "transfer_in",
  "exchange",
  "adjustment",
  "deposit",
  "withdrawal",
  "payment",
  "refund",
  "fee",
] as const;
export const TRANSACTION_STATUSES = ["pending", "completed", "failed", "reversed"] as const;

/** The history's filters as the API takes them (all optional, all text). */
export interface FilterQuery {
  type?: string | undefined;
  status?: string | undefined;
  currency?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  minAmount?: string | undefined;
  maxAmount?: string | undefined;
  counterparty?: string | undefined;
  reference?: string | undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^\d{1,15}(\.\d{1,8})?$/;

function listOf<T extends string>(
  field: string,
  text: string | undefined,
  allowed: readonly T[],
): T[] | undefined {
  if (!text) return undefined;
  const values = text
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  const bad = values.find((v) => !allowed.includes(v as T));
  if (bad !== undefined)
    throw new DomainError("validation_failed", {}, [
      {
        in: "query",
        path: `/${field}`,
        code: "invalid_value",
        message: `one or more of ${allowed.join(", ")}`,
      },
    ]);
  return values as T[];
}

function dateOf(field: "from" | "to", text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const date = new Date(DATE_ONLY.test(text) ? `${text}T00:00:00.000Z` : text);
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || text.length > 40 || year < 1970 || year > 9998)
    throw new DomainError("validation_failed", {}, [
      {
        in: "query",
        path: `/${field}`,
        code: "invalid_date",
        message: "a date (2026-11-26) or an ISO 8601 timestamp",
      },
    ]);
  // A bare date as the end of a range means "to the end of that day".
  return field === "to" && DATE_ONLY.test(text) ? new Date(date.getTime() + 86_400_000) : date;
}

function decimalOf(field: string, text: string | undefined): string | undefined {
  if (text === undefined || text === "") return undefined;
  if (!DECIMAL.test(text))
    throw new DomainError("validation_failed", {}, [
      { in: "query", path: `/${field}`, code: "invalid_amount", message: 'a decimal amount such as "12.50"' },
    ]);
  return text;
}

export function parseFilter(query: FilterQuery): TransactionFilter {
  for (const [field, value] of Object.entries(query))
    if (typeof value === "string" && value.includes("\u0000"))
      throw new DomainError("validation_failed", {}, [
        { in: "query", path: `/${field}`, code: "invalid_characters", message: "no NUL characters" },
      ]);
  const filter: TransactionFilter = {};
  const type = listOf("type", query.type, TRANSACTION_TYPES);
  const status = listOf("status", query.status, TRANSACTION_STATUSES);
  const from = dateOf("from", query.from);
  const to = dateOf("to", query.to);
  const minAmount = decimalOf("minAmount", query.minAmount);
  const maxAmount = decimalOf("maxAmount", query.maxAmount);
  if (type) filter.type = type;
  if (status) filter.status = status;
  if (query.currency) filter.currency = query.currency.toUpperCase();
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (minAmount) filter.minAmount = minAmount;
  if (maxAmount) filter.maxAmount = maxAmount;
  if (query.counterparty?.trim()) filter.counterparty = query.counterparty.trim();
  if (query.reference?.trim()) filter.reference = normalizeReference(query.reference);
  return filter;
}

export async function transactionPage(
  deps: WalletsDeps,
  userId: string,
  query: FilterQuery,
  page: { limit: number; cursor?: string | undefined },
) {
  const rows = await listTransactions(deps.platform.db, userId, parseFilter(query), {
    limit: page.limit + 1,
    ...(page.cursor ? { cursor: page.cursor } : {}),
  });
  const more = rows.length > page.limit;
  const data = rows.slice(0, page.limit);
  return { data: data.map(presentTransaction), nextCursor: more ? (data.at(-1)?.id ?? null) : null };
}

/** Every matching row, a page at a time, for the CSV export (memory stays flat at any size). */
export async function* allTransactions(deps: WalletsDeps, userId: string, filter: TransactionFilter) {
  let cursor: string | undefined;
  for (;;) {
    const rows: TransactionRow[] = await listTransactions(deps.platform.db, userId, filter, {
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    });
    yield* rows;
    if (rows.length < 1000) return;
    cursor = rows.at(-1)?.id;
  }
}

export async function transactionDetail(deps: WalletsDeps, userId: string, id: string, locale: Locale) {
  const row = await findTransaction(deps.platform.db, userId, id);
  if (!row) throw new DomainError("not_found");
  let balanceAfter: bigint | undefined;
  if (row.journal_id) {
    const wallet = (
      await deps.ledger.customerWallets(
        deps.platform.db,
        [{ ownerId: userId, currency: row.currency }],
        false,
      )
    ).get(walletKey(userId, row.currency));
    if (wallet) balanceAfter = await deps.ledger.postedAfter(deps.platform.db, row.journal_id, wallet.id);
  }
  return presentTransactionDetail(row, locale, balanceAfter);
}
