import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { SupportDeps } from "../deps.js";

/** Support channels: POST /api/v1/channels/email/inbound (raw MIME from an inbound-mail provider). */
export const emailInboundRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (_app, _options) => {};
