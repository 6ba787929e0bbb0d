import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { cancelWithdrawal, getWithdrawal, type Withdrawal } from "../../api/payments";
import { ConfirmBox } from "../../components/ConfirmBox";
import { CopyButton } from "../../components/CopyButton";
import { Icon } from "../../components/Icon";
import { Money } from "../../components/Money";
import { PageHeader } from "../../components/PageHeader";
import { WalletNav } from "../../components/WalletNav";
import { useDocumentTitle } from "../../lib/hooks";
import { transactionHelpPath } from "../../lib/support";
import { useRefreshMoney } from "../../wallet/queries";
import { Fact } from "./shared/Fact";
import { LoadState } from "./shared/LoadState";
import { PaymentStatusBadge } from "./shared/labels";
import { useShortTime } from "./shared/MethodFacts";
import { FINAL_WITHDRAWAL, POLL_MS, paymentKeys } from "./shared/queries";
import { ReasonCallout } from "./shared/ReasonCallout";
import { StatusTimeline } from "./shared/StatusTimeline";
import { destinationText } from "./withdraw/DestinationPicker";
import { WithdrawalStatusLine } from "./withdraw/WithdrawalStatusLine";
import "../../styles/payments.css";

/** A withdrawal's page: its state with the reason and next step, the timeline, and Cancel while it can be canceled. */
export function WithdrawalStatusPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  useDocumentTitle(t("payments.withdrawal.title"));
  const refreshMoney = useRefreshMoney();
  const query = useQuery({
    queryKey: paymentKeys.withdrawal(id),
    queryFn: ({ signal }) => getWithdrawal(id, signal),
    refetchInterval: (q) => (q.state.data && FINAL_WITHDRAWAL.has(q.state.data.status) ? false : POLL_MS),
  });
  const status = query.data?.status;
  useEffect(() => {
    if (status && FINAL_WITHDRAWAL.has(status)) void refreshMoney();
  }, [status, refreshMoney]);

  return (
    <div className="container page" data-testid="withdrawal-status-page">
      <p className="back-link">
        <Link to="/withdraw">
          <Icon name="arrow" size={16} className="flip" />
          {t("payments.withdrawal.back")}
        </Link>
      </p>
      <LoadState
        pending={query.isPending}
        error={query.error}
        errorTitle={t("payments.withdrawal.loadError")}
        notFound={{ title: t("payments.withdrawal.notFound"), body: t("payments.withdrawal.notFoundBody") }}
      />
      {query.data && <WithdrawalView withdrawal={query.data} refreshing={query.isFetching} />}
    </div>
  );
}

