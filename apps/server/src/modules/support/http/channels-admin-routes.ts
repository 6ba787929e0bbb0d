import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { SupportDeps } from "../deps.js";

/** Support channels: the channels admin page: settings, secrets, health. */
export const channelsAdminRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (_app, _options) => {};
