import { z } from "zod";
import { USER_ROLES } from "../users.js";

export const localeSchema = z.enum(["en", "zh-CN"]);

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    phone: z.string().nullable(),
    phoneVerified: z.boolean(),
    name: z.string().nullable(),
    country: z.string().nullable(),
    language: localeSchema,
    role: z.enum(USER_ROLES),
    walletNumber: z
      .string()
      .nullable()
      .describe("Human reference for support and transfers, e.g. S1234-5678-90"),
    twoFactor: z.object({ totp: z.boolean(), sms: z.boolean(), recoveryCodesLeft: z.number().int() }),
    antiPhishingCode: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "User" });

export const passwordField = z
  .string()
  .min(1)
  .max(1024)
  .describe("8 to 128 characters; checked for strength");
export const loginField = z
  .string()
  .trim()
  .min(3)
  .max(320)
  .describe("Email address or phone number (+8613800000000)");
export const clientField = z
  .enum(["api", "web"])
  .default("api")
  .describe("web: set a session cookie and return csrfToken");

export const sessionResultSchema = z.object({
  token: z.string().optional().describe("Bearer token (API clients)"),
  csrfToken: z.string().optional().describe("Send as X-CSRF-Token with cookie-authenticated writes (web)"),
  user: userSchema,
});

export const mfaChallengeSchema = z.object({
  mfaRequired: z.literal(true),
  mfaToken: z.string(),
  methods: z.array(z.enum(["totp", "sms", "recovery_code"])),
});

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(64).optional(),
});

export const identityChecksSchema = z.object({
  reason: z.string().trim().min(3).max(500),
  checks: z
    .array(
      z.enum([
        "date_of_birth",
        "bank_account_last4",
        "recent_transaction_amount",
        "id_document",
        "phone_callback",
        "email_confirmation",
      ]),
    )
    .min(1)
    .max(6),
});
