import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authOf } from "../../accounts/index.js";
import type { SupportDeps } from "../deps.js";
import { renderMacro } from "../macros/render.js";
import { changeMacro, createMacro, deleteMacro, macros } from "../macros/service.js";
import { helpArticleRoutes } from "./macro-help-routes.js";
import {
  idParams,
  language,
  macroBody,
  macroStatus,
  macroTags,
  macroTitle,
  macroView,
  security,
  consoleTags as tags,
} from "./macro-schemas.js";
import { savedViewRoutes } from "./macro-view-routes.js";

/**
 * Macros (canned replies every agent uses, kept by supervisors), filled in for a ticket;
 * with the help-article search for replies and the saved queue views.
 */
export const macroRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  await app.register(helpArticleRoutes, { deps });
  await app.register(savedViewRoutes, { deps });

  app.get(
    "/api/v1/agent/macros",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: the macros, the most used first",
        response: { 200: z.object({ data: z.array(macroView) }) },
      },
    },
    async () => ({ data: await macros(deps) }),
  );

  app.post(
    "/api/v1/agent/macros",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisor: add a macro (both languages)",
        body: z.object({
          title: macroTitle,
          body: macroBody,
          setStatus: macroStatus.default(null),
          addTags: macroTags.default([]),
        }),
        response: { 201: macroView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMacro(deps, authOf(request).userId, request.body)),
  );

  app.patch(
    "/api/v1/agent/macros/:id",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisor: change a macro (what is sent changes; the rest stays)",
        description: "404 macro_not_found.",
        params: idParams,
        body: z.object({
          title: macroTitle.optional(),
          body: macroBody.optional(),
          setStatus: macroStatus.optional(),
          addTags: macroTags.optional(),
        }),
        response: { 200: macroView },
      },
    },
    async (request) => changeMacro(deps, authOf(request).userId, request.params.id, request.body),
  );

  app.delete(
    "/api/v1/agent/macros/:id",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisor: delete a macro (replies already sent with it are unchanged)",
        description: "404 macro_not_found.",
        params: idParams,
        response: { 204: z.null().describe("Deleted") },
      },
    },
    async (request, reply) => {
      await deleteMacro(deps, authOf(request).userId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/agent/macros/:id/render",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: a macro filled in for a ticket, for the reply box",
        description:
          "Fills {{customer.name}}, {{customer.firstName}}, {{customer.walletNumber}}, {{ticket.number}}, " +
          '{{agent.name}} and {{article:<slug>}} ("<published title> — <link>"). A variable that is ' +
          "unknown, or has no value for this ticket, is left as written so the agent notices it. The " +
          "language is the ticket's unless given. Counts a use. 404 macro_not_found, ticket_not_found.",
        params: idParams,
        body: z.object({ ticketId: z.string().min(1).max(64), language: language.optional() }),
        response: {
          200: z.object({
            body: z.string(),
            language,
            setStatus: macroStatus,
            addTags: z.array(z.string()),
          }),
        },
      },
    },
    async (request) =>
      renderMacro(deps, {
        macroId: request.params.id,
        ticketId: request.body.ticketId,
        staffId: authOf(request).userId,
        language: request.body.language,
      }),
  );
};
