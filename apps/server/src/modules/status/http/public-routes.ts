import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { StatusDeps } from "../deps.js";
import { publicIncident, publicIncidentPage } from "../history-pages.js";
import {
  type PresentContext,
  presentComponents,
  presentIncident,
  presentSummary,
  presentUptime,
} from "../present.js";
import type { SnapshotCache } from "../snapshot.js";
import { UPTIME_DAYS } from "../snapshot-data.js";
import {
  publicIncident as incidentSchema,
  langOf,
  langQuery,
  summarySchema,
  publicTags as tags,
  uptimeSchema,
} from "./public-schemas.js";
import { cursorText, idParams } from "./schemas.js";

/** Aggregators and browsers may keep an answer this long; the page itself is rebuilt on every change. */
const CACHE_CONTROL = "public, max-age=15";

/**
 * The public status API: no login, answered from the in-memory snapshot, so it stays fast and
 * keeps answering when the database struggles. States are worked out from the clock on every
 * request: a maintenance window starts and ends on time.
 */
export const statusPublicRoutes: FastifyPluginAsyncZod<{
  deps: StatusDeps;
  snapshot: SnapshotCache;
}> = async (app, { deps, snapshot }) => {
  const context = async (locale: PresentContext["locale"]): Promise<PresentContext> => ({
    snapshot: await snapshot.current(),
    now: deps.platform.clock.now(),
    locale,
    publicUrl: deps.platform.config.publicUrl,
  });

  app.get(
    "/api/v1/status/summary",
    {
      schema: {
        tags,
        summary: "The status page: components, open incidents, upcoming and ongoing maintenance",
        description:
          "Atlassian Statuspage's summary.json shape (snake_case on purpose, so status aggregators read it). " +
          "Names and texts in the asked language. Served from a snapshot in memory (Cache-Control: public, " +
          "max-age=15); 503 service_unavailable only when this node never could read the status at all.",
        querystring: z.object({ lang: langQuery }),
        response: { 200: summarySchema },
      },
    },
    async (request, reply) => {
      const ctx = await context(langOf(request, request.query.lang));
      reply.header("cache-control", CACHE_CONTROL);
      return presentSummary(ctx);
    },
  );

  app.get(
    "/api/v1/status/uptime",
    {
      schema: {
        tags,
        summary: "Uptime per component and UTC day, from the recorded states",
        description:
          "A day's uptime is 1 − (major outage + 0.3 × partial outage seconds) / observed seconds (Statuspage's " +
          "weighting): degraded performance and maintenance count as up; days before the first record are null.",
        querystring: z.object({
          days: z.coerce.number().int().min(1).max(UPTIME_DAYS).default(UPTIME_DAYS),
          lang: langQuery,
        }),
        response: { 200: uptimeSchema },
      },
    },
    async (request, reply) => {
      const ctx = await context(langOf(request, request.query.lang));
      reply.header("cache-control", CACHE_CONTROL);
      return presentUptime(ctx, request.query.days);
    },
  );

  app.get(
    "/api/v1/status/incidents",
    {
      schema: {
        tags,
        summary: "Incident history, newest first (resolved ones too)",
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(100).default(20),
          cursor: cursorText,
          lang: langQuery,
        }),
        response: { 200: z.object({ data: z.array(incidentSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request, reply) => {
      const ctx = await context(langOf(request, request.query.lang));
      const page = await publicIncidentPage(deps, ctx.snapshot, request.query);
      const components = presentComponents(ctx);
      reply.header("cache-control", CACHE_CONTROL);
      return { data: page.data.map((i) => presentIncident(ctx, components, i)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/status/incidents/:id",
    {
      schema: {
        tags,
        summary: "One incident with its timeline",
        description: "404 incident_not_found for an unknown id (and for a draft staff have not published).",
        params: idParams,
        querystring: z.object({ lang: langQuery }),
        response: { 200: incidentSchema },
      },
    },
    async (request, reply) => {
      const ctx = await context(langOf(request, request.query.lang));
      const incident = await publicIncident(deps, ctx.snapshot, request.params.id);
      reply.header("cache-control", CACHE_CONTROL);
      return presentIncident(ctx, presentComponents(ctx), incident);
    },
  );
};
