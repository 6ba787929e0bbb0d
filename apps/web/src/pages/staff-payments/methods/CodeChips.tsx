import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../i18n";
import { currencyName } from "../../../lib/money";
import { splitCodes } from "../format";

function regionName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: "region" }).of(code) ?? code;
  } catch {
    return code; // not a well-formed region code; the form says so
  }
}

/** Country or currency codes as chips, each with its name as a tooltip; "*" reads "everywhere". */
export function CodeChips({
  text,
  codes,
  type,
}: {
  text?: string;
  codes?: string[];
  type: "country" | "currency";
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const list = codes ?? splitCodes(text ?? "");
  if (list.length === 0) return null;
  return (
    <ul className="code-chips" aria-label={t(`staffPayments.methods.chips.${type}`)}>
      {list.map((code) => {
        const name =
          code === "*"
            ? t("staffPayments.methods.everywhere")
            : type === "country"
              ? regionName(code, lang)
              : currencyName(code, lang);
        return (
          <li key={code} className="code-chip" title={name}>
            {code === "*" ? name : code}
          </li>
        );
      })}
    </ul>
  );
}
