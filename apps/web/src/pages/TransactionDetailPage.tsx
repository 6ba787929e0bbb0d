import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../api/client";
import { getTransaction, type TransactionDetail } from "../api/wallets";
import { CopyButton } from "../components/CopyButton";
import { EmptyState } from "../components/EmptyState";
import { Alert } from "../components/Form";
import { Icon } from "../components/Icon";
import { Money } from "../components/Money";
import { PageHeader } from "../components/PageHeader";
import {
  StatusBadge,
  transactionIcon,
  useTransactionTitle,
  useTypeLabel,
} from "../components/TransactionBits";
import { WalletNav } from "../components/WalletNav";
import { currentLanguage } from "../i18n";
import { errorMessage } from "../lib/errors";
import { useDocumentTitle } from "../lib/hooks";
import { addDecimals, compareDecimal, formatMoney } from "../lib/money";
import { formatDateTime, parseDate } from "../lib/time";
import { walletKeys } from "../wallet/queries";
import { TransactionSupportActions } from "./support/TransactionSupportActions";
import { FailureCallout } from "./transactions/FailureCallout";
import { Timeline } from "./transactions/Timeline";

export function TransactionDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  useDocumentTitle(t("detail.title"));
  const query = useQuery({
    queryKey: walletKeys.transaction(id),
    queryFn: ({ signal }) => getTransaction(id, signal),
  });

  return (
    <div className="container page" data-testid="transaction-page">
      <p className="back-link">
        <Link to="/transactions">
          <Icon name="arrow" size={16} className="flip" />
          {t("detail.back")}
        </Link>
      </p>
      {query.isPending && <p className="muted">{t("common.loading")}</p>}
      {query.isError &&
        (query.error instanceof ApiError && query.error.status === 404 ? (
          <EmptyState icon="compass" title={t("detail.notFound")}>
            <p>{t("detail.notFoundBody")}</p>
          </EmptyState>
        ) : (
          <Alert tone="danger" title={t("detail.error")}>
            {errorMessage(query.error, t)}
          </Alert>
        ))}
      {query.isSuccess && <Detail tx={query.data} />}
    </div>
  );
}

function Detail({ tx }: { tx: TransactionDetail }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const title = useTransactionTitle();
  const typeLabel = useTypeLabel();
  const created = parseDate(tx.createdAt);
  const updated = parseDate(tx.updatedAt);
  const hasFee = compareDecimal(tx.fee, "0") === 1;
  const total = hasFee && tx.direction === "out" ? addDecimals(tx.amount, tx.fee) : null;
  const date = (d: Date | null) => (d ? formatDateTime(d, lang) : "—");

  return (
    <>
      <PageHeader icon={transactionIcon(tx)} title={title(tx)} description={typeLabel(tx.type)}>
        <div className="detail-summary">
          <Money
            amount={tx.amount}
            currency={tx.currency}
            direction={tx.direction}
            className="detail-summary__amount"
            testId="detail-amount"
          />
          <StatusBadge status={tx.status} />
        </div>
      </PageHeader>
      <WalletNav />
      {tx.status === "failed" && tx.reason && <FailureCallout tx={tx} reason={tx.reason} />}
      <div className="detail-grid">
        <section className="card section-card" aria-labelledby="facts-title">
          <h2 id="facts-title" className="detail-heading">
            {t("detail.facts")}
          </h2>
          <dl className="facts" data-testid="detail-facts">
            <Fact label={t("txn.reference")}>
              <span className="facts__value mono" data-testid="detail-reference">
                {tx.reference}
              </span>
              {tx.reference && <CopyButton text={tx.reference} />}
            </Fact>
            <Fact label={t("detail.type")}>{typeLabel(tx.type)}</Fact>
            <Fact label={t("detail.status")}>
              <StatusBadge status={tx.status} />
            </Fact>
            {tx.type === "exchange" && tx.counterAmount && tx.counterCurrency ? (
              <>
                <Fact label={t("detail.sold")}>
                  <Money amount={tx.amount} currency={tx.currency} />
                </Fact>
                <Fact label={t("detail.bought")}>
                  <Money amount={tx.counterAmount} currency={tx.counterCurrency} />
                </Fact>
                {tx.rate && (
                  <Fact label={t("detail.rate")}>
                    {t("exchange.rate", {
                      from: tx.currency,
                      to: tx.counterCurrency,
                      rate: formatMoney(tx.rate, tx.counterCurrency, lang, { display: "none" }),
                    })}
                  </Fact>
                )}
              </>
            ) : (
              <Fact label={t("detail.amount")}>
                <Money amount={tx.amount} currency={tx.currency} direction={tx.direction} />
              </Fact>
            )}
            <Fact label={t("detail.fee")}>
              <Money amount={tx.fee} currency={tx.currency} />
            </Fact>
            {total && (
              <Fact label={t("detail.total")}>
                <strong>
                  <Money amount={total} currency={tx.currency} />
                </strong>
              </Fact>
            )}
            {tx.counterparty && (
              <Fact label={tx.direction === "out" ? t("detail.recipient") : t("detail.sender")}>
                {tx.counterparty.maskedName && (
                  <span className="facts__value">{tx.counterparty.maskedName}</span>
                )}
                {tx.counterparty.walletNumber && (
                  <span className="mono muted">{tx.counterparty.walletNumber}</span>
                )}
              </Fact>
            )}
            {tx.origin && (
              <Fact label={t(`txn.types.${tx.origin.kind}`)}>
                <Link
                  to={`/${tx.origin.kind === "deposit" ? "deposits" : "withdrawals"}/${encodeURIComponent(tx.origin.id)}`}
                  data-testid="detail-origin"
                >
                  {tx.origin.kind === "deposit"
                    ? t("payments.transactions.openDeposit")
                    : t("payments.transactions.openWithdrawal")}
                </Link>
              </Fact>
            )}
            {tx.note && <Fact label={t("detail.note")}>{tx.note}</Fact>}
            {tx.reasonCode && (
              <Fact label={t("detail.reasonCode")}>
                <span className="mono small">{tx.reasonCode}</span>
              </Fact>
            )}
            <Fact label={t("detail.created")}>{date(created)}</Fact>
            <Fact label={t("detail.updated")}>{date(updated)}</Fact>
            <Fact label={t("detail.id")}>
              <span className="mono small">{tx.id}</span>
            </Fact>
          </dl>
        </section>
        <section className="card section-card" aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="detail-heading">
            {t("detail.timeline")}
          </h2>
          {tx.timeline.length > 0 ? (
            <Timeline entries={tx.timeline} reason={tx.reason} />
          ) : (
            <p className="muted">{t("detail.noTimeline")}</p>
          )}
          <TransactionSupportActions tx={tx} />
        </section>
      </div>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
