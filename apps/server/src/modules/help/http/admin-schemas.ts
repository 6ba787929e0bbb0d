import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { plainText } from "../../../platform/http/schemas.js";
import { authOf } from "../../accounts/index.js";
import type { StaffActor } from "../editing/index.js";
import type { HelpModule } from "../index.js";

/** Schema pieces of the staff routes (articles, drafts, taxonomy, synonyms). */

export const security = [{ bearerAuth: [] }];

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const slugText = z
  .string()
  .trim()
  .max(80)
  .regex(SLUG, "lower-case letters and digits in words joined by single hyphens, at most 80 characters")
  .describe("Stable address, such as reset-your-password");

/** A language in a path: en or zh-CN (zh and zh-cn too). */
export const langPath = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(["en", "zh-cn", "zh"], { error: "en or zh-CN" }))
  .transform((value): HelpLocale => (value === "en" ? "en" : "zh-CN"))
  .describe("en or zh-CN");

export const articleKind = z.enum(["faq", "how_to", "troubleshooting", "policy", "announcement"]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: PostgreSQL refuses NUL in text; the others are never meant.
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Article markdown: line breaks and tabs allowed, other control characters not. */
export const markdownText = (min: number, max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => !CONTROL_EXCEPT_LINES.test(v), "no control characters other than line breaks and tabs")
    .refine((v) => v.trim().length >= min, min > 0 ? "write something" : "")
    .describe("Markdown; {{fact}} placeholders are filled when rendered");

export const titleText = plainText(200).pipe(z.string().min(1, "a title is needed"));

export const tagList = z
  .array(plainText(40).pipe(z.string().min(1)))
  .max(30)
  .describe("Words customers search with that the text may not contain");

export const relatedList = z
  .array(slugText)
  .max(20)
  .describe("Slugs of related articles, in the order shown");

export const bilingualText = (max: number) =>
  z.object({
    en: plainText(max).pipe(z.string().min(1)),
    "zh-CN": plainText(max).pipe(z.string().min(1)),
  });

export const versionNumber = z.coerce.number().int().min(1).max(1_000_000_000);

export const person = z.object({ id: z.string(), name: z.string() }).nullable();

const translationStatus = z.enum(["published", "changed", "draft", "unpublished"]);

const translationDetail = z.object({
  draftTitle: z.string(),
  draftBody: z.string(),
  draftVersion: z.number(),
  draftUpdatedAt: z.string(),
  draftUpdatedBy: person,
  title: z.string().nullable(),
  body: z.string().nullable(),
  publishedVersion: z.number().nullable(),
  publishedAt: z.string().nullable().describe("The last publication (kept after unpublishing)"),
  publishedBy: person,
  submittedAt: z.string().nullable(),
  submittedBy: person,
  submittedVersion: z
    .number()
    .nullable()
    .describe("The draft version waiting for review; a later save withdraws the submission (null again)"),
  status: translationStatus,
});

const place = z.object({ slug: z.string(), name: z.string() });

export const articleDetailView = z.object({
  slug: z.string(),
  kind: articleKind,
  section: place,
  category: place,
  tags: z.array(z.string()),
  related: z.array(z.string()),
  position: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  translations: z.object({ en: translationDetail.optional(), "zh-CN": translationDetail.optional() }),
});

const translationSummary = z.object({
  title: z.string().describe("The draft title"),
  status: translationStatus,
  draftVersion: z.number(),
  publishedVersion: z.number().nullable(),
  submittedAt: z.string().nullable(),
  submittedVersion: z.number().nullable().describe("The draft version waiting for review"),
  updatedAt: z.string(),
});

export const articleSummaryView = z.object({
  slug: z.string(),
  kind: articleKind,
  section: place,
  tags: z.array(z.string()),
  updatedAt: z.string(),
  translations: z.object({ en: translationSummary.optional(), "zh-CN": translationSummary.optional() }),
});

export const versionSummaryView = z.object({
  version: z.number(),
  title: z.string(),
  author: person.describe("null for the articles shipped with Satchel"),
  note: z.string().nullable(),
  createdAt: z.string(),
  published: z.boolean().describe("Customers read this version now"),
});

export const versionDetailView = z.object({
  version: z.number(),
  title: z.string(),
  body: z.string(),
  author: person,
  note: z.string().nullable(),
  createdAt: z.string(),
});

const change = z.object({ op: z.enum(["equal", "insert", "delete"]), text: z.string() });

export const diffView = z.object({
  from: z.number(),
  to: z.number(),
  title: z.array(change).describe("Word by word"),
  body: z.array(change).describe("Line by line"),
});

/** The signed-in staff member, named by email in the audit log as the other admin pages do. */
export async function staffActor(help: HelpModule, request: FastifyRequest): Promise<StaffActor> {
  const { userId, role } = authOf(request);
  const profile = await help.deps.customers.profile(help.deps.platform.db, userId);
  return { id: userId, role, label: profile?.email ?? userId };
}
