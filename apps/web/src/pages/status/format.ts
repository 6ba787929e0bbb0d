import { parseDate } from "../../lib/time";

// Times on the status page: in the reader's language and time zone, always with the UTC offset
// ("UTC+8"), because a maintenance window is planned in one zone and read in many.
// Intl's formatRange drops the zone name in some languages, so ranges are put together here.

/** `timeZone` is for tests; the page leaves it out (the reader's zone). */
export interface ZoneOption {
  timeZone?: string | undefined;
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit" };

function formatter(lang: string, options: Intl.DateTimeFormatOptions, zone: ZoneOption) {
  return new Intl.DateTimeFormat(lang, zone.timeZone ? { ...options, timeZone: zone.timeZone } : options);
}

/** "UTC+8", "UTC-3:30", "UTC" for the zone at that moment. */
export function utcOffset(date: Date, zone: ZoneOption = {}): string {
  const parts = formatter("en", { timeZoneName: "shortOffset" }, zone).formatToParts(date);
  const name = parts.find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  // ICU writes UTC itself as "GMT" or "GMT+0", depending on its version.
  return /^GMT(?:[+-]0(?::00)?)?$/.test(name) ? "UTC" : name.replace(/^GMT/, "UTC");
}

function calendarDay(date: Date, zone: ZoneOption): string {
  return formatter("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }, zone).format(date);
}

/** "Nov 27, 2026, 02:00 PM (UTC+8)"; "" for a value that is not a date. */
export function formatWhen(iso: string, lang: string, zone: ZoneOption = {}): string {
  const date = parseDate(iso);
  if (!date) return "";
  return `${formatter(lang, DATE_TIME, zone).format(date)} (${utcOffset(date, zone)})`;
}

/**
 * "Nov 27, 2026, 02:00 PM – 04:00 PM (UTC+8)": the end's date only when it is another day, one
 * offset when both ends share it (two when a daylight-saving change falls inside).
 */
export function formatWindow(startIso: string, endIso: string, lang: string, zone: ZoneOption = {}): string {
  const start = parseDate(startIso);
  const end = parseDate(endIso);
  if (!start) return "";
  if (!end) return formatWhen(startIso, lang, zone);
  const startOffset = utcOffset(start, zone);
  const endOffset = utcOffset(end, zone);
  const from = formatter(lang, DATE_TIME, zone).format(start);
  const sameDay = calendarDay(start, zone) === calendarDay(end, zone);
  const to = formatter(lang, sameDay ? TIME : DATE_TIME, zone).format(end);
  if (startOffset === endOffset) return `${from} – ${to} (${startOffset})`;
  return `${from} (${startOffset}) – ${to} (${endOffset})`;
}

/** A UTC calendar day of the uptime chart ("2026-11-27") as "Nov 27, 2026" / "2026年11月27日". */
export function formatDay(day: string, lang: string): string {
  const date = parseDate(`${day}T00:00:00Z`);
  if (!date) return day;
  return new Intl.DateTimeFormat(lang, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/**
 * Uptime as a percentage with at most two decimals, rounded down: 99.999 % of a day with a
 * short outage must not read "100 %".
 */
export function formatUptime(uptime: number, lang: string): string {
  // The epsilon keeps binary fractions (0.9987 * 10000 = 9986.999…) from losing a digit.
  const floored = Math.floor(uptime * 10_000 + 1e-6) / 10_000;
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 2 }).format(floored);
}

/** Whole minutes, rounded up so that any outage shows at least "1 min". */
export function minutesOf(seconds: number): number {
  return seconds > 0 ? Math.ceil(seconds / 60) : 0;
}
