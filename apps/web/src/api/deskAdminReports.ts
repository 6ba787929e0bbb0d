import { api } from "./client";
import {
  optionalOneOf,
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  type TicketCategory,
  type TicketChannel,
} from "./console";
import { isRecord, num, signal, str } from "./parse";
import { numOrNull } from "./staffPayments";

// The supervisors' report of the support desk over a range of days (days of the desk's
// business calendar), and the same report as a CSV file.

/** The days a report covers, YYYY-MM-DD, both included. */
export interface ReportRange {
  from: string;
  to: string;
}

export interface Percentiles {
  /** Wall-clock minutes; null without data. */
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export const SCORES = ["1", "2", "3", "4", "5"] as const;
export const BACKLOG_STATUSES = ["new", "open", "pending", "on_hold"] as const;
export type BacklogStatus = (typeof BACKLOG_STATUSES)[number];

export interface AgentFigures {
  id: string;
  name: string;
  solved: number;
  medianFirstResponseMinutes: number | null;
  satisfactionAverage: number | null;
  ratings: number;
}

/** One channel's figures, by the same rules as the totals (the channels add up to them). */
export interface ChannelFigures {
  channel: TicketChannel;
  created: number;
  solved: number;
  firstResponseMedianMinutes: number | null;
  resolutionMedianMinutes: number | null;
  /** Percent (0–100) of targets met among those with an outcome; null when none has one. */
  slaFirstResponse: number | null;
  slaResolution: number | null;
  satisfactionAverage: number | null;
  ratings: number;
}

export interface SupportReport {
  from: string;
  to: string;
  /** The channel the report is limited to; null: every channel. */
  channel: TicketChannel | null;
  /** The business calendar's time zone; days are counted in it. */
  timeZone: string;
  volume: {
    byDay: { day: string; created: number; solved: number }[];
    byChannel: { channel: TicketChannel; count: number }[];
    byCategory: { category: TicketCategory; count: number }[];
  };
  firstResponse: Percentiles;
  resolution: Percentiles;
  slaCompliance: {
    /** Percent (0–100) of targets met among those with an outcome; null when none has one. */
    firstResponse: number | null;
    resolution: number | null;
    tickets: number;
  };
  satisfaction: {
    average: number | null;
    count: number;
    distribution: Record<(typeof SCORES)[number], number>;
  };
  backlog: { byStatus: Record<BacklogStatus, number>; total: number };
  agents: AgentFigures[];
  /** Per channel: every channel, or only the one the report is limited to. */
  channels: ChannelFigures[];
}

function rec(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function percentiles(value: unknown): Percentiles {
  const v = rec(value);
  return { medianMinutes: numOrNull(v.medianMinutes), p90Minutes: numOrNull(v.p90Minutes) };
}

/** Counts per key, every known key listed (a chart keeps its order and shows zeros). */
function countsBy<K extends string>(
  list: unknown,
  field: string,
  keys: readonly K[],
): { key: K; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of arr(list)) {
    const v = rec(item);
    if (typeof v[field] === "string") counts.set(v[field], num(v.count));
  }
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

export function parseReport(body: unknown, range: ReportRange): SupportReport {
  const v = rec(body);
  const volume = rec(v.volume);
  const sla = rec(v.slaCompliance);
  const satisfaction = rec(v.satisfaction);
  const distribution = rec(satisfaction.distribution);
  const backlog = rec(v.backlog);
  const byStatus = rec(backlog.byStatus);
  const statusCounts = Object.fromEntries(BACKLOG_STATUSES.map((s) => [s, num(byStatus[s])])) as Record<
    BacklogStatus,
    number
  >;
  return {
    from: str(v.from, range.from),
    to: str(v.to, range.to),
    channel: optionalOneOf(TICKET_CHANNELS, v.channel),
    timeZone: str(v.timeZone, "UTC"),
    volume: {
      byDay: arr(volume.byDay).flatMap((item) => {
        const d = rec(item);
        return typeof d.day === "string"
          ? [{ day: d.day, created: num(d.created), solved: num(d.solved) }]
          : [];
      }),
      byChannel: countsBy(volume.byChannel, "channel", TICKET_CHANNELS).map(({ key, count }) => ({
        channel: key,
        count,
      })),
      byCategory: countsBy(volume.byCategory, "category", TICKET_CATEGORIES).map(({ key, count }) => ({
        category: key,
        count,
      })),
    },
    firstResponse: percentiles(v.firstResponse),
    resolution: percentiles(v.resolution),
    slaCompliance: {
      firstResponse: numOrNull(sla.firstResponse),
      resolution: numOrNull(sla.resolution),
      tickets: num(sla.tickets),
    },
    satisfaction: {
      average: numOrNull(satisfaction.average),
      count: num(satisfaction.count),
      distribution: Object.fromEntries(SCORES.map((s) => [s, num(distribution[s])])) as Record<
        (typeof SCORES)[number],
        number
      >,
    },
    backlog: {
      byStatus: statusCounts,
      total: num(
        backlog.total,
        Object.values(statusCounts).reduce((a, b) => a + b, 0),
      ),
    },
    agents: arr(v.agents).flatMap((item) => {
      const a = rec(item);
      if (typeof a.id !== "string") return [];
      return [
        {
          id: a.id,
          name: str(a.name, a.id),
          solved: num(a.solved),
          medianFirstResponseMinutes: numOrNull(a.medianFirstResponseMinutes),
          satisfactionAverage: numOrNull(a.satisfactionAverage),
          ratings: num(a.ratings),
        },
      ];
    }),
    channels: arr(v.channels).flatMap((item) => {
      const c = rec(item);
      const channel = optionalOneOf(TICKET_CHANNELS, c.channel);
      if (!channel) return [];
      const cSla = rec(c.slaCompliance);
      const cSatisfaction = rec(c.satisfaction);
      return [
        {
          channel,
          created: num(c.created),
          solved: num(c.solved),
          firstResponseMedianMinutes: numOrNull(c.firstResponseMedianMinutes),
          resolutionMedianMinutes: numOrNull(c.resolutionMedianMinutes),
          slaFirstResponse: numOrNull(cSla.firstResponse),
          slaResolution: numOrNull(cSla.resolution),
          satisfactionAverage: numOrNull(cSatisfaction.average),
          ratings: num(cSatisfaction.count),
        },
      ];
    }),
  };
}

/** The report over a range, of one channel's tickets when `channel` is given. */
export async function getReport(
  range: ReportRange,
  abort?: AbortSignal,
  channel?: TicketChannel | null,
): Promise<SupportReport> {
  const body = await api.get<unknown>("/api/v1/agent/reports", {
    query: { from: range.from, to: range.to, ...(channel ? { channel } : {}) },
    ...signal(abort),
  });
  return parseReport(body, range);
}

/** The same report as CSV (fetched by DownloadLink, so it comes in the interface language). */
export function reportCsvUrl(range: ReportRange, channel?: TicketChannel | null): string {
  const query = new URLSearchParams({ from: range.from, to: range.to, ...(channel ? { channel } : {}) });
  return `/api/v1/agent/reports.csv?${query.toString()}`;
}
