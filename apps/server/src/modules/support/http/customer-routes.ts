import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { SupportDeps } from "../deps.js";

// PLACEHOLDER (owner: tickets helper): customers' own tickets (POST/GET /api/v1/tickets, messages, close, rating, attachments, contact options, unrecognized transaction).
export const customerTicketRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (
  _app,
  _options,
) => {};
