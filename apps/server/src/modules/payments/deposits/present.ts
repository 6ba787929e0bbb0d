import type { CardSummary } from "../../../platform/db/schema-payments.js";
import type { Locale } from "../../../platform/i18n.js";
import { formatAmount } from "../../../platform/money/money.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { explainReason, isReasonCode } from "../../../platform/reasons/catalog.js";
import type { PaymentsDeps } from "../deps.js";
import type { MethodRow } from "../methods/catalogue.js";
import type { ReceivingAccount } from "../providers/provider.js";
import type { DepositRow } from "./deposits-repository.js";

const PROVIDER_STATUSES = [
  "pending_at_provider",
  "awaiting_transfer",
  "requires_action",
  "processing",
] as const;
type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

/** The finer state while a deposit is under way; null once it is final. */
function providerStatusOf(d: DepositRow): ProviderStatus | null {
  if (d.status !== "pending" && d.status !== "created") return null;
  if (!d.provider_status) return d.status === "pending" ? "processing" : null;
  return (PROVIDER_STATUSES as readonly string[]).includes(d.provider_status)
    ? (d.provider_status as ProviderStatus)
    : "processing";
}

/** Only what may be shown of a card: brand, last 4 and expiry (the row also keeps the provider's token). */
export function cardOf(d: DepositRow): CardSummary | null {
  if (!d.card) return null;
  const { brand, last4, expMonth, expYear } = d.card;
  return { brand, last4, expMonth, expYear };
}

/**
 * The deposit's steps. The deposit keeps when it was created, last changed and finished;
 * the full step-by-step history is on its row in the transaction history.
 */
function timelineOf(d: DepositRow) {
  const entries: { status: string; at: string; reasonCode: string | null }[] = [
    { status: "created", at: d.created_at.toISOString(), reasonCode: null },
  ];
  if (d.status === "pending")
    entries.push({ status: "pending", at: d.updated_at.toISOString(), reasonCode: null });
  if (d.completed_at)
    entries.push({ status: d.status, at: d.completed_at.toISOString(), reasonCode: d.reason_code });
  return entries;
}

export type DepositView = Awaited<ReturnType<typeof presentDeposit>>;

/** A deposit as its customer sees it (the contract's deposit view). */
export async function presentDeposit(
  deps: PaymentsDeps,
  executor: Executor,
  d: DepositRow,
  locale: Locale,
  method?: MethodRow,
  /** The history row's reference when the caller looked it up already (lists do, all at once). */
  knownReference?: string | null,
) {
  const m = method ?? (await deps.methods.get(d.method_id, executor));
  const reference =
    knownReference !== undefined
      ? knownReference
      : d.transaction_id
        ? ((await deps.wallets.movements.reference(executor, d.transaction_id)) ?? null)
        : null;
  const code = d.reason_code;
  return {
    id: d.id,
    methodId: d.method_id,
    methodName: m.name[locale],
    kind: m.kind,
    status: d.status,
    providerStatus: providerStatusOf(d),
    amount: formatAmount(d.amount, d.currency),
    fee: formatAmount(d.fee, d.currency),
    netAmount: formatAmount(d.amount - d.fee, d.currency),
    currency: d.currency,
    card: cardOf(d),
    nextAction: (d.next_action as NextAction | null) ?? null,
    reason: code && isReasonCode(code) ? explainReason(code, locale) : null,
    transactionId: d.transaction_id,
    reference,
    timeline: timelineOf(d),
    createdAt: d.created_at.toISOString(),
    updatedAt: d.updated_at.toISOString(),
    completedAt: d.completed_at?.toISOString() ?? null,
    expiresAt: d.expires_at?.toISOString() ?? null,
  };
}

export type NextAction =
  | { type: "redirect"; url: string }
  | ({
      type: "bank_transfer";
      reference: string;
      amount: string;
      currency: string;
      expiresAt: string;
    } & ReceivingAccount);
