import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { SupportDeps } from "../deps.js";

/** Support channels: contacts (people who wrote from outside the app) and linking them to customers. */
export const contactRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (_app, _options) => {};
