import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { receiveVoiceEvent, SIGNATURE_HEADER, verifyVoiceRequest } from "../channels/phone/voice-webhook.js";
import type { SupportDeps } from "../deps.js";
import { webhookTags } from "./phone-schemas.js";

/** Voice events are small; anything larger is not one. */
const BODY_LIMIT = 64 * 1024;

/**
 * POST /api/v1/channels/voice/webhook. The signature covers the exact bytes sent, so JSON is
 * read as raw text in this plugin's scope only (every other route keeps its parsed bodies).
 */
export const phoneVoiceRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  app.addContentTypeParser(
    "application/json",
    { parseAs: "string", bodyLimit: BODY_LIMIT },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.post(
    "/api/v1/channels/voice/webhook",
    {
      bodyLimit: BODY_LIMIT,
      // Providers call from a few addresses, in bursts; the signature, not a rate limit, keeps strangers out.
      config: { rateLimit: { max: 6000, timeWindow: "1 minute" } },
      schema: {
        tags: webhookTags,
        summary: "Voice provider: call events (signed JSON, see docs/channels/phone.md)",
        description:
          "Header X-Satchel-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(voice secret, '<t>.<raw body>')>, within " +
          "5 minutes of our clock (401 channel_signature_invalid otherwise; 503 channel_not_configured without a " +
          "secret, channel_disabled while the phone channel is off). Body { id, type: call.ringing | call.answered | " +
          "call.completed | call.missed | call.voicemail, callId, from (E.164), to, occurredAt, durationSeconds? }. " +
          "call.ringing opens or continues the caller's phone ticket (a customer when the number is their verified " +
          "phone, else a contact) and tells open consoles; the later events update the same call. Each event id is " +
          "acted on once; a late step never undoes a later one.",
        headers: z.object({ [SIGNATURE_HEADER]: z.string().max(1000).optional() }),
        body: z.string().describe("The event as raw JSON text (signed byte for byte)"),
        response: { 200: z.object({ received: z.literal(true) }) },
      },
    },
    async (request) => {
      const event = await verifyVoiceRequest(deps, request.headers[SIGNATURE_HEADER], request.body);
      await receiveVoiceEvent(deps, event, request.body);
      return { received: true as const };
    },
  );
};
