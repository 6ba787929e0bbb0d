import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { plainText } from "../../../platform/http/schemas.js";
import { identifyCaller } from "../../accounts/index.js";

/** Schema pieces of the help center's public and staff routes. */

export const publicTags = ["Help center"];
export const staffTags = ["Help center (staff)"];

/** `lang`: en or zh-CN (zh and zh-cn too); the Accept-Language header decides when absent. */
export const langParam = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(["en", "zh-cn", "zh"], { error: "en or zh-CN" }))
  .transform((value): HelpLocale => (value === "en" ? "en" : "zh-CN"))
  .optional()
  .describe("en or zh-CN (zh is taken as zh-CN); the Accept-Language header when absent");

export const langOf = (request: FastifyRequest, lang: HelpLocale | undefined): HelpLocale =>
  lang ?? request.locale;

/** What customers type in a search box: trimmed, 1 to 200 characters, no control characters. */
export const queryText = plainText(200).pipe(z.string().min(1, "type something to search for"));

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text of several lines (a message, a comment): line breaks and tabs allowed, other control characters not. */
export const multilineText = (min: number, max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        .refine((value) => !CONTROL_EXCEPT_LINES.test(value), "no control characters"),
    );

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slugText = z.string().trim().max(80).regex(SLUG, "lower-case words joined by hyphens");

/** Our ids: a prefix, an underscore and 26 base32 characters. */
export const isIdOf = (prefix: string, value: string) =>
  new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`).test(value);

export const idParams = z.object({ id: z.string().max(64) });
export const slugParams = z.object({ slug: z.string().max(200) });

/**
 * Rate limit for a public write: counted per customer when the session is valid, per address
 * otherwise (a made-up token does not buy a guest a customer's allowance).
 */
export function perCallerLimit(app: FastifyInstance, name: string, max: number, timeWindow: string) {
  return {
    keyGenerator: async (request: FastifyRequest) => {
      const caller = await identifyCaller(app, request);
      return caller ? `${name}:user:${caller.userId}` : `${name}:ip:${request.ip}`;
    },
    max,
    timeWindow,
  };
}

export const searchHitSchema = z.object({
  slug: z.string(),
  title: z.string(),
  snippet: z.string().describe("HTML-escaped text; the matched words in <mark>…</mark>, no other markup"),
  score: z.number(),
  lang: z.enum(["en", "zh-CN"]),
});

export const suggestionSchema = z.object({
  slug: z.string(),
  title: z.string(),
  snippet: z.string(),
  lang: z.enum(["en", "zh-CN"]),
});
