import { sql } from "kysely";
import type { TicketChannel } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

/**
 * The report's figures, each computed by PostgreSQL (percentiles with percentile_cont, which
 * PGlite has too). Durations are wall-clock minutes between two timestamps, not business
 * minutes: what the customer waited.
 *
 * Which tickets count: those agents can see (guest tickets only once verified). Volume counts
 * every such ticket, merged ones included (each was a contact); response, resolution and SLA
 * figures leave merged tickets out, since the ticket they went into carries the work.
 */

/**
 * The desk's day boundaries: [start, end) of the asked-for days in the calendar's time zone;
 * with a channel, only that channel's tickets count anywhere in the report.
 */
export interface Window {
  start: Date;
  end: Date;
  timeZone: string;
  now: Date;
  channel?: TicketChannel | undefined;
}

const VISIBLE_ANY = sql`(t.user_id is not null or t.guest_verified_at is not null)`;
/** Tickets the report counts: visible to agents, of the chosen channel if any. */
export const visible = (channel: TicketChannel | undefined) =>
  channel ? sql`${VISIBLE_ANY} and t.channel = ${channel}` : VISIBLE_ANY;
export const worked = (channel: TicketChannel | undefined) =>
  sql`${visible(channel)} and t.merged_into_id is null`;
export const MINUTES = (later: string, earlier: string) =>
  sql`extract(epoch from (${sql.ref(later)} - ${sql.ref(earlier)})) / 60.0`;

/** Midnight of the first day and of the day after the last, in the desk's time zone. */
export async function windowOf(
  executor: Executor,
  range: { from: string; to: string },
  timeZone: string,
  now: Date,
  channel?: TicketChannel,
): Promise<Window> {
  const { rows } = await sql<{ start: Date | string; end: Date | string }>`
    select (cast(${range.from} as date))::timestamp at time zone ${timeZone} as start,
           (cast(${range.to} as date) + 1)::timestamp at time zone ${timeZone} as "end"`.execute(executor);
  const row = rows[0];
  if (!row) throw new Error("no window");
  return { start: new Date(row.start), end: new Date(row.end), timeZone, now, channel };
}

