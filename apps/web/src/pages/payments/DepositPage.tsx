import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { EmptyState } from "../../components/EmptyState";
import { Alert, SelectField } from "../../components/Form";
import { PageHeader } from "../../components/PageHeader";
import { WalletNav } from "../../components/WalletNav";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { currencyName } from "../../lib/money";
import { useCurrencies, useWallets } from "../../wallet/queries";
import { DepositForm } from "./deposit/DepositForm";
import { MethodPicker } from "./shared/MethodPicker";
import { MoreLinks } from "./shared/MoreLinks";
import { useMethods, useVerificationLevel } from "./shared/queries";
import "../../styles/payments.css";

/**
 * Add money: the currency, then the methods available for it where the customer is (fee,
 * limits, time, level and state shown before they start), then the amount and, for a card,
 * the card. `?currency=` and `?method=` preselect.
 */
export function DepositPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  useDocumentTitle(t("payments.deposit.title"));
  const [params, setParams] = useSearchParams();
  const wallets = useWallets();
  const currencies = useCurrencies();
  const level = useVerificationLevel();
  const currency = params.get("currency") || wallets.data?.[0]?.currency || "USD";
  const methods = useMethods("deposit", currency);
  const [picked, setPicked] = useState(params.get("method") ?? "");

  const list = methods.data ?? [];
  const open = list.filter((m) => m.state === "active");
  // Until the customer picks one: the first method that is open.
  const method = open.find((m) => m.id === picked) ?? open[0] ?? null;
  const exponent = currencies.data?.find((c) => c.code === currency)?.exponent;
  const held = new Set((wallets.data ?? []).map((w) => w.currency));
  const codes = [
    ...new Set([
      ...(wallets.data ?? []).map((w) => w.currency),
      ...(currencies.data ?? []).map((c) => c.code),
    ]),
  ];
  if (!codes.includes(currency)) codes.unshift(currency);

  const pickMethod = (id: string) => {
    setPicked(id);
    document.getElementById("deposit-details")?.scrollIntoView({ block: "start", behavior: "smooth" });
  };

  return (
    <div className="container page" data-testid="deposit-page">
      <PageHeader
        icon="moneyIn"
        title={t("payments.deposit.title")}
        description={t("payments.deposit.lead")}
      />
      <WalletNav />
      <div className="payments-layout">
        <section className="card form-card" aria-labelledby="deposit-method-title">
          <h2 id="deposit-method-title" className="form-card__title">
            {t("payments.deposit.howTitle")}
          </h2>
          <SelectField
            label={t("payments.deposit.currency")}
            hint={held.has(currency) ? undefined : t("payments.deposit.newWalletHint", { currency })}
            value={currency}
            onChange={(event) => {
              setPicked("");
              setParams({ currency: event.target.value }, { replace: true });
            }}
            testId="deposit-currency"
          >
            {codes.map((code) => (
              <option key={code} value={code}>
                {code} — {currencyName(code, lang)}
              </option>
            ))}
          </SelectField>
          {methods.isPending && <p className="muted">{t("common.loading")}</p>}
          {methods.isError && (
            <Alert tone="danger" title={t("payments.methods.loadError")}>
              {errorMessage(methods.error, t)}
            </Alert>
          )}
          {methods.isSuccess && list.length === 0 && (
            <EmptyState icon="compass" title={t("payments.methods.noneTitle", { currency })}>
              <p>{t("payments.methods.noneBody")}</p>
            </EmptyState>
          )}
          {list.length > 0 && (
            <MethodPicker
              methods={list}
              value={method?.id ?? ""}
              onChange={setPicked}
              currentLevel={level}
              legend={t("payments.deposit.methodLegend")}
            />
          )}
          {methods.isSuccess && list.length > 0 && open.length === 0 && (
            <Alert tone="warning" testId="deposit-all-closed">
              {t("payments.methods.allClosed")}
            </Alert>
          )}
        </section>
        <div id="deposit-details">
          {method && (
            <DepositForm
              key={`${method.id}-${currency}`}
              method={method}
              currency={currency}
              exponent={exponent}
              onPickMethod={pickMethod}
            />
          )}
        </div>
      </div>
      <MoreLinks links={["trace", "policies", "verification"]} />
    </div>
  );
}
