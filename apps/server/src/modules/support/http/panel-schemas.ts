import { z } from "zod";
import { IDENTITY_CHECKS } from "../../accounts/staff.js";
import { USER_ROLES } from "../../accounts/users.js";
import { depositSchema } from "../../payments/http/deposit-routes.js";
import { destinationSchema } from "../../payments/http/destination-routes.js";
import { withdrawalSchema } from "../../payments/http/withdrawal-routes.js";
import { transactionSchema } from "../../wallets/http/schemas.js";

/** Shapes of the customer panel and its actions (the OpenAPI document is generated from them). */

export const tags = ["Support console"];
export const security = [{ bearerAuth: [] }];

export const reasonField = z.string().trim().min(3).max(500).describe("Why, in the agent's words (audited)");
export const ticketIdField = z
  .string()
  .max(64)
  .optional()
  .describe(
    "The ticket the action is taken from: it gets an internal note and a message to the customer (it must be theirs)",
  );
export const checksField = z
  .array(z.enum(IDENTITY_CHECKS))
  .min(1)
  .max(IDENTITY_CHECKS.length)
  .describe("The identity checks that passed; at least two different ones");

const iso = z.string().describe("ISO 8601, UTC");

const ticketSummary = z.object({
  id: z.string(),
  number: z.string(),
  subject: z.string(),
  category: z.string(),
  status: z.string(),
  priority: z.string(),
  channel: z.string(),
  createdAt: iso,
  updatedAt: iso,
  mergedIntoId: z.string().nullable(),
  satisfaction: z.object({ score: z.number().int(), comment: z.string().nullable() }).nullable(),
});

export const customerPanelSchema = z
  .object({
    profile: z.object({
      id: z.string(),
      name: z.string().nullable(),
      email: z.string(),
      emailVerified: z.boolean(),
      phone: z.string().nullable().describe("Masked: +86•••••••5678"),
      phoneVerified: z.boolean(),
      language: z.enum(["en", "zh-CN"]),
      country: z.string().nullable(),
      walletNumber: z.string().nullable(),
      createdAt: iso,
      role: z.enum(USER_ROLES),
    }),
    verification: z.object({
      level: z.number().int(),
      status: z.enum(["none", "pending", "approved", "rejected"]),
      pendingReview: z.boolean(),
      requestedLevel: z.number().int(),
      submittedAt: iso.nullable(),
      reviewedAt: iso.nullable(),
      rejectionReason: z.string().nullable(),
      missing: z.array(z.string()),
      legalName: z.string().nullable(),
      dateOfBirth: z.string().nullable().describe("YYYY-MM-DD, to compare with what the caller says"),
      documents: z.array(z.object({ kind: z.string(), status: z.string(), createdAt: iso })),
    }),
    lock: z.object({
      locked: z.boolean(),
      kind: z
        .enum(["soft", "hard"])
        .nullable()
        .describe("soft: lifts by itself at `until`; hard: support only"),
      cause: z.enum(["failed_sign_ins", "support"]).nullable(),
      reason: z.string().nullable().describe("Support's reason when support locked it"),
      since: iso.nullable(),
      until: iso.nullable(),
    }),
    twoFactor: z.object({ totp: z.boolean(), sms: z.boolean() }),
    frozen: z.object({ frozen: z.boolean(), reason: z.string().nullable(), at: iso.nullable() }),
    withdrawalsHeldUntil: iso.nullable().describe("After a password or 2FA reset, payouts wait until then"),
    logins: z
      .array(
        z.object({
          at: iso,
          ip: z.string().nullable(),
          device: z.string(),
          outcome: z.enum(["success", "failure", "locked", "mfa_failed"]),
        }),
      )
      .describe("The 10 latest sign-in attempts"),
    sessions: z
      .array(
        z.object({
          id: z.string(),
          kind: z.enum(["web", "api"]),
          device: z.string(),
          ip: z.string().nullable(),
          createdAt: iso,
          lastSeenAt: iso,
        }),
      )
      .describe("Devices signed in now"),
    wallets: z.array(
      z.object({ currency: z.string(), balance: z.string(), held: z.string(), available: z.string() }),
    ),
    transactions: z
      .array(
        transactionSchema.extend({
          failed: z.boolean().describe("Failed or reversed: worth a look"),
          reasonTitle: z.string().nullable().describe("The reason code's title in the reader's language"),
        }),
      )
      .describe("The 15 latest"),
    inFlight: z.object({
      deposits: z.array(
        depositSchema.omit({ nextAction: true }).extend({
          bankReference: z.string().nullable(),
          waitingFor: z
            .enum(["redirect", "bank_transfer"])
            .nullable()
            .describe("What the customer must do next"),
        }),
      ),
      withdrawals: z.array(withdrawalSchema),
      cases: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(["unmatched_line", "deposit_trace"]),
          status: z.enum(["open", "resolved"]),
          depositId: z.string().nullable(),
          statementLineId: z.string().nullable(),
          told: z.record(z.string(), z.unknown()).nullable(),
          createdAt: iso,
        }),
      ),
    }),
    payoutDestinations: z.array(destinationSchema).describe("Masked; for the bank-account-last-4 check"),
    tickets: z.array(ticketSummary).describe("The 20 latest tickets, this one included"),
    satisfaction: z.object({
      average: z.number().nullable(),
      count: z.number().int(),
      recent: z.array(
        z.object({
          ticketId: z.string(),
          number: z.string(),
          score: z.number().int(),
          comment: z.string().nullable(),
          ratedAt: iso.nullable(),
        }),
      ),
    }),
  })
  .meta({ id: "CustomerPanel" });
