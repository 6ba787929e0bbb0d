import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n";
import { formatMoney, formatSigned, type MoneyFormat } from "../lib/money";

/** An amount from the API, formatted for the interface language; `direction` signs it (− out, + in). */
export function Money({
  amount,
  currency,
  direction,
  display,
  sign,
  pad,
  className,
  testId,
}: {
  amount: string;
  currency: string;
  direction?: "in" | "out";
  display?: MoneyFormat["display"];
  pad?: boolean;
  sign?: MoneyFormat["sign"];
  className?: string;
  testId?: string;
}) {
  useTranslation(); // re-render when the language changes
  const lang = currentLanguage();
  const text = direction
    ? formatSigned(amount, currency, direction, lang)
    : formatMoney(amount, currency, lang, {
        ...(display ? { display } : {}),
        ...(sign ? { sign } : {}),
        ...(pad !== undefined ? { pad } : {}),
      });
  const classes = ["money", direction ? `money--${direction}` : "", className ?? ""]
    .filter(Boolean)
    .join(" ");
  return (
    <span className={classes} data-testid={testId}>
      {text}
    </span>
  );
}
