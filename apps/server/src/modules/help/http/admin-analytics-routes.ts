import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { HelpModule } from "../index.js";
import type { Range } from "../insights/analytics-repository.js";
import { CSV_REPORTS } from "../insights/csv.js";
import { isIdOf, SLUG, staffTags as tags } from "./public-schemas.js";

const security = [{ bearerAuth: [] }];
const DAY_MS = 86_400_000;
/** The default range: the last 30 days, today included. */
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

const rangeQuery = {
  from: z.iso
    .date()
    .optional()
    .describe("First day (YYYY-MM-DD, UTC), included; default 29 days before `to`"),
  to: z.iso.date().optional().describe("Last day (YYYY-MM-DD, UTC), included; default today"),
};

const share = z.number().describe("From 0 to 1, four decimals");
const totalsSchema = z.object({
  searches: z.number().int(),
  noResults: z.number().int(),
  noClick: z.number().int(),
  clicks: z.number().int(),
  clickThroughRate: share,
  views: z.number().int(),
  helpfulYes: z.number().int(),
  helpfulNo: z.number().int(),
  deflections: z.number().int(),
  deflected: z.number().int(),
  contacted: z.number().int(),
  abandoned: z.number().int(),
  deflectionRate: share.describe(
    "deflected / (deflected + contacted + abandoned); pending ones are left out",
  ),
});

const reportSchema = z.object({
  from: z.string(),
  to: z.string(),
  totals: totalsSchema,
  daily: z.array(
    z.object({
      day: z.string(),
      searches: z.number().int(),
      noResults: z.number().int(),
      clicks: z.number().int(),
      views: z.number().int(),
      deflected: z.number().int(),
      contacted: z.number().int(),
    }),
  ),
  topSearches: z.array(z.object({ query: z.string(), count: z.number().int(), clickThroughRate: share })),
  noResults: z.array(z.object({ query: z.string(), count: z.number().int(), lastAt: z.string() })),
  noClick: z.array(z.object({ query: z.string(), count: z.number().int() })),
  articles: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      views: z.number().int(),
      clicks: z.number().int(),
      helpfulYes: z.number().int(),
      helpfulNo: z.number().int(),
      helpfulness: share.nullable(),
    }),
  ),
  gaps: z.array(
    z.object({
      query: z.string(),
      count: z.number().int(),
      lastAt: z.string(),
      examples: z.array(z.string()),
    }),
  ),
});

const feedbackSchema = z.object({
  id: z.string(),
  slug: z.string(),
  lang: z.string(),
  helpful: z.boolean(),
  comment: z
    .string()
    .nullable()
    .describe("Plain text as the customer typed it: show it as text, never as HTML"),
  createdAt: z.string(),
  user: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
});

/** Staff: search analytics, the CSV exports and the customers' feedback on articles. */
export const adminHelpAnalyticsRoutes: FastifyPluginAsyncZod<{ help: HelpModule }> = async (
  app,
  { help },
) => {
  const { insights } = help;
  const { clock } = help.deps.platform;

  /** The asked-for days, checked: from ≤ to, at most a year. */
  function rangeOf(query: { from?: string | undefined; to?: string | undefined }): Range {
    const to = query.to ?? clock.now().toISOString().slice(0, 10);
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
    return { from, to };
  }

  app.get(
    "/api/v1/admin/help/analytics",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: help center analytics over a range of days",
        description:
          "Totals, a line per day, top searches, searches with no results and with no click, per-article views, " +
          "clicks and helpfulness, and content gaps (no-result searches of the search box and the contact page, " +
          "grouped when they share most of their terms). Default: the last 30 days; at most 366.",
        querystring: z.object(rangeQuery),
        response: { 200: reportSchema },
      },
    },
    async (request) => insights.analytics(rangeOf(request.query), request.locale),
  );

  app.get(
    "/api/v1/admin/help/analytics/export.csv",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: one analytics report as CSV",
        description:
          "searches, no-results, articles or daily; UTF-8 with a byte-order mark, headers in the caller's language, " +
          "cells that a spreadsheet would run as formulas prefixed with an apostrophe.",
        querystring: z.object({ report: z.enum(CSV_REPORTS), ...rangeQuery }),
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      const range = rangeOf(request.query);
      const csv = await insights.exportCsv(request.query.report, range, request.locale);
      return reply
        .type("text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="satchel-help-${request.query.report}-${range.from}-${range.to}.csv"`,
        )
        .header("cache-control", "no-store")
        .send(csv);
    },
  );

  app.get(
    "/api/v1/admin/help/feedback",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: 'Staff: customers\' answers to "was this helpful?", newest first',
        querystring: z.object({
          slug: z.string().max(80).optional(),
          helpful: z
            .enum(["true", "false"])
            .transform((value) => value === "true")
            .optional(),
          limit: z.coerce.number().int().min(1).max(100).default(50),
          cursor: z.string().max(64).optional(),
        }),
        response: { 200: z.object({ data: z.array(feedbackSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { slug, helpful, limit, cursor } = request.query;
      if (slug !== undefined && !SLUG.test(slug)) return { data: [], nextCursor: null };
      if (cursor !== undefined && !isIdOf("hfb", cursor))
        throw new DomainError("validation_failed", {}, [
          { in: "querystring", path: "/cursor", code: "invalid", message: "a cursor from the previous page" },
        ]);
      return insights.feedbackList({ slug, helpful, cursor, limit });
    },
  );
};
