import { formatAmount } from "../../../platform/money/money.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { DepositRow } from "../deposits/deposits-repository.js";
import type { PaymentsDeps } from "../deps.js";
import type { MethodRow } from "../methods/catalogue.js";
import { insertCase, type LineRow, openTraceCasesOf, unmatchedLinesLike } from "./bank-repository.js";
import { customerDepositsByReference, customerDepositsLike } from "./deposit-search.js";
import { lineFacts } from "./present.js";
import { normalizeReference } from "./reference.js";

/** What a customer tells the "my deposit has not arrived" tracer. */
export interface TraceQuery {
  amount: bigint;
  currency: string;
  methodId?: string | undefined;
  /** When they sent the money; the search looks 3 days either side (the last 14 days without it). */
  approxTime?: Date | undefined;
  /** A reference from their bank or payment app, or the one we gave them. */
  providerReference?: string | undefined;
  /** Open a case for support when nothing is found. */
  openCase?: boolean | undefined;
}

export type FindingKind =
  | "credited"
  | "pending_at_provider"
  | "awaiting_transfer"
  | "failed"
  | "expired"
  | "unmatched_received"
  | "not_found";

/** Where the money is, with what the words about it need. */
export interface Finding {
  kind: FindingKind;
  query: TraceQuery;
  window: { from: Date; to: Date };
  deposit?: DepositRow;
  method?: MethodRow;
  /** The history reference of the deposit (T7K3M-9QPA2), shown to quote to support. */
  historyReference?: string;
  line?: LineRow;
  caseId?: string;
}

const DAY_MS = 86_400_000;
const SIDE_DAYS = 3;
const DEFAULT_DAYS = 14;

const distance = (at: Date, anchor: Date) => Math.abs(at.getTime() - anchor.getTime());
const lineTime = (line: LineRow) => new Date(`${line.value_date}T12:00:00Z`);

/**
 * Looks for a customer's money: their deposits by the reference they quote, or by amount and
 * currency (and method) around the time they sent it, best match first; and unmatched bank
 * lines of that amount in the same window. Says where the money is. Money that arrived but
 * could not be matched gets a case for support with the evidence (one per line and
 * customer, however often they ask). Runs inside the caller's transaction.
 */
export async function traceDeposit(
  deps: PaymentsDeps,
  trx: Executor,
  customer: { id: string; email: string },
  query: TraceQuery,
): Promise<Finding> {
  const now = deps.platform.clock.now();
  const anchor = query.approxTime ?? now;
  const window = query.approxTime
    ? {
        from: new Date(anchor.getTime() - SIDE_DAYS * DAY_MS),
        to: new Date(anchor.getTime() + SIDE_DAYS * DAY_MS),
      }
    : { from: new Date(now.getTime() - DEFAULT_DAYS * DAY_MS), to: now };

  const byReference = query.providerReference
    ? await customerDepositsByReference(trx, customer.id, query.providerReference)
    : [];
  const byAmount = (
    await customerDepositsLike(trx, {
      userId: customer.id,
      amount: query.amount,
      currency: query.currency,
      methodId: query.methodId,
      ...window,
      lookBackDays: deps.platform.config.payments.bankDepositExpiryDays,
    })
  ).sort((a, b) => distance(a.created_at, anchor) - distance(b.created_at, anchor));
  const deposit = byReference[0] ?? byAmount[0];
  const line = await closestLine(trx, query, window, anchor);

  const base = { query, window };
  if (!deposit) {
    if (line)
      return {
        ...base,
        kind: "unmatched_received",
        line,
        caseId: await traceCase(deps, trx, customer, query, line),
      };
    const caseId = query.openCase ? await traceCase(deps, trx, customer, query) : undefined;
    return { ...base, kind: "not_found", ...(caseId ? { caseId } : {}) };
  }

  const method = await deps.methods.get(deposit.method_id, trx);
  const historyReference = deposit.transaction_id
    ? await deps.wallets.movements.reference(trx, deposit.transaction_id)
    : undefined;
  const found = { ...base, deposit, method, ...(historyReference ? { historyReference } : {}) };
  if (deposit.status === "succeeded") return { ...found, kind: "credited" };
  if (deposit.status === "failed") return { ...found, kind: "failed" };
  // Still open, or expired, and money of that amount sits unmatched: most likely theirs, sent
  // without (or with a mistyped) reference.
  if (line && deposit.currency === line.currency && deposit.amount === line.amount)
    return {
      ...found,
      kind: "unmatched_received",
      line,
      caseId: await traceCase(deps, trx, customer, query, line, deposit),
    };
  if (deposit.status === "expired") return { ...found, kind: "expired" };
  if (method.kind === "bank_transfer" && deposit.provider_status !== "pending_at_provider")
    return { ...found, kind: "awaiting_transfer" };
  return { ...found, kind: "pending_at_provider" };
}

/** The unmatched line of that amount nearest the time given, preferring one that carries the quoted reference. */
async function closestLine(
  trx: Executor,
  query: TraceQuery,
  window: { from: Date; to: Date },
  anchor: Date,
): Promise<LineRow | undefined> {
  const lines = await unmatchedLinesLike(trx, {
    amount: query.amount,
    currency: query.currency,
    methodId: query.methodId,
    ...window,
  });
  const quoted = query.providerReference ? normalizeReference(query.providerReference) : "";
  const carriesReference = (line: LineRow) =>
    quoted.length > 0 &&
    (normalizeReference(line.reference_text).includes(quoted) ||
      line.external_id === query.providerReference?.trim());
  return lines.sort(
    (a, b) =>
      Number(carriesReference(b)) - Number(carriesReference(a)) ||
      distance(lineTime(a), anchor) - distance(lineTime(b), anchor),
  )[0];
}

/**
 * The customer's open trace case about this line (or, without one, about this amount), or a
 * new one with the evidence: what they told us and the line we found.
 */
async function traceCase(
  deps: PaymentsDeps,
  trx: Executor,
  customer: { id: string; email: string },
  query: TraceQuery,
  line?: LineRow,
  deposit?: DepositRow,
): Promise<string> {
  const told = {
    amount: formatAmount(query.amount, query.currency),
    currency: query.currency,
    methodId: query.methodId ?? null,
    approxTime: query.approxTime?.toISOString() ?? null,
    providerReference: query.providerReference ?? null,
  };
  const open = await openTraceCasesOf(trx, customer.id);
  const same = open.find((c) => {
    if (line) return c.statement_line_id === line.id;
    const earlier = c.evidence.told as typeof told | undefined;
    return !c.statement_line_id && earlier?.amount === told.amount && earlier.currency === told.currency;
  });
  if (same) return same.id;
  const id = deps.platform.ids.next("paymentCase");
  await insertCase(trx, {
    id,
    kind: "deposit_trace",
    status: "open",
    user_id: customer.id,
    email: customer.email,
    statement_line_id: line?.id ?? null,
    deposit_id: deposit?.id ?? null,
    evidence: JSON.stringify({
      told,
      line: line ? lineFacts(line) : null,
      deposit: deposit
        ? {
            id: deposit.id,
            status: deposit.status,
            bankReference: deposit.bank_reference,
            amount: formatAmount(deposit.amount, deposit.currency),
            currency: deposit.currency,
            createdAt: deposit.created_at.toISOString(),
          }
        : null,
    }),
    resolution: null,
    resolved_by: null,
    resolved_at: null,
    created_at: deps.platform.clock.now(),
  });
  return id;
}
