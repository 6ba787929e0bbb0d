import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { StatusDeps } from "../deps.js";
import {
  addIncidentUpdate,
  openIncident,
  publishIncident,
  staffIncident,
  staffIncidents,
} from "../incidents.js";
import {
  cursorText,
  idParams,
  incidentBody,
  incidentUpdateBody,
  security,
  staffActor,
  staffIncident as staffIncidentSchema,
  staffTags as tags,
} from "./schemas.js";

/**
 * Supervisors and admins run incidents: open one, post updates to its timeline (both
 * languages), resolve it, and publish the drafts automatic signals open. Every change is
 * audited; public ones reach the status page at once and subscribers by email.
 */
export const statusIncidentRoutes: FastifyPluginAsyncZod<{ deps: StatusDeps }> = async (app, { deps }) => {
  app.post(
    "/api/v1/admin/status/incidents",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Staff: open a public incident",
        description:
          "Public at once: its components take componentState (the worst state wins) and subscribers following " +
          "them are emailed. The message is the first update of the timeline. Audited as status.incident_opened.",
        body: incidentBody,
        response: { 201: staffIncidentSchema },
      },
    },
    async (request, reply) => {
      const incident = await openIncident(deps, await staffActor(deps, request), request.body);
      return reply.status(201).send(incident);
    },
  );

  app.get(
    "/api/v1/admin/status/incidents",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Staff: incidents, newest first, drafts included",
        querystring: z.object({
          state: z.enum(["open", "resolved", "all"]).default("all"),
          limit: z.coerce.number().int().min(1).max(100).default(25),
          cursor: cursorText,
        }),
        response: {
          200: z.object({ data: z.array(staffIncidentSchema), nextCursor: z.string().nullable() }),
        },
      },
    },
    async (request) => staffIncidents(deps, request.query),
  );

  app.get(
    "/api/v1/admin/status/incidents/:id",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Staff: one incident with its whole timeline (drafts too)",
        description: "404 incident_not_found.",
        params: idParams,
        response: { 200: staffIncidentSchema },
      },
    },
    async (request) => staffIncident(deps, request.params.id),
  );

  app.post(
    "/api/v1/admin/status/incidents/:id/updates",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Staff: post an update to an incident's timeline (resolved closes it)",
        description:
          "Sets the incident's status (and, with componentState, the state it gives its components). Status " +
          "resolved closes it: its components no longer count it, and 409 incident_resolved answers any later " +
          "update. Subscribers are emailed unless the incident is still a draft. Audited as " +
          "status.incident_updated or status.incident_resolved.",
        params: idParams,
        body: incidentUpdateBody,
        response: { 200: staffIncidentSchema },
      },
    },
    async (request) =>
      addIncidentUpdate(deps, await staffActor(deps, request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/admin/status/incidents/:id/publish",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Staff: publish a draft incident opened by an automatic signal",
        description:
          "The draft becomes public: it shows on the status page, counts in its components' state and " +
          "subscribers are emailed. An incident already public is returned unchanged; a draft resolved " +
          "meanwhile is 409 incident_resolved. Audited as status.incident_published.",
        params: idParams,
        response: { 200: staffIncidentSchema },
      },
    },
    async (request) => publishIncident(deps, await staffActor(deps, request), request.params.id),
  );
};
