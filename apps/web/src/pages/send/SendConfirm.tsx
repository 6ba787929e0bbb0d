import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/client";
import { sendTransfer, type Transaction, type TransferInput, type TransferPreview } from "../../api/wallets";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { Money } from "../../components/Money";
import { ProblemAlert } from "../../components/ProblemAlert";
import type { IdempotencyKeys } from "../../lib/idempotency";
import { useLimits, useRefreshMoney } from "../../wallet/queries";

/** A network failure or a server fault: the payment may or may not have gone through. */
function outcomeUnknown(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/**
 * Step 2: what will happen, as the server worked it out. "Confirm and send" posts the transfer
 * with this confirmation's Idempotency-Key; retrying after a network error reuses it, so the
 * money cannot go out twice.
 */
export function SendConfirm({
  input,
  preview,
  keys,
  onBack,
  onSent,
}: {
  input: TransferInput;
  preview: TransferPreview;
  keys: IdempotencyKeys;
  onBack: () => void;
  onSent: (tx: Transaction) => void;
}) {
  const { t } = useTranslation();
  const limits = useLimits();
  const refreshMoney = useRefreshMoney();
  const send = useMutation({
    mutationFn: () => sendTransfer(input, keys.keyFor(input)),
    onSuccess: (tx) => {
      keys.reset();
      void refreshMoney();
      onSent(tx);
    },
    onError: (error) => {
      // A refusal is final and nothing moved: a new attempt may use a new key. Anything else keeps it.
      if (!outcomeUnknown(error)) keys.reset();
      // A refused transfer may be recorded as a failed transaction.
      void refreshMoney();
    },
  });
  const unknown = send.isError && outcomeUnknown(send.error);

  return (
    <section className="card form-card confirm" aria-labelledby="confirm-title" data-testid="send-confirm">
      <h2 id="confirm-title">{t("send.confirmTitle")}</h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t("send.recipient")}</dt>
          <dd>
            <span className="facts__value" data-testid="confirm-name">
              {preview.recipient.maskedName}
            </span>
            <span className="mono muted" data-testid="confirm-wallet">
              {preview.recipient.walletNumber}
            </span>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t("send.amount")}</dt>
          <dd>
            <Money amount={preview.amount} currency={preview.currency} />
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t("send.fee")}</dt>
          <dd>
            <Money amount={preview.fee} currency={preview.currency} testId="confirm-fee" />
          </dd>
        </div>
        <div className="facts__row facts__row--total">
          <dt>{t("send.total")}</dt>
          <dd>
            <strong>
              <Money amount={preview.total} currency={preview.currency} testId="confirm-total" />
            </strong>
          </dd>
        </div>
        {input.note && (
          <div className="facts__row">
            <dt>{t("send.note")}</dt>
            <dd>{input.note}</dd>
          </div>
        )}
      </dl>
      <p className="muted small">{t("send.confirmHint")}</p>
      {unknown ? (
        <Alert tone="warning" title={t("send.unknownTitle")} testId="send-unknown">
          {t("send.unknownBody")}
        </Alert>
      ) : (
        <ProblemAlert error={send.error} limitsCurrency={limits.data?.currency} />
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => send.mutate()}
          disabled={send.isPending}
          aria-busy={send.isPending || undefined}
          data-testid="send-confirm-button"
        >
          <Icon name="send" size={18} />
          {send.isPending ? t("send.sending") : unknown ? t("send.retry") : t("send.confirm")}
        </button>
        <button type="button" className="button" onClick={onBack} disabled={send.isPending}>
          {t("send.back")}
        </button>
      </div>
    </section>
  );
}

/** Step 3: sent. The reference, and the way to the transaction's page. */
export function SendDone({ tx, onAgain }: { tx: Transaction; onAgain: () => void }) {
  const { t } = useTranslation();
  const who = tx.counterparty?.maskedName ?? tx.counterparty?.walletNumber ?? "";
  return (
    <section className="card form-card done" data-testid="send-done">
      <span className="done__icon" aria-hidden="true">
        <Icon name="check" size={28} />
      </span>
      <h2>{tx.status === "pending" ? t("send.doneTitlePending") : t("send.doneTitle")}</h2>
      <p>
        <Money amount={tx.amount} currency={tx.currency} /> {who && t("send.doneTo", { name: who })}
      </p>
      <p>
        {t("send.reference")}{" "}
        <strong className="mono" data-testid="send-reference">
          {tx.reference}
        </strong>
      </p>
      <div className="button-row">
        <Link
          to={`/transactions/${encodeURIComponent(tx.id)}`}
          className="button button--primary"
          data-testid="send-view-transaction"
        >
          {t("send.viewTransaction")}
        </Link>
        <button type="button" className="button" onClick={onAgain} data-testid="send-again">
          {t("send.again")}
        </button>
      </div>
    </section>
  );
}
