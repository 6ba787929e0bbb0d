import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authOf } from "../../accounts/http/auth-plugin.js";
import type { SupportDeps } from "../deps.js";
import {
  adminTags,
  agentView,
  consoleTags,
  groupView,
  presenceStatus,
  security,
  staffActor,
} from "./settings-schemas.js";

/**
 * Groups and who works in them (supervisors change memberships, audited), the console's
 * presence heartbeat (round-robin gives tickets only to agents online now) and the agents
 * list with their presence.
 */
export const settingsGroupRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  const { db, clock } = deps.platform;

  app.get(
    "/api/v1/admin/support/groups",
    {
      onRequest: app.requireSupport,
      schema: {
        tags: adminTags,
        security,
        summary: "Support groups with the categories they take and their active members",
        response: { 200: z.object({ groups: z.array(groupView) }) },
      },
    },
    async () => ({ groups: await deps.assignment.groups(db, clock.now()) }),
  );

  app.put(
    "/api/v1/admin/staff/:userId/groups",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags: adminTags,
        security,
        summary: "Supervisor: the groups a staff member works in (replaces their memberships)",
        description:
          "404 staff_not_found for someone who is not active staff; 422 support_group_not_found for an unknown key. " +
          "A membership kept keeps its place in the round-robin.",
        params: z.object({ userId: z.string().min(1).max(64) }),
        body: z.object({ groups: z.array(z.string().trim().min(1).max(40)).max(20) }),
        response: { 200: z.object({ userId: z.string(), groups: z.array(z.string()) }) },
      },
    },
    async (request) => {
      const actor = await staffActor(deps, request);
      const { userId } = request.params;
      const groups = await db.transaction().execute(async (trx) => {
        const changed = await deps.assignment.setGroups(trx, userId, request.body.groups);
        if (changed.added.length > 0 || changed.removed.length > 0)
          await deps.audit.record(
            trx,
            actor,
            "staff.groups_changed",
            { type: "user", id: userId },
            { added: changed.added, removed: changed.removed, groups: changed.groups },
          );
        return changed.groups;
      });
      return { userId, groups };
    },
  );

  app.post(
    "/api/v1/agent/presence",
    {
      onRequest: app.requireSupport,
      schema: {
        tags: consoleTags,
        security,
        summary: "Console heartbeat: online, away or offline",
        description:
          "The console sends this every 60 s. Someone counts as online while heartbeats keep coming (within 2 " +
          "minutes); only online members of a group get new tickets. A change of status is audited.",
        body: z.object({ status: presenceStatus }),
        response: { 200: z.object({ status: presenceStatus }) },
      },
    },
    async (request) => {
      const actor = await staffActor(deps, request);
      const { userId } = authOf(request);
      const { status } = request.body;
      return db.transaction().execute(async (trx) => {
        const result = await deps.assignment.setPresence(trx, userId, status, clock.now());
        if (result.changed)
          await deps.audit.record(
            trx,
            actor,
            "support.presence_changed",
            { type: "user", id: userId },
            { status },
          );
        return { status: result.status };
      });
    },
  );

  app.get(
    "/api/v1/agent/agents",
    {
      onRequest: app.requireSupport,
      schema: {
        tags: consoleTags,
        security,
        summary: "Active staff with presence and groups (to assign tickets and see who is in)",
        response: { 200: z.array(agentView) },
      },
    },
    async () => deps.assignment.agents(db, clock.now()),
  );
};
