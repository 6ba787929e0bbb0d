import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { authOf } from "../../accounts/index.js";
import { listCalls, logCall } from "../channels/phone/calls.js";
import type { SupportDeps } from "../deps.js";
import { phoneCallbackRoutes } from "./phone-callback-routes.js";
import { bearerAuth, callBody, callView, consoleTags, idParams, pageQuery } from "./phone-schemas.js";
import { phoneVoiceRoutes } from "./phone-voice-routes.js";

/** A call may be logged a minute "in the future" (clocks of phones and servers differ a little). */
const CLOCK_SKEW_MS = 60_000;

/**
 * Support channels: phone. Agents log calls on a ticket; customers book callbacks that agents
 * work from a queue; the voice provider's webhook opens or updates the caller's ticket. The
 * phone lines themselves are part of GET /support/contact-options.
 */
export const phoneRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  await app.register(phoneVoiceRoutes, { deps });
  await app.register(phoneCallbackRoutes, { deps });

  app.post(
    "/api/v1/agent/tickets/:id/calls",
    {
      onRequest: app.requireSupport,
      schema: {
        tags: consoleTags,
        security: bearerAuth,
        summary: "Console: log a phone call on a ticket (audited)",
        description:
          "Adds the call to the ticket's calls and a call_logged event to its history. 409 ticket_closed / " +
          "ticket_merged; agents cannot change tickets of the compliance group (403 forbidden).",
        params: idParams,
        body: callBody,
        response: { 201: callView },
      },
    },
    async (request, reply) => {
      const { startedAt, ...call } = request.body;
      const started = startedAt ? new Date(startedAt) : undefined;
      if (started && started.getTime() > deps.platform.clock.now().getTime() + CLOCK_SKEW_MS)
        throw new DomainError("validation_failed", {}, [
          { in: "body", path: "/startedAt", code: "too_big", message: "not in the future" },
        ]);
      const logged = await logCall(deps, authOf(request), request.params.id, { ...call, startedAt: started });
      return reply.status(201).send(logged);
    },
  );

  app.get(
    "/api/v1/agent/tickets/:id/calls",
    {
      onRequest: app.requireSupport,
      schema: {
        tags: consoleTags,
        security: bearerAuth,
        summary: "Console: a ticket's phone calls, newest first",
        description: "Logged by agents and reported by the voice provider. 404 ticket_not_found.",
        params: idParams,
        querystring: pageQuery,
        response: { 200: z.object({ data: z.array(callView), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      return listCalls(deps, request.params.id, { limit, cursor });
    },
  );
};
