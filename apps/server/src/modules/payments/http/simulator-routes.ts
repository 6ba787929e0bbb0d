import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authOf } from "../../accounts/index.js";
import type { PaymentsModule } from "../index.js";
import {
  completeSimulatorPayment,
  setSimulatorMode,
  simulatorPayment,
  simulatorSetting,
  simulatorSettings,
} from "../simulators/pages.js";

const pageTags = ["Provider simulators"];
const security = [{ bearerAuth: [] }];
const idParam = z.object({ id: z.string().max(100) });
const providerParam = z.object({ provider: z.string().max(64) });

const settingSchema = z.object({
  provider: z.string(),
  kind: z.string(),
  mode: z.enum(["normal", "timeout", "error"]),
  updatedAt: z.string().nullable(),
});

/**
 * The built-in providers' own pages (3-D Secure challenge, e-wallet approval), which a real
 * provider hosts: public, no Satchel sign-in, reachable only by the payment's unguessable id
 * and only while it waits for the customer. And the admin switch for outage rehearsals.
 */
export const simulatorRoutes: FastifyPluginAsyncZod<{ payments: PaymentsModule }> = async (
  app,
  { payments },
) => {
  const { deps } = payments;
  const pageLimit = { rateLimit: { max: 30, timeWindow: "1 minute" } };

  app.get(
    "/api/v1/simulator/payments/:id",
    {
      config: pageLimit,
      schema: {
        tags: pageTags,
        summary: "Simulated provider page: the payment waiting for the customer (3-D Secure or e-wallet)",
        params: idParam,
        response: {
          200: z.object({
            id: z.string(),
            provider: z.string(),
            kind: z.enum(["3ds", "ewallet"]),
            amount: z.string(),
            currency: z.string(),
            merchant: z.string(),
            status: z.string(),
            returnUrl: z.string(),
          }),
        },
      },
    },
    async (request) => simulatorPayment(deps, request.params.id),
  );

  app.post(
    "/api/v1/simulator/payments/:id/complete",
    {
      config: pageLimit,
      schema: {
        tags: pageTags,
        summary:
          "Simulated provider page: approve, decline or cancel; the outcome reaches Satchel only by signed webhook",
        params: idParam,
        body: z.object({ outcome: z.enum(["approve", "decline", "cancel"]) }),
        response: { 200: z.object({ returnUrl: z.string() }) },
      },
    },
    async (request) => completeSimulatorPayment(deps, request.params.id, request.body.outcome),
  );

  app.get(
    "/api/v1/admin/simulators",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags: pageTags,
        security,
        summary: "Admin: the built-in provider simulators and their outage modes",
        response: { 200: z.object({ data: z.array(settingSchema) }) },
      },
    },
    async () => ({ data: await simulatorSettings(deps) }),
  );

  app.get(
    "/api/v1/admin/simulators/:provider",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags: pageTags,
        security,
        summary: "Admin: one simulator's outage mode",
        params: providerParam,
        response: { 200: settingSchema },
      },
    },
    async (request) => simulatorSetting(deps, request.params.provider),
  );

  app.put(
    "/api/v1/admin/simulators/:provider",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags: pageTags,
        security,
        summary:
          "Admin: rehearse an outage. timeout: requests are recorded but answers never arrive; error: refused with a 5xx (audited)",
        params: providerParam,
        body: z.object({ mode: z.enum(["normal", "timeout", "error"]) }),
        response: { 200: settingSchema },
      },
    },
    async (request) => {
      const auth = authOf(request);
      return setSimulatorMode(
        deps,
        { id: auth.userId, label: auth.role },
        request.params.provider,
        request.body.mode,
      );
    },
  );
};
