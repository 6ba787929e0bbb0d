import { ApiError, api } from "./client";
import { amount, amountOrNull, invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";

// Wallets, transfers, exchange and transactions (docs/wallets-api.md). Amounts stay decimal
// strings from the API to the screen (lib/money.ts formats them); nothing here does arithmetic.

export interface Currency {
  code: string;
  exponent: number;
}

export interface Wallet {
  id: string;
  currency: string;
  /** What can be spent: posted − held. */
  available: string;
  /** Reserved by pending operations. */
  held: string;
  /** What has settled. */
  posted: string;
}

export interface LimitWindow {
  limit: string;
  used: string;
  remaining: string;
}

export interface Limits {
  level: string;
  /** The currency every limit amount is in. */
  currency: string;
  perTransaction: string;
  daily: LimitWindow;
  monthly: LimitWindow;
}

export interface TransferInput {
  /** A wallet number, an email address or an international phone number. */
  to: string;
  amount: string;
  currency: string;
  note?: string;
}

export interface TransferPreview {
  recipient: { walletNumber: string; maskedName: string };
  amount: string;
  fee: string;
  total: string;
  currency: string;
}

export interface Quote {
  id: string;
  from: string;
  to: string;
  sellAmount: string;
  buyAmount: string;
  rate: string;
  midRate: string;
  spreadPercent: string;
  expiresAt: string;
}

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
export type KnownTransactionType = (typeof TRANSACTION_TYPES)[number];

export const TRANSACTION_STATUSES = ["pending", "completed", "failed", "reversed"] as const;
export type KnownTransactionStatus = (typeof TRANSACTION_STATUSES)[number];

export interface Counterparty {
  walletNumber: string | null;
  maskedName: string | null;
}

export interface Transaction {
  id: string;
  reference: string;
  /** One of TRANSACTION_TYPES, or a type this version does not know yet. */
  type: string;
  status: string;
  direction: "in" | "out";
  amount: string;
  fee: string;
  currency: string;
  counterAmount: string | null;
  counterCurrency: string | null;
  rate: string | null;
  counterparty: Counterparty | null;
  note: string | null;
  reasonCode: string | null;
  /** The deposit or withdrawal a history row mirrors (its own page has the provider's side). */
  origin?: { kind: "deposit" | "withdrawal"; id: string };
  createdAt: string;
  updatedAt: string;
}

export interface TimelineEntry {
  status: string;
  at: string;
  reasonCode: string | null;
}

export interface FailureReason {
  code: string;
  title: string;
  explanation: string;
  nextStep: string;
  helpArticle: string | null;
}

export interface TransactionDetail extends Transaction {
  timeline: TimelineEntry[];
  reason: FailureReason | null;
}

export interface TransactionPage {
  data: Transaction[];
  nextCursor: string | null;
}

export const FILTER_KEYS = [
  "type",
  "status",
  "currency",
  "from",
  "to",
  "minAmount",
  "maxAmount",
  "counterparty",
  "reference",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** The list filters; only the ones set are present. */
export type TransactionFilters = Partial<Record<FilterKey, string>>;

// --- parsing --------------------------------------------------------------------------------------

export function parseCurrency(value: unknown): Currency | null {
  if (!isRecord(value) || typeof value.code !== "string") return null;
  return { code: value.code, exponent: num(value.exponent, 2) };
}

export function parseWallet(value: unknown): Wallet | null {
  if (!isRecord(value) || typeof value.id !== "string" || typeof value.currency !== "string") return null;
  return {
    id: value.id,
    currency: value.currency,
    available: amount(value.available),
    held: amount(value.held),
    posted: amount(value.posted),
  };
}

function parseWindow(value: unknown): LimitWindow {
  const w = isRecord(value) ? value : {};
  return { limit: amount(w.limit), used: amount(w.used), remaining: amount(w.remaining) };
}

export function parseLimits(value: unknown): Limits {
  if (!isRecord(value) || typeof value.currency !== "string") throw invalid();
  return {
    level: str(value.level),
    currency: value.currency,
    perTransaction: amount(value.perTransaction),
    daily: parseWindow(value.daily),
    monthly: parseWindow(value.monthly),
  };
}

export function parsePreview(value: unknown): TransferPreview {
  if (!isRecord(value) || !isRecord(value.recipient)) throw invalid();
  return {
    recipient: {
      walletNumber: str(value.recipient.walletNumber),
      maskedName: str(value.recipient.maskedName),
    },
    amount: amount(value.amount),
    fee: amount(value.fee),
    total: amount(value.total),
    currency: str(value.currency),
  };
}

export function parseQuote(value: unknown): Quote {
  if (!isRecord(value) || typeof value.id !== "string") throw invalid();
  return {
    id: value.id,
    from: str(value.from),
    to: str(value.to),
    sellAmount: amount(value.sellAmount),
    buyAmount: amount(value.buyAmount),
    rate: amount(value.rate),
    midRate: amount(value.midRate),
    spreadPercent: amount(value.spreadPercent),
    expiresAt: str(value.expiresAt),
  };
}

function parseCounterparty(value: unknown): Counterparty | null {
  if (!isRecord(value)) return null;
  const walletNumber = strOrNull(value.walletNumber);
  const maskedName = strOrNull(value.maskedName);
  return walletNumber || maskedName ? { walletNumber, maskedName } : null;
}

/** `{ origin }` for a deposit's or withdrawal's row, nothing for the others. */
function parseOrigin(value: unknown): Pick<Transaction, "origin"> {
  if (!isRecord(value) || typeof value.id !== "string" || value.id === "") return {};
  return value.kind === "deposit" || value.kind === "withdrawal"
    ? { origin: { kind: value.kind, id: value.id } }
    : {};
}

export function parseTransaction(value: unknown): Transaction | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    reference: str(value.reference),
    type: str(value.type, "unknown"),
    status: str(value.status, "unknown"),
    direction: value.direction === "in" ? "in" : "out",
    amount: amount(value.amount),
    fee: amount(value.fee),
    currency: str(value.currency),
    counterAmount: amountOrNull(value.counterAmount),
    counterCurrency: strOrNull(value.counterCurrency),
    rate: amountOrNull(value.rate),
    counterparty: parseCounterparty(value.counterparty),
    note: strOrNull(value.note),
    reasonCode: strOrNull(value.reasonCode),
    ...parseOrigin(value.origin),
    createdAt: str(value.createdAt),
    updatedAt: str(value.updatedAt),
  };
}

