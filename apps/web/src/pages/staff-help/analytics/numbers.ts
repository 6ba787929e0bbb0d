import { currentLanguage } from "../../../i18n";

/** A count in the interface language (1,234 / 1,234). */
export function count(n: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(n);
}

/** A share (0..1) as a percentage with at most one decimal; "—" when there is none. */
export function percent(share: number | null): string {
  if (share === null) return "—";
  return new Intl.NumberFormat(currentLanguage(), { style: "percent", maximumFractionDigits: 1 }).format(
    share,
  );
}

function utcDay(day: string): Date | null {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "3 Mar" / "3月3日" under a chart's x axis. */
export function shortDay(day: string): string {
  const date = utcDay(day);
  return date
    ? new Intl.DateTimeFormat(currentLanguage(), { month: "short", day: "numeric", timeZone: "UTC" }).format(
        date,
      )
    : day;
}

/** "Tue, 3 Mar 2026" / "2026年3月3日周二" in tooltips and tables. */
export function longDay(day: string): string {
  const date = utcDay(day);
  return date
    ? new Intl.DateTimeFormat(currentLanguage(), {
        weekday: "short",
        year: "numeric",
        month: "short",
        day: "numeric",
        timeZone: "UTC",
      }).format(date)
    : day;
}
