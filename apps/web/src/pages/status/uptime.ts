import type { TFunction } from "i18next";
import type { ComponentState, UptimeDay } from "../../api/status";
import { formatDay, formatUptime, minutesOf } from "./format";

// The 90-day uptime chart's words and colours, apart from the drawing so they can be tested.

/** A bar's colour: the worst state of its day, or grey when the day has no data. */
export type BarTone = ComponentState | "no_data";

export function barTone(day: UptimeDay): BarTone {
  if (day.uptime === null) return "no_data";
  // A day with data but no worst state recorded was fully up.
  return day.worst ?? "operational";
}

/** The bar's CSS classes (the colour comes from the state modifier). */
export function barClass(day: UptimeDay, active = false): string {
  return `uptime__bar uptime__bar--${barTone(day)}${active ? " uptime__bar--active" : ""}`;
}

/**
 * What a day's tooltip says: "Nov 27, 2026: 99.87% uptime, major outage 2 min, partial outage 5 min",
 * "…: 100% uptime, no outage", or "…: no data".
 */
export function dayText(day: UptimeDay, lang: string, t: TFunction): string {
  const date = formatDay(day.date, lang);
  if (day.uptime === null) return t("statusPage.uptimeDay.noData", { date });
  const parts = [t("statusPage.uptimeDay.summary", { date, uptime: formatUptime(day.uptime, lang) })];
  const major = minutesOf(day.outageSeconds);
  const partial = minutesOf(day.partialSeconds);
  if (major > 0) parts.push(t("statusPage.uptimeDay.majorOutage", { minutes: major }));
  if (partial > 0) parts.push(t("statusPage.uptimeDay.partialOutage", { minutes: partial }));
  if (major === 0 && partial === 0) parts.push(t("statusPage.uptimeDay.noOutage"));
  return parts.join(lang === "zh-CN" ? "，" : ", ");
}

/** "99.87% uptime" for the whole period, or "No uptime data yet". */
export function periodText(uptime: number | null, lang: string, t: TFunction): string {
  return uptime === null
    ? t("statusPage.components.noUptime")
    : t("statusPage.components.uptime", { uptime: formatUptime(uptime, lang) });
}
