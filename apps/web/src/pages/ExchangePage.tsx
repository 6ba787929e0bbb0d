import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { createQuote, type Quote, type Transaction } from "../api/wallets";
import { EmptyState } from "../components/EmptyState";
import { Alert } from "../components/Form";
import { Icon } from "../components/Icon";
import { Money } from "../components/Money";
import { PageHeader } from "../components/PageHeader";
import { ProblemAlert } from "../components/ProblemAlert";
import { WalletNav } from "../components/WalletNav";
import { quoteDeadline } from "../lib/countdown";
import { errorMessage } from "../lib/errors";
import { useDocumentTitle } from "../lib/hooks";
import { IdempotencyKeys } from "../lib/idempotency";
import { useCurrencies, useWallets } from "../wallet/queries";
import { ExchangeForm, type ExchangeValues } from "./exchange/ExchangeForm";
import { QuotePanel } from "./exchange/QuotePanel";

interface HeldQuote {
  quote: Quote;
  receivedAt: number;
  deadline: number;
}

/** Exchange between currencies: amount → quote with a countdown → exchanged. `?from=` preselects a wallet. */
export function ExchangePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("exchange.title"));
  const [params] = useSearchParams();
  const wallets = useWallets();
  const currencies = useCurrencies();
  const [values, setValues] = useState<ExchangeValues>(() => ({
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    amount: "",
  }));
  const [held, setHeld] = useState<HeldQuote | null>(null);
  const [done, setDone] = useState<Transaction | null>(null);
  const keys = useRef(new IdempotencyKeys()).current;
  const quote = useMutation({
    mutationFn: createQuote,
    onSuccess: (result) => {
      const receivedAt = Date.now();
      setHeld({ quote: result, receivedAt, deadline: quoteDeadline(result.expiresAt, receivedAt) });
    },
  });

  const list = wallets.data ?? [];
  const from = list.some((w) => w.currency === values.from) ? values.from : (list[0]?.currency ?? "");
  const loadError = wallets.error ?? currencies.error;

  return (
    <div className="container page" data-testid="exchange-page">
      <PageHeader icon="transfer" title={t("exchange.title")} description={t("exchange.lead")} />
      <WalletNav />
      {(wallets.isPending || currencies.isPending) && !loadError && (
        <p className="muted">{t("common.loading")}</p>
      )}
      {loadError && (
        <Alert tone="danger" title={t("wallet.balancesError")}>
          {errorMessage(loadError, t)}
        </Alert>
      )}
      {wallets.isSuccess && list.length === 0 && (
        <EmptyState icon="wallet" title={t("send.noWalletsTitle")}>
          <p>{t("send.noWalletsBody")}</p>
          <Link to="/app" className="button button--primary">
            {t("walletNav.dashboard")}
          </Link>
        </EmptyState>
      )}
      {done ? (
        <ExchangeDone
          tx={done}
          onAgain={() => {
            setDone(null);
            setHeld(null);
            quote.reset();
            setValues({ ...values, amount: "" });
          }}
        />
      ) : held ? (
        <QuotePanel
          key={held.quote.id}
          quote={held.quote}
          receivedAt={held.receivedAt}
          deadline={held.deadline}
          keys={keys}
          refreshing={quote.isPending}
          onRefresh={() =>
            quote.mutate({ from: held.quote.from, to: held.quote.to, amount: held.quote.sellAmount })
          }
          onCancel={() => {
            setHeld(null);
            quote.reset();
          }}
          onDone={setDone}
        />
      ) : (
        wallets.isSuccess &&
        currencies.isSuccess &&
        list.length > 0 && (
          <>
            <ProblemAlert error={quote.error} />
            <ExchangeForm
              values={{ ...values, from }}
              onChange={(next) => {
                if (quote.isError) quote.reset();
                setValues(next);
              }}
              wallets={list}
              currencies={currencies.data}
              pending={quote.isPending}
              error={quote.error}
              onQuote={(input) => quote.mutate(input)}
            />
          </>
        )
      )}
      {held && !done && quote.isError && <ProblemAlert error={quote.error} />}
    </div>
  );
}

function ExchangeDone({ tx, onAgain }: { tx: Transaction; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card form-card done" data-testid="exchange-done">
      <span className="done__icon" aria-hidden="true">
        <Icon name="check" size={28} />
      </span>
      <h2>{t("exchange.doneTitle")}</h2>
      <p>
        <Money amount={tx.amount} currency={tx.currency} />
        {tx.counterAmount && tx.counterCurrency && (
          <>
            {" → "}
            <Money amount={tx.counterAmount} currency={tx.counterCurrency} />
          </>
        )}
      </p>
      <p>
        {t("send.reference")} <strong className="mono">{tx.reference}</strong>
      </p>
      <div className="button-row">
        <Link to={`/transactions/${encodeURIComponent(tx.id)}`} className="button button--primary">
          {t("send.viewTransaction")}
        </Link>
        <button type="button" className="button" onClick={onAgain}>
          {t("exchange.again")}
        </button>
      </div>
    </section>
  );
}
