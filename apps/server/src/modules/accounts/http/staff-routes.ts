import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkOfficialChannel } from "../channels.js";
import type { AccountsDeps } from "../deps.js";

/**
 * The public "is this really us?" check.
 *
 * The support actions on an account (POST /api/v1/agent/customers/{userId}/unlock, 2fa-reset,
 * lock, freeze, unfreeze, resend-verification) keep their paths but are served by the support
 * desk (support/http/panel-action-routes.ts): an agent takes them from a ticket, and the desk
 * writes the ticket's notes in the action's own transaction through the options of the
 * functions in ../staff.ts. Accounts stays unaware of tickets and nothing imports in a circle.
 */
export const staffRoutes: FastifyPluginAsyncZod<{ deps: AccountsDeps }> = async (app, { deps }) => {
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
