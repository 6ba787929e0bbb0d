import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { paymentProblem } from "../../../api/payments";
import { TextField } from "../../../components/Form";
import {
  type CardBrand,
  type CardFormValues,
  type CardNumberProblem,
  type CardProblems,
  type CvcProblem,
  cvcLength,
  type ExpiryProblem,
  formatCardNumber,
  formatExpiryInput,
  showCardProblem,
} from "../../../lib/card";
import { useBrandLabel } from "./labels";

export type CardField = keyof CardFormValues;

/** The server's `field` (incorrect_card_details) as the form's field: month and year are one "expiry" box. */
export function cardFieldOf(serverField: string | null): CardField | null {
  if (serverField === "number") return "number";
  if (serverField === "expMonth" || serverField === "expYear") return "expiry";
  if (serverField === "cvc") return "cvc";
  return null;
}

function useCardMessages() {
  const { t } = useTranslation();
  return {
    number: (p: CardNumberProblem) => t(`payments.card.problems.number.${p}`),
    expiry: (p: ExpiryProblem) => t(`payments.card.problems.expiry.${p}`),
    cvc: (p: CvcProblem, brand: CardBrand) => t(`payments.card.problems.cvc.${p}`, { n: cvcLength(brand) }),
  };
}

/**
 * Card number, expiry (MM/YY) and security code, checked as the customer types: the brand
 * shows from the first digit, a definite mistake (wrong checksum, a past month, too many
 * digits) at once, an unfinished field once they leave it or submit. `serverError` marks the
 * field the server named in `incorrect_card_details`, with its message.
 */
export function CardFields({
  values,
  onChange,
  brand,
  problems,
  submitted,
  serverError,
  testIdPrefix = "card",
}: {
  values: CardFormValues;
  onChange: (values: CardFormValues) => void;
  brand: CardBrand;
  problems: CardProblems;
  submitted: boolean;
  /** The last answer: an incorrect_card_details marks the field it names, with its message. */
  serverError: unknown;
  testIdPrefix?: string;
}) {
  const { t } = useTranslation();
  const messages = useCardMessages();
  const brandLabel = useBrandLabel();
  const [touched, setTouched] = useState<Record<CardField, boolean>>({
    number: false,
    expiry: false,
    cvc: false,
  });
  const refused =
    serverError instanceof ApiError && serverError.code === "incorrect_card_details" ? serverError : null;
  const serverField = refused ? cardFieldOf(paymentProblem(refused)?.field ?? null) : null;
  const serverMessage = refused ? (refused.detail ?? refused.title) : null;
  const leave = (field: CardField) => setTouched((old) => ({ ...old, [field]: true }));
  const shown = (field: CardField) => showCardProblem(problems[field], touched[field] || submitted);
  const server = (field: CardField) =>
    serverField === field ? (serverMessage ?? t("payments.card.checkField")) : null;

  const numberError =
    (shown("number") && problems.number ? messages.number(problems.number) : null) ?? server("number");
  const expiryError =
    (shown("expiry") && problems.expiry ? messages.expiry(problems.expiry) : null) ?? server("expiry");
  const cvcError = (shown("cvc") && problems.cvc ? messages.cvc(problems.cvc, brand) : null) ?? server("cvc");
  const digits = values.number.replace(/\D/g, "");

  return (
    <fieldset className="card-fields" data-testid={`${testIdPrefix}-fields`}>
      <legend className="field__label">{t("payments.card.legend")}</legend>
      <div className="card-fields__number">
        <TextField
          label={t("payments.card.number")}
          value={values.number}
          onChange={(event) => onChange({ ...values, number: formatCardNumber(event.target.value) })}
          onBlur={() => leave("number")}
          error={numberError}
          hint={t("payments.card.numberHint")}
          inputMode="numeric"
          autoComplete="cc-number"
          spellCheck={false}
          maxLength={23}
          testId={`${testIdPrefix}-number`}
          required
        />
        <span
          className={`card-brand card-brand--${brand}`}
          data-testid={`${testIdPrefix}-brand`}
          data-brand={brand}
          aria-live="polite"
        >
          {digits.length > 0 && brandLabel(brand)}
        </span>
      </div>
      <div className="form__pair">
        <TextField
          label={t("payments.card.expiry")}
          value={values.expiry}
          onChange={(event) =>
            onChange({ ...values, expiry: formatExpiryInput(event.target.value, values.expiry) })
          }
          onBlur={() => leave("expiry")}
          error={expiryError}
          placeholder={t("payments.card.expiryPlaceholder")}
          inputMode="numeric"
          autoComplete="cc-exp"
          maxLength={7}
          testId={`${testIdPrefix}-expiry`}
          required
        />
        <TextField
          label={t("payments.card.cvc")}
          value={values.cvc}
          onChange={(event) =>
            onChange({ ...values, cvc: event.target.value.replace(/\D/g, "").slice(0, 4) })
          }
          onBlur={() => leave("cvc")}
          error={cvcError}
          hint={t("payments.card.cvcHint", { n: cvcLength(brand) })}
          inputMode="numeric"
          autoComplete="cc-csc"
          maxLength={4}
          testId={`${testIdPrefix}-cvc`}
          required
        />
      </div>
    </fieldset>
  );
}
