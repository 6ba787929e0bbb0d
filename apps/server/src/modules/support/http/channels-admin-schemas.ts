import { z } from "zod";
import { CONFIGURABLE_CHANNELS } from "../../../platform/db/schema-channels.js";
import { CHANNEL_SETTINGS } from "../channels/admin/channel-settings.js";

/** Schemas of the channels admin routes. */

export const channelParams = z.object({ channel: z.enum(CONFIGURABLE_CHANNELS) });
export const secretParams = channelParams.extend({
  name: z
    .string()
    .max(40)
    .regex(/^[A-Za-z]+$/, "a secret name such as appSecret"),
});

const bilingual = z.object({ en: z.string(), "zh-CN": z.string() });

const secretView = z.object({
  name: z
    .string()
    .describe(
      "inboundToken, voiceSecret, verifyToken, appSecret, pageToken, consumerSecret, accessToken, refreshToken, " +
        "clientSecret",
    ),
  issuer: z
    .enum(["satchel", "provider"])
    .describe("satchel: generated here with rotate, pasted at the provider; provider: pasted here with set"),
  configured: z.boolean(),
  source: z
    .enum(["database", "environment"])
    .nullable()
    .describe("database: set on this page; environment: from the server's environment; null: missing"),
  hint: z.string().nullable().describe("The last four characters; never the value"),
});

const channelBase = z.object({
  enabled: z.boolean().describe("Off: messages arriving on the channel are refused, replies through it too"),
  environment: z
    .object({
      supportAddress: z.string().optional(),
      smtp: z.object({ host: z.string(), port: z.number().int() }).nullable().optional(),
      apiUrl: z.string().optional(),
      phoneLines: z.array(z.object({ label: bilingual, number: z.string(), hours: bilingual })).optional(),
    })
    .describe(
      "What the server's environment fixes (SUPPORT_EMAIL_ADDRESS, SMTP_INBOUND_PORT, PHONE_LINES, …)",
    ),
  secrets: z.array(secretView),
  health: z.object({
    status: z
      .enum(["ok", "error", "idle", "off", "not_configured"])
      .describe(
        "off: turned off; not_configured: a needed secret is missing; error: the last event was an error; " +
          "ok: a message in or out within 7 days; idle: none yet or none for 7 days",
      ),
    lastInboundAt: z.string().nullable(),
    lastOutboundAt: z.string().nullable(),
    lastError: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
  }),
  endpoints: z
    .array(
      z.object({
        key: z.enum(["inboundEmail", "smtp", "chatWidget", "voiceWebhook", "messengerWebhook", "xWebhook"]),
        url: z.string(),
      }),
    )
    .describe("Addresses to paste into the provider's dashboard (built from PUBLIC_URL)"),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const channelView = z.discriminatedUnion("channel", [
  channelBase.extend({ channel: z.literal("email"), settings: CHANNEL_SETTINGS.email }),
  channelBase.extend({ channel: z.literal("chat"), settings: CHANNEL_SETTINGS.chat }),
  channelBase.extend({ channel: z.literal("phone"), settings: CHANNEL_SETTINGS.phone }),
  channelBase.extend({ channel: z.literal("messenger"), settings: CHANNEL_SETTINGS.messenger }),
  channelBase.extend({ channel: z.literal("x"), settings: CHANNEL_SETTINGS.x }),
]);

export const channelPatchBody = z
  .object({
    enabled: z.boolean().optional(),
    settings: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        "Only the settings sent change. email: autoAcknowledge (boolean); messenger: pageId (digits or null), " +
          "downloadAttachments (boolean); x: accountId (digits or null), clientId (text or null); chat and phone: none",
      ),
  })
  .refine((body) => body.enabled !== undefined || body.settings !== undefined, "send enabled or settings");

export const secretValueBody = z.object({
  value: z
    .string()
    .min(8)
    .max(1000)
    .regex(/^[\x21-\x7e]+$/, "printable characters without spaces, as the provider shows it"),
});
