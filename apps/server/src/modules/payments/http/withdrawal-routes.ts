import type { FastifyPluginAsyncZod as Plugin } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  amountText,
  currencyCode,
  idempotencyHeaders,
  idempotencyKeyOf,
  plainText,
  reasonSchema,
  sendOutcome,
} from "../../../platform/http/schemas.js";
import { isReasonCode } from "../../../platform/reasons/catalog.js";
import { accountHolder, authOf } from "../../accounts/index.js";
import type { PaymentsModule } from "../index.js";
import {
  destinationSchema,
  requireCustomer,
  secondFactorCode,
  secondFactorRateLimit,
} from "./destination-routes.js";

const security = [{ bearerAuth: [] }];
const STATUSES = [
  "requested",
  "in_review",
  "processing",
  "paid",
  "rejected",
  "canceled",
  "failed",
  "returned",
] as const;

export const withdrawalSchema = z.object({
  id: z.string(),
  status: z.enum(STATUSES),
  destination: destinationSchema,
  methodId: z.string(),
  amount: z.string().describe("What the destination receives"),
  fee: z.string().describe("Added on top of the amount"),
  total: z.string().describe("What leaves the wallet: amount + fee"),
  currency: z.string(),
  cancelable: z.boolean().describe("True until the withdrawal is sent to the provider"),
  reason: reasonSchema
    .nullable()
    .describe("Why it was rejected, canceled, failed or returned, in the reader's language"),
  reasonNote: z.string().nullable().describe("The reviewer's note to the customer"),
  reviewReasons: z.array(z.string()).describe("Why it waits for a review: new_destination, large_amount"),
  timeline: z.array(
    z.object({
      status: z.string(),
      at: z.string(),
      reasonCode: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  transactionId: z.string().nullable().describe("Its row in the transaction history"),
  reference: z.string().nullable().describe("The history reference to quote to support"),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const reviewedSchema = withdrawalSchema.extend({
  customer: z.object({
    walletNumber: z.string().nullable(),
    email: z.string(),
    name: z.string().nullable(),
    verificationLevel: z.number().int(),
  }),
});

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(64).optional(),
};
const idParams = z.object({ id: z.string().max(64) });

/** The compliance review queue: compliance officers and admins; every decision is audited. */
const reviewRoutes: Plugin<{ payments: PaymentsModule }> = async (app, { payments }) => {
  const { review } = payments.withdrawals;
  const tags = ["Admin: withdrawals"];
  app.addHook("onRequest", app.requireCompliance);
  const actorOf = async (request: Parameters<typeof authOf>[0]) => {
    const auth = authOf(request);
    const holder = await accountHolder(payments.deps.platform.db, auth.userId);
    return { id: auth.userId, label: holder?.email ?? auth.userId };
  };

  app.get(
    "/api/v1/admin/withdrawals",
    {
      schema: {
        tags,
        security,
        summary: "Withdrawals by status (the review queue by default), oldest first, with the customer",
        querystring: z.object({ status: z.enum(STATUSES).default("in_review"), ...page }),
        response: { 200: z.object({ data: z.array(reviewedSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => review.queue(request.query, request.locale),
  );

  app.get(
    "/api/v1/admin/withdrawals/:id",
    {
      schema: {
        tags,
        security,
        summary: "One withdrawal, with the customer",
        params: idParams,
        response: { 200: reviewedSchema },
      },
    },
    async (request) => review.get(request.params.id, request.locale),
  );

  app.post(
    "/api/v1/admin/withdrawals/:id/approve",
    {
      schema: {
        tags,
        security,
        summary:
          "Approve a withdrawal in review: it is sent to the provider (audited, the customer is emailed)",
        params: idParams,
        response: { 200: reviewedSchema },
      },
    },
    async (request) => review.approve(await actorOf(request), request.params.id, request.locale),
  );

  app.post(
    "/api/v1/admin/withdrawals/:id/reject",
    {
      schema: {
        tags,
        security,
        summary:
          "Reject a withdrawal in review with a reason and a note the customer reads; the money is released (audited)",
        params: idParams,
        body: z.object({
          reasonCode: z
            .string()
            .trim()
            .max(64)
            .refine(isReasonCode, "a code of the reason catalogue (GET /api/v1/reason-codes)")
            .default("compliance_rejected"),
          note: plainText(1000).pipe(z.string().min(3)),
        }),
        response: { 200: reviewedSchema },
      },
    },
    async (request) => review.reject(await actorOf(request), request.params.id, request.body, request.locale),
  );
};

/** Withdrawals of the signed-in customer: request (second factor each time), list, read, cancel. */
const customerRoutes: Plugin<{ payments: PaymentsModule }> = async (app, { payments }) => {
  const { withdrawals } = payments;
  const tags = ["Withdrawals"];
  app.addHook("onRequest", app.requireUser);
  app.addHook("onRequest", requireCustomer);

  app.post(
    "/api/v1/withdrawals",
    {
      config: secondFactorRateLimit,
      schema: {
        tags,
        security,
        summary:
          "Withdraw to a saved destination (second factor each time; Idempotency-Key recommended). The money is held until paid or released",
        headers: idempotencyHeaders,
        body: z.object({
          destinationId: z.string().trim().min(1).max(64),
          amount: amountText,
          currency: currencyCode,
          code: secondFactorCode,
        }),
        response: { 201: withdrawalSchema },
      },
    },
    async (request, reply) => {
      const key = idempotencyKeyOf(request);
      return sendOutcome(
        reply,
        await withdrawals.request(authOf(request).userId, request.body, key, request.locale),
      );
    },
  );

  app.get(
    "/api/v1/withdrawals",
    {
      schema: {
        tags,
        security,
        summary: "The caller's withdrawals, newest first",
        querystring: z.object(page),
        response: { 200: z.object({ data: z.array(withdrawalSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => withdrawals.list(authOf(request).userId, request.query, request.locale),
  );

  app.get(
    "/api/v1/withdrawals/:id",
    {
      schema: {
        tags,
        security,
        summary: "One of the caller's withdrawals: state, reason and next step, timeline",
        params: idParams,
        response: { 200: withdrawalSchema },
      },
    },
    async (request) => withdrawals.get(authOf(request).userId, request.params.id, request.locale),
  );

  app.post(
    "/api/v1/withdrawals/:id/cancel",
    {
      schema: {
        tags,
        security,
        summary:
          "Cancel a withdrawal that has not been sent yet (requested or in review); the money is released",
        params: idParams,
        response: { 200: withdrawalSchema },
      },
    },
    async (request) => withdrawals.cancel(authOf(request).userId, request.params.id, request.locale),
  );
};

/** Withdrawals: the customer's own and the compliance review queue. */
export const withdrawalRoutes: Plugin<{ payments: PaymentsModule }> = async (app, { payments }) => {
  await app.register(customerRoutes, { payments });
  await app.register(reviewRoutes, { payments });
};
