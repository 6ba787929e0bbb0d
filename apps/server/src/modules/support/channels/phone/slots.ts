import { sql } from "kysely";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../../deps.js";
import { type BusinessCalendar, localDay, openingHoursOn } from "../../sla/business-time.js";

/**
 * Callback slots: half hours cut from the support calendar's opening hours (its time zone,
 * weekday hours and holidays, as supervisors set them in the desk settings), today and the six
 * days after, each taking a few callbacks (as many as agents can make in half an hour). A slot
 * that has begun, or is full, is not offered.
 */

export const SLOT_MINUTES = 30;
export const SLOT_DAYS = 7;
/** Callbacks booked into one half hour at most. */
export const CALLBACKS_PER_SLOT = 4;

export interface Slot {
  start: Date;
  end: Date;
}

/** "2026-11-30" plus n days, by the calendar's day numbers (no time zone involved). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
}

/** Every slot of the open hours from today (in the calendar's zone) for `days` days that starts after `now`. */
export function slotsAhead(calendar: BusinessCalendar, now: Date, days = SLOT_DAYS): Slot[] {
  const today = localDay(now, calendar.timeZone);
  const length = SLOT_MINUTES * 60_000;
  const slots: Slot[] = [];
  for (let i = 0; i < days; i += 1) {
    const hours = openingHoursOn(addDays(today, i), calendar);
    if (!hours) continue;
    // A slot ends by closing time: an agent calling at 17:45 on a 18:00 desk has no half hour left.
    for (let t = hours.open.getTime(); t + length <= hours.close.getTime(); t += length) {
      if (t > now.getTime()) slots.push({ start: new Date(t), end: new Date(t + length) });
    }
  }
  return slots;
}

/** Callbacks holding each slot (all but cancelled ones: a done callback did take the agent's time). */
export async function bookedPerSlot(executor: Executor, from: Date, to: Date): Promise<Map<number, number>> {
  const rows = await executor
    .selectFrom("support_callbacks")
    .select(["slot_start", sql<string>`count(*)`.as("booked")])
    .where("status", "!=", "cancelled")
    .where("slot_start", ">=", from)
    .where("slot_start", "<", to)
    .groupBy("slot_start")
    .execute();
  return new Map(rows.map((r) => [new Date(r.slot_start).getTime(), Number(r.booked)]));
}

export interface OpenSlot extends Slot {
  remaining: number;
}

/** The slots a customer may book now, optionally of one local day (YYYY-MM-DD in the calendar's zone). */
export async function openSlots(
  deps: SupportDeps,
  executor: Executor,
  day?: string,
): Promise<{ timeZone: string; slots: OpenSlot[] }> {
  const { calendar } = await deps.sla.settings(executor);
  const now = deps.platform.clock.now();
  const all = slotsAhead(calendar, now).filter(
    (slot) => day === undefined || localDay(slot.start, calendar.timeZone) === day,
  );
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return { timeZone: calendar.timeZone, slots: [] };
  const booked = await bookedPerSlot(executor, first.start, last.end);
  const slots = all
    .map((slot) => ({ ...slot, remaining: CALLBACKS_PER_SLOT - (booked.get(slot.start.getTime()) ?? 0) }))
    .filter((slot) => slot.remaining > 0);
  return { timeZone: calendar.timeZone, slots };
}
