import { sql } from "kysely";
import { TICKET_CHANNELS, type TicketChannel } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { MINUTES, num, slaOutcomes, visible, type Window } from "./queries.js";

/**
 * The report split by the channel a ticket came in on (web, email, chat, phone, social), with
 * the same rules as the desk's totals, so the channels add up to them: volume and solved
 * count every visible ticket, response times and SLA leave merged tickets out, ratings count
 * when given. Three grouped statements (tickets created, solved, rated in the range), each
 * driven by its own range like the totals, whatever the number of channels.
 */

export interface MetMissed {
  met: number;
  missed: number;
}

export interface ChannelFigures {
  channel: TicketChannel;
  created: number;
  solved: number;
  /** Wall-clock minutes, raw (rounded by the report). */
  firstResponseMedianMinutes: number | null;
  resolutionMedianMinutes: number | null;
  sla: { firstResponse: MetMissed; resolution: MetMissed };
  ratings: { sum: number; count: number };
}

async function createdByChannel(executor: Executor, w: Window) {
  const o = slaOutcomes(w.now);
  const open = sql`t.merged_into_id is null`;
  const { rows } = await sql<{
    channel: TicketChannel;
    created: string;
    fr_median: number | string | null;
    fr_met: string;
    fr_missed: string;
    res_met: string;
    res_missed: string;
  }>`
    select t.channel,
      count(*) as created,
      percentile_cont(0.5) within group (order by ${MINUTES("t.first_responded_at", "t.created_at")})
        filter (where ${open} and t.first_responded_at is not null) as fr_median,
      count(*) filter (where ${open} and ${o.frMet}) as fr_met,
      count(*) filter (where ${open} and ${o.frMissed}) as fr_missed,
      count(*) filter (where ${open} and ${o.resMet}) as res_met,
      count(*) filter (where ${open} and ${o.resMissed}) as res_missed
    from support_tickets t
    where ${visible(w.channel)} and t.created_at >= ${w.start} and t.created_at < ${w.end}
    group by t.channel`.execute(executor);
  return rows;
}

async function solvedByChannel(executor: Executor, w: Window) {
  const { rows } = await sql<{ channel: TicketChannel; solved: string; res_median: number | string | null }>`
    select t.channel,
      count(*) as solved,
      percentile_cont(0.5) within group (order by ${MINUTES("t.solved_at", "t.created_at")})
        filter (where t.merged_into_id is null) as res_median
    from support_tickets t
    where ${visible(w.channel)} and t.solved_at >= ${w.start} and t.solved_at < ${w.end}
    group by t.channel`.execute(executor);
  return rows;
}

async function ratedByChannel(executor: Executor, w: Window) {
  const { rows } = await sql<{ channel: TicketChannel; total: string; n: string }>`
    select t.channel, sum(t.satisfaction_score) as total, count(*) as n
    from support_tickets t
    where ${visible(w.channel)} and t.satisfaction_score is not null
      and coalesce(t.rated_at, t.solved_at) >= ${w.start} and coalesce(t.rated_at, t.solved_at) < ${w.end}
    group by t.channel`.execute(executor);
  return rows;
}

/** Every channel (only the chosen one when the report is of one), zeros where nothing happened. */
export async function channelBreakdown(executor: Executor, w: Window): Promise<ChannelFigures[]> {
  const [created, solved, rated] = await Promise.all([
    createdByChannel(executor, w),
    solvedByChannel(executor, w),
    ratedByChannel(executor, w),
  ]);
  const channels = w.channel ? [w.channel] : TICKET_CHANNELS;
  return channels.map((channel): ChannelFigures => {
    const c = created.find((r) => r.channel === channel);
    const s = solved.find((r) => r.channel === channel);
    const r = rated.find((row) => row.channel === channel);
    return {
      channel,
      created: Number(c?.created ?? 0),
      solved: Number(s?.solved ?? 0),
      firstResponseMedianMinutes: num(c?.fr_median),
      resolutionMedianMinutes: num(s?.res_median),
      sla: {
        firstResponse: { met: Number(c?.fr_met ?? 0), missed: Number(c?.fr_missed ?? 0) },
        resolution: { met: Number(c?.res_met ?? 0), missed: Number(c?.res_missed ?? 0) },
      },
      ratings: { sum: Number(r?.total ?? 0), count: Number(r?.n ?? 0) },
    };
  });
}
