const MINUTE = 60;
const HOUR = 3600;
const DAY = 24 * HOUR;

/** Whole calendar days from `from`'s date to `to`'s, both in the browser's time zone. */
export function calendarDaysBetween(from: Date, to: Date): number {
  const a = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const b = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((b - a) / (DAY * 1000));
}

/**
 * "3 minutes ago", "in 5 hours", "tomorrow", "2 days ago" / "3 分钟前", "5小时后", "明天", "前天";
 * `justNow` below 10 seconds. Under a day it counts seconds, minutes or hours. From a day on it
 * counts calendar days in the browser's time zone, so "tomorrow" is the next date (30 hours from
 * 23:00 is the day after tomorrow), not every time 24–47 hours away. From a week on: weeks, months,
 * years in numbers ("in 1 week", never "next week", which would name a calendar week).
 */
export function formatRelative(date: Date, now: number, lang: string, justNow: string): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 10) return justNow;
  const auto = new Intl.RelativeTimeFormat(lang, { numeric: "auto" });
  if (abs < MINUTE) return auto.format(seconds, "second");
  if (abs < HOUR) return auto.format(Math.trunc(seconds / MINUTE), "minute");
  const days = calendarDaysBetween(new Date(now), date);
  // Still the same date (a day of 25 hours when the clocks go back): hours.
  if (abs < DAY || days === 0) return auto.format(Math.trunc(seconds / HOUR), "hour");
  if (Math.abs(days) < 7) return auto.format(days, "day");
  const always = new Intl.RelativeTimeFormat(lang, { numeric: "always" });
  if (Math.abs(days) < 30) return always.format(Math.trunc(days / 7), "week");
  if (Math.abs(days) < 365) return always.format(Math.trunc(days / 30), "month");
  return always.format(Math.trunc(days / 365), "year");
}

export function formatDateTime(
  date: Date,
  lang: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "medium" },
): string {
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** Parses an ISO 8601 timestamp; null when it is not a valid date. */
export function parseDate(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
