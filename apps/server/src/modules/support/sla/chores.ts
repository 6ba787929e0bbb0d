import type { Platform } from "../../../platform/platform.js";
import type { Chore } from "../../payments/index.js";
import type { SupportLive } from "../live/index.js";
import { addEvent, lockTicket } from "../tickets/repository.js";
import { SLA_WARNING_MINUTES } from "./index.js";
import { warningOf } from "./ticket-clock.js";

/** A solved ticket nobody reopened closes itself after this long. */
export const CLOSE_SOLVED_AFTER_DAYS = 7;
/** Tickets handled per query; a run keeps going until none are left. */
const BATCH = 200;
/** At most this many batches per run, so one run never holds the housekeeping loop for long. */
const MAX_BATCHES = 20;

/**
 * The SLA's housekeeping: warn the desk once when a due date is near or passed (an event on
 * the ticket and a live update to the console), and close solved tickets after 7 days. Each
 * ticket changes in its own locked transaction with the condition checked again, so several
 * workers may run this at once.
 */
export function slaChores(platform: Platform, live: () => SupportLive | undefined): Chore[] {
  return [
    ["SLA warnings given", () => warnNearBreaches(platform, live)],
    ["solved tickets closed", () => closeSolvedTickets(platform, live)],
  ];
}

async function publishUpdated(live: () => SupportLive | undefined, ticketIds: string[]): Promise<void> {
  const channel = live();
  if (!channel) return;
  for (const ticketId of ticketIds) await channel.publish({ type: "ticket.updated", ticketId });
}

export async function warnNearBreaches(
  platform: Platform,
  live: () => SupportLive | undefined = () => undefined,
): Promise<number> {
  const { db, clock } = platform;
  const now = clock.now();
  const horizon = new Date(now.getTime() + SLA_WARNING_MINUTES * 60_000);
  let total = 0;
  let after = "";
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const candidates = await db
      .selectFrom("support_tickets")
      .select("id")
      .where("sla_warned_at", "is", null)
      .where("sla_paused_since", "is", null)
      .where("status", "in", ["new", "open", "on_hold"])
      .where("id", ">", after)
      // Guest tickets nobody can see yet (link not clicked) are not the desk's to warn about.
      .where((eb) => eb.or([eb("user_id", "is not", null), eb("guest_verified_at", "is not", null)]))
      .where((eb) =>
        eb.or([
          eb.and([eb("first_responded_at", "is", null), eb("first_response_due_at", "<=", horizon)]),
          eb("resolution_due_at", "<=", horizon),
        ]),
      )
      .orderBy("id")
      .limit(BATCH)
      .execute();
    const warned: string[] = [];
    for (const { id } of candidates) {
      const done = await db.transaction().execute(async (trx) => {
        const ticket = await lockTicket(trx, id);
        if (!ticket) return false;
        const warning = warningOf(ticket, now);
        if (!warning) return false;
        await trx.updateTable("support_tickets").set({ sla_warned_at: now }).where("id", "=", id).execute();
        await addEvent(trx, platform, {
          ticketId: id,
          actorId: null,
          kind: "sla.warning",
          detail: { target: warning.target, dueAt: warning.dueAt.toISOString(), breached: warning.breached },
          at: now,
        });
        return true;
      });
      if (done) warned.push(id);
    }
    total += warned.length;
    await publishUpdated(live, warned);
    const last = candidates.at(-1);
    if (!last || candidates.length < BATCH) break;
    after = last.id;
  }
  return total;
}

export async function closeSolvedTickets(
  platform: Platform,
  live: () => SupportLive | undefined = () => undefined,
): Promise<number> {
  const { db, clock } = platform;
  const now = clock.now();
  const cutoff = new Date(now.getTime() - CLOSE_SOLVED_AFTER_DAYS * 86_400_000);
  let total = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const candidates = await db
      .selectFrom("support_tickets")
      .select("id")
      .where("status", "=", "solved")
      .where("solved_at", "<=", cutoff)
      .orderBy("solved_at")
      .limit(BATCH)
      .execute();
    const closed: string[] = [];
    for (const { id } of candidates) {
      const done = await db.transaction().execute(async (trx) => {
        const ticket = await lockTicket(trx, id);
        // Reopened (a customer's reply) or closed by another worker meanwhile.
        if (ticket?.status !== "solved" || !ticket.solved_at || ticket.solved_at > cutoff) return false;
        await trx
          .updateTable("support_tickets")
          .set({ status: "closed", closed_at: now, updated_at: now })
          .where("id", "=", id)
          .execute();
        await addEvent(trx, platform, {
          ticketId: id,
          actorId: null,
          kind: "status_changed",
          detail: { from: "solved", to: "closed", reason: "solved_days", days: CLOSE_SOLVED_AFTER_DAYS },
          at: now,
        });
        return true;
      });
      if (done) closed.push(id);
    }
    total += closed.length;
    await publishUpdated(live, closed);
    // Everything this batch found was either closed or skipped for good; stop when the last batch was short.
    if (candidates.length < BATCH || closed.length === 0) break;
  }
  return total;
}
