import {
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  type TicketCategory,
  type TicketChannel,
} from "../../../platform/db/schema-support.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../deps.js";
import { channelBreakdown, type MetMissed } from "./by-channel.js";
import {
  agents,
  backlog,
  deskTimeZone,
  durations,
  type Percentiles,
  satisfaction,
  slaCompliance,
  volumeBy,
  volumeByDay,
  windowOf,
} from "./queries.js";

/** The calendar's default (the contract's): what the report uses before a calendar is saved. */
const DEFAULT_TIME_ZONE = "Asia/Shanghai";
const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
export const MAX_DAYS = 366;

export interface ReportRange {
  from: string;
  to: string;
  /** Only the tickets that came in on this channel; all of them when left out. */
  channel?: TicketChannel | undefined;
}

export const BACKLOG_STATUSES = ["new", "open", "pending", "on_hold"] as const;
type BacklogStatus = (typeof BACKLOG_STATUSES)[number];

/** One channel's figures, by the same rules as the desk's (the channels add up to its totals). */
export interface ChannelReport {
  channel: TicketChannel;
  created: number;
  solved: number;
  firstResponseMedianMinutes: number | null;
  resolutionMedianMinutes: number | null;
  slaCompliance: {
    firstResponse: number | null;
    resolution: number | null;
    measured: { firstResponse: MetMissed; resolution: MetMissed };
  };
  satisfaction: { average: number | null; count: number };
}

export interface SupportReport {
  from: string;
  to: string;
  /** The channel the report is limited to; null: every channel. */
  channel: TicketChannel | null;
  /** Days are the desk's days, in its business calendar's time zone. */
  timeZone: string;
  volume: {
    byDay: { day: string; created: number; solved: number }[];
    byChannel: { channel: TicketChannel; count: number }[];
    byCategory: { category: TicketCategory; count: number }[];
  };
  firstResponse: Percentiles;
  resolution: Percentiles;
  slaCompliance: {
    /** Percent of first-response targets met, one decimal; null when none has an outcome yet. */
    firstResponse: number | null;
    resolution: number | null;
    /** Tickets created in the range with SLA targets. */
    tickets: number;
    measured: { firstResponse: { met: number; missed: number }; resolution: { met: number; missed: number } };
  };
  satisfaction: {
    average: number | null;
    count: number;
    distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
  };
  backlog: { byStatus: Record<BacklogStatus, number>; total: number };
  agents: {
    id: string;
    name: string;
    solved: number;
    medianFirstResponseMinutes: number | null;
    satisfactionAverage: number | null;
    ratings: number;
  }[];
  /** Per channel (every channel, or only the chosen one). */
  channels: ChannelReport[];
}

const round = (value: number | null, digits: number) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
const percent = (met: number, missed: number) =>
  met + missed === 0 ? null : round((met / (met + missed)) * 100, 1);
const roundPercentiles = (p: Percentiles): Percentiles => ({
  medianMinutes: round(p.medianMinutes, 1),
  p90Minutes: round(p.p90Minutes, 1),
});

