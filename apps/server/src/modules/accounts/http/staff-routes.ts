import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkOfficialChannel } from "../channels.js";
import { requestContext } from "../context.js";
import type { AccountsDeps } from "../deps.js";
import { staffFreeze, staffHardLock, staffResetTwoFactor, staffUnfreeze, staffUnlock } from "../staff.js";
import { findUserById } from "../users-repository.js";
import { authOf } from "./auth-plugin.js";
import { identityChecksSchema } from "./schemas.js";

/** Support actions on an account, and the public "is this really us?" check. */
export const staffRoutes: FastifyPluginAsyncZod<{ deps: AccountsDeps }> = async (app, { deps }) => {
  const actorOf = async (userId: string) => {
    const staff = await findUserById(deps.platform.db, userId);
    return { id: userId, label: staff?.email ?? userId };
  };

  // Every support action has the same shape: a staff caller, a customer id, a body, a 204.
  const actions = [
    {
      path: "unlock",
      summary: "Unlock an account after verifying the customer's identity (audited)",
      body: identityChecksSchema,
      run: staffUnlock,
    },
    {
      path: "2fa-reset",
      summary:
        "Turn off a customer's two-factor authentication after identity checks; holds withdrawals 24 h (audited)",
      body: identityChecksSchema,
      run: staffResetTwoFactor,
    },
    {
      path: "lock",
      summary:
        "Hard-lock an account on suspected takeover: signs out everywhere; only support can unlock (audited)",
      body: z.object({ reason: z.string().trim().min(3).max(500) }),
      run: staffHardLock,
    },
    {
      path: "freeze",
      summary:
        "Freeze a customer's outgoing payments (transfers, exchanges, withdrawals); money can still arrive (audited)",
      body: z.object({ reason: z.string().trim().min(3).max(500) }),
      run: staffFreeze,
    },
    {
      path: "unfreeze",
      summary: "Lift a freeze after verifying the customer's identity (audited)",
      body: identityChecksSchema,
      run: staffUnfreeze,
    },
  ] as const;

  for (const action of actions) {
    app.post(
      `/api/v1/agent/customers/:userId/${action.path}`,
      {
        onRequest: app.requireStaff,
        schema: {
          tags: ["Support"],
          security: [{ bearerAuth: [] }],
          summary: action.summary,
          params: z.object({ userId: z.string().max(64) }),
          body: action.body,
        },
      },
      async (request, reply) => {
        const actor = await actorOf(authOf(request).userId);
        // The body was validated against this action's own schema above.
        await action.run(deps, actor, request.params.userId, request.body as never, requestContext(request));
        return reply.status(204).send();
      },
    );
  }

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
