import type { Bilingual } from "../../../platform/db/schema-payments.js";
import type { WeeklyHours } from "../../../platform/db/schema-support.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Actor } from "../../audit/index.js";
import type { SupportDeps } from "../deps.js";
import { clockText, isValidTimeZone, parseClockText } from "./business-time.js";
import { DEFAULT_HOURS, DEFAULT_POLICIES, DEFAULT_TIME_ZONE, type SlaPolicy } from "./defaults.js";
import {
  deleteHoliday,
  type HolidayRow,
  selectCalendar,
  selectHolidays,
  selectPolicies,
  upsertCalendar,
  upsertHolidays,
  upsertPolicies,
} from "./settings-repository.js";

/**
 * The desk settings supervisors change: SLA policies, the business calendar and holidays.
 * Each change is audited in its transaction; the SLA's cached copy is dropped after commit.
 */

export interface CalendarDayView {
  weekday: number;
  closed: boolean;
  open: string | null;
  close: string | null;
}

export interface CalendarView {
  timeZone: string;
  days: CalendarDayView[];
}

export interface CalendarDayInput {
  weekday: number;
  closed?: boolean | undefined;
  open?: string | null | undefined;
  close?: string | null | undefined;
}

async function policiesView(deps: SupportDeps): Promise<SlaPolicy[]> {
  const stored = new Map((await selectPolicies(deps.platform.db)).map((p) => [p.priority, p]));
  return DEFAULT_POLICIES.map((d) => stored.get(d.priority) ?? d);
}

export async function readPolicies(deps: SupportDeps): Promise<{ policies: SlaPolicy[] }> {
  return { policies: await policiesView(deps) };
}

export async function updatePolicies(
  deps: SupportDeps,
  actor: Actor,
  policies: SlaPolicy[],
): Promise<{ policies: SlaPolicy[] }> {
  const { db, clock } = deps.platform;
  await db.transaction().execute(async (trx) => {
    const before = new Map((await selectPolicies(trx)).map((p) => [p.priority, p]));
    await upsertPolicies(trx, policies, clock.now(), actor.id, { overwrite: true });
    await deps.audit.record(
      trx,
      actor,
      "support.sla_updated",
      { type: "support_settings", id: "sla" },
      { policies: policies.map((p) => ({ ...p, before: before.get(p.priority) ?? null })) },
    );
  });
  deps.sla.invalidate();
  return readPolicies(deps);
}

function toView(timeZone: string, hours: WeeklyHours): CalendarView {
  return {
    timeZone,
    days: Array.from({ length: 7 }, (_, weekday) => {
      const day = hours[weekday];
      return day
        ? { weekday, closed: false, open: clockText(day.open), close: clockText(day.close) }
        : { weekday, closed: true, open: null, close: null };
    }),
  };
}

export async function readCalendar(deps: SupportDeps): Promise<CalendarView> {
  const stored = await selectCalendar(deps.platform.db);
  return toView(stored?.timeZone ?? DEFAULT_TIME_ZONE, stored?.hours ?? DEFAULT_HOURS);
}

/**
 * Opening hours from the form: a weekday left out, marked closed or without times is closed.
 * 422 calendar_invalid for an unknown time zone, a weekday given twice, closing not after
 * opening, or a week without a single opening (nothing could ever fall due).
 */
export function parseWeek(timeZone: string, days: CalendarDayInput[]): WeeklyHours {
  const invalid = (path: string, message: string) =>
    new DomainError("calendar_invalid", {}, [{ in: "body", path, code: "invalid_value", message }]);
  if (!isValidTimeZone(timeZone)) throw invalid("/timeZone", "an IANA time zone such as Asia/Shanghai");
  const hours: WeeklyHours = [null, null, null, null, null, null, null];
  const seen = new Set<number>();
  days.forEach((day, index) => {
    if (seen.has(day.weekday)) throw invalid(`/days/${index}/weekday`, "each weekday once");
    seen.add(day.weekday);
    if (day.closed || (day.open == null && day.close == null)) return;
    const open = day.open == null ? null : parseClockText(day.open);
    const close = day.close == null ? null : parseClockText(day.close);
    if (open === null || close === null)
      throw invalid(`/days/${index}`, "opening and closing times as HH:MM");
    if (close <= open) throw invalid(`/days/${index}/close`, "closing time after opening time");
    hours[day.weekday] = { open, close };
  });
  if (hours.every((h) => h === null)) throw invalid("/days", "open on at least one weekday");
  return hours;
}

export async function updateCalendar(
  deps: SupportDeps,
  actor: Actor,
  input: { timeZone: string; days: CalendarDayInput[] },
): Promise<CalendarView> {
  const hours = parseWeek(input.timeZone, input.days);
  const { db, clock } = deps.platform;
  await db.transaction().execute(async (trx) => {
    const before = await selectCalendar(trx);
    await upsertCalendar(trx, { timeZone: input.timeZone, hours }, clock.now(), actor.id, {
      overwrite: true,
    });
    await deps.audit.record(
      trx,
      actor,
      "support.calendar_updated",
      { type: "support_settings", id: "calendar" },
      { before: before ?? null, after: { timeZone: input.timeZone, hours } },
    );
  });
  deps.sla.invalidate();
  return toView(input.timeZone, hours);
}

export async function listHolidays(deps: SupportDeps, year?: number): Promise<{ holidays: HolidayRow[] }> {
  const range = year === undefined ? {} : { from: `${year}-01-01`, to: `${year}-12-31` };
  return { holidays: await selectHolidays(deps.platform.db, range) };
}

/** Adds a holiday, or renames the one already on that day; `created` tells which. */
export async function putHoliday(
  deps: SupportDeps,
  actor: Actor,
  holiday: { day: string; name: Bilingual },
): Promise<{ holiday: HolidayRow; created: boolean }> {
  const { db, clock } = deps.platform;
  const created = await db.transaction().execute(async (trx) => {
    const existing = await selectHolidays(trx, { from: holiday.day, to: holiday.day });
    await upsertHolidays(trx, [holiday], clock.now(), { overwrite: true });
    await deps.audit.record(
      trx,
      actor,
      existing.length > 0 ? "support.holiday_renamed" : "support.holiday_added",
      { type: "support_holiday", id: holiday.day },
      { name: holiday.name, ...(existing[0] ? { before: existing[0].name } : {}) },
    );
    return existing.length === 0;
  });
  deps.sla.invalidate();
  return { holiday, created };
}

/** Removes a holiday; removing a day that is not one changes nothing (and records nothing). */
export async function removeHoliday(deps: SupportDeps, actor: Actor, day: string): Promise<void> {
  await deps.platform.db.transaction().execute(async (trx) => {
    const removed = await deleteHoliday(trx, day);
    if (removed)
      await deps.audit.record(
        trx,
        actor,
        "support.holiday_removed",
        { type: "support_holiday", id: day },
        { name: removed.name },
      );
  });
  deps.sla.invalidate();
}
