import type { FastifyInstance } from "fastify";
import type { PaymentsModule } from "../index.js";
import { bankRoutes } from "./bank-routes.js";
import { depositRoutes } from "./deposit-routes.js";
import { destinationRoutes } from "./destination-routes.js";
import { methodRoutes } from "./method-routes.js";
import { policyRoutes } from "./policy-routes.js";
import { simulatorRoutes } from "./simulator-routes.js";
import { traceRoutes } from "./trace-routes.js";
import { webhookRoutes } from "./webhook-routes.js";
import { withdrawalRoutes } from "./withdrawal-routes.js";

export async function registerPayments(app: FastifyInstance, payments: PaymentsModule): Promise<void> {
  await app.register(methodRoutes, { deps: payments.deps });
  for (const routes of [
    depositRoutes,
    webhookRoutes,
    simulatorRoutes,
    bankRoutes,
    traceRoutes,
    withdrawalRoutes,
    destinationRoutes,
    policyRoutes,
  ]) {
    await app.register(routes, { payments });
  }
}