/** Today in a time zone, as YYYY-MM-DD. */
function today(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The asked-for days, checked (from ≤ to, at most a year); default the last 30 days of the desk. */
export async function reportRange(
  deps: SupportDeps,
  query: { from?: string | undefined; to?: string | undefined; channel?: TicketChannel | undefined },
): Promise<ReportRange & { timeZone: string }> {
  const timeZone = await deskTimeZone(deps.platform.db, DEFAULT_TIME_ZONE);
  const to = query.to ?? today(deps.platform.clock.now(), timeZone);
  const from =
    query.from ?? new Date(Date.parse(to) - (DEFAULT_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const span = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  if (!(span >= 1 && span <= MAX_DAYS))
    throw new DomainError("validation_failed", {}, [
      {
        in: "querystring",
        path: "/from",
        code: "invalid",
        message: `from must be on or before to, at most ${MAX_DAYS} days apart`,
      },
    ]);
  return { from, to, timeZone, channel: query.channel };
}

/** The supervisor's report over a range of days. */
export async function supportReport(
  deps: SupportDeps,
  range: ReportRange & { timeZone: string },
): Promise<SupportReport> {
  const { db, clock } = deps.platform;
  const w = await windowOf(db, range, range.timeZone, clock.now(), range.channel);
  const [byDay, byChannel, byCategory, times, sla, ratings, open, perAgent, channels] = await Promise.all([
    volumeByDay(db, w, range),
    volumeBy(db, w, "channel"),
    volumeBy(db, w, "category"),
    durations(db, w),
    slaCompliance(db, w),
    satisfaction(db, w),
    backlog(db, range.channel),
    agents(db, w),
    channelBreakdown(db, w),
  ]);

  const distribution = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  let ratingSum = 0;
  let ratingCount = 0;
  for (const { score, count } of ratings) {
    const key = String(score);
    if (key === "1" || key === "2" || key === "3" || key === "4" || key === "5") distribution[key] = count;
    ratingSum += score * count;
    ratingCount += count;
  }
  const byStatus = { new: 0, open: 0, pending: 0, on_hold: 0 };
  for (const { status, count } of open)
    if (status === "new" || status === "open" || status === "pending" || status === "on_hold")
      byStatus[status] = count;

  const profiles = await deps.customers.profiles(
    db,
    perAgent.map((a) => a.id),
  );
  const named = perAgent
    .map((a) => {
      const profile = profiles.get(a.id);
      return {
        ...a,
        name: profile?.name ?? profile?.email ?? a.id,
        medianFirstResponseMinutes: round(a.medianFirstResponseMinutes, 1),
        satisfactionAverage: round(a.satisfactionAverage, 2),
      };
    })
    .sort((a, b) => b.solved - a.solved || a.name.localeCompare(b.name));

  return {
    from: range.from,
    to: range.to,
    channel: range.channel ?? null,
    timeZone: range.timeZone,
    volume: {
      byDay,
      // Every channel and category is listed, so the charts keep their order and show zeros.
      byChannel: TICKET_CHANNELS.map((channel) => ({
        channel,
        count: byChannel.find((c) => c.key === channel)?.count ?? 0,
      })),
      byCategory: TICKET_CATEGORIES.map((category) => ({
        category,
        count: byCategory.find((c) => c.key === category)?.count ?? 0,
      })),
    },
    firstResponse: roundPercentiles(times.firstResponse),
    resolution: roundPercentiles(times.resolution),
    slaCompliance: {
      firstResponse: percent(sla.firstResponse.met, sla.firstResponse.missed),
      resolution: percent(sla.resolution.met, sla.resolution.missed),
      tickets: sla.tickets,
      measured: { firstResponse: sla.firstResponse, resolution: sla.resolution },
    },
    satisfaction: {
      average: ratingCount === 0 ? null : round(ratingSum / ratingCount, 2),
      count: ratingCount,
      distribution,
    },
    backlog: { byStatus, total: byStatus.new + byStatus.open + byStatus.pending + byStatus.on_hold },
    agents: named,
    channels: channels.map((c) => ({
      channel: c.channel,
      created: c.created,
      solved: c.solved,
      firstResponseMedianMinutes: round(c.firstResponseMedianMinutes, 1),
      resolutionMedianMinutes: round(c.resolutionMedianMinutes, 1),
      slaCompliance: {
        firstResponse: percent(c.sla.firstResponse.met, c.sla.firstResponse.missed),
        resolution: percent(c.sla.resolution.met, c.sla.resolution.missed),
        measured: c.sla,
      },
      satisfaction: {
        average: c.ratings.count === 0 ? null : round(c.ratings.sum / c.ratings.count, 2),
        count: c.ratings.count,
      },
    })),
  };
}
