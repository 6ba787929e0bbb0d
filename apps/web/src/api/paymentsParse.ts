import { currentLanguage } from "../i18n";
import { ApiError } from "./client";
import { amount, amountOrNull, invalid, isRecord, num, str, strOrNull } from "./parse";
import {
  type CardSummary,
  DEPOSIT_STATUSES,
  type Deposit,
  type NextAction,
  type PaymentMethod,
  type PayoutDestination,
  PROVIDER_STATUSES,
  type SimulatorPayment,
  type TimelineStep,
  TRACE_FINDINGS,
  type TraceResult,
  WITHDRAWAL_STATUSES,
  type Withdrawal,
} from "./paymentsModel";
import { parseReason } from "./wallets";

// Reading the payments API's answers at this edge (see payments.ts for the calls).

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
