import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Transaction } from "../api/wallets";
import { currentLanguage } from "../i18n";
import { formatDateTime, parseDate } from "../lib/time";
import { Icon } from "./Icon";
import { Money } from "./Money";
import { StatusBadge, transactionIcon, useTransactionTitle, useTypeLabel } from "./TransactionBits";

/** Transactions as rows, newest first; each opens its detail page. */
export function TransactionList({ transactions, testId }: { transactions: Transaction[]; testId?: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const title = useTransactionTitle();
  const typeLabel = useTypeLabel();
  return (
    <ul className="rows txn-list" data-testid={testId}>
      {transactions.map((tx) => {
        const date = parseDate(tx.createdAt);
        return (
          <li key={tx.id} className="txn-row" data-testid="txn-row" data-status={tx.status}>
            <Link to={`/transactions/${encodeURIComponent(tx.id)}`} className="txn-row__link">
              <span className={`row__icon txn-icon txn-icon--${tx.direction}`} aria-hidden="true">
                <Icon name={transactionIcon(tx)} size={20} />
              </span>
              <span className="row__main">
                <span className="row__title">{title(tx)}</span>
                <span className="row__meta">
                  <span>{typeLabel(tx.type)}</span>
                  {date && (
                    <time dateTime={tx.createdAt}>
                      {formatDateTime(date, lang, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  )}
                  {tx.reference && (
                    <span className="mono" title={t("txn.reference")}>
                      {tx.reference}
                    </span>
                  )}
                </span>
              </span>
              <span className="txn-row__end">
                <Money amount={tx.amount} currency={tx.currency} direction={tx.direction} />
                {tx.type === "exchange" && tx.counterAmount && tx.counterCurrency && (
                  <Money
                    amount={tx.counterAmount}
                    currency={tx.counterCurrency}
                    direction="in"
                    className="small"
                  />
                )}
                <StatusBadge status={tx.status} />
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
