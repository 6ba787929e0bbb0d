import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { plainText } from "../../../platform/http/schemas.js";
import { authOf } from "../../accounts/index.js";
import type { SupportDeps } from "../deps.js";
import { savedFiltersSchema } from "../views/filters.js";
import { MAX_VIEWS_PER_OWNER, removeView, savedViews, saveView } from "../views/service.js";
import { idParams, security, consoleTags as tags } from "./macro-schemas.js";

const savedView = z.object({
  id: z.string(),
  name: z.string(),
  filters: z.record(z.string(), z.string()).describe("Query parameters of GET /agent/tickets"),
  shared: z.boolean().describe("Shown to every staff member of the desk"),
  owner: z.object({ id: z.string(), name: z.string() }),
  mine: z.boolean(),
  canDelete: z.boolean(),
  createdAt: z.string(),
});

/** Saved queue views: private to their owner unless shared with the desk. */
export const savedViewRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  const caller = (request: Parameters<typeof authOf>[0]) => {
    const { userId, role } = authOf(request);
    return { userId, role };
  };

  app.get(
    "/api/v1/agent/filters",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: my saved views and the shared ones, by name",
        response: { 200: z.object({ data: z.array(savedView) }) },
      },
    },
    async (request) => ({ data: await savedViews(deps, caller(request)) }),
  );

  app.post(
    "/api/v1/agent/filters",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: save the queue's current filters as a view",
        description: `At most ${MAX_VIEWS_PER_OWNER} views per staff member (shared ones included): one more is 400 validation_failed.`,
        body: z.object({
          name: plainText(60).pipe(z.string().min(1, "a name is needed")),
          filters: savedFiltersSchema,
          shared: z.boolean().default(false),
        }),
        response: { 201: savedView },
      },
    },
    async (request, reply) => reply.status(201).send(await saveView(deps, caller(request), request.body)),
  );

  app.delete(
    "/api/v1/agent/filters/:id",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: delete a saved view (mine; a shared one also as a supervisor)",
        description: "404 saved_filter_not_found (also for another's private view), 403 forbidden.",
        params: idParams,
        response: { 204: z.null().describe("Deleted") },
      },
    },
    async (request, reply) => {
      await removeView(deps, caller(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
