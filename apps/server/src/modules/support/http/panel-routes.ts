import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { SupportDeps } from "../deps.js";
import { panelAgent } from "../panel/agent.js";
import { customerByEmail, customerPanel } from "../panel/customer-panel.js";
import { panelActionRoutes } from "./panel-action-routes.js";
import { customerPanelSchema, security, tags } from "./panel-schemas.js";

/**
 * The customer panel of the agent console: everything about one customer on one screen, and
 * (in panel-action-routes) what an agent can do about it from a ticket.
 */
export const panelRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  await app.register(panelActionRoutes, { deps });

  app.get(
    "/api/v1/agent/customers/:userId",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary:
          "The customer panel: account, sign-in and lock state, money, what is under way, earlier tickets",
        description:
          "Never a secret (no password hash, TOTP secret, recovery codes or full card numbers; the phone is masked). " +
          "Each view is audited (customer.viewed), with the ticket it was opened from when that ticket is the " +
          "customer's (their own, or a verified guest ticket from their address). " +
          "404 not_found for staff and unknown ids.",
        params: z.object({ userId: z.string().max(64) }),
        querystring: z.object({
          ticketId: z
            .string()
            .max(64)
            .optional()
            .describe(
              "The ticket the panel is opened from (for the audit; ignored unless it is the customer's)",
            ),
        }),
        response: { 200: customerPanelSchema },
      },
    },
    async (request) =>
      customerPanel(deps, (await panelAgent(deps, request)).actor, request.params.userId, request.locale, {
        ticketId: request.query.ticketId,
      }),
  );

  app.get(
    "/api/v1/agent/customers",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Find a customer by email address (a guest wrote from it): their user id, or 404",
        querystring: z.object({ email: z.string().trim().min(3).max(320) }),
        response: { 200: z.object({ userId: z.string() }) },
      },
    },
    async (request) => customerByEmail(deps, request.query.email),
  );
};