export const num = (value: string | number | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

export interface DayRow {
  day: string;
  created: number;
  solved: number;
}

/** Every day of the range, in the desk's time zone, with tickets created and solved that day. */
export async function volumeByDay(executor: Executor, w: Window, range: { from: string; to: string }) {
  const { rows } = await sql<{ day: string; created: string; solved: string }>`
    with days as (
      select to_char(d, 'YYYY-MM-DD') as day
      from generate_series(cast(${range.from} as date), cast(${range.to} as date), interval '1 day') d
    ),
    created as (
      select to_char(t.created_at at time zone ${w.timeZone}, 'YYYY-MM-DD') as day, count(*) as n
      from support_tickets t
      where ${visible(w.channel)} and t.created_at >= ${w.start} and t.created_at < ${w.end}
      group by 1
    ),
    solved as (
      select to_char(t.solved_at at time zone ${w.timeZone}, 'YYYY-MM-DD') as day, count(*) as n
      from support_tickets t
      where ${visible(w.channel)} and t.solved_at >= ${w.start} and t.solved_at < ${w.end}
      group by 1
    )
    select days.day, coalesce(created.n, 0) as created, coalesce(solved.n, 0) as solved
    from days
    left join created on created.day = days.day
    left join solved on solved.day = days.day
    order by days.day`.execute(executor);
  return rows.map((r): DayRow => ({ day: r.day, created: Number(r.created), solved: Number(r.solved) }));
}

/** Tickets created in the range, counted by one column (channel or category), largest first. */
export async function volumeBy(executor: Executor, w: Window, column: "channel" | "category") {
  const { rows } = await sql<{ key: string; n: string }>`
    select ${sql.ref(`t.${column}`)} as key, count(*) as n
    from support_tickets t
    where ${visible(w.channel)} and t.created_at >= ${w.start} and t.created_at < ${w.end}
    group by 1
    order by 2 desc, 1`.execute(executor);
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}

export interface Percentiles {
  medianMinutes: number | null;
  p90Minutes: number | null;
}

/**
 * First response: tickets created in the range that have been answered, created → first
 * public agent reply. Resolution: tickets solved in the range, created → solved.
 */
export async function durations(executor: Executor, w: Window) {
  const { rows } = await sql<{
    fr_median: number | string | null;
    fr_p90: number | string | null;
    res_median: number | string | null;
    res_p90: number | string | null;
  }>`
    select
      (select percentile_cont(0.5) within group (order by ${MINUTES("t.first_responded_at", "t.created_at")})
         from support_tickets t
         where ${worked(w.channel)} and t.first_responded_at is not null
           and t.created_at >= ${w.start} and t.created_at < ${w.end}) as fr_median,
      (select percentile_cont(0.9) within group (order by ${MINUTES("t.first_responded_at", "t.created_at")})
         from support_tickets t
         where ${worked(w.channel)} and t.first_responded_at is not null
           and t.created_at >= ${w.start} and t.created_at < ${w.end}) as fr_p90,
      (select percentile_cont(0.5) within group (order by ${MINUTES("t.solved_at", "t.created_at")})
         from support_tickets t
         where ${worked(w.channel)} and t.solved_at >= ${w.start} and t.solved_at < ${w.end}) as res_median,
      (select percentile_cont(0.9) within group (order by ${MINUTES("t.solved_at", "t.created_at")})
         from support_tickets t
         where ${worked(w.channel)} and t.solved_at >= ${w.start} and t.solved_at < ${w.end}) as res_p90`.execute(
    executor,
  );
  const r = rows[0];
  return {
    firstResponse: { medianMinutes: num(r?.fr_median), p90Minutes: num(r?.fr_p90) },
    resolution: { medianMinutes: num(r?.res_median), p90Minutes: num(r?.res_p90) },
  };
}

/** When an SLA target's outcome is known: met, or missed (done late, or still not done after it). */
export const slaOutcomes = (now: Date) => ({
  frMet: sql`t.first_response_due_at is not null and t.first_responded_at <= t.first_response_due_at`,
  frMissed: sql`t.first_response_due_at is not null and (t.first_responded_at > t.first_response_due_at
    or (t.first_responded_at is null and t.first_response_due_at < ${now}))`,
  resMet: sql`t.resolution_due_at is not null and t.solved_at <= t.resolution_due_at`,
  resMissed: sql`t.resolution_due_at is not null and (t.solved_at > t.resolution_due_at
    or (t.solved_at is null and t.status not in ('solved', 'closed') and t.resolution_due_at < ${now}))`,
});

/**
 * SLA targets met among tickets created in the range that had a target. A target counts once
 * its outcome is known: met (done by the due time) or missed (done late, or still not done
 * after it). Targets still running count in neither.
 */
export async function slaCompliance(executor: Executor, w: Window) {
  const o = slaOutcomes(w.now);
  const { rows } = await sql<Record<"tickets" | "fr_met" | "fr_missed" | "res_met" | "res_missed", string>>`
    select
      count(*) as tickets,
      count(*) filter (where ${o.frMet}) as fr_met,
      count(*) filter (where ${o.frMissed}) as fr_missed,
      count(*) filter (where ${o.resMet}) as res_met,
      count(*) filter (where ${o.resMissed}) as res_missed
    from support_tickets t
    where ${worked(w.channel)} and t.created_at >= ${w.start} and t.created_at < ${w.end}
      and (t.first_response_due_at is not null or t.resolution_due_at is not null)`.execute(executor);
  const r = rows[0];
  const counts = (met: string | undefined, missed: string | undefined) => ({
    met: Number(met ?? 0),
    missed: Number(missed ?? 0),
  });
  return {
    tickets: Number(r?.tickets ?? 0),
    firstResponse: counts(r?.fr_met, r?.fr_missed),
    resolution: counts(r?.res_met, r?.res_missed),
  };
}

/** Ratings given in the range (when rated; solved time for ratings without one). */
export async function satisfaction(executor: Executor, w: Window) {
  const { rows } = await sql<{ score: number; n: string }>`
    select t.satisfaction_score as score, count(*) as n
    from support_tickets t
    where ${visible(w.channel)} and t.satisfaction_score is not null
      and coalesce(t.rated_at, t.solved_at) >= ${w.start} and coalesce(t.rated_at, t.solved_at) < ${w.end}
    group by 1`.execute(executor);
  return rows.map((r) => ({ score: Number(r.score), count: Number(r.n) }));
}

/** Open work right now, whatever the range: tickets not solved yet, by status. */
export async function backlog(executor: Executor, channel?: TicketChannel) {
  const { rows } = await sql<{ status: string; n: string }>`
    select t.status, count(*) as n
    from support_tickets t
    where ${worked(channel)} and t.status in ('new', 'open', 'pending', 'on_hold')
    group by 1`.execute(executor);
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}

export interface AgentRow {
  id: string;
  solved: number;
  medianFirstResponseMinutes: number | null;
  satisfactionAverage: number | null;
  ratings: number;
}

/**
 * Per assignee (the ticket's current one): tickets solved in the range, the median first
 * response of their tickets created in the range, and the average of ratings given in it.
 */
export async function agents(executor: Executor, w: Window): Promise<AgentRow[]> {
  const { rows } = await sql<{
    id: string;
    solved: string;
    median_fr: number | string | null;
    sat_avg: number | string | null;
    ratings: string;
  }>`
    select t.assignee_id as id,
      count(*) filter (where t.solved_at >= ${w.start} and t.solved_at < ${w.end}) as solved,
      percentile_cont(0.5) within group (order by ${MINUTES("t.first_responded_at", "t.created_at")})
        filter (where t.first_responded_at is not null and t.created_at >= ${w.start} and t.created_at < ${w.end}) as median_fr,
      avg(t.satisfaction_score) filter (where t.satisfaction_score is not null
        and coalesce(t.rated_at, t.solved_at) >= ${w.start} and coalesce(t.rated_at, t.solved_at) < ${w.end}) as sat_avg,
      count(*) filter (where t.satisfaction_score is not null
        and coalesce(t.rated_at, t.solved_at) >= ${w.start} and coalesce(t.rated_at, t.solved_at) < ${w.end}) as ratings
    from support_tickets t
    where ${worked(w.channel)} and t.assignee_id is not null
      and ((t.created_at >= ${w.start} and t.created_at < ${w.end})
        or (t.solved_at >= ${w.start} and t.solved_at < ${w.end})
        or (coalesce(t.rated_at, t.solved_at) >= ${w.start} and coalesce(t.rated_at, t.solved_at) < ${w.end}))
    group by t.assignee_id`.execute(executor);
  return rows.map((r) => ({
    id: r.id,
    solved: Number(r.solved),
    medianFirstResponseMinutes: num(r.median_fr),
    satisfactionAverage: num(r.sat_avg),
    ratings: Number(r.ratings),
  }));
}

/** The business calendar's time zone (days of the report are the desk's days). */
export async function deskTimeZone(executor: Executor, fallback: string): Promise<string> {
  const row = await executor
    .selectFrom("support_calendar")
    .select("time_zone")
    .where("id", "=", 1)
    .executeTakeFirst();
  return row?.time_zone ?? fallback;
}
