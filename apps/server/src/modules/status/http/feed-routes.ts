import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { renderAtom } from "../atom.js";
import type { StatusDeps } from "../deps.js";
import type { SnapshotCache } from "../snapshot.js";
import { langOf, langQuery, publicTags as tags } from "./public-schemas.js";

/**
 * The status page's Atom feed. Its path is outside /api/ (API.md), where the web app answers
 * browsers' pages: a route of its own here comes before that fallback, so a feed reader and a
 * browser both get the feed, as application/atom+xml.
 */
export const statusFeedRoutes: FastifyPluginAsyncZod<{ deps: StatusDeps; snapshot: SnapshotCache }> = async (
  app,
  { deps, snapshot },
) => {
  app.get(
    "/status/feed.atom",
    {
      schema: {
        tags,
        summary: "Atom 1.0 feed of incidents and maintenance (the newest 50)",
        description:
          "application/atom+xml, in the asked language. Each incident is an entry with its whole timeline; each " +
          "maintenance window an entry with its times and state. Served from the status snapshot in memory.",
        querystring: z.object({ lang: langQuery }),
        produces: ["application/atom+xml"],
      },
    },
    async (request, reply) => {
      const xml = renderAtom({
        snapshot: await snapshot.current(),
        now: deps.platform.clock.now(),
        locale: langOf(request, request.query.lang),
        publicUrl: deps.platform.config.publicUrl,
      });
      return reply
        .type("application/atom+xml; charset=utf-8")
        .header("cache-control", "public, max-age=60")
        .header("x-content-type-options", "nosniff")
        .send(xml);
    },
  );
};
