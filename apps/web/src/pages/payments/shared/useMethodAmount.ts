import { useTranslation } from "react-i18next";
import type { PaymentMethod } from "../../../api/payments";
import { currentLanguage } from "../../../i18n";
import { type AmountProblem, amountProblem, formatMoney, normalizeAmountInput } from "../../../lib/money";
import { useAmountMessage } from "../../../wallet/amountMessages";
import { boundsProblem } from "./fees";

export interface MethodAmount {
  /** The amount as the API takes it (spaces, commas and full-width digits cleaned). */
  amount: string;
  /** What is wrong with what was typed, before the method's bounds are looked at. */
  typed: AmountProblem | null;
  /** The message to show under the field, or null. */
  error: string | null;
}

/** An amount typed for a method: cleaned, checked as a number, then against the method's minimum and maximum. */
export function useMethodAmount(
  text: string,
  method: PaymentMethod | null,
  currency: string,
  exponent: number | undefined,
): MethodAmount {
  const { t } = useTranslation();
  const amountMessage = useAmountMessage();
  const amount = normalizeAmountInput(text);
  const typed = amountProblem(amount, exponent);
  const bounds = !typed && method ? boundsProblem(amount, method) : null;
  const lang = currentLanguage();
  const error =
    amountMessage(typed, exponent) ??
    (bounds === "belowMinimum" && method
      ? t("payments.methods.belowMinimum", { amount: formatMoney(method.minAmount, currency, lang) })
      : bounds === "aboveMaximum" && method
        ? t("payments.methods.aboveMaximum", { amount: formatMoney(method.maxAmount, currency, lang) })
        : null);
  return { amount, typed, error };
}
