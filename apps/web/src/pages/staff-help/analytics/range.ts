import type { DailyFigures, DateRange } from "../../../api/staffHelpInsights";

/** The longest range the server reports on, in days. */
export const MAX_RANGE_DAYS = 366;
const DAY_MS = 24 * 3600 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A moment's calendar day as YYYY-MM-DD in UTC: the server counts searches, views and
 * deflections per UTC day, so "today" and the presets are UTC days too (and labelled so).
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The last `days` days up to and including today (UTC). */
export function lastDays(days: number, today: Date): DateRange {
  const to = isoDay(today);
  return { from: dayFromNumber(dayNumber(to) - (days - 1)), to };
}

/** Days in the range, both ends included (0 when it is not a range). */
export function rangeLength(range: DateRange): number {
  if (!DAY.test(range.from) || !DAY.test(range.to)) return 0;
  const n = dayNumber(range.to) - dayNumber(range.from) + 1;
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export type RangeProblem = "invalid" | "reversed" | "tooLong";

export function rangeProblem(range: DateRange): RangeProblem | null {
  if (!DAY.test(range.from) || !DAY.test(range.to)) return "invalid";
  if (Number.isNaN(dayNumber(range.from)) || Number.isNaN(dayNumber(range.to))) return "invalid";
  if (range.from > range.to) return "reversed";
  return rangeLength(range) > MAX_RANGE_DAYS ? "tooLong" : null;
}

/** The range in the address (?from=&to=) when it is a valid one, else the last 30 days. */
export function rangeFromParams(params: URLSearchParams, today: Date): DateRange {
  const range = { from: params.get("from") ?? "", to: params.get("to") ?? "" };
  return rangeProblem(range) === null ? range : lastDays(30, today);
}

/** One row per day of the range, in order: days the server left out (nothing happened) count as zeros. */
export function fillDays(daily: readonly DailyFigures[], range: DateRange): DailyFigures[] {
  const length = rangeLength(range);
  if (length === 0 || length > MAX_RANGE_DAYS) return [...daily];
  const byDay = new Map(daily.map((d) => [d.day, d]));
  const start = dayNumber(range.from);
  return Array.from({ length }, (_, i) => {
    const day = dayFromNumber(start + i);
    return (
      byDay.get(day) ?? { day, searches: 0, noResults: 0, clicks: 0, views: 0, deflected: 0, contacted: 0 }
    );
  });
}

/** part / whole as a share, or null when the whole is 0 (a rate of nothing is not 0%). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
