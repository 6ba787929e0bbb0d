import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { PaymentsModule } from "../index.js";

/** Placeholder while this part is built; registers nothing yet. */
export const withdrawalRoutes: FastifyPluginAsyncZod<{ payments: PaymentsModule }> = async () => {};
