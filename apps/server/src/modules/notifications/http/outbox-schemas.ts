import { z } from "zod";
import { plainText } from "../../../platform/http/schemas.js";

/** Schemas of the dead-letter routes (admins): outbox rows that failed for good, retried or discarded. */

export const outboxTags = ["Admin: outbox"];
export const security = [{ bearerAuth: [] }];

export const outboxListQuery = z.object({
  status: z
    .enum(["dead", "discarded"])
    .default("dead")
    .describe("dead: failed their last attempt; discarded: let go by a staff member"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional().describe("nextCursor of the previous page"),
});

export const outboxParams = z.object({ id: plainText(64).pipe(z.string().min(1)) });

export const deadLetterView = z.object({
  id: z.string(),
  topic: z
    .string()
    .describe("What the row does: messaging.deliver for an email or SMS, a webhook, a payout…"),
  status: z.enum(["pending", "delivered", "dead", "discarded"]),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  nextAttemptAt: z.string(),
  resolvedAt: z.string().nullable().describe("When a staff member retried or discarded it"),
  resolvedBy: z.string().nullable().describe("Who did (their user id)"),
  summary: z
    .object({
      channel: z.string().optional(),
      to: z.string().optional().describe("The recipient, masked"),
      subject: z.string().optional(),
    })
    .describe("For an email or SMS: channel, masked recipient and subject. Never the body."),
});

export const deadLetterPage = z.object({
  data: z.array(deadLetterView),
  nextCursor: z.string().nullable(),
  counts: z.object({
    pending: z.number().int().describe("Rows waiting to be delivered"),
    dead: z.number().int().describe("Rows that failed their last attempt"),
  }),
});
