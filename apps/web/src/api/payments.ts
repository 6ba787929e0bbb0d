import { currentLanguage } from "../i18n";
import { ApiError, api } from "./client";
import { amount, amountOrNull, invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";
import { type FailureReason, parseReason } from "./wallets";

// Money in and out: payment methods, deposits, the deposit tracer, payout destinations,
// withdrawals and the simulated providers' pages (/tmp contract: docs of issue #5, API.md
// "Money in and out"). Answers are read at this edge; amounts stay decimal strings.

export type MethodKind = "card" | "bank_transfer" | "ewallet";
export type MethodState = "active" | "paused" | "maintenance";
export type Direction = "deposit" | "withdrawal";

export interface PaymentMethod {
  id: string;
  kind: MethodKind;
  name: string;
  direction: "deposit" | "withdrawal" | "both";
  currencies: string[];
  countries: string[];
  /** The currency minAmount, maxAmount and fee.fixed are in. */
  currency: string;
  minAmount: string;
  maxAmount: string;
  fee: { fixed: string; percent: string };
  processingTime: { key: string; text: string };
  verificationLevel: number;
  state: MethodState;
  maintenance: { startsAt: string; endsAt: string } | null;
}

export interface TimelineStep {
  status: string;
  at: string;
  reasonCode: string | null;
  note: string | null;
}

export interface CardSummary {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface BankInstructions {
  type: "bank_transfer";
  bankName: string;
  accountName: string;
  accountNumber: string;
  routingNumber: string | null;
  iban: string | null;
  swift: string | null;
  reference: string;
  amount: string;
  currency: string;
  expiresAt: string | null;
}

export type NextAction = { type: "redirect"; url: string } | BankInstructions;

export const DEPOSIT_STATUSES = ["created", "pending", "succeeded", "failed", "expired"] as const;
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number];
export const PROVIDER_STATUSES = [
  "pending_at_provider",
  "awaiting_transfer",
  "requires_action",
  "processing",
] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

export interface Deposit {
  id: string;
  methodId: string;
  methodName: string;
  kind: string;
  status: DepositStatus | "unknown";
  providerStatus: ProviderStatus | null;
  amount: string;
  fee: string;
  netAmount: string;
  currency: string;
  card: CardSummary | null;
  nextAction: NextAction | null;
  reason: FailureReason | null;
  transactionId: string | null;
  reference: string | null;
  timeline: TimelineStep[];
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  expiresAt: string | null;
}

export interface DepositInput {
  methodId: string;
  amount: string;
  currency: string;
  card?: { number: string; expMonth: number; expYear: number; cvc: string };
}

export const TRACE_FINDINGS = [
  "credited",
  "pending_at_provider",
  "awaiting_transfer",
  "failed",
  "expired",
  "unmatched_received",
  "not_found",
  "emailed",
] as const;
export type TraceFinding = (typeof TRACE_FINDINGS)[number];

export interface TraceInput {
  amount: string;
  currency: string;
  methodId?: string;
  /** ISO 8601. */
  approxTime?: string;
  providerReference?: string;
  /** Guests only: where the answer goes. */
  email?: string;
}

export interface TraceResult {
  finding: TraceFinding | "unknown";
  deposit: Deposit | null;
  explanation: string;
  nextStep: string;
  caseId: string | null;
}

export interface DestinationDisplay {
  holder: string | null;
  bankName: string | null;
  last4: string | null;
  brand: string | null;
  account: string | null;
}

export interface PayoutDestination {
  id: string;
  methodId: string;
  methodName: string;
  kind: string;
  label: string | null;
  display: DestinationDisplay;
  status: string;
  usableAfter: string | null;
  ready: boolean;
  createdAt: string;
}

export type DestinationDetails =
  | {
      accountHolder: string;
      accountNumber?: string;
      iban?: string;
      bankName: string;
      routingNumber?: string;
      swift?: string;
    }
  | { number: string; expMonth: number; expYear: number; cvc?: string }
  | { account: string };

export interface DestinationInput {
  methodId: string;
  label?: string;
  details: DestinationDetails;
  code: string;
}

export const WITHDRAWAL_STATUSES = [
  "requested",
  "in_review",
  "processing",
  "paid",
  "rejected",
  "canceled",
  "failed",
  "returned",
] as const;
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number];

