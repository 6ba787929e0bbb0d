import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { PaymentsModule } from "../index.js";

/**
 * POST /api/v1/providers/{provider}/webhooks. The signature covers the exact bytes sent,
 * so this plugin reads JSON bodies as raw text (in its own scope only); the provider
 * adapter verifies and parses them.
 */
export const webhookRoutes: FastifyPluginAsyncZod<{ payments: PaymentsModule }> = async (
  app,
  { payments },
) => {
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    done(null, body);
  });

  app.post(
    "/api/v1/providers/:provider/webhooks",
    {
      // Providers call from a handful of addresses, in bursts: the per-customer limit would drop
      // their retries under load. Signatures, not rate limits, keep strangers out.
      config: { rateLimit: { max: 6000, timeWindow: "1 minute" } },
      schema: {
        tags: ["Provider webhooks"],
        summary:
          "A payment provider's events. Header Satchel-Signature: t=<unix>,v1=<hex HMAC-SHA256 of '<t>.<raw body>'>; five-minute window; each event id is acted on once",
        params: z.object({ provider: z.string().max(64) }),
        headers: z.object({ "satchel-signature": z.string().optional() }),
        body: z.string().describe("The event, as raw JSON text (signed byte for byte)"),
        response: { 200: z.object({ received: z.literal(true) }) },
      },
    },
    async (request) => {
      await payments.deposits.receiveWebhook({
        provider: request.params.provider,
        headers: request.headers,
        rawBody: request.body,
      });
      return { received: true as const };
    },
  );
};
