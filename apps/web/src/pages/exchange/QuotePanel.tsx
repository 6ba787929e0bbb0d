import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { exchange, type Quote, type Transaction } from "../../api/wallets";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { Money } from "../../components/Money";
import { ProblemAlert } from "../../components/ProblemAlert";
import { currentLanguage } from "../../i18n";
import { secondsLeft } from "../../lib/countdown";
import { useNow } from "../../lib/hooks";
import type { IdempotencyKeys } from "../../lib/idempotency";
import { formatMoney } from "../../lib/money";
import { useRefreshMoney } from "../../wallet/queries";

/**
 * A quote: the rate, what is sold and what comes back, and a visible countdown. "Exchange"
 * spends it with one Idempotency-Key per quote; an expired quote offers a fresh one.
 */
export function QuotePanel({
  quote,
  receivedAt,
  deadline,
  keys,
  refreshing,
  onRefresh,
  onCancel,
  onDone,
}: {
  quote: Quote;
  /** When the quote arrived, on this device's clock. */
  receivedAt: number;
  /** When the quote stops being honoured, on this device's clock. */
  deadline: number;
  keys: IdempotencyKeys;
  refreshing: boolean;
  onRefresh: () => void;
  onCancel: () => void;
  onDone: (tx: Transaction) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const now = useNow(250);
  const refreshMoney = useRefreshMoney();
  const run = useMutation({
    mutationFn: () => exchange(quote.id, keys.keyFor({ quoteId: quote.id })),
    onSuccess: (tx) => {
      void refreshMoney();
      onDone(tx);
    },
  });
  const left = secondsLeft(deadline, now);
  const serverSaysExpired = run.error instanceof ApiError && run.error.code === "quote_expired";
  const expired = (left === 0 && !run.isPending && !run.isSuccess) || serverSaysExpired;
  const total = Math.max(1, (deadline - receivedAt) / 1000);

  return (
    <section className="card form-card quote" aria-labelledby="quote-title" data-testid="quote">
      <h2 id="quote-title">{t("exchange.quoteTitle")}</h2>
      <div className="quote__amounts">
        <div>
          <span className="quote__label">{t("exchange.youSell")}</span>
          <Money amount={quote.sellAmount} currency={quote.from} className="quote__amount" />
        </div>
        <Icon name="arrow" size={22} className="quote__arrow" />
        <div>
          <span className="quote__label">{t("exchange.youGet")}</span>
          <Money amount={quote.buyAmount} currency={quote.to} className="quote__amount" testId="quote-buy" />
        </div>
      </div>
      <p className="quote__rate" data-testid="quote-rate">
        {t("exchange.rate", {
          from: quote.from,
          to: quote.to,
          rate: formatMoney(quote.rate, quote.to, lang, { display: "none" }),
        })}
        {quote.spreadPercent && (
          <span className="muted small"> {t("exchange.spread", { percent: quote.spreadPercent })}</span>
        )}
      </p>
      {!expired && (
        <div className="countdown" data-testid="quote-countdown" aria-live="off">
          <div className="countdown__bar" aria-hidden="true">
            <span style={{ width: `${Math.min(100, (left / total) * 100)}%` }} />
          </div>
          <span>{t("exchange.countdown", { n: left })}</span>
        </div>
      )}
      {expired ? (
        <Alert
          tone="warning"
          title={t("exchange.expiredTitle")}
          testId="quote-expired"
          actions={
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => {
                run.reset();
                onRefresh();
              }}
              disabled={refreshing}
              data-testid="quote-refresh"
            >
              <Icon name="refresh" size={16} />
              {refreshing ? t("exchange.quoting") : t("exchange.refresh")}
            </button>
          }
        >
          {serverSaysExpired && run.error instanceof ApiError
            ? (run.error.detail ?? run.error.title)
            : t("exchange.expiredBody")}
        </Alert>
      ) : (
        <ProblemAlert error={run.error} />
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => run.mutate()}
          disabled={run.isPending || expired}
          aria-busy={run.isPending || undefined}
          data-testid="exchange-submit"
        >
          {run.isPending ? t("exchange.exchanging") : t("exchange.submit")}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={run.isPending}>
          {t("exchange.change")}
        </button>
      </div>
    </section>
  );
}
