import type { Channel, OpeningDay } from "../../api/support";

// How long we take to answer and when we are open, worked out from the contact options
// (minutes + "business hours or around the clock", opening days in the calendar's time zone).
// Pure functions: the pages turn the results into words in the interface language.

/** A working day when the calendar does not say otherwise (09:00–18:00). */
const DEFAULT_WORKING_DAY = 540;

export type ResponseUnit = "workingDays" | "workingHours" | "minutes" | "hours" | "days";

export interface ResponseTime {
  unit: ResponseUnit;
  count: number;
}

function minutesOf(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The length of a working day in minutes: the most common opening of the calendar's days. */
export function workingDayMinutes(days: readonly OpeningDay[]): number {
  const counts = new Map<number, number>();
  for (const day of days) {
    const open = minutesOf(day.open);
    const close = minutesOf(day.close);
    if (open === null || close === null || close <= open) continue;
    counts.set(close - open, (counts.get(close - open) ?? 0) + 1);
  }
  let best = DEFAULT_WORKING_DAY;
  let seen = 0;
  for (const [length, n] of counts) {
    if (n > seen) {
      best = length;
      seen = n;
    }
  }
  return best;
}

/**
 * "Within one working day" (540 business minutes of a 09:00–18:00 calendar), "within 4 working
 * hours", "within 1 hour" (around the clock). Rounded up: we never promise faster than the target.
 */
export function responseTime(channel: Pick<Channel, "firstResponse" | "hours">): ResponseTime {
  const { minutes, businessHours } = channel.firstResponse;
  const total = Math.max(1, Math.round(minutes));
  if (businessHours) {
    const day = workingDayMinutes(channel.hours?.days ?? []);
    if (total % day === 0) return { unit: "workingDays", count: total / day };
    return { unit: "workingHours", count: Math.ceil(total / 60) };
  }
  if (total < 60) return { unit: "minutes", count: total };
  if (total % 1440 === 0) return { unit: "days", count: total / 1440 };
  return { unit: "hours", count: Math.ceil(total / 60) };
}

export interface DayRange {
  /** Weekdays 0–6 (Sunday first), consecutive in the Monday-first week. */
  from: number;
  to: number;
  open: string;
  close: string;
}

/** Monday-first position of a weekday (Sunday last), as opening hours are read. */
function position(weekday: number): number {
  return (weekday + 6) % 7;
}

/** Opening days grouped into runs with the same hours: Mon–Fri 09:00–18:00, Sat 10:00–14:00. */
export function dayRanges(days: readonly OpeningDay[]): DayRange[] {
  const sorted = [...days]
    .filter((d) => d.weekday >= 0 && d.weekday <= 6)
    .sort((a, b) => position(a.weekday) - position(b.weekday));
  const ranges: DayRange[] = [];
  for (const day of sorted) {
    const last = ranges[ranges.length - 1];
    if (
      last &&
      last.open === day.open &&
      last.close === day.close &&
      position(day.weekday) === position(last.to) + 1
    ) {
      last.to = day.weekday;
    } else {
      ranges.push({ from: day.weekday, to: day.weekday, open: day.open, close: day.close });
    }
  }
  return ranges;
}

/** The weekday (0–6) and minute of the day at `now` in `timeZone`. */
export function zonedClock(now: Date, timeZone: string): { weekday: number; minutes: number } | null {
  try {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(now);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
    const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"));
    const minutes = Number(get("hour")) * 60 + Number(get("minute"));
    return weekday < 0 || Number.isNaN(minutes) ? null : { weekday, minutes };
  } catch {
    return null; // an unknown time zone: we cannot tell
  }
}

/**
 * Whether support is at work now. Holidays (days in the calendar's zone, YYYY-MM-DD) close the
 * day. Null when it cannot be told (unknown time zone). Around the clock: always open.
 */
export function isOpenNow(
  hours: Channel["hours"],
  now: Date,
  holidays: readonly string[] = [],
): boolean | null {
  if (!hours) return true;
  const clock = zonedClock(now, hours.timeZone);
  if (!clock) return null;
  if (holidays.includes(zonedDay(now, hours.timeZone))) return false;
  return hours.days.some((day) => {
    const open = minutesOf(day.open);
    const close = minutesOf(day.close);
    return (
      day.weekday === clock.weekday &&
      open !== null &&
      close !== null &&
      clock.minutes >= open &&
      clock.minutes < close
    );
  });
}

/** YYYY-MM-DD of `now` in `timeZone`. */
export function zonedDay(now: Date, timeZone: string): string {
  try {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** A weekday's name (0 = Sunday) in `lang`, short or long. */
export function weekdayName(weekday: number, lang: string, width: "short" | "long" = "short"): string {
  // 2023-01-01 was a Sunday; noon UTC stays the same day everywhere.
  const date = new Date(Date.UTC(2023, 0, 1 + weekday, 12));
  return new Intl.DateTimeFormat(lang, { weekday: width, timeZone: "UTC" }).format(date);
}

/** "China Standard Time" / "中国标准时间" for a time zone; the zone's id when the browser has no name. */
export function timeZoneName(timeZone: string, lang: string, now = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: "long" }).formatToParts(now);
    return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** A calendar day (YYYY-MM-DD) in words, without shifting it through the viewer's time zone. */
export function formatDay(day: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeZone: "UTC" }).format(date);
}

/** Holidays in a row (春节 2027-02-05 … 02-11) shown once: first day, last day and the name. */
export function holidayRuns(holidays: readonly { day: string; name: string }[]) {
  const runs: { from: string; to: string; name: string }[] = [];
  const sorted = [...holidays].sort((a, b) => a.day.localeCompare(b.day));
  for (const holiday of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.name === holiday.name && nextDay(last.to) === holiday.day) last.to = holiday.day;
    else runs.push({ from: holiday.day, to: holiday.day, name: holiday.name });
  }
  return runs;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return "";
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
