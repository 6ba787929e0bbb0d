import type { WeeklyHours } from "../../../platform/db/schema-support.js";

/**
 * Time on the business calendar: opening hours per weekday in one time zone, minus holidays.
 * Pure functions over instants; the zone's wall clock comes from Intl.DateTimeFormat (no date
 * library), so zones with daylight saving time (Europe/London, America/New_York) count right
 * on the days the clocks change.
 */
export interface BusinessCalendar {
  /** IANA time zone the opening hours are in, such as Asia/Shanghai. */
  timeZone: string;
  /** Index 0 = Sunday: minutes after local midnight, or null when closed all day. */
  hours: WeeklyHours;
  /** Local days (YYYY-MM-DD in the calendar's zone) when the desk is closed. */
  holidays: ReadonlySet<string>;
}

const MINUTE = 60_000;
/** Ten years of days: a calendar that never opens (every day a holiday) stops being searched. */
const MAX_DAYS = 3660;

interface LocalDay {
  year: number;
  month: number;
  day: number;
}

interface WallClock extends LocalDay {
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const instants = new Map<string, number>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** Whether Intl knows the zone (the calendar settings refuse others). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallClock(at: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    // Some engines still write midnight as 24 despite h23.
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Local time minus UTC at an instant, in milliseconds (+8 h in Shanghai, +1 h in London's summer). */
function offsetAt(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const wholeSecond = Math.floor(at / 1000) * 1000;
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - wholeSecond;
}

/**
 * The instant a local wall-clock time happens. Two passes settle the offset on days the
 * clocks change; a time that does not exist (skipped forward) lands just after the gap.
 */
function localInstant(day: LocalDay, minutes: number, timeZone: string): number {
  const key = `${timeZone} ${day.year}-${day.month}-${day.day} ${minutes}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const guess = Date.UTC(day.year, day.month - 1, day.day, 0, minutes);
  const first = guess - offsetAt(guess, timeZone);
  const instant = guess - offsetAt(first, timeZone);
  // Every ticket asks about the same few opening and closing times; Intl is slow to ask.
  if (instants.size >= 20_000) instants.clear();
  instants.set(key, instant);
  return instant;
}

function localDayOf(at: number, timeZone: string): LocalDay {
  const { year, month, day } = wallClock(at, timeZone);
  return { year, month, day };
}

function nextDay(day: LocalDay): LocalDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayKey(day: LocalDay): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(day.year).padStart(4, "0")}-${pad(day.month)}-${pad(day.day)}`;
}

/** The local day (YYYY-MM-DD) an instant falls on in the zone. */
export function localDay(at: Date, timeZone: string): string {
  return dayKey(localDayOf(at.getTime(), timeZone));
}

/** The day's opening as instants, or null when closed (weekday without hours, or a holiday). */
function openingOf(day: LocalDay, calendar: BusinessCalendar): [number, number] | null {
  const hours = calendar.hours[new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()];
  if (!hours || hours.close <= hours.open) return null;
  if (calendar.holidays.has(dayKey(day))) return null;
  const open = localInstant(day, hours.open, calendar.timeZone);
  const close = localInstant(day, hours.close, calendar.timeZone);
  return close > open ? [open, close] : null;
}

/**
 * A local day's opening and closing as instants (day as YYYY-MM-DD in the calendar's zone),
 * or null when the desk is closed that day (no hours that weekday, or a holiday). Callback
 * slots are cut from these.
 */
export function openingHoursOn(day: string, calendar: BusinessCalendar): { open: Date; close: Date } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const opening = openingOf(
    { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
    calendar,
  );
  return opening ? { open: new Date(opening[0]), close: new Date(opening[1]) } : null;
}

/**
 * The instant when `minutes` of opening hours have passed after `start` (counting starts at
 * the next opening when the desk is closed). Ending exactly at closing time stays that day:
 * Friday 17:00 plus 60 minutes is Friday 18:00, not Monday 09:00.
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar): Date {
  const from = start.getTime();
  if (!(minutes > 0)) return new Date(from);
  let remaining = minutes * MINUTE;
  let day = localDayOf(from, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i += 1) {
    const opening = openingOf(day, calendar);
    if (opening) {
      const begin = Math.max(opening[0], from);
      const available = opening[1] - begin;
      if (available > 0) {
        if (remaining <= available) return new Date(begin + remaining);
        remaining -= available;
      }
    }
    day = nextDay(day);
  }
  // A calendar that never opens: count around the clock rather than never.
  return new Date(from + minutes * MINUTE);
}

/** Minutes of opening hours between two instants (0 when b is not after a); fractions of a minute kept. */
export function businessMinutesBetween(a: Date, b: Date, calendar: BusinessCalendar): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to <= from) return 0;
  const last = dayKey(localDayOf(to, calendar.timeZone));
  let day = localDayOf(from, calendar.timeZone);
  let total = 0;
  for (;;) {
    const opening = openingOf(day, calendar);
    if (opening) {
      const overlap = Math.min(opening[1], to) - Math.max(opening[0], from);
      if (overlap > 0) total += overlap;
    }
    if (dayKey(day) >= last) break;
    day = nextDay(day);
  }
  return total / MINUTE;
}

/** Whether the desk is open at that instant (opening time included, closing time not). */
export function isOpen(at: Date, calendar: BusinessCalendar): boolean {
  const t = at.getTime();
  const opening = openingOf(localDayOf(t, calendar.timeZone), calendar);
  return opening !== null && opening[0] <= t && t < opening[1];
}

/** `at` itself when open, else the next opening; null when the calendar never opens again. */
export function nextOpening(at: Date, calendar: BusinessCalendar): Date | null {
  const t = at.getTime();
  let day = localDayOf(t, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i += 1) {
    const opening = openingOf(day, calendar);
    if (opening && opening[1] > t) return new Date(Math.max(opening[0], t));
    day = nextDay(day);
  }
  return null;
}

/** A target counted in opening hours, or around the clock (urgent cases). */
export function addTarget(
  start: Date,
  minutes: number,
  businessHours: boolean,
  calendar: BusinessCalendar,
): Date {
  return businessHours
    ? addBusinessMinutes(start, minutes, calendar)
    : new Date(start.getTime() + Math.max(0, minutes) * MINUTE);
}

/** Minutes between two instants the way a policy counts them (opening hours, or around the clock). */
export function minutesBetween(a: Date, b: Date, businessHours: boolean, calendar: BusinessCalendar): number {
  if (businessHours) return businessMinutesBetween(a, b, calendar);
  return Math.max(0, b.getTime() - a.getTime()) / MINUTE;
}

/** "09:00" ↔ 540: how the API writes the minutes after midnight of the opening hours. */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export function parseClockText(text: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}
