import { z } from "zod";

export {
  amountText,
  currencyCode,
  idempotencyHeaders,
  idempotencyKeyOf,
  plainText,
  reasonSchema,
  sendOutcome,
} from "../../../platform/http/schemas.js";

export const tags = ["Wallets"];
export const security = [{ bearerAuth: [] }];

export const walletSchema = z.object({
  id: z.string(),
  currency: z.string(),
  available: z.string(),
  held: z.string(),
  posted: z.string(),
});

export const transactionSchema = z.object({
  id: z.string(),
  reference: z.string(),
  type: z.string(),
  status: z.enum(["pending", "completed", "failed", "reversed"]),
  direction: z.enum(["in", "out"]),
  amount: z.string(),
  fee: z.string(),
  currency: z.string(),
  counterAmount: z.string().nullable(),
  counterCurrency: z.string().nullable(),
  rate: z.string().nullable(),
  counterparty: z.object({ walletNumber: z.string(), maskedName: z.string() }).nullable(),
  note: z.string().nullable(),
  reasonCode: z.string().nullable(),
  origin: z
    .object({ kind: z.enum(["deposit", "withdrawal"]), id: z.string() })
    .nullable()
    .describe("For deposits and withdrawals: the deposit or withdrawal this entry belongs to"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
