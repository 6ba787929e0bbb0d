import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../i18n";
import { spellMinutes } from "./reportRange";

/** Numbers of the report in the interface language: counts, percents, averages, durations. */
export function useReportFormat() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const words = {
    d: (n: number) => t("deskAdmin.reports.units.days", { count: n }),
    h: (n: number) => t("deskAdmin.reports.units.hours", { count: n }),
    min: (n: number) => t("deskAdmin.reports.units.minutes", { count: n }),
  };
  return {
    count: (n: number) => new Intl.NumberFormat(lang).format(n),
    /** A percentage the server gives as 0–100 with one decimal. */
    percent: (n: number | null) =>
      n === null
        ? "—"
        : new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(n / 100),
    average: (n: number | null) =>
      n === null
        ? "—"
        : new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(n),
    minutes: (n: number | null) => spellMinutes(n, words),
  };
}
