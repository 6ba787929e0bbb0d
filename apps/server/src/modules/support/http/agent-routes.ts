import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { SupportDeps } from "../deps.js";

// PLACEHOLDER (owner: console helper): the agent queue, ticket detail, updates, replies, merge, links.
export const agentTicketRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (_app, _options) => {};
