import type { ReportRange } from "../../../api/deskAdminReports";
import { rangeProblem } from "../../staff-help/analytics/range";

// The report's days are the desk's days (its business calendar's time zone), so "today" and
// the presets are counted there too, not in the browser's zone or in UTC.

export const PRESETS = [7, 30, 90] as const;
const DAY_MS = 86_400_000;

/** Today in a time zone as YYYY-MM-DD (the browser's zone when it does not know that one). */
export function todayIn(timeZone: string, now: Date): string {
  const format = (zone: string | undefined) =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(now);
  try {
    return format(timeZone);
  } catch {
    return format(undefined);
  }
}

/** The last `days` days up to and including `today`. */
export function lastDays(days: number, today: string): ReportRange {
  const end = Date.parse(`${today}T00:00:00Z`);
  return { from: new Date(end - (days - 1) * DAY_MS).toISOString().slice(0, 10), to: today };
}

/** The range in the address when it is a valid one, else the last 30 days. */
export function rangeFrom(params: URLSearchParams, today: string): ReportRange {
  const range = { from: params.get("from") ?? "", to: params.get("to") ?? "" };
  return rangeProblem(range) === null ? range : lastDays(30, today);
}

/** Which preset a range is (for the pressed button), if any. */
export function presetOf(range: ReportRange, today: string): number | null {
  return (
    PRESETS.find((days) => {
      const p = lastDays(days, today);
      return p.from === range.from && p.to === range.to;
    }) ?? null
  );
}

/** One row per day of the range, in order; a day the server left out counts as zeros. */
export function fillDays(
  byDay: readonly { day: string; created: number; solved: number }[],
  range: ReportRange,
): { day: string; created: number; solved: number }[] {
  const start = Date.parse(`${range.from}T00:00:00Z`);
  const end = Date.parse(`${range.to}T00:00:00Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start || end - start > 366 * DAY_MS)
    return [...byDay];
  const known = new Map(byDay.map((d) => [d.day, d]));
  const days: { day: string; created: number; solved: number }[] = [];
  for (let t = start; t <= end; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.push(known.get(day) ?? { day, created: 0, solved: 0 });
  }
  return days;
}

/** Minutes as "45 min", "3 h 5 min", "2 d 4 h" in the words given; "—" without data. */
export function spellMinutes(
  minutes: number | null,
  words: { d: (n: number) => string; h: (n: number) => string; min: (n: number) => string },
): string {
  if (minutes === null || !Number.isFinite(minutes)) return "—";
  const total = Math.round(minutes);
  if (total < 60) return words.min(total);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  if (d > 0) return h > 0 ? `${words.d(d)} ${words.h(h)}` : words.d(d);
  return m > 0 ? `${words.h(h)} ${words.min(m)}` : words.h(h);
}
