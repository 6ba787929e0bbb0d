import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkOfficialChannel } from "../channels.js";
import { requestContext } from "../context.js";
import type { AccountsDeps } from "../deps.js";
import { staffHardLock, staffResetTwoFactor, staffUnlock } from "../staff.js";
import { findUserById } from "../users-repository.js";
import { authOf } from "./auth-plugin.js";
import { identityChecksSchema } from "./schemas.js";

/** Support actions on an account, and the public "is this really us?" check. */
export const staffRoutes: FastifyPluginAsyncZod<{ deps: AccountsDeps }> = async (app, { deps }) => {
  const actorOf = async (userId: string) => {
    const staff = await findUserById(deps.platform.db, userId);
    return { id: userId, label: staff?.email ?? userId };
  };

  app.post(
    "/api/v1/agent/customers/:userId/unlock",
    {
      onRequest: app.requireStaff,
      schema: {
        tags: ["Support"],
        security: [{ bearerAuth: [] }],
        summary: "Unlock an account after verifying the customer's identity (audited)",
        params: z.object({ userId: z.string().max(64) }),
        body: identityChecksSchema,
      },
    },
    async (request, reply) => {
      await staffUnlock(
        deps,
        await actorOf(authOf(request).userId),
        request.params.userId,
        request.body,
        requestContext(request),
      );
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/agent/customers/:userId/2fa-reset",
    {
      onRequest: app.requireStaff,
      schema: {
        tags: ["Support"],
        security: [{ bearerAuth: [] }],
        summary:
          "Turn off a customer's two-factor authentication after identity checks; holds withdrawals 24 h (audited)",
        params: z.object({ userId: z.string().max(64) }),
        body: identityChecksSchema,
      },
    },
    async (request, reply) => {
      await staffResetTwoFactor(
        deps,
        await actorOf(authOf(request).userId),
        request.params.userId,
        request.body,
        requestContext(request),
      );
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/agent/customers/:userId/lock",
    {
      onRequest: app.requireStaff,
      schema: {
        tags: ["Support"],
        security: [{ bearerAuth: [] }],
        summary:
          "Hard-lock an account on suspected takeover: signs out everywhere; only support can unlock (audited)",
        params: z.object({ userId: z.string().max(64) }),
        body: z.object({ reason: z.string().trim().min(3).max(500) }),
      },
    },
    async (request, reply) => {
      await staffHardLock(
        deps,
        await actorOf(authOf(request).userId),
        request.params.userId,
        request.body,
        requestContext(request),
      );
      return reply.status(204).send();
    },
  );

  app.get(
    "/api/v1/official-channels/check",
    {
      schema: {
        tags: ["Security"],
        summary: "Is this link, email address, phone number or handle an official Satchel channel?",
        querystring: z.object({ value: z.string().min(1).max(2048) }),
        response: {
          200: z.object({
            official: z.boolean(),
            channel: z
              .object({
                kind: z.enum(["domain", "email", "phone", "social"]),
                value: z.string(),
                label: z.string(),
              })
              .optional(),
          }),
        },
      },
    },
    async (request) => checkOfficialChannel(deps.platform, request.query.value),
  );
};
