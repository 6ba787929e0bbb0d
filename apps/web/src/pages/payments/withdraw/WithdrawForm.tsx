import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { createWithdrawal, type PayoutDestination, type WithdrawalInput } from "../../../api/payments";
import type { Verification } from "../../../api/verification";
import type { Wallet } from "../../../api/wallets";
import { Alert, SelectField, SubmitButton, TextField } from "../../../components/Form";
import { currentLanguage } from "../../../i18n";
import { fieldErrors } from "../../../lib/errors";
import { IdempotencyKeys } from "../../../lib/idempotency";
import { compareDecimal, formatMoney } from "../../../lib/money";
import { useExponent, useRefreshMoney } from "../../../wallet/queries";
import { FeeSummary } from "../shared/FeeSummary";
import { previewFee } from "../shared/fees";
import { MethodStateNote } from "../shared/MethodFacts";
import { outcomeUnknown } from "../shared/outcome";
import { PaymentProblemAlert } from "../shared/PaymentProblemAlert";
import { useMethods } from "../shared/queries";
import { SecondFactorField } from "../shared/SecondFactorField";
import { useMethodAmount } from "../shared/useMethodAmount";
import { DestinationPicker } from "./DestinationPicker";
import { LevelLimits } from "./LevelLimits";

/**
 * Where to, how much, in which currency; the fee, the total taken from the wallet, the
 * limits and the time before sending; the second-factor code every time. The Idempotency-Key
 * covers the destination, amount and currency (not the code: a retry may need a fresh one).
 */
export function WithdrawForm({
  destinations,
  wallets,
  verification,
  initialDestination,
}: {
  destinations: PayoutDestination[];
  wallets: Wallet[];
  verification: Verification | null;
  initialDestination: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const navigate = useNavigate();
  const refreshMoney = useRefreshMoney();
  const keys = useRef(new IdempotencyKeys()).current;
  const ready = destinations.filter((d) => d.ready);
  const [destinationId, setDestinationId] = useState(
    ready.some((d) => d.id === initialDestination) ? initialDestination : (ready[0]?.id ?? ""),
  );
  const [currency, setCurrency] = useState(wallets[0]?.currency ?? "");
  const [amountText, setAmountText] = useState("");
  const [code, setCode] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const exponent = useExponent(currency);
  const methods = useMethods("withdrawal", currency);

  const withdraw = useMutation({
    mutationFn: (input: WithdrawalInput) =>
      createWithdrawal(
        input,
        keys.keyFor({ destinationId: input.destinationId, amount: input.amount, currency: input.currency }),
      ),
    onSuccess: (result) => {
      keys.reset();
      void refreshMoney();
      void navigate(`/withdrawals/${encodeURIComponent(result.id)}`);
    },
    onError: (error) => {
      if (!outcomeUnknown(error)) keys.reset();
      setCode(""); // a code is used once, accepted or not
      setSubmitted(false); // the answer is shown; "enter a code" waits for the next try
    },
  });

  const destination = destinations.find((d) => d.id === destinationId) ?? null;
  const method = destination ? (methods.data?.find((m) => m.id === destination.methodId) ?? null) : null;
  const wallet = wallets.find((w) => w.currency === currency);
  const checked = useMethodAmount(amountText, method, currency, exponent);
  const { amount, typed } = checked;
  const preview = !typed && method && exponent !== undefined ? previewFee(amount, method, exponent) : null;
  const overBalance = preview && wallet ? compareDecimal(preview.total, wallet.available) === 1 : false;
  const amountError = checked.error ?? (overBalance ? t("payments.withdraw.overBalance") : null);
  const codeError = code.trim() === "" ? t("payments.twoFactor.required") : null;
  const server = fieldErrors(withdraw.error);
  const unknown = withdraw.isError && outcomeUnknown(withdraw.error);
  const methodMissing = destination && methods.isSuccess && !method;
  const levelZero = verification !== null && verification.level === 0;

  const change = (apply: () => void) => {
    if (withdraw.isError && !unknown) withdraw.reset();
    apply();
  };

  return (
    <form
      className="form card form-card"
      noValidate
      data-testid="withdraw-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!destination || !method || amountError || codeError) return;
        withdraw.mutate({ destinationId: destination.id, amount, currency, code: code.replace(/\s+/g, "") });
      }}
    >
      {levelZero && (
        <Alert tone="warning" title={t("payments.withdraw.levelZeroTitle")} testId="withdraw-level-zero">
          {t("payments.withdraw.levelZeroBody")}
        </Alert>
      )}
      {unknown ? (
        <Alert tone="warning" title={t("payments.common.unknownTitle")} testId="withdraw-unknown">
          {t("payments.common.unknownBody")}
        </Alert>
      ) : (
        <PaymentProblemAlert error={withdraw.error} testId="withdraw-problem" />
      )}
      <DestinationPicker
        destinations={destinations}
        value={destinationId}
        onChange={(id) => change(() => setDestinationId(id))}
      />
      {submitted && !destination && (
        <p className="field__error">{t("payments.withdraw.destinationRequired")}</p>
      )}
      <div className="form__pair">
        <TextField
          label={t("payments.withdraw.amount")}
          value={amountText}
          onChange={(event) => change(() => setAmountText(event.target.value))}
          error={(submitted && amountError) || server.amount}
          hint={
            method
              ? t("payments.deposit.amountHint", {
                  min: formatMoney(method.minAmount, currency, lang),
                  max: formatMoney(method.maxAmount, currency, lang),
                })
              : undefined
          }
          inputMode="decimal"
          autoComplete="off"
          testId="withdraw-amount"
          required
        />
        <SelectField
          label={t("payments.withdraw.currency")}
          value={currency}
          onChange={(event) => change(() => setCurrency(event.target.value))}
          testId="withdraw-currency"
        >
          {wallets.map((w) => (
            <option key={w.id} value={w.currency}>
              {w.currency}
            </option>
          ))}
        </SelectField>
      </div>
      {wallet && (
        <p className="form__note" data-testid="withdraw-available">
          {t("payments.withdraw.available", { amount: formatMoney(wallet.available, wallet.currency, lang) })}
        </p>
      )}
      {methodMissing && (
        <Alert tone="warning" testId="withdraw-method-missing">
          {t("payments.withdraw.methodMissing", { method: destination.methodName, currency })}
        </Alert>
      )}
      {method && (
        <>
          <MethodStateNote method={method} />
          <FeeSummary
            direction="withdrawal"
            method={method}
            amount={typed ? "" : amount}
            currency={currency}
            exponent={exponent}
          />
        </>
      )}
      {verification?.limits.current && (
        <LevelLimits limits={verification.limits.current} hasNext={verification.limits.next !== null} />
      )}
      <SecondFactorField
        value={code}
        onChange={(value) => change(() => setCode(value))}
        error={(submitted && codeError) || server.code}
        serverError={withdraw.error}
        testId="withdraw-code"
      />
      <SubmitButton
        pending={withdraw.isPending}
        pendingLabel={t("payments.withdraw.submitting")}
        testId="withdraw-submit"
        disabled={!destination || Boolean(methodMissing) || method?.state !== "active" || levelZero}
      >
        {unknown
          ? t("payments.common.retry")
          : preview
            ? t("payments.withdraw.submitAmount", { amount: formatMoney(preview.total, currency, lang) })
            : t("payments.withdraw.submit")}
      </SubmitButton>
    </form>
  );
}
