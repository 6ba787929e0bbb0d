import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Currency, Wallet } from "../../api/wallets";
import { SelectField, SubmitButton, TextField } from "../../components/Form";
import { currentLanguage } from "../../i18n";
import { fieldErrors } from "../../lib/errors";
import { amountProblem, currencyName, formatMoney, normalizeAmountInput } from "../../lib/money";
import { useAmountMessage } from "../../wallet/amountMessages";

export interface ExchangeValues {
  from: string;
  to: string;
  amount: string;
}

/** From which wallet, into which currency, how much to sell. */
export function ExchangeForm({
  values,
  onChange,
  wallets,
  currencies,
  pending,
  error,
  onQuote,
}: {
  values: ExchangeValues;
  onChange: (values: ExchangeValues) => void;
  wallets: Wallet[];
  currencies: Currency[];
  pending: boolean;
  error: unknown;
  onQuote: (input: { from: string; to: string; amount: string }) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const amountMessage = useAmountMessage();
  const [submitted, setSubmitted] = useState(false);
  const exponent = currencies.find((c) => c.code === values.from)?.exponent;
  const amount = normalizeAmountInput(values.amount);
  const problems = {
    amount: amountMessage(amountProblem(amount, exponent), exponent),
    to: values.to === "" || values.to === values.from ? t("exchange.toRequired") : null,
  };
  const server = fieldErrors(error);
  const wallet = wallets.find((w) => w.currency === values.from);
  const targets = currencies.filter((c) => c.code !== values.from);

  return (
    <form
      className="form form--narrow card form-card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (problems.amount || problems.to) return;
        onQuote({ from: values.from, to: values.to, amount });
      }}
    >
      <div className="form__pair">
        <SelectField
          label={t("exchange.from")}
          value={values.from}
          onChange={(event) => onChange({ ...values, from: event.target.value })}
          error={server.from}
          testId="exchange-from"
        >
          {wallets.map((w) => (
            <option key={w.id} value={w.currency}>
              {w.currency}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("exchange.to")}
          value={values.to}
          onChange={(event) => onChange({ ...values, to: event.target.value })}
          error={(submitted && problems.to) || server.to}
          testId="exchange-to"
        >
          <option value="">{t("exchange.choose")}</option>
          {targets.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} · {currencyName(c.code, lang)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label={t("exchange.amount", { currency: values.from })}
        value={values.amount}
        onChange={(event) => onChange({ ...values, amount: event.target.value })}
        error={(submitted && problems.amount) || server.amount}
        hint={
          wallet
            ? t("send.available", { amount: formatMoney(wallet.available, wallet.currency, lang) })
            : undefined
        }
        inputMode="decimal"
        autoComplete="off"
        testId="exchange-amount"
      />
      <SubmitButton pending={pending} pendingLabel={t("exchange.quoting")} testId="exchange-quote">
        {t("exchange.getQuote")}
      </SubmitButton>
    </form>
  );
}
