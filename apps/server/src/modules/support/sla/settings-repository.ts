import { sql } from "kysely";
import type { Bilingual } from "../../../platform/db/schema-payments.js";
import type { WeeklyHours } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { SlaPolicy } from "./defaults.js";

/** Plain queries on the SLA policies, the business calendar and its holidays. */

export interface HolidayRow {
  day: string;
  name: Bilingual;
}

export async function selectPolicies(executor: Executor): Promise<SlaPolicy[]> {
  const rows = await executor.selectFrom("support_sla_policies").selectAll().execute();
  return rows.map((row) => ({
    priority: row.priority,
    firstResponseMinutes: row.first_response_minutes,
    resolutionMinutes: row.resolution_minutes,
    businessHours: row.business_hours,
  }));
}

export async function upsertPolicies(
  executor: Executor,
  policies: readonly SlaPolicy[],
  at: Date,
  by: string | null,
  options: { overwrite: boolean },
): Promise<void> {
  if (policies.length === 0) return;
  await executor
    .insertInto("support_sla_policies")
    .values(
      policies.map((p) => ({
        priority: p.priority,
        first_response_minutes: p.firstResponseMinutes,
        resolution_minutes: p.resolutionMinutes,
        business_hours: p.businessHours,
        updated_at: at,
        updated_by: by,
      })),
    )
    .onConflict((oc) =>
      options.overwrite
        ? oc.column("priority").doUpdateSet((eb) => ({
            first_response_minutes: eb.ref("excluded.first_response_minutes"),
            resolution_minutes: eb.ref("excluded.resolution_minutes"),
            business_hours: eb.ref("excluded.business_hours"),
            updated_at: eb.ref("excluded.updated_at"),
            updated_by: eb.ref("excluded.updated_by"),
          }))
        : oc.column("priority").doNothing(),
    )
    .execute();
}

export async function selectCalendar(
  executor: Executor,
): Promise<{ timeZone: string; hours: WeeklyHours } | undefined> {
  const row = await executor
    .selectFrom("support_calendar")
    .select(["time_zone", "hours"])
    .where("id", "=", 1)
    .executeTakeFirst();
  return row && { timeZone: row.time_zone, hours: row.hours };
}

export async function upsertCalendar(
  executor: Executor,
  calendar: { timeZone: string; hours: WeeklyHours },
  at: Date,
  by: string | null,
  options: { overwrite: boolean },
): Promise<void> {
  const hours = JSON.stringify(calendar.hours);
  await executor
    .insertInto("support_calendar")
    .values({ id: 1, time_zone: calendar.timeZone, hours, updated_at: at, updated_by: by })
    .onConflict((oc) =>
      options.overwrite
        ? oc.column("id").doUpdateSet({ time_zone: calendar.timeZone, hours, updated_at: at, updated_by: by })
        : oc.column("id").doNothing(),
    )
    .execute();
}

/** Holidays in day order, optionally from a day on. */
export async function selectHolidays(
  executor: Executor,
  options: { from?: string; to?: string; limit?: number } = {},
): Promise<HolidayRow[]> {
  let query = executor
    .selectFrom("support_holidays")
    // Read the date as text: the drivers would turn it into a Date at UTC midnight.
    .select([sql<string>`day::text`.as("day"), "name"])
    .orderBy("support_holidays.day");
  if (options.from) query = query.where("support_holidays.day", ">=", options.from);
  if (options.to) query = query.where("support_holidays.day", "<=", options.to);
  if (options.limit) query = query.limit(options.limit);
  return query.execute();
}

/** Adds the holidays; an existing day keeps its row unless told to rename it. Returns the days inserted. */
export async function upsertHolidays(
  executor: Executor,
  holidays: readonly HolidayRow[],
  at: Date,
  options: { overwrite: boolean },
): Promise<string[]> {
  if (holidays.length === 0) return [];
  const rows = await executor
    .insertInto("support_holidays")
    .values(holidays.map((h) => ({ day: h.day, name: JSON.stringify(h.name), created_at: at })))
    .onConflict((oc) =>
      options.overwrite
        ? oc.column("day").doUpdateSet((eb) => ({ name: eb.ref("excluded.name") }))
        : oc.column("day").doNothing(),
    )
    .returning(sql<string>`day::text`.as("day"))
    .execute();
  return rows.map((r) => r.day);
}

export async function deleteHoliday(executor: Executor, day: string): Promise<HolidayRow | undefined> {
  return executor
    .deleteFrom("support_holidays")
    .where("day", "=", day)
    .returning([sql<string>`day::text`.as("day"), "name"])
    .executeTakeFirst();
}