export interface Withdrawal {
  id: string;
  status: WithdrawalStatus | "unknown";
  destination: PayoutDestination | null;
  methodId: string;
  amount: string;
  fee: string;
  total: string;
  currency: string;
  cancelable: boolean;
  reason: FailureReason | null;
  reasonNote: string | null;
  reviewReasons: string[];
  timeline: TimelineStep[];
  transactionId: string | null;
  reference: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WithdrawalInput {
  destinationId: string;
  amount: string;
  currency: string;
  /** The second-factor code, required every time. */
  code: string;
}

export interface SimulatorPayment {
  id: string;
  provider: string;
  kind: "3ds" | "ewallet" | "unknown";
  amount: string;
  currency: string;
  merchant: string;
  status: string;
  returnUrl: string | null;
}

export type SimulatorOutcome = "approve" | "decline" | "cancel";

// --- parsing --------------------------------------------------------------------------------------

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function timeWindow(value: unknown): { startsAt: string; endsAt: string } | null {
  if (!isRecord(value) || typeof value.endsAt !== "string") return null;
  return { startsAt: str(value.startsAt), endsAt: value.endsAt };
}

export function parseMethod(value: unknown): PaymentMethod | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const fee = isRecord(value.fee) ? value.fee : {};
  const time = isRecord(value.processingTime) ? value.processingTime : {};
  return {
    id: value.id,
    kind: oneOf(["card", "bank_transfer", "ewallet"], value.kind) ?? "card",
    name: str(value.name, value.id),
    direction: oneOf(["deposit", "withdrawal", "both"], value.direction) ?? "both",
    currencies: strings(value.currencies),
    countries: strings(value.countries),
    currency: str(value.currency),
    minAmount: amount(value.minAmount),
    maxAmount: amount(value.maxAmount),
    fee: { fixed: amount(fee.fixed), percent: amount(fee.percent) },
    processingTime: { key: str(time.key), text: str(time.text) },
    verificationLevel: num(value.verificationLevel),
    state: oneOf(["active", "paused", "maintenance"], value.state) ?? "active",
    maintenance: timeWindow(value.maintenance),
  };
}

/** A deposit's or withdrawal's timeline (also the staff review pages' shape). */
export function parseSteps(value: unknown): TimelineStep[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): TimelineStep[] =>
    isRecord(item) && typeof item.status === "string"
      ? [
          {
            status: item.status,
            at: str(item.at),
            reasonCode: strOrNull(item.reasonCode),
            note: strOrNull(item.note),
          },
        ]
      : [],
  );
}

function parseCard(value: unknown): CardSummary | null {
  if (!isRecord(value) || typeof value.last4 !== "string") return null;
  return {
    brand: str(value.brand, "unknown"),
    last4: value.last4,
    expMonth: num(value.expMonth),
    expYear: num(value.expYear),
  };
}

export function parseNextAction(value: unknown): NextAction | null {
  if (!isRecord(value)) return null;
  if (value.type === "redirect" && typeof value.url === "string" && value.url !== "") {
    return { type: "redirect", url: value.url };
  }
  if (value.type === "bank_transfer" && typeof value.reference === "string") {
    return {
      type: "bank_transfer",
      bankName: str(value.bankName),
      accountName: str(value.accountName),
      accountNumber: str(value.accountNumber),
      routingNumber: strOrNull(value.routingNumber),
      iban: strOrNull(value.iban),
      swift: strOrNull(value.swift),
      reference: value.reference,
      amount: amount(value.amount),
      currency: str(value.currency),
      expiresAt: strOrNull(value.expiresAt),
    };
  }
  return null;
}