function WithdrawalView({ withdrawal, refreshing }: { withdrawal: Withdrawal; refreshing: boolean }) {
  const { t } = useTranslation();
  const time = useShortTime();
  const final = FINAL_WITHDRAWAL.has(withdrawal.status);
  const helpPath = transactionHelpPath({
    id: withdrawal.transactionId ?? withdrawal.id,
    reference: withdrawal.reference ?? "",
  });
  const failed = ["rejected", "failed", "returned"].includes(withdrawal.status);
  const released = ["rejected", "failed", "canceled"].includes(withdrawal.status);

  return (
    <>
      <PageHeader
        icon="moneyOut"
        title={t("payments.withdrawal.heading")}
        description={withdrawal.destination ? destinationText(withdrawal.destination) : undefined}
      >
        <div className="detail-summary">
          <Money
            amount={withdrawal.amount}
            currency={withdrawal.currency}
            className="detail-summary__amount"
            testId="withdrawal-amount-summary"
          />
          <PaymentStatusBadge kind="withdrawal" status={withdrawal.status} testId="withdrawal-status" />
        </div>
      </PageHeader>
      <WalletNav />
      {!final && (
        <p className="muted small polling-note" aria-live="polite" data-testid="withdrawal-polling">
          <Icon name="refresh" size={14} className={refreshing ? "spin" : undefined} />
          {t("payments.common.autoUpdate")}
        </p>
      )}
      <WithdrawalStatusLine withdrawal={withdrawal} />
      {failed && withdrawal.reason && (
        <ReasonCallout
          reason={withdrawal.reason}
          fallbackTitle={t("payments.withdrawal.failedTitle")}
          helpPath={helpPath}
          tone={withdrawal.status === "returned" ? "neutral" : "danger"}
        >
          {withdrawal.reasonNote && (
            <p data-testid="withdrawal-reviewer-note">
              <strong>{t("payments.withdrawal.reviewerNote")}</strong> {withdrawal.reasonNote}
            </p>
          )}
        </ReasonCallout>
      )}
      {withdrawal.cancelable && <CancelWithdrawal withdrawal={withdrawal} />}
      <div className="detail-grid">
        <section className="card section-card" aria-labelledby="withdrawal-facts-title">
          <h2 id="withdrawal-facts-title" className="detail-heading">
            {t("payments.withdrawal.facts")}
          </h2>
          <dl className="facts" data-testid="withdrawal-facts">
            {withdrawal.destination && (
              <Fact label={t("payments.withdrawal.destination")}>
                <span className="facts__value">{destinationText(withdrawal.destination)}</span>
                <span className="muted small">{withdrawal.destination.methodName}</span>
              </Fact>
            )}
            <Fact label={t("payments.withdrawal.amount")}>
              <Money amount={withdrawal.amount} currency={withdrawal.currency} />
            </Fact>
            <Fact label={t("payments.withdrawal.fee")}>
              <Money amount={withdrawal.fee} currency={withdrawal.currency} testId="withdrawal-fee" />
            </Fact>
            {/* Refused or canceled before paying: the held money was released, nothing was taken. */}
            {!released && (
              <Fact
                label={
                  withdrawal.status === "paid" || withdrawal.status === "returned"
                    ? t("payments.withdrawal.total")
                    : t("payments.withdrawal.totalHeld")
                }
              >
                <strong>
                  <Money amount={withdrawal.total} currency={withdrawal.currency} testId="withdrawal-total" />
                </strong>
              </Fact>
            )}
            {withdrawal.reference && (
              <Fact label={t("payments.withdrawal.reference")}>
                <span className="facts__value mono" data-testid="withdrawal-reference">
                  {withdrawal.reference}
                </span>
                <CopyButton text={withdrawal.reference} />
              </Fact>
            )}
            {withdrawal.transactionId && (
              <Fact label={t("payments.withdrawal.history")}>
                <Link
                  to={`/transactions/${encodeURIComponent(withdrawal.transactionId)}`}
                  data-testid="withdrawal-transaction"
                >
                  {t("payments.withdrawal.viewTransaction")}
                </Link>
              </Fact>
            )}
            <Fact label={t("payments.withdrawal.created")}>{time(withdrawal.createdAt)}</Fact>
            <Fact label={t("payments.withdrawal.id")}>
              <span className="mono small">{withdrawal.id}</span>
            </Fact>
          </dl>
        </section>
        <section className="card section-card" aria-labelledby="withdrawal-timeline-title">
          <h2 id="withdrawal-timeline-title" className="detail-heading">
            {t("payments.common.timeline")}
          </h2>
          {withdrawal.timeline.length > 0 ? (
            <StatusTimeline kind="withdrawal" steps={withdrawal.timeline} reason={withdrawal.reason} />
          ) : (
            <p className="muted">{t("payments.common.noTimeline")}</p>
          )}
          <p className="muted small detail-help">
            {t("payments.withdrawal.questions")}{" "}
            <Link to={helpPath} data-testid="withdrawal-help">
              {t("payments.withdrawal.getHelp")}
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}

/** Cancel, with an "are you sure?" first; the held money is released at once. */
function CancelWithdrawal({ withdrawal }: { withdrawal: Withdrawal }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refreshMoney = useRefreshMoney();
  const [asking, setAsking] = useState(false);
  const cancel = useMutation({
    mutationFn: () => cancelWithdrawal(withdrawal.id),
    onSuccess: (result) => {
      queryClient.setQueryData(paymentKeys.withdrawal(withdrawal.id), result);
      void refreshMoney();
      setAsking(false);
    },
    onError: () => {
      // Maybe it moved on meanwhile (processing): show what it is now.
      void queryClient.invalidateQueries({ queryKey: paymentKeys.withdrawal(withdrawal.id) });
    },
  });
  return (
    <section className="card section-card cancel-card" data-testid="withdrawal-cancel-section">
      {asking ? (
        <ConfirmBox
          tone="danger"
          text={t("payments.withdrawal.cancelConfirm")}
          confirmLabel={t("payments.withdrawal.cancelYes")}
          pending={cancel.isPending}
          error={cancel.error}
          onConfirm={() => cancel.mutate()}
          onCancel={() => {
            cancel.reset();
            setAsking(false);
          }}
          testId="withdrawal-cancel-confirm"
        />
      ) : (
        <div className="cancel-card__row">
          <p>{t("payments.withdrawal.cancelHint")}</p>
          <button
            type="button"
            className="button"
            onClick={() => setAsking(true)}
            data-testid="withdrawal-cancel"
          >
            <Icon name="close" size={16} />
            {t("payments.withdrawal.cancel")}
          </button>
        </div>
      )}
    </section>
  );
}
