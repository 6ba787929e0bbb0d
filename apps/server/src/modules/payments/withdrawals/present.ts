import type { Locale } from "../../../platform/i18n.js";
import { formatAmount } from "../../../platform/money/money.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { explainReason, isReasonCode } from "../../../platform/reasons/catalog.js";
import type { PaymentsDeps } from "../deps.js";
import type { MethodRow } from "../methods/catalogue.js";
import { type DestinationRow, findDestinations, type WithdrawalRow } from "./repository.js";

/** Before this status a withdrawal has not been sent anywhere, so the customer may still cancel it. */
export const CANCELABLE = new Set(["requested", "in_review"]);

/** The masked form of a destination (what checkDetails stored as its display). */
export interface ShownDetails {
  holder?: string;
  bankName?: string;
  last4: string;
  brand?: string;
  account?: string;
}

export function presentDestination(
  d: DestinationRow,
  method: MethodRow | undefined,
  locale: Locale,
  now: Date,
) {
  return {
    id: d.id,
    methodId: d.method_id,
    methodName: method ? method.name[locale] : d.method_id,
    kind: d.kind,
    label: d.label,
    display: d.display as unknown as ShownDetails,
    status: d.status,
    usableAfter: d.usable_after.toISOString(),
    ready: d.status === "active" && d.usable_after <= now,
    createdAt: d.created_at.toISOString(),
  };
}

export type DestinationView = ReturnType<typeof presentDestination>;

export function presentWithdrawal(
  w: WithdrawalRow,
  destination: DestinationView,
  reference: string | null,
  locale: Locale,
) {
  const code = w.reason_code;
  return {
    id: w.id,
    status: w.status,
    destination,
    methodId: w.method_id,
    amount: formatAmount(w.amount, w.currency),
    fee: formatAmount(w.fee, w.currency),
    total: formatAmount(w.amount + w.fee, w.currency),
    currency: w.currency,
    cancelable: CANCELABLE.has(w.status),
    reason: code && isReasonCode(code) ? explainReason(code, locale) : null,
    reasonNote: w.reason_note,
    reviewReasons: w.review_reasons,
    timeline: w.timeline.map((e) => ({
      status: e.status,
      at: e.at,
      reasonCode: e.reasonCode ?? null,
      note: e.note ?? null,
    })),
    transactionId: w.transaction_id,
    reference,
    createdAt: w.created_at.toISOString(),
    updatedAt: w.updated_at.toISOString(),
  };
}

export type WithdrawalView = ReturnType<typeof presentWithdrawal>;

/** Withdrawals as their owner (or a reviewer) sees them, with destinations and history references looked up together. */
export async function presentWithdrawals(
  deps: PaymentsDeps,
  executor: Executor,
  rows: WithdrawalRow[],
  locale: Locale,
): Promise<WithdrawalView[]> {
  const now = deps.platform.clock.now();
  const destinations = new Map(
    (
      await findDestinations(
        executor,
        rows.map((w) => w.destination_id),
      )
    ).map((d) => [d.id, d]),
  );
  const methods = new Map((await deps.methods.all(executor)).map((m) => [m.id, m]));
  const references = await deps.wallets.movements.references(
    executor,
    rows.flatMap((w) => (w.transaction_id ? [w.transaction_id] : [])),
  );
  const views: WithdrawalView[] = [];
  for (const w of rows) {
    const destination = destinations.get(w.destination_id) as DestinationRow;
    const reference = w.transaction_id ? (references.get(w.transaction_id) ?? null) : null;
    views.push(
      presentWithdrawal(
        w,
        presentDestination(destination, methods.get(w.method_id), locale, now),
        reference,
        locale,
      ),
    );
  }
  return views;
}
