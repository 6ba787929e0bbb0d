import { z } from "zod";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "../../../platform/db/schema-status.js";
import type { Locale } from "../../../platform/i18n.js";

export const tags = ["Notifications"];
export const security = [{ bearerAuth: [] }];

export const notificationKind = z.enum(NOTIFICATION_KINDS);
export const notificationChannel = z.enum(NOTIFICATION_CHANNELS);

export const notificationSchema = z.object({
  id: z.string(),
  kind: notificationKind,
  title: z.string().describe("In the caller's language (Accept-Language)"),
  body: z.string().describe("Plain text; lines separated by \\n"),
  link: z.string().nullable().describe("A path of the web app (`/deposits/dep_…`), never an absolute URL"),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationParams = z.object({ id: z.string().min(1).max(64) });

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  unread: z
    .enum(["true", "false"])
    .optional()
    .describe("true: unread notifications only")
    .transform((value) => value === "true"),
});

/** `lang` as the rest of the API takes it: en or zh-CN (zh is taken as zh-CN), in upper or lower case; 400 otherwise. */
export const streamLang = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(["en", "zh-cn", "zh"], { error: "en or zh-CN" }))
  .transform((value): Locale => (value === "en" ? "en" : "zh-CN"));

export const streamQuery = z.object({
  lang: streamLang
    .optional()
    .describe(
      "en or zh-CN: the language of what the stream sends, a refusal included (EventSource cannot send " +
        "Accept-Language, which applies when absent)",
    ),
});

export const unreadSchema = z.object({ unread: z.number().int().min(0) });

export const notificationPageSchema = z.object({
  data: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unread: z.number().int().min(0).describe("The caller's unread count, whatever the page holds"),
});

export const readBody = z
  .object({
    ids: z.array(z.string().min(1).max(64)).min(1).max(100).optional(),
    all: z.literal(true).optional(),
  })
  .refine((body) => (body.ids === undefined) !== (body.all === undefined), {
    message: "Either ids or all: true",
  });

const switches = z.object({ in_app: z.boolean(), email: z.boolean(), sms: z.boolean() });

export const preferencesSchema = z.object({
  kinds: z.array(
    z.object({
      kind: notificationKind,
      locked: z
        .array(notificationChannel)
        .describe("Channels that cannot be turned off (security: in_app, email)"),
      channels: switches,
    }),
  ),
  smsAvailable: z.boolean().describe("The account has a verified phone, so texts can be turned on"),
});

export const preferencesBody = z.object({
  changes: z
    .array(z.object({ kind: notificationKind, channel: notificationChannel, enabled: z.boolean() }))
    .min(1)
    .max(NOTIFICATION_KINDS.length * NOTIFICATION_CHANNELS.length),
});
