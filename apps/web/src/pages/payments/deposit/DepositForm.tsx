import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { createDeposit, type Deposit, type DepositInput, type PaymentMethod } from "../../../api/payments";
import { Alert, SubmitButton, TextField } from "../../../components/Form";
import { currentLanguage } from "../../../i18n";
import { type CardFormValues, checkCard } from "../../../lib/card";
import { fieldErrors } from "../../../lib/errors";
import { IdempotencyKeys } from "../../../lib/idempotency";
import { formatMoney } from "../../../lib/money";
import { useRefreshMoney } from "../../../wallet/queries";
import { CardFields } from "../shared/CardFields";
import { FeeSummary } from "../shared/FeeSummary";
import { outcomeUnknown } from "../shared/outcome";
import { PaymentProblemAlert } from "../shared/PaymentProblemAlert";
import { useMethodAmount } from "../shared/useMethodAmount";

const EMPTY_CARD: CardFormValues = { number: "", expiry: "", cvc: "" };

/**
 * The amount (with the fee and what will arrive, worked out as it is typed) and, for a card,
 * the card's details checked as they are typed. "Add money" posts the deposit with one
 * Idempotency-Key per attempt, kept when the answer did not arrive so a retry cannot start
 * a second payment. Where the deposit goes next: the provider's page (3-D Secure, e-wallet)
 * or the deposit's own page (bank details, a decline's explanation, the credit).
 */
export function DepositForm({
  method,
  currency,
  exponent,
  onPickMethod,
}: {
  method: PaymentMethod;
  currency: string;
  exponent: number | undefined;
  onPickMethod: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const navigate = useNavigate();
  const refreshMoney = useRefreshMoney();
  const keys = useRef(new IdempotencyKeys()).current;
  const [amountText, setAmountText] = useState("");
  const [card, setCard] = useState<CardFormValues>(EMPTY_CARD);
  const [submitted, setSubmitted] = useState(false);

  const deposit = useMutation({
    mutationFn: (input: DepositInput) => createDeposit(input, keys.keyFor(input)),
    onSuccess: (result: Deposit) => {
      keys.reset();
      void refreshMoney();
      if (result.nextAction?.type === "redirect") {
        // The provider's own page (3-D Secure challenge, e-wallet approval); it sends the customer back to /deposits/:id.
        window.location.assign(result.nextAction.url);
        return;
      }
      void navigate(`/deposits/${encodeURIComponent(result.id)}`);
    },
    onError: (error) => {
      if (!outcomeUnknown(error)) keys.reset();
    },
  });

  const { amount, typed, error: amountError } = useMethodAmount(amountText, method, currency, exponent);
  const isCard = method.kind === "card";
  const checked = checkCard(card, new Date());
  const server = fieldErrors(deposit.error);
  const unknown = deposit.isError && outcomeUnknown(deposit.error);

  const change = (apply: () => void) => {
    if (deposit.isError && !unknown) deposit.reset();
    apply();
  };

  return (
    <form
      className="form card form-card deposit-form"
      noValidate
      data-testid="deposit-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (amountError || (isCard && !checked.card)) return;
        deposit.mutate({
          methodId: method.id,
          amount,
          currency,
          ...(isCard && checked.card ? { card: checked.card } : {}),
        });
      }}
    >
      <h2 className="form-card__title">{t("payments.deposit.detailsTitle", { method: method.name })}</h2>
      {unknown ? (
        <Alert tone="warning" title={t("payments.common.unknownTitle")} testId="deposit-unknown">
          {t("payments.common.unknownBody")}
        </Alert>
      ) : (
        <PaymentProblemAlert error={deposit.error} onPickMethod={onPickMethod} testId="deposit-problem" />
      )}
      <TextField
        label={t("payments.deposit.amount", { currency })}
        value={amountText}
        onChange={(event) => change(() => setAmountText(event.target.value))}
        error={(submitted && amountError) || server.amount}
        hint={t("payments.deposit.amountHint", {
          min: formatMoney(method.minAmount, currency, lang),
          max: formatMoney(method.maxAmount, currency, lang),
        })}
        inputMode="decimal"
        autoComplete="off"
        testId="deposit-amount"
        required
      />
      <FeeSummary
        direction="deposit"
        method={method}
        amount={typed ? "" : amount}
        currency={currency}
        exponent={exponent}
      />
      {isCard && (
        <CardFields
          values={card}
          onChange={(next) => change(() => setCard(next))}
          brand={checked.brand}
          problems={checked.problems}
          submitted={submitted}
          serverError={deposit.error}
        />
      )}
      {method.kind === "bank_transfer" && <p className="form__note">{t("payments.deposit.bankNote")}</p>}
      {method.kind === "ewallet" && (
        <p className="form__note">{t("payments.deposit.ewalletNote", { method: method.name })}</p>
      )}
      {isCard && <p className="form__note muted small">{t("payments.deposit.cardPrivacy")}</p>}
      <SubmitButton
        pending={deposit.isPending}
        pendingLabel={t("payments.deposit.submitting")}
        testId="deposit-submit"
      >
        {unknown ? t("payments.common.retry") : t("payments.deposit.submit")}
      </SubmitButton>
    </form>
  );
}
