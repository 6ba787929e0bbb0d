import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { plainText } from "../../../platform/http/schemas.js";
import { authOf } from "../../accounts/index.js";
import type { PaymentsModule } from "../index.js";

const tags = ["Withdrawals"];
const security = [{ bearerAuth: [] }];

/** A payout destination as its owner sees it: masked, never enough to pay it. */
export const destinationSchema = z.object({
  id: z.string(),
  methodId: z.string(),
  methodName: z.string(),
  kind: z.enum(["card", "bank_transfer", "ewallet"]),
  label: z.string(),
  display: z
    .object({
      holder: z.string().optional(),
      bankName: z.string().optional(),
      last4: z.string(),
      brand: z.string().optional(),
      account: z.string().optional().describe("Masked: •••• 6789, j••••@example.com"),
    })
    .describe("What may be shown: holder, bank name, last 4, brand, masked account"),
  status: z.enum(["active", "removed"]),
  usableAfter: z.string().describe("A new destination can be withdrawn to from this moment"),
  ready: z.boolean(),
  createdAt: z.string(),
});

/** After requireUser: payout destinations and withdrawals are a customer's; staff accounts hold no money. */
export async function requireCustomer(request: FastifyRequest): Promise<void> {
  if (authOf(request).role !== "customer") throw new DomainError("forbidden");
}

/**
 * Requests that check a second-factor code: at most 20 a minute per customer (counted after
 * sign-in, so one customer's guessing does not slow down others behind the same address).
 */
export const secondFactorRateLimit = {
  rateLimit: {
    max: 20,
    timeWindow: "1 minute",
    hook: "preHandler" as const,
    keyGenerator: (request: FastifyRequest) => `2fa:${request.auth?.userId ?? request.ip}`,
  },
};

/** A second-factor code: six digits from the authenticator app, or a recovery code. */
export const secondFactorCode = plainText(40)
  .optional()
  .describe("The second-factor code (authenticator app) or a recovery code");

const details = z
  .object({
    accountHolder: plainText(140).optional(),
    accountNumber: plainText(40).optional(),
    iban: plainText(42).optional(),
    bankName: plainText(100).optional(),
    routingNumber: plainText(20).optional(),
    swift: plainText(20).optional(),
    number: plainText(30)
      .optional()
      .describe("Card number: exchanged for the provider's token, never stored"),
    expMonth: z.coerce.number().int().optional(),
    expYear: z.coerce.number().int().optional(),
    cvc: plainText(4).optional(),
    account: plainText(254).optional().describe("E-wallet: an email address or a phone number (+86…)"),
  })
  .describe(
    "bank_transfer: accountHolder, accountNumber or iban, bankName, routingNumber?, swift?; " +
      "card: number, expMonth, expYear, cvc?; ewallet: account",
  );

/** The customer's saved places to withdraw to. */
export const destinationRoutes: FastifyPluginAsyncZod<{ payments: PaymentsModule }> = async (
  app,
  { payments },
) => {
  const { destinations } = payments.withdrawals;
  app.addHook("onRequest", app.requireUser);
  app.addHook("onRequest", requireCustomer);

  app.get(
    "/api/v1/payout-destinations",
    {
      schema: {
        tags,
        security,
        summary: "The caller's payout destinations (active ones), oldest first",
        response: { 200: z.object({ data: z.array(destinationSchema) }) },
      },
    },
    async (request) => ({ data: await destinations.list(authOf(request).userId, request.locale) }),
  );

  app.post(
    "/api/v1/payout-destinations",
    {
      config: secondFactorRateLimit,
      schema: {
        tags,
        security,
        summary:
          "Save a payout destination (second factor required); usable after PAYOUT_DESTINATION_HOLD_HOURS; the customer is emailed",
        body: z.object({
          methodId: z.string().trim().min(1).max(64),
          label: plainText(60).optional(),
          details,
          code: secondFactorCode,
        }),
        response: { 201: destinationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await destinations.add(authOf(request).userId, request.body, request.locale)),
  );

  app.delete(
    "/api/v1/payout-destinations/:id",
    {
      schema: {
        tags,
        security,
        summary: "Remove a payout destination (withdrawals already made to it keep showing it)",
        params: z.object({ id: z.string().max(64) }),
      },
    },
    async (request, reply) => {
      await destinations.remove(authOf(request).userId, request.params.id);
      return reply.status(204).send();
    },
  );
};
