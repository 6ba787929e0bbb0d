import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { Platform } from "../../platform/platform.js";
import { customerAnswerMime, supportReplyTo } from "./dev-mailbox-reply.js";
import { findDevMessage, listDevMessages } from "./dev-mailbox-repository.js";

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
        "Email headers as sent (From, Reply-To, Message-ID, In-Reply-To, References, Auto-Submitted); null for SMS",
      ),
    answerable: z
      .boolean()
      .describe(
        "A support email (Reply-To ours): POST /api/v1/dev/messages/{id}/reply answers it as the customer",
      ),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "DevMessage" });

const querySchema = z.object({
  to: z.string().max(320).optional().describe("Only messages sent to this address or phone number"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const replyBody = z.object({
  text: z.string().trim().min(1).max(5000).describe("What the customer types above the quoted email"),
});

const replyAnswer = z
  .object({
    ticketId: z.string().nullable(),
    number: z.string().nullable(),
    created: z.boolean().describe("The answer opened a new ticket instead of threading into one"),
  })
  .meta({ id: "DevMessageReply" });

export interface DevMailboxOptions {
  platform: Platform;
  /**
   * The support desk's inbound email (raw MIME in, the ticket it landed in out): answers to
   * support emails go through it, as they would from the SMTP listener.
   */
  receiveEmail?: (
    raw: Buffer,
  ) => Promise<{ ticketId: string | null; number: string | null; created: boolean }>;
}

/**
 * Development only: what the platform would have sent by email or SMS, and a way to answer a
 * support email as its recipient. Registered only outside production, so there the paths
 * answer 404 like any unknown one.
 */
export const devMailboxRoutes: FastifyPluginAsyncZod<DevMailboxOptions> = async (app, options) => {
  const { platform, receiveEmail } = options;
  const db = platform.db;
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
      const support = platform.config.channels.supportAddress;
      return {
        data: rows.map((r) => ({
          ...r,
          answerable: receiveEmail !== undefined && supportReplyTo(r, support) !== undefined,
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );

  if (!receiveEmail) return;
  app.post(
    "/api/v1/dev/messages/:id/reply",
    {
      schema: {
        tags: ["Development"],
        summary: "Answer a support email as its recipient (through the inbound email path)",
        description:
          "Builds the mail the recipient's program would send (From the recipient, To the Reply-To, In-Reply-To the Message-ID, the text above the quoted email) and receives it as POST /api/v1/channels/email/inbound would, without its token. 404 for a message whose Reply-To is not the support address.",
        params: z.object({ id: z.string().min(1).max(64) }),
        body: replyBody,
        response: { 201: replyAnswer },
      },
    },
    async (request, reply) => {
      const message = await findDevMessage(db, request.params.id);
      const to = message && supportReplyTo(message, platform.config.channels.supportAddress);
      if (!message || !to) throw new DomainError("not_found");
      const raw = await customerAnswerMime(message, {
        text: request.body.text,
        to,
        messageId: `${platform.ids.next("message")}@dev-mailbox.localhost`,
        at: platform.clock.now(),
      });
      const receipt = await receiveEmail(raw);
      return reply
        .status(201)
        .send({ ticketId: receipt.ticketId, number: receipt.number, created: receipt.created });
    },
  );
};