export function parseDeposit(value: unknown): Deposit {
  if (!isRecord(value) || typeof value.id !== "string") throw invalid();
  return {
    id: value.id,
    methodId: str(value.methodId),
    methodName: str(value.methodName, str(value.methodId)),
    kind: str(value.kind),
    status: oneOf(DEPOSIT_STATUSES, value.status) ?? "unknown",
    providerStatus: oneOf(PROVIDER_STATUSES, value.providerStatus),
    amount: amount(value.amount),
    fee: amount(value.fee),
    netAmount: amount(value.netAmount),
    currency: str(value.currency),
    card: parseCard(value.card),
    nextAction: parseNextAction(value.nextAction),
    reason: parseReason(value.reason),
    transactionId: strOrNull(value.transactionId),
    reference: strOrNull(value.reference),
    timeline: parseSteps(value.timeline),
    createdAt: str(value.createdAt),
    updatedAt: str(value.updatedAt),
    completedAt: strOrNull(value.completedAt),
    expiresAt: strOrNull(value.expiresAt),
  };
}

export function parseTrace(value: unknown): TraceResult {
  if (!isRecord(value) || typeof value.finding !== "string") throw invalid();
  let deposit: Deposit | null = null;
  if (isRecord(value.deposit)) {
    try {
      deposit = parseDeposit(value.deposit);
    } catch {
      deposit = null;
    }
  }
  return {
    finding: oneOf(TRACE_FINDINGS, value.finding) ?? "unknown",
    deposit,
    explanation: str(value.explanation),
    nextStep: str(value.nextStep),
    caseId: strOrNull(value.caseId),
  };
}

export function parseDestination(value: unknown): PayoutDestination | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const d = isRecord(value.display) ? value.display : {};
  return {
    id: value.id,
    methodId: str(value.methodId),
    methodName: str(value.methodName, str(value.methodId)),
    kind: str(value.kind),
    label: strOrNull(value.label),
    display: {
      holder: strOrNull(d.holder),
      bankName: strOrNull(d.bankName),
      last4: strOrNull(d.last4),
      brand: strOrNull(d.brand),
      account: strOrNull(d.account),
    },
    status: str(value.status, "active"),
    usableAfter: strOrNull(value.usableAfter),
    ready: value.ready === true,
    createdAt: str(value.createdAt),
  };
}

export function parseWithdrawal(value: unknown): Withdrawal {
  if (!isRecord(value) || typeof value.id !== "string") throw invalid();
  return {
    id: value.id,
    status: oneOf(WITHDRAWAL_STATUSES, value.status) ?? "unknown",
    destination: parseDestination(value.destination),
    methodId: str(value.methodId),
    amount: amount(value.amount),
    fee: amount(value.fee),
    total: amount(value.total),
    currency: str(value.currency),
    cancelable: value.cancelable === true,
    reason: parseReason(value.reason),
    reasonNote: strOrNull(value.reasonNote),
    reviewReasons: strings(value.reviewReasons),
    timeline: parseSteps(value.timeline),
    transactionId: strOrNull(value.transactionId),
    reference: strOrNull(value.reference),
    createdAt: str(value.createdAt),
    updatedAt: str(value.updatedAt),
  };
}

export function parseSimulatorPayment(value: unknown): SimulatorPayment {
  if (!isRecord(value) || typeof value.id !== "string") throw invalid();
  return {
    id: value.id,
    provider: str(value.provider),
    kind: oneOf(["3ds", "ewallet"], value.kind) ?? "unknown",
    amount: amount(value.amount),
    currency: str(value.currency),
    merchant: str(value.merchant, "Satchel"),
    status: str(value.status),
    returnUrl: strOrNull(value.returnUrl),
  };
}

/** The extra members payment problems carry (see the contract's error list). */
export interface PaymentProblem {
  /** incorrect_card_details: number | expMonth | expYear | cvc. */
  field: string | null;
  /** method_unavailable_in_region: the methods that are available. */
  methods: { id: string; kind: string; name: string }[];
  /** maintenance. */
  endsAt: string | null;
  /** kyc_required. */
  requiredLevel: number | null;
  currentLevel: number | null;
  /** amount_below_minimum / amount_above_maximum. */
  minimum: string | null;
  maximum: string | null;
  /** destination_not_ready. */
  usableAfter: string | null;
  /** withdrawals_on_hold. */
  heldUntil: string | null;
}

