import i18n, { currentLanguage } from "../i18n";
import { ApiError, api, csrfHeader, parseRetryAfter, problemToError } from "./client";
import { amount, invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";

// Staff pages of money in and out: the payment-method catalogue (admin), bank statement lines,
// suspense matching and payment cases (agent or admin), provider simulators (admin). The
// compliance review queues (withdrawals, KYC) are in ./staffReviews. Readers turn each answer into the shapes below; a missing or
// mistyped field becomes a safe default so a page never crashes on an unexpected answer.

/** One page of a cursor-paged list. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export function readPage<T>(body: unknown, parse: (item: unknown) => T | null): Page<T> {
  return { data: list(body, parse), nextCursor: isRecord(body) ? strOrNull(body.nextCursor) : null };
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function numOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export const id = (value: string) => encodeURIComponent(value);

// --- payment methods ------------------------------------------------------------------------------

export const METHOD_KINDS = ["card", "bank_transfer", "ewallet"] as const;
export const METHOD_DIRECTIONS = ["deposit", "withdrawal", "both"] as const;
export const PROCESSING_TIMES = ["instant", "minutes", "same_day", "1_3_days", "3_5_days"] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];
export type MethodDirection = (typeof METHOD_DIRECTIONS)[number];
export type MethodState = "active" | "paused";

export interface MaintenanceWindow {
  startsAt: string;
  endsAt: string;
}

/** Everything an admin sets on a method; amounts are in USD (converted for other currencies). */
export interface MethodSettings {
  kind: MethodKind;
  provider: string;
  name: { en: string; "zh-CN": string };
  direction: MethodDirection;
  /** ISO 3166 two-letter codes; "*" means everywhere. */
  countries: string[];
  currencies: string[];
  minAmount: string;
  maxAmount: string;
  feeFixed: string;
  feePercent: string;
  processingTime: string;
  depositLevel: number;
  withdrawalLevel: number;
  state: MethodState;
  maintenance: MaintenanceWindow | null;
}

export interface AdminMethod extends MethodSettings {
  id: string;
  /** The state right now: a maintenance window counts only while it is open. */
  currentState: MethodState | "maintenance";
  /**
   * The window customers meet (going on, else the next): the method's own (`maintenance`) or
   * one the status page has over its whole service.
   */
  currentWindow: MaintenanceWindow | null;
  position: number;
  updatedAt: string;
}

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((o) => o === value) ?? fallback;
}

function parseMaintenance(value: unknown): MaintenanceWindow | null {
  if (!isRecord(value) || typeof value.startsAt !== "string" || typeof value.endsAt !== "string") return null;
  return { startsAt: value.startsAt, endsAt: value.endsAt };
}

export function parseAdminMethod(value: unknown): AdminMethod | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const name = isRecord(value.name) ? value.name : {};
  const state = oneOf(["active", "paused"] as const, value.state, "active");
  return {
    id: value.id,
    kind: oneOf(METHOD_KINDS, value.kind, "card"),
    provider: str(value.provider),
    name: { en: str(name.en, value.id), "zh-CN": str(name["zh-CN"], str(name.en, value.id)) },
    direction: oneOf(METHOD_DIRECTIONS, value.direction, "both"),
    countries: strings(value.countries),
    currencies: strings(value.currencies),
    minAmount: amount(value.minAmount),
    maxAmount: amount(value.maxAmount),
    feeFixed: amount(value.feeFixed),
    feePercent: amount(value.feePercent),
    processingTime: str(value.processingTime),
    depositLevel: num(value.depositLevel),
    withdrawalLevel: num(value.withdrawalLevel),
    state,
    currentState: oneOf(["active", "paused", "maintenance"] as const, value.currentState, state),
    maintenance: parseMaintenance(value.maintenance),
    currentWindow: parseMaintenance(value.currentWindow) ?? parseMaintenance(value.maintenance),
    position: num(value.position),
    updatedAt: str(value.updatedAt),
  };
}

function oneMethod(body: unknown): AdminMethod {
  const method = parseAdminMethod(body);
  if (!method) throw invalid();
  return method;
}

export async function listAdminMethods(abort?: AbortSignal): Promise<AdminMethod[]> {
  return list(await api.get<unknown>("/api/v1/admin/payment-methods", signal(abort)), parseAdminMethod);
}

export async function createMethod(input: MethodSettings & { id: string }): Promise<AdminMethod> {
  return oneMethod(await api.post<unknown>("/api/v1/admin/payment-methods", input));
}

/** Changes only the settings given; `maintenance: null` clears a scheduled window. */
export async function updateMethod(methodId: string, patch: Partial<MethodSettings>): Promise<AdminMethod> {
  return oneMethod(await api.patch<unknown>(`/api/v1/admin/payment-methods/${id(methodId)}`, patch));
}

// --- bank statements, suspense, payment cases --------------------------------------------------------

export type StatementLineStatus = "matched" | "unmatched" | "manually_matched" | "returned";

/** The customer a line or a case is about, as staff see them. */
export interface CustomerRef {
  walletNumber: string | null;
  email: string | null;
  name: string | null;
}

