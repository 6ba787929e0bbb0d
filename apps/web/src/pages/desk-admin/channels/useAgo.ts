import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../i18n";
import { useNow } from "../../../lib/hooks";
import { formatRelative, parseDate } from "../../../lib/time";

/** "3 minutes ago" for an ISO time, kept fresh while the page is open. */
export function useAgo(): (iso: string) => string {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const lang = currentLanguage();
  return (iso) => {
    const date = parseDate(iso);
    return date ? formatRelative(date, now, lang, t("time.justNow")) : "—";
  };
}
