import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Executor } from "../../platform/outbox/outbox.js";
import { listDevMessages } from "./dev-mailbox-repository.js";

const messageSchema = z
  .object({
    id: z.string(),
    channel: z.enum(["email", "sms"]),
    to: z.string(),
    subject: z.string().nullable(),
    text: z.string(),
    html: z.string().nullable(),
    headers: z
      .record(z.string(), z.string())
      .nullable()
      .describe(
        "Email threading headers as sent (From, Reply-To, Message-ID, In-Reply-To, References); null for SMS",
      ),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "DevMessage" });

const querySchema = z.object({
  to: z.string().max(320).optional().describe("Only messages sent to this address or phone number"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * Development only: what the platform would have sent by email or SMS. Registered only
 * outside production, so there the path answers 404 like any unknown one.
 */
export const devMailboxRoutes: FastifyPluginAsyncZod<{ db: Executor }> = async (app, { db }) => {
  app.get(
    "/api/v1/dev/messages",
    {
      schema: {
        tags: ["Development"],
        summary: "Outbound email and SMS held by the dev mailbox, newest first",
        querystring: querySchema,
        response: { 200: z.object({ data: z.array(messageSchema) }) },
      },
    },
    async (request) => {
      const rows = await listDevMessages(db, request.query);
      return { data: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
    },
  );
};
