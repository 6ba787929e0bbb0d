import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { AmountProblem } from "../lib/money";

/** The words for what is wrong with a typed amount (null when nothing is). */
export function useAmountMessage() {
  const { t } = useTranslation();
  return useCallback(
    (problem: AmountProblem | null, exponent: number | undefined): string | null => {
      switch (problem) {
        case null:
          return null;
        case "required":
          return t("money.input.required");
        case "invalid":
          return t("money.input.invalid");
        case "notPositive":
          return t("money.input.notPositive");
        case "zero":
          return t("money.input.zero");
        case "tooPrecise":
          return exponent === 0
            ? t("money.input.wholeOnly")
            : t("money.input.tooPrecise", { n: exponent ?? 2 });
      }
    },
    [t],
  );
}