export function paymentProblem(error: unknown): PaymentProblem | null {
  if (!(error instanceof ApiError)) return null;
  const x = error.extensions;
  const methods = Array.isArray(x.methods)
    ? x.methods.flatMap((m) =>
        isRecord(m) && typeof m.id === "string"
          ? [{ id: m.id, kind: str(m.kind), name: nameOf(m.name, m.id) }]
          : [],
      )
    : [];
  return {
    field: strOrNull(x.field),
    methods,
    endsAt: strOrNull(x.endsAt),
    requiredLevel: typeof x.requiredLevel === "number" ? x.requiredLevel : null,
    currentLevel: typeof x.currentLevel === "number" ? x.currentLevel : null,
    minimum: amountOrNull(x.minimum),
    maximum: amountOrNull(x.maximum),
    usableAfter: strOrNull(x.usableAfter),
    heldUntil: strOrNull(x.heldUntil),
  };
}

/** A method name in a problem: a string, or the catalogue's `{ en, zh-CN }` (then the one asked for, else English). */
function nameOf(value: unknown, fallback: string, lang: string = currentLanguage()): string {
  if (typeof value === "string") return value;
  if (isRecord(value)) return str(value[lang], str(value.en, fallback));
  return fallback;
}

// --- calls -----------------------------------------------------------------------------------------

const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/");

function idempotent(key: string) {
  return { headers: { "Idempotency-Key": key } };
}

export async function listMethods(
  direction: Direction,
  currency: string | undefined,
  abort?: AbortSignal,
): Promise<PaymentMethod[]> {
  const body = await api.get<unknown>("/api/v1/payment-methods", {
    query: { direction, currency },
    ...signal(abort),
  });
  return list(body, parseMethod);
}

/** Starts a deposit. A card decline is an answer (status failed with a reason), not an error. */
export async function createDeposit(input: DepositInput, idempotencyKey: string): Promise<Deposit> {
  return parseDeposit(await api.post<unknown>("/api/v1/deposits", input, idempotent(idempotencyKey)));
}

export async function getDeposit(id: string, abort?: AbortSignal): Promise<Deposit> {
  return parseDeposit(await api.get<unknown>(`/api/v1/deposits/${path(id)}`, signal(abort)));
}

export async function traceDeposit(input: TraceInput): Promise<TraceResult> {
  return parseTrace(await api.post<unknown>("/api/v1/deposits/trace", input));
}

export async function listDestinations(abort?: AbortSignal): Promise<PayoutDestination[]> {
  return list(await api.get<unknown>("/api/v1/payout-destinations", signal(abort)), parseDestination);
}

export async function addDestination(input: DestinationInput): Promise<PayoutDestination> {
  const destination = parseDestination(await api.post<unknown>("/api/v1/payout-destinations", input));
  if (!destination) throw invalid();
  return destination;
}

export async function removeDestination(id: string): Promise<void> {
  await api.delete<unknown>(`/api/v1/payout-destinations/${path(id)}`);
}

/** Asks to send money out. The same key and body, retried, return the first answer. */
export async function createWithdrawal(input: WithdrawalInput, idempotencyKey: string): Promise<Withdrawal> {
  return parseWithdrawal(await api.post<unknown>("/api/v1/withdrawals", input, idempotent(idempotencyKey)));
}

export async function getWithdrawal(id: string, abort?: AbortSignal): Promise<Withdrawal> {
  return parseWithdrawal(await api.get<unknown>(`/api/v1/withdrawals/${path(id)}`, signal(abort)));
}

export async function cancelWithdrawal(id: string): Promise<Withdrawal> {
  return parseWithdrawal(await api.post<unknown>(`/api/v1/withdrawals/${path(id)}/cancel`));
}

export async function getSimulatorPayment(id: string, abort?: AbortSignal): Promise<SimulatorPayment> {
  return parseSimulatorPayment(
    await api.get<unknown>(`/api/v1/simulator/payments/${path(id)}`, signal(abort)),
  );
}

/** The simulated provider's answer to its own page; resolves with where to send the browser back. */
export async function completeSimulatorPayment(id: string, outcome: SimulatorOutcome): Promise<string> {
  const body = await api.post<unknown>(`/api/v1/simulator/payments/${path(id)}/complete`, { outcome });
  if (!isRecord(body) || typeof body.returnUrl !== "string") throw invalid();
  return body.returnUrl;
}
