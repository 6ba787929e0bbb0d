import type { Locale } from "../../platform/i18n.js";
import { formatAmount } from "../../platform/money/money.js";
import { explainReason, isReasonCode } from "../../platform/reasons/catalog.js";
import type { TransactionRow } from "./transactions-repository.js";

/** A wallet's balances as decimal strings. */
export const presentWallet = (w: {
  id: string;
  currency: string;
  available: bigint;
  held: bigint;
  posted: bigint;
}) => ({
  id: w.id,
  currency: w.currency,
  available: formatAmount(w.available, w.currency),
  held: formatAmount(w.held, w.currency),
  posted: formatAmount(w.posted, w.currency),
});

/** A transaction as the API shows it to its owner. */
export function presentTransaction(row: TransactionRow) {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    status: row.status,
    direction: row.direction,
    amount: formatAmount(row.amount, row.currency),
    fee: formatAmount(row.fee, row.currency),
    currency: row.currency,
    counterAmount:
      row.counter_amount !== null && row.counter_currency
        ? formatAmount(row.counter_amount, row.counter_currency)
        : null,
    counterCurrency: row.counter_currency,
    rate: row.rate,
    counterparty: row.counterparty_wallet_number
      ? { walletNumber: row.counterparty_wallet_number, maskedName: row.counterparty_name ?? "" }
      : null,
    note: row.note,
    reasonCode: row.reason_code,
    // Deposits and withdrawals have their own page with the provider's side of the story.
    origin:
      row.type === "deposit" || row.type === "withdrawal"
        ? { kind: row.type as "deposit" | "withdrawal", id: row.group_id }
        : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export type PresentedTransaction = ReturnType<typeof presentTransaction>;

/** The detail adds the timeline and, for a failure, the reason in the reader's language. */
export function presentTransactionDetail(row: TransactionRow, locale: Locale, balanceAfter?: bigint) {
  const code = row.reason_code;
  return {
    ...presentTransaction(row),
    timeline: row.timeline.map((entry) => ({
      status: entry.status,
      at: entry.at,
      reasonCode: entry.reasonCode ?? null,
    })),
    reason: code && isReasonCode(code) ? explainReason(code, locale) : null,
    balanceAfter: balanceAfter === undefined ? null : formatAmount(balanceAfter, row.currency),
  };
}
