import { sql } from "kysely";
import type { WeeklyHours } from "../../../platform/db/schema-support.js";
import type { Locale } from "../../../platform/i18n.js";
import type { SupportDeps } from "../deps.js";

/**
 * What the contact page says about reaching us: the web form and email answered in business
 * hours ("within one working day"), security reports around the clock, holidays coming up.
 * Everything comes from the editable settings (calendar, holidays, SLA policies).
 */

interface Hours {
  timeZone: string;
  days: { weekday: number; open: string; close: string }[];
}

export interface ContactOptions {
  channels: {
    key: "web_form" | "email" | "security";
    hours: Hours | null;
    firstResponse: { minutes: number; businessHours: boolean };
    address?: string;
  }[];
  holidaysAhead: { day: string; name: string }[];
}

/** Holidays announced this far ahead. */
const HOLIDAYS_AHEAD_DAYS = 60;
const HOLIDAYS_AHEAD_MAX = 10;

/** As seeded, for a desk whose settings were never saved (a database migrated but not seeded). */
const DEFAULT_CALENDAR = {
  time_zone: "Asia/Shanghai",
  hours: [null, ...Array.from({ length: 5 }, () => ({ open: 540, close: 1080 })), null] as WeeklyHours,
};

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** YYYY-MM-DD of an instant in a time zone. */
function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

export function supportAddress(deps: SupportDeps): string {
  const { config } = deps.platform;
  return config.supportEmail ?? `support@${new URL(config.publicUrl).hostname}`;
}

export async function contactOptions(deps: SupportDeps, locale: Locale): Promise<ContactOptions> {
  const { db, clock } = deps.platform;
  const calendar =
    (await db
      .selectFrom("support_calendar")
      .select(["time_zone", "hours"])
      .where("id", "=", 1)
      .executeTakeFirst()) ?? DEFAULT_CALENDAR;
  const hours: Hours = {
    timeZone: calendar.time_zone,
    days: calendar.hours.flatMap((day, weekday) =>
      day ? [{ weekday, open: hhmm(day.open), close: hhmm(day.close) }] : [],
    ),
  };
  const now = clock.now();
  const today = localDay(now, calendar.time_zone);
  const until = localDay(new Date(now.getTime() + HOLIDAYS_AHEAD_DAYS * 86_400_000), calendar.time_zone);
  const holidays = await db
    .selectFrom("support_holidays")
    // As text: drivers differ on dates (a Date at local midnight, or a string).
    .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as("day"), "name"])
    .where("day", ">=", today)
    .where("day", "<=", until)
    .orderBy("day")
    .limit(HOLIDAYS_AHEAD_MAX)
    .execute();
  const normal = await deps.sla.expectation(db, "normal");
  const urgent = await deps.sla.expectation(db, "urgent");
  return {
    channels: [
      { key: "web_form", hours, firstResponse: normal },
      { key: "email", hours, firstResponse: normal, address: supportAddress(deps) },
      // Security reports (an unrecognised payment, a takeover) are worked around the clock.
      { key: "security", hours: null, firstResponse: urgent },
    ],
    holidaysAhead: holidays.map((h) => ({ day: h.day, name: h.name[locale] })),
  };
}
