import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { addOfficialChannel, listOfficialChannels, removeOfficialChannel } from "../channels.js";
import type { AccountsDeps } from "../deps.js";
import { securityEvents } from "../profile.js";
import { findUserById } from "../users-repository.js";
import { authOf } from "./auth-plugin.js";
import { pageQuery } from "./schemas.js";

const tags = ["Admin"];
const security = [{ bearerAuth: [] }];
const channelSchema = z.object({
  id: z.string(),
  kind: z.enum(["domain", "email", "phone", "social"]),
  value: z.string(),
  label: z.string(),
});

/** Admin: the official-channels list and any account's security log. */
export const adminRoutes: FastifyPluginAsyncZod<{ deps: AccountsDeps }> = async (app, { deps }) => {
  app.addHook("onRequest", app.requireAdmin);
  const actorOf = async (userId: string) => ({
    id: userId,
    label: (await findUserById(deps.platform.db, userId))?.email ?? userId,
  });

  app.get(
    "/api/v1/admin/official-channels",
    {
      schema: {
        tags,
        security,
        summary: "The channels the public check recognizes",
        response: { 200: z.object({ data: z.array(channelSchema) }) },
      },
    },
    async () => ({ data: await listOfficialChannels(deps.platform) }),
  );

  app.post(
    "/api/v1/admin/official-channels",
    {
      schema: {
        tags,
        security,
        summary: "Add an official channel (audited)",
        body: z.object({
          kind: z.enum(["domain", "email", "phone", "social"]),
          value: z.string().trim().min(2).max(320),
          label: z.string().trim().min(1).max(120),
        }),
        response: { 201: channelSchema },
      },
    },
    async (request, reply) => {
      const channel = await addOfficialChannel(deps, await actorOf(authOf(request).userId), request.body);
      return reply.status(201).send(channel);
    },
  );

  app.delete(
    "/api/v1/admin/official-channels/:id",
    {
      schema: {
        tags,
        security,
        summary: "Remove an official channel (audited)",
        params: z.object({ id: z.string().max(64) }),
      },
    },
    async (request, reply) => {
      await removeOfficialChannel(deps, await actorOf(authOf(request).userId), request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    "/api/v1/admin/users/:userId/security-events",
    {
      schema: {
        tags,
        security,
        summary: "An account's security log",
        params: z.object({ userId: z.string().max(64) }),
        querystring: pageQuery,
      },
    },
    async (request) => {
      if (!(await findUserById(deps.platform.db, request.params.userId))) throw new DomainError("not_found");
      return securityEvents(deps, request.params.userId, request.query);
    },
  );
};
