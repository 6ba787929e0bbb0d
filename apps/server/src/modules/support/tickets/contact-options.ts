import type { Locale } from "../../../platform/i18n.js";
import { type PhoneContact, phoneContact } from "../channels/phone/lines.js";
import type { SupportDeps } from "../deps.js";
import { localDay } from "../sla/business-time.js";

/**
 * What the contact page says about reaching us: the web form and email answered in business
 * hours ("within one working day"), security reports around the clock, holidays coming up.
 * Everything comes from the editable settings (calendar, holidays, SLA policies) through the SLA.
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
  /** Phone lines with their hours, and whether callbacks can be booked. */
  phone: PhoneContact;
}

/** Holidays announced this far ahead. */
const HOLIDAYS_AHEAD_DAYS = 60;
const HOLIDAYS_AHEAD_MAX = 10;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export function supportAddress(deps: SupportDeps): string {
  const { config } = deps.platform;
  return config.supportEmail ?? `support@${new URL(config.publicUrl).hostname}`;
}

export async function contactOptions(deps: SupportDeps, locale: Locale): Promise<ContactOptions> {
  const { db, clock } = deps.platform;
  const now = clock.now();
  const { calendar } = await deps.sla.settings(db);
  const hours: Hours = {
    timeZone: calendar.timeZone,
    days: calendar.hours.flatMap((day, weekday) =>
      day ? [{ weekday, open: hhmm(day.open), close: hhmm(day.close) }] : [],
    ),
  };
  // Days as YYYY-MM-DD in the calendar's zone compare as text.
  const until = localDay(new Date(now.getTime() + HOLIDAYS_AHEAD_DAYS * 86_400_000), calendar.timeZone);
  const holidays = (await deps.sla.holidaysAhead(db, now, HOLIDAYS_AHEAD_MAX)).filter((h) => h.day <= until);
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
    phone: await phoneContact(deps, locale),
  };
}