export interface StatementLine {
  id: string;
  externalId: string;
  methodId: string;
  amount: string;
  currency: string;
  /** What the payer wrote as the transfer's reference (may be wrong or empty). */
  reference: string;
  payerName: string | null;
  valueDate: string;
  status: StatementLineStatus;
  depositId: string | null;
  customer: CustomerRef | null;
  matchedBy: string | null;
  matchedAt: string | null;
  createdAt: string;
  caseId: string | null;
  /** Why an unmatched line could not be credited by itself, in the reader's language. */
  unmatchedReason: { code: string; text: string } | null;
}

export interface StatementLineInput {
  methodId: string;
  amount: string;
  currency: string;
  reference: string;
  payerName?: string;
  /** YYYY-MM-DD; today when omitted. */
  valueDate?: string;
  externalId?: string;
}

export interface ImportSummary {
  imported: number;
  matched: number;
  unmatched: number;
  duplicates: number;
  /** Lines that were not imported, by their line number in the file. */
  errors: { line: number; message: string }[];
}

/** A customer given as an object, or only as an email or wallet number; a staff member likewise. */
export function parseCustomerRef(value: unknown): CustomerRef | null {
  if (typeof value === "string" && value !== "") {
    return value.includes("@")
      ? { walletNumber: null, email: value, name: null }
      : { walletNumber: value, email: null, name: null };
  }
  if (!isRecord(value)) return null;
  const ref = {
    walletNumber: strOrNull(value.walletNumber),
    email: strOrNull(value.email),
    name: strOrNull(value.name),
  };
  return ref.walletNumber || ref.email || ref.name ? ref : null;
}

function actor(value: unknown): string | null {
  if (typeof value === "string") return strOrNull(value);
  if (!isRecord(value)) return null;
  return strOrNull(value.email) ?? strOrNull(value.name) ?? strOrNull(value.id);
}

export function parseStatementLine(value: unknown): StatementLine | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    externalId: str(value.externalId),
    methodId: str(value.methodId),
    amount: amount(value.amount),
    currency: str(value.currency),
    reference: str(value.reference),
    payerName: strOrNull(value.payerName),
    valueDate: str(value.valueDate),
    status: oneOf(
      ["matched", "unmatched", "manually_matched", "returned"] as const,
      value.status,
      "unmatched",
    ),
    depositId: strOrNull(value.depositId),
    customer: parseCustomerRef(value.customer),
    matchedBy: actor(value.matchedBy),
    matchedAt: strOrNull(value.matchedAt),
    createdAt: str(value.createdAt),
    caseId: strOrNull(value.caseId),
    unmatchedReason:
      isRecord(value.unmatchedReason) && typeof value.unmatchedReason.text === "string"
        ? { code: str(value.unmatchedReason.code), text: value.unmatchedReason.text }
        : null,
  };
}

export function parseImportSummary(value: unknown): ImportSummary {
  if (!isRecord(value)) throw invalid();
  const errors = Array.isArray(value.errors) ? value.errors : [];
  return {
    imported: num(value.imported),
    matched: num(value.matched),
    unmatched: num(value.unmatched),
    duplicates: num(value.duplicates),
    errors: errors.flatMap((e) =>
      isRecord(e) ? [{ line: num(e.line), message: str(e.message, str(e.detail)) }] : [],
    ),
  };
}

function oneLine(body: unknown): StatementLine {
  const line = parseStatementLine(body);
  if (!line) throw invalid();
  return line;
}

export async function postStatementLine(
  input: StatementLineInput,
  idempotencyKey: string,
): Promise<StatementLine> {
  return oneLine(
    await api.post<unknown>("/api/v1/admin/bank/statement-lines", input, {
      headers: { "Idempotency-Key": idempotencyKey },
    }),
  );
}

export async function listStatementLines(
  options: {
    status?: StatementLineStatus;
    cursor?: string | null;
    limit?: number;
    signal?: AbortSignal;
  } = {},
): Promise<Page<StatementLine>> {
  const body = await api.get<unknown>("/api/v1/admin/bank/statement-lines", {
    query: { status: options.status, cursor: options.cursor, limit: options.limit },
    ...signal(options.signal),
  });
  return readPage(body, parseStatementLine);
}

/** Credits a suspense line to a customer (wallet number or email), optionally against one of their deposits. */
export async function matchStatementLine(
  lineId: string,
  input: { customer: string; depositId?: string },
): Promise<StatementLine> {
  return oneLine(await api.post<unknown>(`/api/v1/admin/bank/statement-lines/${id(lineId)}/match`, input));
}

/**
 * Sends a CSV statement as it is (`text/csv`, header `date,amount,currency,reference,payer,id`).
 * The JSON client cannot send a raw body, so this is a plain fetch with the same headers.
 */
export async function importStatement(csv: string, methodId: string): Promise<ImportSummary> {
  const query = new URLSearchParams({ methodId });
  const response = await rawFetch(`/api/v1/admin/bank/statement-imports?${query}`, {
    method: "POST",
    headers: { "Content-Type": "text/csv", Accept: "application/json, application/problem+json" },
    body: csv,
  });
  return parseImportSummary(await response.json().catch(() => null));
}

