import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { openWallet, type Wallet } from "../../api/wallets";
import { Alert, FormError, SelectField, SubmitButton } from "../../components/Form";
import { Money } from "../../components/Money";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { currencyName } from "../../lib/money";
import { useCurrencies, useWallets, walletKeys } from "../../wallet/queries";

/** One card per currency: available in large type, held and posted below it. */
export function Balances() {
  const { t } = useTranslation();
  const wallets = useWallets();

  return (
    <section className="balances" aria-labelledby="balances-title" data-testid="balances">
      <div className="balances__head">
        <h2 id="balances-title">{t("wallet.balancesTitle")}</h2>
        <p className="muted small">{t("wallet.balancesLegend")}</p>
      </div>
      {wallets.isPending && <p className="muted">{t("common.loading")}</p>}
      {wallets.isError && (
        <Alert
          tone="danger"
          title={t("wallet.balancesError")}
          actions={
            <button type="button" className="button button--small" onClick={() => void wallets.refetch()}>
              {t("common.tryAgain")}
            </button>
          }
        >
          {errorMessage(wallets.error, t)}
        </Alert>
      )}
      {wallets.isSuccess && wallets.data.length === 0 && (
        <p className="card balances__empty">{t("wallet.noWallets")}</p>
      )}
      {wallets.isSuccess && wallets.data.length > 0 && (
        <ul className="balance-grid">
          {wallets.data.map((wallet) => (
            <li key={wallet.id}>
              <BalanceCard wallet={wallet} />
            </li>
          ))}
        </ul>
      )}
      {wallets.isSuccess && <OpenWallet held={wallets.data.map((w) => w.currency)} />}
    </section>
  );
}

function BalanceCard({ wallet }: { wallet: Wallet }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const q = `?currency=${encodeURIComponent(wallet.currency)}`;
  return (
    <article className="card balance-card" data-testid="balance-card" data-currency={wallet.currency}>
      <header className="balance-card__head">
        <span className="balance-card__code">{wallet.currency}</span>
        <span className="balance-card__name">{currencyName(wallet.currency, lang)}</span>
      </header>
      <p className="balance-card__label">{t("wallet.available")}</p>
      <p className="balance-card__amount" data-testid="balance-available">
        <Money amount={wallet.available} currency={wallet.currency} />
      </p>
      <dl className="balance-card__more">
        <div title={t("wallet.heldHint")}>
          <dt>{t("wallet.held")}</dt>
          <dd>
            <Money amount={wallet.held} currency={wallet.currency} />
          </dd>
        </div>
        <div title={t("wallet.postedHint")}>
          <dt>{t("wallet.posted")}</dt>
          <dd>
            <Money amount={wallet.posted} currency={wallet.currency} />
          </dd>
        </div>
      </dl>
      <div className="balance-card__actions">
        <Link to={`/send${q}`} className="button button--small">
          {t("walletNav.send")}
        </Link>
        <Link to={`/exchange?from=${encodeURIComponent(wallet.currency)}`} className="button button--small">
          {t("walletNav.exchange")}
        </Link>
      </div>
    </article>
  );
}

/** "Open a wallet in another currency": the currencies the person does not hold yet. */
function OpenWallet({ held }: { held: string[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const currencies = useCurrencies();
  const [currency, setCurrency] = useState("");
  const open = useMutation({
    mutationFn: openWallet,
    onSuccess: () => {
      setCurrency("");
      void queryClient.invalidateQueries({ queryKey: walletKeys.wallets });
    },
  });
  const choices = (currencies.data ?? []).filter((c) => !held.includes(c.code));
  if (currencies.isSuccess && choices.length === 0 && !open.isSuccess) return null;

  return (
    <div className="card open-wallet" data-testid="open-wallet">
      <h3>{t("wallet.open.title")}</h3>
      <p className="muted small">{t("wallet.open.lead")}</p>
      {open.isSuccess && (
        <Alert tone="ok">{t("wallet.open.done", { currency: currencyName(open.data.currency, lang) })}</Alert>
      )}
      <FormError error={open.error ?? currencies.error} />
      {choices.length > 0 && (
        <form
          className="form form--row"
          onSubmit={(event) => {
            event.preventDefault();
            if (currency) open.mutate(currency);
          }}
        >
          <SelectField
            label={t("wallet.open.currency")}
            value={currency}
            onChange={(event) => {
              setCurrency(event.target.value);
              if (open.isSuccess || open.isError) open.reset();
            }}
            testId="open-wallet-currency"
            required
          >
            <option value="">{t("wallet.open.choose")}</option>
            {choices.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} · {currencyName(c.code, lang)}
              </option>
            ))}
          </SelectField>
          <SubmitButton
            pending={open.isPending}
            pendingLabel={t("common.working")}
            disabled={!currency}
            testId="open-wallet-submit"
          >
            {t("wallet.open.submit")}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
