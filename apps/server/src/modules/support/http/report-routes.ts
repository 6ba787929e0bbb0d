import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { TICKET_CATEGORIES, TICKET_CHANNELS } from "../../../platform/db/schema-support.js";
import type { SupportDeps } from "../deps.js";
import { reportCsv } from "../reports/csv.js";
import { MAX_DAYS, reportRange, supportReport } from "../reports/index.js";

const tags = ["Support console"];
const security = [{ bearerAuth: [] }];

const rangeQuery = z.object({
  from: z.iso
    .date()
    .optional()
    .describe("First day (YYYY-MM-DD, the desk's time zone), included; default 29 days before `to`"),
  to: z.iso
    .date()
    .optional()
    .describe("Last day (YYYY-MM-DD, the desk's time zone), included; default today"),
  channel: z
    .enum(TICKET_CHANNELS)
    .optional()
    .describe("Only tickets that came in on this channel (social: Messenger and X); default every channel"),
});

const minutes = z.number().nullable().describe("Wall-clock minutes, one decimal; null without data");
const percentiles = z.object({ medianMinutes: minutes, p90Minutes: minutes });
const metMissed = z.object({ met: z.number().int(), missed: z.number().int() });

const channelReport = z.object({
  channel: z.enum(TICKET_CHANNELS),
  created: z.number().int().describe("Tickets created in the range"),
  solved: z.number().int().describe("Tickets solved in the range"),
  firstResponseMedianMinutes: minutes,
  resolutionMedianMinutes: minutes,
  slaCompliance: z.object({
    firstResponse: z.number().nullable(),
    resolution: z.number().nullable(),
    measured: z.object({ firstResponse: metMissed, resolution: metMissed }),
  }),
  satisfaction: z.object({ average: z.number().nullable(), count: z.number().int() }),
});

const reportSchema = z.object({
  from: z.string(),
  to: z.string(),
  channel: z.enum(TICKET_CHANNELS).nullable().describe("The channel the report is limited to; null: all"),
  timeZone: z.string().describe("The business calendar's time zone; days are counted in it"),
  volume: z.object({
    byDay: z.array(z.object({ day: z.string(), created: z.number().int(), solved: z.number().int() })),
    byChannel: z.array(z.object({ channel: z.enum(TICKET_CHANNELS), count: z.number().int() })),
    byCategory: z.array(z.object({ category: z.enum(TICKET_CATEGORIES), count: z.number().int() })),
  }),
  firstResponse: percentiles.describe("Tickets created in the range: created → first public agent reply"),
  resolution: percentiles.describe("Tickets solved in the range: created → solved"),
  slaCompliance: z.object({
    firstResponse: z.number().nullable().describe("Percent met among targets with an outcome, one decimal"),
    resolution: z.number().nullable(),
    tickets: z.number().int().describe("Tickets created in the range with SLA targets"),
    measured: z.object({ firstResponse: metMissed, resolution: metMissed }),
  }),
  satisfaction: z.object({
    average: z.number().nullable(),
    count: z.number().int(),
    distribution: z.object({
      "1": z.number().int(),
      "2": z.number().int(),
      "3": z.number().int(),
      "4": z.number().int(),
      "5": z.number().int(),
    }),
  }),
  backlog: z
    .object({
      byStatus: z.object({
        new: z.number().int(),
        open: z.number().int(),
        pending: z.number().int(),
        on_hold: z.number().int(),
      }),
      total: z.number().int(),
    })
    .describe("Tickets not solved right now, whatever the range"),
  agents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      solved: z.number().int(),
      medianFirstResponseMinutes: minutes,
      satisfactionAverage: z.number().nullable(),
      ratings: z.number().int(),
    }),
  ),
  channels: z
    .array(channelReport)
    .describe(
      "Per channel the ticket came in on, by the same rules as the totals (counts add up to them): every " +
        "channel, or only the chosen one",
    ),
});

const description =
  "Volume by day (created, solved), channel and category; first response and resolution median and 90th " +
  "percentile in wall-clock minutes (not business minutes); SLA targets met; satisfaction; the backlog now; " +
  `per agent (by current assignee); the same per channel (channels). Days in the business calendar's time zone; at most ${MAX_DAYS} days. ` +
  "Guest tickets count once verified; merged tickets count in volume only.";

/** Supervisors' reports over a range of days, as JSON for the dashboard and as CSV. */
export const reportRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/agent/reports",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisors: support desk report over a range of days",
        description,
        querystring: rangeQuery,
        response: { 200: reportSchema },
      },
    },
    async (request) => supportReport(deps, await reportRange(deps, request.query)),
  );

  app.get(
    "/api/v1/agent/reports.csv",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisors: the support desk report as CSV",
        description:
          "A line per day (created, solved) and a total, the summary figures as label/value lines, a line per " +
          "agent, then a line per channel. UTF-8 with a byte-order mark, labels in the caller's language, cells a spreadsheet would run as " +
          "formulas prefixed with an apostrophe.",
        querystring: rangeQuery,
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      const range = await reportRange(deps, request.query);
      const csv = reportCsv(await supportReport(deps, range), request.locale);
      const name = `satchel-support-${range.from}-${range.to}${range.channel ? `-${range.channel}` : ""}.csv`;
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${name}"`)
        .header("cache-control", "no-store")
        .send(csv);
    },
  );
};
