import { z } from "zod";

/** Response pieces the customer side and the agent console describe alike (one definition, one shape). */

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point; PostgreSQL refuses NUL.
export const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const attachmentRef = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});

/** A message as the customer sees it; the console adds whether it is an internal note. */
export const messageSchema = z.object({
  id: z.string(),
  authorType: z.enum(["customer", "agent", "system"]),
  authorName: z.string().nullable(),
  body: z.string(),
  channel: z.string(),
  attachments: z.array(attachmentRef),
  createdAt: z.string(),
});

/** A transaction attached to a ticket, as it was when attached. */
export const ticketTransaction = z.object({
  id: z.string(),
  reference: z.string(),
  type: z.string(),
  status: z.string(),
  direction: z.string(),
  amount: z.string(),
  fee: z.string(),
  currency: z.string(),
  reasonCode: z.string().nullable(),
  at: z.string(),
});

/** The customer's account when they wrote. */
export const accountContext = z.object({
  walletNumber: z.string().nullable().optional(),
  verificationLevel: z.number().int().optional(),
  locked: z.boolean().optional(),
  lockKind: z.string().nullable().optional(),
  twoFactor: z.boolean().optional(),
  frozen: z.boolean().optional(),
  emailVerified: z.boolean().optional(),
});
