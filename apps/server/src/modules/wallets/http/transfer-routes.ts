import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authOf } from "../../accounts/index.js";
import type { WalletsDeps } from "../deps.js";
import { createQuote, executeExchange } from "../exchange.js";
import type { WalletsModule } from "../index.js";
import { previewTransfer } from "../transfers.js";
import {
  amountText,
  currencyCode,
  idempotencyHeaders,
  idempotencyKeyOf,
  plainText,
  security,
  sendOutcome,
  tags,
  transactionSchema,
} from "./schemas.js";

const transferBody = z.object({
  to: plainText(254).pipe(z.string().min(3)).describe("A wallet number, email address or phone number"),
  amount: amountText,
  currency: currencyCode,
  note: plainText(140).optional(),
});

/** Money-moving requests of customers: transfers and exchanges. */
export const transferRoutes: FastifyPluginAsyncZod<{ deps: WalletsDeps; wallets: WalletsModule }> = async (
  app,
  { deps, wallets },
) => {
  // Transfers announce themselves before sign-in, so the batcher can wait for them (group commit).
  const arrivals = new WeakMap<object, () => void>();
  app.addHook("onRequest", async (request) => {
    if (request.routeOptions.url === "/api/v1/transfers" && request.method === "POST")
      arrivals.set(request, wallets.announce());
  });
  app.addHook("onResponse", async (request) => {
    arrivals.get(request)?.();
  });
  app.addHook("onRequestAbort", async (request) => {
    arrivals.get(request)?.();
  });
  app.addHook("onRequest", app.requireUser);

  app.post(
    "/api/v1/transfers/preview",
    {
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        tags,
        security,
        summary: "What a transfer would be: the recipient's masked name, the fee and the total",
        body: transferBody.omit({ note: true }),
        response: {
          200: z.object({
            recipient: z.object({ walletNumber: z.string(), maskedName: z.string() }),
            amount: z.string(),
            fee: z.string(),
            total: z.string(),
            currency: z.string(),
          }),
        },
      },
    },
    async (request) => previewTransfer(deps, authOf(request).userId, request.body),
  );

  app.post(
    "/api/v1/transfers",
    {
      schema: {
        tags,
        security,
        summary: "Send money to another customer (Idempotency-Key recommended)",
        headers: idempotencyHeaders,
        body: transferBody,
        response: { 201: transactionSchema },
      },
    },
    async (request, reply) => {
      const key = idempotencyKeyOf(request);
      const arrival = arrivals.get(request);
      return sendOutcome(reply, await wallets.transfer(authOf(request).userId, request.body, key, arrival));
    },
  );

  app.post(
    "/api/v1/exchanges/quotes",
    {
      schema: {
        tags,
        security,
        summary:
          "Quote an exchange between two of the caller's currencies; honoured for FX_QUOTE_TTL_SECONDS",
        body: z.object({ from: currencyCode, to: currencyCode, amount: amountText }),
        response: {
          201: z.object({
            id: z.string(),
            from: z.string(),
            to: z.string(),
            sellAmount: z.string(),
            buyAmount: z.string(),
            rate: z.string(),
            midRate: z.string(),
            spreadPercent: z.string(),
            expiresAt: z.string(),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createQuote(deps, authOf(request).userId, request.body)),
  );

  app.post(
    "/api/v1/exchanges",
    {
      schema: {
        tags,
        security,
        summary: "Exchange at a quote (Idempotency-Key recommended)",
        headers: idempotencyHeaders,
        body: z.object({ quoteId: z.string().trim().min(1).max(64) }),
        response: { 201: transactionSchema },
      },
    },
    async (request, reply) => {
      const key = idempotencyKeyOf(request);
      return sendOutcome(
        reply,
        await executeExchange(deps, authOf(request).userId, request.body.quoteId, key),
      );
    },
  );
};
