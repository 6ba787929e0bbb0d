import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  EVENT_STREAM_DEFAULTS,
  type EventStream,
  openEventStream,
} from "../../../platform/http/event-stream.js";
import { authOf } from "../../accounts/index.js";
import type { SupportDeps } from "../deps.js";
import { markViewing, stopViewing } from "../live/viewers.js";

const tags = ["Support console"];
const security = [{ bearerAuth: [] }];
const ticketParams = z.object({ id: z.string().min(1).max(64) });
const viewer = z.object({
  id: z.string(),
  name: z.string(),
  typing: z.boolean().describe("Typed in the reply box within the last 8 seconds"),
});

/**
 * The console's live side: a server-sent event stream of ticket changes on every node, and
 * who else has a ticket open (so two agents do not answer the same customer at once).
 */
export const liveRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  const streams = new Set<EventStream>();
  // Open streams never end by themselves: closing the server ends them (or it would wait forever).
  app.addHook("preClose", async () => {
    for (const stream of [...streams]) stream.close();
  });

  app.get(
    "/api/v1/agent/events",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: live console updates (server-sent events)",
        description:
          "A text/event-stream for EventSource (the session cookie is enough: it is a GET). Each event is " +
          "`event: <type>` and `data: <json>` with ids only: ticket.created {ticketId, number, groupKey}, " +
          "ticket.updated {ticketId}, message.created {ticketId, messageId, internal, authorType}, " +
          "viewers.changed {ticketId}, call.incoming {ticketId, number, callId, phone, userId, name} (a phone " +
          "rings; userId when the caller's verified phone is a customer's); fetch what changed from the ticket " +
          "routes. A `: ping` comment " +
          "comes every 25 s; the stream ends after 10 minutes and the browser reconnects after `retry` " +
          "(3 s). Events from every node of the deployment arrive; none are replayed after a reconnection.",
      },
    },
    async (request, reply) => {
      const { session } = authOf(request);
      // Checked again at every ping as on a new request: a staff session signed out, revoked or
      // expired (or a role taken away) ends its stream within a ping, not at the 10-minute mark.
      const recheck = async () => {
        request.auth = undefined;
        await app.requireSupport(request);
        return authOf(request).session.id === session.id;
      };
      // This node must hear the others for as long as a console listens (idempotent).
      await deps.live.start();
      reply.hijack();
      // Each event goes out whole (its type included) under its type's name.
      const stream = openEventStream(
        request.raw,
        reply.raw,
        (send) => deps.live.listen((event) => send({ event: event.type, data: event })),
        reply.getHeaders(),
        { ...EVENT_STREAM_DEFAULTS, recheck },
      );
      streams.add(stream);
      stream.onClose(() => streams.delete(stream));
    },
  );

  app.post(
    "/api/v1/agent/tickets/:id/viewing",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: I have this ticket open (send every 10 s, and when typing starts or stops)",
        description:
          "Answers the other staff members who had the ticket open within the last 30 seconds, with " +
          "whether they are typing a reply. Others hear viewers.changed when you arrive or start or " +
          "stop typing. 404 ticket_not_found.",
        params: ticketParams,
        body: z.object({ typing: z.boolean().default(false) }),
        response: { 200: z.object({ viewers: z.array(viewer) }) },
      },
    },
    async (request) => ({
      viewers: await markViewing(deps, {
        ticketId: request.params.id,
        userId: authOf(request).userId,
        typing: request.body.typing,
      }),
    }),
  );

  app.delete(
    "/api/v1/agent/tickets/:id/viewing",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: I closed this ticket (others stop seeing me at once)",
        description: "404 ticket_not_found.",
        params: ticketParams,
        response: { 204: z.null().describe("No longer viewing") },
      },
    },
    async (request, reply) => {
      await stopViewing(deps, { ticketId: request.params.id, userId: authOf(request).userId });
      return reply.status(204).send(null);
    },
  );
};
