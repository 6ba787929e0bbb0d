import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { receiveMessengerWebhook, verifyMessengerHandshake } from "../channels/social/messenger-webhook.js";
import { CRC_TOKEN, receiveXWebhook, xCrcResponse } from "../channels/social/x-webhook.js";
import type { SupportDeps } from "../deps.js";
import { socialAnnouncementRoutes } from "./social-announcement-routes.js";

const tags = ["Support channels"];

// Meta and X call from a handful of addresses, in bursts (a retried backlog): the per-caller
// limit would drop them under load. Signatures, not rate limits, keep strangers out.
const providerLimit = { rateLimit: { max: 6000, timeWindow: "1 minute" } };

const received = z.object({
  received: z.literal(true),
  stored: z.number().int().describe("Messages stored in tickets"),
  duplicates: z.number().int().describe("Messages stored before (the provider retried)"),
  ignored: z.number().int().describe("Events with nothing for the desk (echoes, receipts, other activity)"),
});

const rawBody = (body: unknown) => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));

/**
 * Support channels: the Messenger and X webhooks (GET handshake / CRC, POST signed events),
 * and social announcements (social-announcement-routes.ts). Paths fixed by API.md.
 */
export const socialRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  await app.register(socialAnnouncementRoutes, { deps });
  await app.register(webhookRoutes, { deps });
};

/**
 * The signatures cover the exact bytes sent: in this plugin's scope only, bodies arrive as raw
 * buffers (whatever their content type), and the adapters parse them after checking.
 */
const webhookRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (hooks, { deps }) => {
  hooks.removeAllContentTypeParsers();
  hooks.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));

  hooks.get(
    "/api/v1/channels/messenger/webhook",
    {
      config: providerLimit,
      schema: {
        tags,
        summary: "Messenger: Meta's webhook verification (hub.mode, hub.verify_token, hub.challenge)",
        description:
          "Answers 200 text/plain with hub.challenge when hub.mode is subscribe and hub.verify_token equals the " +
          "channel's verify token (compared in constant time); otherwise 403 channel_verify_failed. 503 " +
          "channel_not_configured while no verify token is set.",
        querystring: z.object({
          "hub.mode": z.string().max(50).optional(),
          "hub.verify_token": z.string().max(500).optional(),
          "hub.challenge": z.string().max(500).optional(),
        }),
        produces: ["text/plain"],
      },
    },
    async (request, reply) => {
      const challenge = await verifyMessengerHandshake(deps, {
        mode: request.query["hub.mode"],
        verifyToken: request.query["hub.verify_token"],
        challenge: request.query["hub.challenge"],
      });
      return reply
        .type("text/plain; charset=utf-8")
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "no-store")
        .send(challenge);
    },
  );

  hooks.post(
    "/api/v1/channels/messenger/webhook",
    {
      config: providerLimit,
      schema: {
        tags,
        summary: "Messenger: Meta's webhook events (messages, postbacks, deliveries, reads)",
        description:
          "Header X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body under the app secret>; missing or " +
          "wrong is 401 channel_signature_invalid and nothing is kept. Each message (by its mid) is stored once, in " +
          "the sender's open social ticket or a new one; image attachments are linked. Every signed body is " +
          "answered 200, also when it holds nothing for the desk (Meta retries anything else).",
        headers: z.object({ "x-hub-signature-256": z.string().max(200).optional() }),
        body: z.unknown().describe("The webhook's JSON, as sent (signed byte for byte)"),
        response: { 200: received },
      },
    },
    async (request) => ({
      received: true as const,
      ...(await receiveMessengerWebhook(deps, rawBody(request.body), request.headers["x-hub-signature-256"])),
    }),
  );

  hooks.get(
    "/api/v1/channels/x/webhook",
    {
      config: providerLimit,
      schema: {
        tags,
        summary: "X: the Account Activity CRC check",
        description:
          "Answers { response_token: 'sha256=' + base64(HMAC-SHA256(consumer secret, crc_token)) }. A missing " +
          "crc_token, or one that is not 1-256 base64/base64url characters, is 400 (so nothing shaped like an " +
          "event body can be signed here); 503 channel_not_configured while no consumer secret is set.",
        querystring: z.object({
          crc_token: z
            .string()
            .regex(CRC_TOKEN)
            .describe("X's challenge: 1-256 characters of A-Z a-z 0-9 + / = _ -"),
        }),
        response: { 200: z.object({ response_token: z.string() }) },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return xCrcResponse(deps, request.query.crc_token);
    },
  );

  hooks.post(
    "/api/v1/channels/x/webhook",
    {
      config: providerLimit,
      schema: {
        tags,
        summary: "X: Account Activity events (direct messages)",
        description:
          "Header x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256 of the raw body under the consumer " +
          "secret>; missing or wrong is 401 channel_signature_invalid and nothing is kept, as is a body shaped like a " +
          "CRC token (whose signature the CRC check would hand out). Direct messages to the " +
          "account (direct_message_events of type message_create, not sent by the account itself) are stored once " +
          "per event id, in the sender's open social ticket or a new one; other activity is answered 200 and ignored.",
        headers: z.object({ "x-twitter-webhooks-signature": z.string().max(200).optional() }),
        body: z.unknown().describe("The activity JSON, as sent (signed byte for byte)"),
        response: { 200: received },
      },
    },
    async (request) => ({
      received: true as const,
      ...(await receiveXWebhook(
        deps,
        rawBody(request.body),
        request.headers["x-twitter-webhooks-signature"],
      )),
    }),
  );
};
