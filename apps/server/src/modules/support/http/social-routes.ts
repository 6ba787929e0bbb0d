import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { SupportDeps } from "../deps.js";

/** Support channels: Messenger and X webhooks, and social announcements. */
export const socialRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (_app, _options) => {};