function parseTimeline(value: unknown): TimelineEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): TimelineEntry[] =>
    isRecord(item) && typeof item.status === "string"
      ? [{ status: item.status, at: str(item.at), reasonCode: strOrNull(item.reasonCode) }]
      : [],
  );
}

export function parseReason(value: unknown): FailureReason | null {
  if (!isRecord(value)) return null;
  return {
    code: str(value.code),
    title: str(value.title),
    explanation: str(value.explanation),
    nextStep: str(value.nextStep),
    helpArticle: strOrNull(value.helpArticle),
  };
}

export function parseTransactionDetail(value: unknown): TransactionDetail {
  const base = parseTransaction(value);
  if (!base || !isRecord(value)) throw invalid();
  return { ...base, timeline: parseTimeline(value.timeline), reason: parseReason(value.reason) };
}

/** Only the filters that are set, in a stable order (for query keys and URLs). */
export function cleanFilters(filters: TransactionFilters): TransactionFilters {
  const out: TransactionFilters = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** The filters in a URL query string (the transactions page keeps them in its address). */
export function filtersFromParams(params: URLSearchParams): TransactionFilters {
  const out: TransactionFilters = {};
  for (const key of FILTER_KEYS) out[key] = params.get(key) ?? undefined;
  return cleanFilters(out);
}

export function filtersToParams(filters: TransactionFilters): URLSearchParams {
  return new URLSearchParams(Object.entries(cleanFilters(filters)));
}

/** "Download CSV": every row matching the filters (a plain link; the browser downloads it). */
export function transactionsCsvUrl(filters: TransactionFilters): string {
  const qs = filtersToParams(filters).toString();
  return `/api/v1/transactions/export.csv${qs ? `?${qs}` : ""}`;
}

/** The monthly statement (PDF) for `month` as YYYY-MM, optionally one currency only. */
export function statementUrl(month: string, currency?: string): string {
  const qs = currency ? `?${new URLSearchParams({ currency }).toString()}` : "";
  return `/api/v1/statements/${encodeURIComponent(month)}.pdf${qs}`;
}

/** The extra members of a money problem (limit_exceeded, recorded failures), when present. */
export interface MoneyProblem {
  limit: string | null;
  remaining: string | null;
  currency: string | null;
  transactionId: string | null;
  reference: string | null;
}

export function moneyProblem(error: unknown): MoneyProblem | null {
  if (!(error instanceof ApiError)) return null;
  const x = error.extensions;
  const found: MoneyProblem = {
    limit: strOrNull(x.limit),
    remaining: amountOrNull(x.remaining),
    // The server names the limits currency `limitCurrency`; `currency` is accepted as well.
    currency: strOrNull(x.limitCurrency) ?? strOrNull(x.currency),
    transactionId: strOrNull(x.transactionId),
    reference: strOrNull(x.reference),
  };
  return Object.values(found).some((v) => v !== null) ? found : null;
}

// --- calls -----------------------------------------------------------------------------------------

function idempotent(key: string) {
  return { headers: { "Idempotency-Key": key } };
}

export async function listCurrencies(abort?: AbortSignal): Promise<Currency[]> {
  return list(await api.get<unknown>("/api/v1/currencies", signal(abort)), parseCurrency);
}

export async function listWallets(abort?: AbortSignal): Promise<Wallet[]> {
  return list(await api.get<unknown>("/api/v1/wallets", signal(abort)), parseWallet);
}

/** Opens a wallet in `currency` (the existing one when it is already open). */
export async function openWallet(currency: string): Promise<Wallet> {
  const wallet = parseWallet(await api.post<unknown>("/api/v1/wallets", { currency }));
  if (!wallet) throw invalid();
  return wallet;
}

export async function fetchLimits(abort?: AbortSignal): Promise<Limits> {
  return parseLimits(await api.get<unknown>("/api/v1/limits", signal(abort)));
}

export async function previewTransfer(input: Omit<TransferInput, "note">): Promise<TransferPreview> {
  const body = { to: input.to, amount: input.amount, currency: input.currency };
  return parsePreview(await api.post<unknown>("/api/v1/transfers/preview", body));
}

/** Sends money. The same key and body, retried, return the first answer instead of paying twice. */
export async function sendTransfer(input: TransferInput, idempotencyKey: string): Promise<Transaction> {
  const tx = parseTransaction(
    await api.post<unknown>("/api/v1/transfers", input, idempotent(idempotencyKey)),
  );
  if (!tx) throw invalid();
  return tx;
}

export async function createQuote(input: { from: string; to: string; amount: string }): Promise<Quote> {
  return parseQuote(await api.post<unknown>("/api/v1/exchanges/quotes", input));
}

export async function exchange(quoteId: string, idempotencyKey: string): Promise<Transaction> {
  const tx = parseTransaction(
    await api.post<unknown>("/api/v1/exchanges", { quoteId }, idempotent(idempotencyKey)),
  );
  if (!tx) throw invalid();
  return tx;
}

export async function listTransactions(
  filters: TransactionFilters,
  options: { cursor?: string | null; limit?: number; signal?: AbortSignal } = {},
): Promise<TransactionPage> {
  const body = await api.get<unknown>("/api/v1/transactions", {
    query: { ...cleanFilters(filters), limit: options.limit, cursor: options.cursor },
    ...signal(options.signal),
  });
  return {
    data: list(body, parseTransaction),
    nextCursor: isRecord(body) ? strOrNull(body.nextCursor) : null,
  };
}

export async function getTransaction(id: string, abort?: AbortSignal): Promise<TransactionDetail> {
  return parseTransactionDetail(
    await api.get<unknown>(`/api/v1/transactions/${encodeURIComponent(id)}`, signal(abort)),
  );
}
