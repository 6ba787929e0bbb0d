import { z } from "zod";
import { NOTIFICATION_KINDS } from "../../../platform/db/schema-status.js";
import { plainText } from "../../../platform/http/schemas.js";
import { LOCALES } from "../../../platform/i18n.js";
import { TEMPLATE_AUDIENCES } from "../templates/define.js";

/** Schemas of the template routes (staff): every email and SMS Satchel sends, and a preview of each. */

export const templateTags = ["Staff: templates"];
export const security = [{ bearerAuth: [] }];

const localized = z.object({ en: z.string(), "zh-CN": z.string() });

export const templateSummary = z.object({
  key: z.string().describe('Such as "accounts.password_reset"'),
  channel: z.enum(["email", "sms"]),
  audience: z
    .enum(TEMPLATE_AUDIENCES)
    .describe(
      "customer: the account's own address (name, anti-phishing code); subscriber: a status subscriber; " +
        "guest: an address someone typed (no name, no code); staff: the support team or a staff account",
    ),
  kind: z
    .enum(NOTIFICATION_KINDS)
    .nullable()
    .describe(
      "The notification kind it goes out as (also in the app, as preferences allow); null when sent straight " +
        "to the address or phone (a link or code someone asked for)",
    ),
  description: localized,
});

export const templateList = z.object({ data: z.array(templateSummary) });

export const templateParams = z.object({ key: plainText(100).pipe(z.string().min(1)) });

export const previewQuery = z.object({
  language: z.enum(LOCALES).optional().describe("The caller's language (Accept-Language) when left out"),
  antiPhishingCode: plainText(40)
    .optional()
    .describe(
      "Shown where the real message shows the customer's code (an account's own email); none when left out",
    ),
});

export const templatePreview = z.object({
  key: z.string(),
  channel: z.enum(["email", "sms"]),
  language: z.enum(LOCALES),
  subject: z.string().nullable().describe("null for a text message"),
  text: z.string().describe("The plain-text part, or the text message"),
  html: z
    .string()
    .nullable()
    .describe("The HTML part (show it in a sandboxed frame); null for a text message"),
});