export type CaseKind = "unmatched_line" | "deposit_trace";

export interface PaymentCase {
  id: string;
  kind: CaseKind;
  status: "open" | "resolved";
  customer: CustomerRef | null;
  /** The address a guest gave to the tracer, or the customer's. */
  email: string | null;
  statementLineId: string | null;
  depositId: string | null;
  /** What the platform found (amounts, references, times…), shown as it is. */
  evidence: Record<string, unknown>;
  createdAt: string;
  resolution: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export function parsePaymentCase(value: unknown): PaymentCase | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    kind: oneOf(["unmatched_line", "deposit_trace"] as const, value.kind, "deposit_trace"),
    status: value.status === "resolved" ? "resolved" : "open",
    customer: parseCustomerRef(value.customer),
    email: strOrNull(value.email),
    statementLineId: strOrNull(value.statementLineId),
    depositId: strOrNull(value.depositId),
    evidence: isRecord(value.evidence) ? value.evidence : {},
    createdAt: str(value.createdAt),
    resolution: strOrNull(value.resolution),
    resolvedAt: strOrNull(value.resolvedAt),
    resolvedBy: actor(value.resolvedBy),
  };
}

/** A deposit the platform thinks an unmatched line may belong to (from an unmatched_line case's evidence). */
export interface MatchCandidate {
  depositId: string;
  /** "reference": its reference is in the payment text; "amount": an open deposit for the same amount. */
  why: string;
  bankReference: string | null;
  amount: string;
  currency: string;
  status: string;
  createdAt: string;
  customer: CustomerRef | null;
}

/** The candidate deposits listed in a case's evidence; none when the evidence has no list. */
export function matchCandidates(evidence: Record<string, unknown>): MatchCandidate[] {
  const list = Array.isArray(evidence.candidates) ? evidence.candidates : [];
  return list.flatMap((c): MatchCandidate[] =>
    isRecord(c) && typeof c.depositId === "string"
      ? [
          {
            depositId: c.depositId,
            why: str(c.why),
            bankReference: strOrNull(c.bankReference),
            amount: amount(c.amount),
            currency: str(c.currency),
            status: str(c.status),
            createdAt: str(c.createdAt),
            customer: parseCustomerRef(c.customer),
          },
        ]
      : [],
  );
}

export async function listPaymentCases(
  options: {
    status?: "open" | "resolved";
    kind?: CaseKind;
    cursor?: string | null;
    limit?: number;
    signal?: AbortSignal;
  } = {},
): Promise<Page<PaymentCase>> {
  const body = await api.get<unknown>("/api/v1/admin/payment-cases", {
    query: { status: options.status, kind: options.kind, cursor: options.cursor, limit: options.limit },
    ...signal(options.signal),
  });
  return readPage(body, parsePaymentCase);
}

export async function resolvePaymentCase(caseId: string, resolution: string): Promise<PaymentCase | null> {
  const body = await api.post<unknown>(`/api/v1/admin/payment-cases/${id(caseId)}/resolve`, { resolution });
  return parsePaymentCase(body);
}

// --- provider simulators -------------------------------------------------------------------------------

export const SIMULATOR_MODES = ["normal", "timeout", "error"] as const;
export type SimulatorMode = (typeof SIMULATOR_MODES)[number];

export interface SimulatorSetting {
  provider: string;
  mode: SimulatorMode;
  updatedAt: string | null;
}

export function parseSimulator(value: unknown): SimulatorSetting | null {
  if (!isRecord(value) || typeof value.provider !== "string") return null;
  return {
    provider: value.provider,
    mode: oneOf(SIMULATOR_MODES, value.mode, "normal"),
    updatedAt: strOrNull(value.updatedAt),
  };
}

export async function listSimulators(abort?: AbortSignal): Promise<SimulatorSetting[]> {
  return list(await api.get<unknown>("/api/v1/admin/simulators", signal(abort)), parseSimulator);
}

export async function setSimulatorMode(provider: string, mode: SimulatorMode): Promise<SimulatorSetting> {
  const body = await api.put<unknown>(`/api/v1/admin/simulators/${id(provider)}`, { mode });
  return parseSimulator(body) ?? { provider, mode, updatedAt: null };
}

// --- raw requests ------------------------------------------------------------------------------------

/**
 * A same-origin request whose body or answer is not JSON, with the session's CSRF header and
 * the interface language; a non-2xx answer rejects with the same ApiError as the JSON client.
 */
export async function rawFetch(
  path: string,
  init: RequestInit & { method: string; headers: Record<string, string> },
) {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { "Accept-Language": currentLanguage(), ...csrfHeader(init.method), ...init.headers },
      credentials: "same-origin",
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError({ status: 0, code: "network_error", title: i18n.t("errors.network") });
  }
  if (response.ok) return response;
  const text = await response.text().catch(() => "");
  let problem: unknown = null;
  try {
    problem = JSON.parse(text);
  } catch {
    // not JSON: the status alone says what went wrong
  }
  throw problemToError(response.status, problem, parseRetryAfter(response.headers.get("retry-after")));
}
