import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { PaymentsModule } from "../index.js";

const tags = ["Policies"];

const scalar = z.union([z.string(), z.number(), z.null()]);
const change = z.object({
  path: z
    .string()
    .describe("What changed, such as methods.card.fee.percent or limits.withdrawal.level1.daily"),
  before: scalar,
  after: scalar,
  description: z.string().describe("The change in a sentence, in the reader's language"),
});
const versionView = z.object({
  version: z.number().int(),
  effectiveFrom: z.string(),
  changes: z.array(change).describe("What this version changed from the one before (empty for the first)"),
});
const limitRow = z.object({
  level: z.number().int(),
  perTransaction: z.string(),
  daily: z.string(),
  monthly: z.string(),
});

const policiesView = versionView.extend({
  currency: z
    .literal("USD")
    .describe("Every amount below is in USD; other currencies convert at the day's rate"),
  methods: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      name: z.string(),
      directions: z.array(z.enum(["deposit", "withdrawal"])),
      countries: z.array(z.string()).describe('ISO 3166 codes; "*" means everywhere'),
      currencies: z.array(z.string()),
      minAmount: z.string(),
      maxAmount: z.string(),
      fee: z.object({ fixed: z.string(), percent: z.string() }),
      processingTime: z.object({ key: z.string(), text: z.string() }),
      verificationLevel: z.object({
        deposit: z.number().int().nullable(),
        withdrawal: z.number().int().nullable(),
      }),
      state: z.enum(["active", "paused", "maintenance"]).describe("Now (not a term of the policy)"),
      maintenance: z.object({ startsAt: z.string(), endsAt: z.string() }).nullable(),
    }),
  ),
  limits: z.object({
    deposit: z.array(limitRow),
    withdrawal: z.array(limitRow),
    transfer: z.array(limitRow),
  }),
  withdrawalReviewOver: z.string().describe("Withdrawals of this amount or more wait for a staff review"),
  payoutDestinationHoldHours: z.number().int(),
  bankDepositExpiryDays: z.number().int(),
});

/** The public deposit and withdrawal policies and their history; no sign-in needed. */
export const policyRoutes: FastifyPluginAsyncZod<{ payments: PaymentsModule }> = async (
  app,
  { payments },
) => {
  app.get(
    "/api/v1/policies",
    {
      schema: {
        tags,
        security: [],
        summary:
          "Deposit and withdrawal policies generated from the live configuration: per method fees, limits, times and verification; limits per level; the version and what it changed",
        response: { 200: policiesView },
      },
    },
    async (request) => payments.policies.current(request.locale),
  );

  app.get(
    "/api/v1/policies/versions",
    {
      schema: {
        tags,
        security: [],
        summary: "Every version of the policies, newest first, with when it took effect and what changed",
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(100).default(20),
          cursor: z
            .string()
            .regex(/^\d{1,9}$/, "a nextCursor from a previous page")
            .optional(),
        }),
        response: { 200: z.object({ data: z.array(versionView), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => payments.policies.versions(request.locale, request.query),
  );
};
