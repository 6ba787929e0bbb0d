import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { SupportDeps } from "../deps.js";

/** Support channels: live chat: sessions, the WebSocket, the agents' chat queue. */
export const chatRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (_app, _options) => {};
