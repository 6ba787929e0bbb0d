import { useTranslation } from "react-i18next";
import type { Transaction } from "../api/wallets";
import { humanize, isKnownStatus, isKnownType, STATUS_BADGES } from "../lib/transactions";
import type { IconName } from "./Icon";

/** A coloured status badge: pending amber, completed green, failed red, reversed grey. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = isKnownStatus(status);
  return (
    <span className={`badge ${known ? STATUS_BADGES[status] : "badge--neutral"}`} data-status={status}>
      {known ? t(`txn.status.${status}`) : humanize(status)}
    </span>
  );
}

export function useTypeLabel() {
  const { t } = useTranslation();
  return (type: string) => (isKnownType(type) ? t(`txn.types.${type}`) : humanize(type));
}

/** The headline of a transaction: who it was with, or what it was. */
export function useTransactionTitle() {
  const { t } = useTranslation();
  const typeLabel = useTypeLabel();
  return (tx: Transaction) => {
    const who = tx.counterparty?.maskedName ?? tx.counterparty?.walletNumber;
    if (tx.type === "exchange" && tx.counterCurrency) {
      return t("txn.exchangeTitle", { from: tx.currency, to: tx.counterCurrency });
    }
    if (who && tx.direction === "out") return t("txn.to", { name: who });
    if (who) return t("txn.from", { name: who });
    return typeLabel(tx.type);
  };
}

export function transactionIcon(tx: Pick<Transaction, "type" | "direction">): IconName {
  if (tx.type === "exchange") return "transfer";
  if (tx.type === "transfer_out") return "send";
  return tx.direction === "in" ? "moneyIn" : "moneyOut";
}
