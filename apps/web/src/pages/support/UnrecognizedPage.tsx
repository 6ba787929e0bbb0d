import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { reportUnrecognized } from "../../api/support";
import { getTransaction, type TransactionDetail } from "../../api/wallets";
import { useStepUp } from "../../auth/StepUp";
import { ACCOUNT_KEY, ME_KEY } from "../../auth/session";
import { EmptyState } from "../../components/EmptyState";
import { Alert, SubmitButton } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { Money } from "../../components/Money";
import { PageHeader } from "../../components/PageHeader";
import { StatusBadge, useTransactionTitle } from "../../components/TransactionBits";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { formatDateTime, parseDate } from "../../lib/time";
import { walletKeys } from "../../wallet/queries";
import { TextAreaField } from "../help/parts";
import { SecureSteps } from "./SecureSteps";

/**
 * /support/unrecognized/:transactionId — "I don't recognize this transaction". Explains what
 * happens, offers to freeze outgoing payments at once (on by default), opens an urgent security
 * ticket with the transaction attached, then walks the customer through securing the account.
 */
export function UnrecognizedPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("support.unrecognized.title"));
  const { transactionId = "" } = useParams();
  const query = useQuery({
    queryKey: walletKeys.transaction(transactionId),
    queryFn: ({ signal }) => getTransaction(transactionId, signal),
  });

  return (
    <div className="container page page--narrow support-page" data-testid="unrecognized-page">
      <p className="back-link">
        <Link to={`/transactions/${encodeURIComponent(transactionId)}`}>
          <Icon name="arrow" size={16} className="flip" />
          {t("support.unrecognized.back")}
        </Link>
      </p>
      <PageHeader
        icon="shield"
        title={t("support.unrecognized.title")}
        description={t("support.unrecognized.lead")}
      />
      {query.isPending && <p className="muted">{t("common.loading")}</p>}
      {query.isError &&
        (query.error instanceof ApiError && query.error.status === 404 ? (
          <EmptyState icon="compass" title={t("detail.notFound")}>
            <p>{t("detail.notFoundBody")}</p>
          </EmptyState>
        ) : (
          <Alert tone="danger">{errorMessage(query.error, t)}</Alert>
        ))}
      {query.data && <Report tx={query.data} />}
    </div>
  );
}

function TransactionSummary({ tx }: { tx: TransactionDetail }) {
  const title = useTransactionTitle();
  const date = parseDate(tx.createdAt);
  return (
    <div className="unrecognized-txn" data-testid="unrecognized-transaction">
      <span className="row__main">
        <span className="row__title">{title(tx)}</span>
        <span className="row__meta">
          <span className="mono">{tx.reference}</span>
          {date && (
            <time dateTime={tx.createdAt}>
              {formatDateTime(date, currentLanguage(), { dateStyle: "medium", timeStyle: "short" })}
            </time>
          )}
        </span>
      </span>
      <span className="txn-row__end">
        <Money amount={tx.amount} currency={tx.currency} direction={tx.direction} />
        <StatusBadge status={tx.status} />
      </span>
    </div>
  );
}

function Report({ tx }: { tx: TransactionDetail }) {
  const { t } = useTranslation();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const [freeze, setFreeze] = useState(true);
  const [note, setNote] = useState("");
  const report = useMutation({
    mutationFn: () =>
      stepUp(() =>
        reportUnrecognized({ transactionId: tx.id, freeze, ...(note.trim() ? { note: note.trim() } : {}) }),
      ),
    onSuccess: () => {
      // The account changed (frozen) and a ticket exists: everything shown about it is out of date.
      void queryClient.invalidateQueries({ queryKey: ME_KEY });
      void queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY });
      window.scrollTo({ top: 0 });
    },
  });

  if (report.data) return <SecureSteps ticket={report.data.ticket} frozen={report.data.frozen} />;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    report.mutate();
  }

  return (
    <form className="card unrecognized-form form" onSubmit={onSubmit} noValidate>
      <TransactionSummary tx={tx} />
      {tx.direction !== "out" && (
        <Alert tone="info" testId="unrecognized-incoming">
          {t("support.unrecognized.incoming")}
        </Alert>
      )}
      <h2 className="ticket-section-title">{t("support.unrecognized.whatHappens")}</h2>
      <ul className="support-bullets">
        <li>{t("support.unrecognized.explain.ticket")}</li>
        <li>{t("support.unrecognized.explain.team")}</li>
        <li>{t("support.unrecognized.explain.secure")}</li>
      </ul>
      <label className="support-check unrecognized-freeze">
        <input
          type="checkbox"
          checked={freeze}
          onChange={(event) => setFreeze(event.target.checked)}
          data-testid="unrecognized-freeze"
          aria-describedby="freeze-hint"
        />
        <span>
          <strong>{t("support.unrecognized.freeze")}</strong>
          <span className="muted small" id="freeze-hint">
            {t("support.unrecognized.freezeHint")}
          </span>
        </span>
      </label>
      <TextAreaField
        label={t("support.unrecognized.note")}
        hint={t("support.unrecognized.noteHint")}
        optional
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        testId="unrecognized-note"
      />
      {report.isError && <Alert tone="danger">{errorMessage(report.error, t)}</Alert>}
      <div className="button-row">
        <SubmitButton
          pending={report.isPending}
          pendingLabel={t("common.working")}
          testId="unrecognized-submit"
        >
          <Icon name="shield" size={16} />
          {freeze ? t("support.unrecognized.submitFreeze") : t("support.unrecognized.submit")}
        </SubmitButton>
        <Link to={`/transactions/${encodeURIComponent(tx.id)}`} className="button">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
