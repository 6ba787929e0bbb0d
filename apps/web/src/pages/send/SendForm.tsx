import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { previewTransfer, type TransferInput, type TransferPreview, type Wallet } from "../../api/wallets";
import { SelectField, SubmitButton, TextField } from "../../components/Form";
import { ProblemAlert } from "../../components/ProblemAlert";
import { currentLanguage } from "../../i18n";
import { fieldErrors } from "../../lib/errors";
import { amountProblem, formatMoney, normalizeAmountInput } from "../../lib/money";
import { useAmountMessage } from "../../wallet/amountMessages";
import { useExponent, useLimits } from "../../wallet/queries";

export interface SendValues {
  to: string;
  amount: string;
  currency: string;
  note: string;
}

/** Step 1: who, how much, which currency, a note. "Continue" asks the server for a preview. */
export function SendForm({
  values,
  onChange,
  wallets,
  onPreview,
}: {
  values: SendValues;
  onChange: (values: SendValues) => void;
  wallets: Wallet[];
  onPreview: (input: TransferInput, preview: TransferPreview) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const limits = useLimits();
  const exponent = useExponent(values.currency);
  const amountMessage = useAmountMessage();
  const [submitted, setSubmitted] = useState(false);
  const preview = useMutation({
    mutationFn: (input: TransferInput) => previewTransfer(input),
    onSuccess: (result, input) => onPreview(input, result),
  });

  const amount = normalizeAmountInput(values.amount);
  const problems = {
    to: values.to.trim() === "" ? t("send.toRequired") : null,
    amount: amountMessage(amountProblem(amount, exponent), exponent),
    currency: values.currency === "" ? t("send.currencyRequired") : null,
  };
  const server = fieldErrors(preview.error);
  const wallet = wallets.find((w) => w.currency === values.currency);
  const set = (change: Partial<SendValues>) => {
    if (preview.isError) preview.reset();
    onChange({ ...values, ...change });
  };

  return (
    <form
      className="form form--narrow card form-card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (problems.to || problems.amount || problems.currency) return;
        const note = values.note.trim();
        preview.mutate({
          to: values.to.trim(),
          amount,
          currency: values.currency,
          ...(note ? { note } : {}),
        });
      }}
    >
      <ProblemAlert error={preview.error} limitsCurrency={limits.data?.currency} />
      <TextField
        label={t("send.to")}
        hint={t("send.toHint")}
        value={values.to}
        onChange={(event) => set({ to: event.target.value })}
        error={(submitted && problems.to) || server.to}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        testId="send-to"
        required
      />
      <div className="form__pair">
        <TextField
          label={t("send.amount")}
          value={values.amount}
          onChange={(event) => set({ amount: event.target.value })}
          error={(submitted && problems.amount) || server.amount}
          inputMode="decimal"
          autoComplete="off"
          testId="send-amount"
          required
        />
        <SelectField
          label={t("send.currency")}
          value={values.currency}
          onChange={(event) => set({ currency: event.target.value })}
          error={(submitted && problems.currency) || server.currency}
          testId="send-currency"
          required
        >
          {wallets.map((w) => (
            <option key={w.id} value={w.currency}>
              {w.currency}
            </option>
          ))}
        </SelectField>
      </div>
      {wallet && (
        <p className="form__note" data-testid="send-available">
          {t("send.available", { amount: formatMoney(wallet.available, wallet.currency, lang) })}
          {limits.data && (
            <>
              {" "}
              {t("send.limits", {
                perTransaction: formatMoney(limits.data.perTransaction, limits.data.currency, lang),
                daily: formatMoney(limits.data.daily.remaining, limits.data.currency, lang),
              })}
            </>
          )}
        </p>
      )}
      <TextField
        label={t("send.note")}
        hint={t("send.noteHint")}
        optional
        value={values.note}
        onChange={(event) => set({ note: event.target.value })}
        error={server.note}
        maxLength={140}
        testId="send-note"
      />
      <SubmitButton pending={preview.isPending} pendingLabel={t("send.checking")} testId="send-continue">
        {t("send.continue")}
      </SubmitButton>
    </form>
  );
}
