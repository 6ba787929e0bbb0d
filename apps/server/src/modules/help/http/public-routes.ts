import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { HelpModule } from "../index.js";

/** PLACEHOLDER: replaced by its owner. */
export const publicHelpRoutes: FastifyPluginAsyncZod<{ help: HelpModule }> = async () => {};
