import { z } from "zod";
import { plainText } from "../../../platform/http/schemas.js";
import { REQUIREMENTS } from "../requirements.js";

export const tags = ["Identity verification"];
export const adminTags = ["Admin: identity verification"];
export const security = [{ bearerAuth: [] }];

export const documentKind = z.enum(["id_document", "selfie", "proof_of_address"]);

const text = (min: number, max: number) => plainText(max).pipe(z.string().min(min));

export const addressSchema = z.object({
  line1: text(1, 200),
  line2: plainText(200).optional(),
  city: text(1, 100),
  postalCode: text(1, 20),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "an ISO 3166 two-letter country code such as CN"),
});

export const profileBody = z.object({
  legalName: text(2, 200).describe("The full name as written on the identity document"),
  dateOfBirth: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
    .describe("YYYY-MM-DD; the customer must be 18 or older"),
  address: addressSchema,
});

export const documentView = z.object({
  id: z.string(),
  kind: documentKind,
  status: z.enum(["uploaded", "accepted", "rejected", "replaced"]),
  contentType: z.string().describe("Decided by the file's content, not by the Content-Type sent"),
  size: z.number().int(),
  createdAt: z.string(),
  rejectionReason: z.string().nullable().describe("Why a reviewer rejected this document"),
});

const requirement = z.enum(REQUIREMENTS);
const triple = z.object({ perTransaction: z.string(), daily: z.string(), monthly: z.string() });
const levelLimits = z.object({
  level: z.number().int(),
  currency: z.literal("USD"),
  deposit: triple,
  withdrawal: triple,
  transfer: triple,
});

const profileView = z.object({
  legalName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  address: z
    .object({
      line1: z.string(),
      line2: z.string().optional(),
      city: z.string(),
      postalCode: z.string(),
      country: z.string(),
    })
    .nullable(),
});

const reviewStatus = z.enum(["none", "pending", "approved", "rejected"]);

export const verificationView = z.object({
  level: z.number().int().describe("0 unverified, 1 basic, 2 full"),
  status: reviewStatus.describe("State of the full (level 2) review"),
  requestedLevel: z.number().int(),
  profile: profileView,
  documents: z.array(documentView).describe("The current document of each kind (replaced ones left out)"),
  missing: z.array(requirement).describe("Everything still needed for full verification, in wizard order"),
  levels: z
    .array(z.object({ level: z.number().int(), missing: z.array(requirement) }))
    .describe("What each level still needs (empty once reached)"),
  rejectionReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  limits: z.object({ current: levelLimits, next: levelLimits.nullable() }),
});

export const caseSummary = z.object({
  userId: z.string(),
  email: z.string().nullable(),
  walletNumber: z.string().nullable(),
  country: z.string().nullable(),
  legalName: z.string().nullable(),
  level: z.number().int(),
  status: reviewStatus,
  requestedLevel: z.number().int(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});

export const caseView = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  walletNumber: z.string().nullable(),
  country: z.string().nullable(),
  phone: z.string().nullable(),
  phoneVerified: z.boolean(),
  level: z.number().int(),
  status: reviewStatus,
  requestedLevel: z.number().int(),
  profile: profileView,
  documents: z
    .array(documentView.extend({ sha256: z.string() }))
    .describe("Every document ever uploaded, replaced ones included, oldest first"),
  rejectionReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
});

export const rejectBody = z.object({
  reason: text(3, 1000).describe("Shown to the customer as written (English or Chinese)"),
  documents: z
    .array(z.object({ id: z.string().max(64), reason: text(3, 500) }))
    .max(20)
    .default([])
    .describe("Documents that must be uploaded again, each with what is wrong"),
});
