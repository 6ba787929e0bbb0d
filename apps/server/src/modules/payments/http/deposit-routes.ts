import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import {
  amountText,
  currencyCode,
  idempotencyHeaders,
  idempotencyKeyOf,
  reasonSchema,
} from "../../../platform/http/schemas.js";
import { authOf } from "../../accounts/index.js";
import type { PaymentsModule } from "../index.js";

const tags = ["Deposits"];
const security = [{ bearerAuth: [] }];

/**
 * The card fields are read loosely here and checked by the card validation, so a bad one is
 * `incorrect_card_details` naming the field (as a payment form expects), not a schema error.
 */
const cardField = z.union([z.string().max(64), z.number()]).optional();
const cardBody = z.object({
  number: z.string().max(64).default(""),
  expMonth: cardField.default(""),
  expYear: cardField.default(""),
  cvc: z.union([z.string().max(8), z.number()]).default(""),
});

const depositBody = z.object({
  methodId: z.string().trim().min(1).max(64),
  amount: amountText,
  currency: currencyCode,
  card: cardBody.optional().describe("Card methods only; never stored (the provider keeps a token)"),
});

const nextActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("redirect"), url: z.string() }),
  z.object({
    type: z.literal("bank_transfer"),
    bankName: z.string(),
    accountName: z.string(),
    accountNumber: z.string(),
    routingNumber: z.string().optional(),
    iban: z.string().optional(),
    swift: z.string().optional(),
    reference: z.string().describe("The code to quote on the transfer; it is how the money is matched"),
    amount: z.string(),
    currency: z.string(),
    expiresAt: z.string(),
  }),
]);

export const depositSchema = z.object({
  id: z.string(),
  methodId: z.string(),
  methodName: z.string(),
  kind: z.enum(["card", "bank_transfer", "ewallet"]),
  status: z.enum(["created", "pending", "succeeded", "failed", "expired"]),
  providerStatus: z
    .enum(["pending_at_provider", "awaiting_transfer", "requires_action", "processing"])
    .nullable()
    .describe("While pending: why (the provider has not answered, waiting for your transfer, your action…)"),
  amount: z.string(),
  fee: z.string(),
  netAmount: z.string().describe("What the wallet is credited: amount less fee"),
  currency: z.string(),
  card: z
    .object({ brand: z.string(), last4: z.string(), expMonth: z.number(), expYear: z.number() })
    .nullable(),
  nextAction: nextActionSchema.nullable(),
  reason: reasonSchema.nullable(),
  transactionId: z.string().nullable(),
  reference: z.string().nullable().describe("The history reference, such as T7K3M-9QPA2"),
  timeline: z.array(z.object({ status: z.string(), at: z.string(), reasonCode: z.string().nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

/** Deposits of the signed-in customer: start one, follow it, list them. */
export const depositRoutes: FastifyPluginAsyncZod<{ payments: PaymentsModule }> = async (
  app,
  { payments },
) => {
  const { deposits } = payments;
  app.addHook("onRequest", app.requireUser);

  app.post(
    "/api/v1/deposits",
    {
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        tags,
        security,
        summary:
          "Start a deposit (Idempotency-Key recommended). A card decline is not an error: 201 with status failed and the reason",
        headers: idempotencyHeaders,
        body: depositBody,
        response: { 201: depositSchema },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      if (auth.role !== "customer") throw new DomainError("forbidden");
      const key = idempotencyKeyOf(request);
      const { deposit, replayed } = await deposits.create(auth.userId, request.body, key, request.locale);
      if (replayed) reply.header("idempotency-replayed", "true");
      return reply.status(201).send(deposit);
    },
  );

  app.get(
    "/api/v1/deposits",
    {
      schema: {
        tags,
        security,
        summary: "The caller's deposits, newest first",
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(100).default(25),
          cursor: z.string().max(64).optional(),
        }),
        response: { 200: z.object({ data: z.array(depositSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      return deposits.list(authOf(request).userId, { limit, cursor }, request.locale);
    },
  );

  app.get(
    "/api/v1/deposits/:id",
    {
      schema: {
        tags,
        security,
        summary:
          "One of the caller's deposits: status, instructions or next step, and the reason if it failed",
        params: z.object({ id: z.string().max(64) }),
        response: { 200: depositSchema },
      },
    },
    async (request) => deposits.get(authOf(request).userId, request.params.id, request.locale),
  );
};
