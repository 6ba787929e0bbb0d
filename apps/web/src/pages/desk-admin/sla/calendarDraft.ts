import type { BusinessCalendar } from "../../../api/deskAdmin";
import { clockMinutes, normalClock } from "./duration";

// The calendar form's checks (the server's: times as HH:MM, closing after opening, open on at
// least one weekday) and the weekdays in the order people read a week in.

/** Monday first, Sunday last (0 = Sunday, as the server counts). */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export interface DayDraft {
  weekday: number;
  open: boolean;
  from: string;
  to: string;
}

export function daysOf(calendar: BusinessCalendar): DayDraft[] {
  return WEEK_ORDER.map((weekday) => {
    const day = calendar.days.find((d) => d.weekday === weekday);
    return {
      weekday,
      open: day ? !day.closed : false,
      from: day?.open ?? "09:00",
      to: day?.close ?? "18:00",
    };
  });
}

export type DayProblem = "invalidTime" | "closeBeforeOpen";

export function dayProblem(day: DayDraft): DayProblem | null {
  if (!day.open) return null;
  const from = clockMinutes(normalClock(day.from));
  const to = clockMinutes(normalClock(day.to));
  if (from === null || to === null || from === 1440) return "invalidTime";
  return to <= from ? "closeBeforeOpen" : null;
}

export function calendarOf(timeZone: string, days: DayDraft[]): BusinessCalendar {
  return {
    timeZone,
    days: days.map((d) => ({
      weekday: d.weekday,
      closed: !d.open,
      open: d.open ? normalClock(d.from) : null,
      close: d.open ? normalClock(d.to) : null,
    })),
  };
}

/** The IANA time zones the browser knows (with the current one, should the browser not list it). */
export function timeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  } catch {
    zones = [];
  }
  return zones.includes(current) || current === "" ? zones : [current, ...zones].sort();
}

/** The weekday's name in a language: 0 → "Sunday" / "星期日". */
export function weekdayName(weekday: number, language: string): string {
  // 2024-01-07 was a Sunday.
  const date = new Date(Date.UTC(2024, 0, 7 + weekday, 12));
  return new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(date);
}
