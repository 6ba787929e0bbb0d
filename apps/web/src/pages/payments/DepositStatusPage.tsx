import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type Deposit, getDeposit } from "../../api/payments";
import { CopyButton } from "../../components/CopyButton";
import { Icon } from "../../components/Icon";
import { Money } from "../../components/Money";
import { PageHeader } from "../../components/PageHeader";
import { WalletNav } from "../../components/WalletNav";
import { useDocumentTitle } from "../../lib/hooks";
import { transactionHelpPath } from "../../lib/support";
import { useRefreshMoney } from "../../wallet/queries";
import { BankInstructions } from "./deposit/BankInstructions";
import { DepositStatusLine } from "./deposit/DepositStatusLine";
import { Fact } from "./shared/Fact";
import { LoadState } from "./shared/LoadState";
import { PaymentStatusBadge, useBrandLabel } from "./shared/labels";
import { useShortTime } from "./shared/MethodFacts";
import { FINAL_DEPOSIT, POLL_MS, paymentKeys } from "./shared/queries";
import { ReasonCallout } from "./shared/ReasonCallout";
import { StatusTimeline } from "./shared/StatusTimeline";
import "../../styles/payments.css";

/** A deposit's page: where it is in plain words, what to do, the bank details, the timeline. Asks again every 2 s until final. */
export function DepositStatusPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  useDocumentTitle(t("payments.depositStatus.title"));
  const refreshMoney = useRefreshMoney();
  const query = useQuery({
    queryKey: paymentKeys.deposit(id),
    queryFn: ({ signal }) => getDeposit(id, signal),
    refetchInterval: (q) => (q.state.data && FINAL_DEPOSIT.has(q.state.data.status) ? false : POLL_MS),
  });
  const status = query.data?.status;
  // Once the deposit settles, balances and history are out of date.
  useEffect(() => {
    if (status && FINAL_DEPOSIT.has(status)) void refreshMoney();
  }, [status, refreshMoney]);

  return (
    <div className="container page" data-testid="deposit-status-page">
      <p className="back-link">
        <Link to="/deposit">
          <Icon name="arrow" size={16} className="flip" />
          {t("payments.depositStatus.back")}
        </Link>
      </p>
      <LoadState
        pending={query.isPending}
        error={query.error}
        errorTitle={t("payments.depositStatus.loadError")}
        notFound={{
          title: t("payments.depositStatus.notFound"),
          body: t("payments.depositStatus.notFoundBody"),
        }}
      />
      {query.data && <DepositView deposit={query.data} refreshing={query.isFetching} />}
    </div>
  );
}

function DepositView({ deposit, refreshing }: { deposit: Deposit; refreshing: boolean }) {
  const { t } = useTranslation();
  const time = useShortTime();
  const brand = useBrandLabel();
  const final = FINAL_DEPOSIT.has(deposit.status);
  const closedEmpty = deposit.status === "failed" || deposit.status === "expired";
  const helpPath = transactionHelpPath({
    id: deposit.transactionId ?? deposit.id,
    reference: deposit.reference ?? "",
  });

  return (
    <>
      <PageHeader icon="moneyIn" title={t("payments.depositStatus.heading")} description={deposit.methodName}>
        <div className="detail-summary">
          <Money
            amount={deposit.amount}
            currency={deposit.currency}
            className="detail-summary__amount"
            testId="deposit-amount-summary"
          />
          <PaymentStatusBadge kind="deposit" status={deposit.status} testId="deposit-status" />
        </div>
      </PageHeader>
      <WalletNav />
      {!final && (
        <p className="muted small polling-note" aria-live="polite" data-testid="deposit-polling">
          <Icon name="refresh" size={14} className={refreshing ? "spin" : undefined} />
          {t("payments.common.autoUpdate")}
        </p>
      )}
      <DepositStatusLine deposit={deposit} />
      {deposit.status === "failed" && (
        <ReasonCallout
          reason={deposit.reason ?? { code: "", title: "", explanation: "", nextStep: "", helpArticle: null }}
          fallbackTitle={t("payments.depositStatus.failedTitle")}
          helpPath={helpPath}
          actions={
            <Link to="/deposit" className="button" data-testid="deposit-try-again">
              {t("payments.depositStatus.tryAgain")}
            </Link>
          }
        />
      )}
      {deposit.nextAction?.type === "bank_transfer" && deposit.status === "pending" && (
        <BankInstructions instructions={deposit.nextAction} />
      )}
      <div className="detail-grid">
        <section className="card section-card" aria-labelledby="deposit-facts-title">
          <h2 id="deposit-facts-title" className="detail-heading">
            {t("payments.depositStatus.facts")}
          </h2>
          <dl className="facts" data-testid="deposit-facts">
            <Fact label={t("payments.depositStatus.method")}>{deposit.methodName}</Fact>
            {deposit.card && (
              <Fact label={t("payments.depositStatus.card")}>
                <span data-testid="deposit-card">
                  {t("payments.card.summary", {
                    brand: brand(deposit.card.brand),
                    last4: deposit.card.last4,
                    month: String(deposit.card.expMonth).padStart(2, "0"),
                    year: String(deposit.card.expYear % 100).padStart(2, "0"),
                  })}
                </span>
              </Fact>
            )}
            <Fact label={t("payments.depositStatus.amount")}>
              <Money amount={deposit.amount} currency={deposit.currency} />
            </Fact>
            {/* A deposit that failed or expired charged nothing and added nothing. */}
            {!closedEmpty && (
              <>
                <Fact label={t("payments.depositStatus.fee")}>
                  <Money amount={deposit.fee} currency={deposit.currency} testId="deposit-fee" />
                </Fact>
                <Fact
                  label={
                    deposit.status === "succeeded"
                      ? t("payments.depositStatus.net")
                      : t("payments.depositStatus.netPending")
                  }
                >
                  <strong>
                    <Money amount={deposit.netAmount} currency={deposit.currency} testId="deposit-net" />
                  </strong>
                </Fact>
              </>
            )}
            {deposit.reference && (
              <Fact label={t("payments.depositStatus.reference")}>
                <span className="facts__value mono" data-testid="deposit-reference">
                  {deposit.reference}
                </span>
                <CopyButton text={deposit.reference} />
              </Fact>
            )}
            <Fact label={t("payments.depositStatus.created")}>{time(deposit.createdAt)}</Fact>
            {deposit.completedAt && (
              <Fact label={t("payments.depositStatus.completed")}>{time(deposit.completedAt)}</Fact>
            )}
            <Fact label={t("payments.depositStatus.id")}>
              <span className="mono small">{deposit.id}</span>
            </Fact>
          </dl>
        </section>
        <section className="card section-card" aria-labelledby="deposit-timeline-title">
          <h2 id="deposit-timeline-title" className="detail-heading">
            {t("payments.common.timeline")}
          </h2>
          {deposit.timeline.length > 0 ? (
            <StatusTimeline kind="deposit" steps={deposit.timeline} reason={deposit.reason} />
          ) : (
            <p className="muted">{t("payments.common.noTimeline")}</p>
          )}
          <p className="muted small detail-help">
            {t("payments.depositStatus.questions")}{" "}
            <Link to={helpPath} data-testid="deposit-help">
              {t("payments.depositStatus.getHelp")}
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
