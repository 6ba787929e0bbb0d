import { z } from "zod";

/**
 * Support channels from the environment. Secrets given here seed the channels admin page
 * (where they can be rotated and are kept sealed in the database); the database value wins
 * once set. Phone lines and their hours are shown on the contact page.
 */

export interface PhoneLine {
  /** Shown to customers, in both languages. */
  label: { en: string; "zh-CN": string };
  /** E.164, for example +8640012345678. */
  number: string;
  /** Opening hours as people read them, in both languages (for example "Mon–Fri 09:00–18:00 (UTC+8)"). */
  hours: { en: string; "zh-CN": string };
}

export interface ChannelSettings {
  /** The address customers write to; replies come from it and the +token variants of it. */
  supportAddress: string;
  /** Port of the inbound SMTP listener; undefined = off. */
  smtpInboundPort: number | undefined;
  /** Host the listener binds to. */
  smtpInboundHost: string;
  /** Bearer token an inbound-mail provider posts raw MIME with. */
  inboundEmailToken: string | undefined;
  /**
   * The authserv-id our receiving MTA stamps its Authentication-Results with; when set, a
   * mail whose From it did not authenticate (DMARC, or aligned DKIM) is never taken as a customer's.
   */
  inboundAuthservId: string | undefined;
  messengerVerifyToken: string | undefined;
  messengerAppSecret: string | undefined;
  messengerPageToken: string | undefined;
  /** Graph API base, without a trailing slash (tests point it at a local fake). */
  messengerApiUrl: string;
  xConsumerSecret: string | undefined;
  /** OAuth 2.0 user-context bearer token with dm.write and tweet.write (lives two hours). */
  xAccessToken: string | undefined;
  /** OAuth 2.0 refresh token (scope offline.access) that gets new access tokens; X rotates it on each use. */
  xRefreshToken: string | undefined;
  /** The app's OAuth 2.0 client id and, for a confidential client, its secret (HTTP Basic on refresh). */
  xClientId: string | undefined;
  xClientSecret: string | undefined;
  xApiUrl: string;
  /** HMAC-SHA256 secret of the voice provider's webhook. */
  voiceWebhookSecret: string | undefined;
  phoneLines: PhoneLine[];
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const bilingual = z.object({ en: z.string().min(1), "zh-CN": z.string().min(1) });
const phoneLines = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "JSON" });
      return z.NEVER;
    }
  })
  .pipe(
    z.array(
      z.object({
        label: bilingual,
        number: z.string().regex(/^\+[1-9]\d{6,14}$/, "an E.164 number such as +8640012345678"),
        hours: bilingual,
      }),
    ),
  );

const DEFAULT_PHONE_LINES: PhoneLine[] = [
  {
    label: { en: "Customer service (mainland China)", "zh-CN": "客服热线（中国大陆）" },
    number: "+864001234567",
    hours: { en: "Mon–Fri 09:00–18:00 (China time)", "zh-CN": "周一至周五 09:00–18:00（北京时间）" },
  },
  {
    label: { en: "International", "zh-CN": "国际热线" },
    number: "+85230012345",
    hours: { en: "Mon–Fri 09:00–18:00 (China time)", "zh-CN": "周一至周五 09:00–18:00（北京时间）" },
  },
];

export const channelEnvShape = {
  SMTP_INBOUND_PORT: optional(
    z.coerce
      .number({ error: "a port number from 1 to 65535" })
      .int("a port number from 1 to 65535")
      .min(1, "a port number from 1 to 65535")
      .max(65535, "a port number from 1 to 65535"),
  ),
  SMTP_INBOUND_HOST: z.string().trim().min(1).default("127.0.0.1"),
  INBOUND_EMAIL_TOKEN: optional(z.string().min(16, "a random string of at least 16 characters")),
  INBOUND_EMAIL_AUTHSERV_ID: optional(z.string().trim().min(1).max(255)),
  MESSENGER_VERIFY_TOKEN: optional(z.string().min(8, "at least 8 characters")),
  MESSENGER_APP_SECRET: optional(z.string().min(8, "at least 8 characters")),
  MESSENGER_PAGE_TOKEN: optional(z.string().min(8, "at least 8 characters")),
  MESSENGER_API_URL: z.url("an http(s) URL").default("https://graph.facebook.com/v21.0"),
  X_CONSUMER_SECRET: optional(z.string().min(8, "at least 8 characters")),
  X_ACCESS_TOKEN: optional(z.string().min(8, "at least 8 characters")),
  X_REFRESH_TOKEN: optional(z.string().min(8, "at least 8 characters")),
  X_CLIENT_ID: optional(z.string().trim().min(1)),
  X_CLIENT_SECRET: optional(z.string().min(8, "at least 8 characters")),
  X_API_URL: z.url("an http(s) URL").default("https://api.x.com"),
  VOICE_WEBHOOK_SECRET: optional(z.string().min(16, "a random string of at least 16 characters")),
  PHONE_LINES: optional(phoneLines),
};

type ChannelEnv = z.output<z.ZodObject<typeof channelEnvShape>> & {
  NODE_ENV: "development" | "production" | "test";
  SUPPORT_EMAIL_ADDRESS?: string | undefined;
};

export function channelSettings(e: ChannelEnv, publicHost: string): ChannelSettings {
  return {
    supportAddress: e.SUPPORT_EMAIL_ADDRESS ?? `support@${publicHost}`,
    // On by default in development (port 2525), off in production unless set.
    smtpInboundPort: e.SMTP_INBOUND_PORT ?? (e.NODE_ENV === "development" ? 2525 : undefined),
    smtpInboundHost: e.SMTP_INBOUND_HOST,
    inboundEmailToken: e.INBOUND_EMAIL_TOKEN,
    inboundAuthservId: e.INBOUND_EMAIL_AUTHSERV_ID,
    messengerVerifyToken: e.MESSENGER_VERIFY_TOKEN,
    messengerAppSecret: e.MESSENGER_APP_SECRET,
    messengerPageToken: e.MESSENGER_PAGE_TOKEN,
    messengerApiUrl: e.MESSENGER_API_URL.replace(/\/+$/, ""),
    xConsumerSecret: e.X_CONSUMER_SECRET,
    xAccessToken: e.X_ACCESS_TOKEN,
    xRefreshToken: e.X_REFRESH_TOKEN,
    xClientId: e.X_CLIENT_ID,
    xClientSecret: e.X_CLIENT_SECRET,
    xApiUrl: e.X_API_URL.replace(/\/+$/, ""),
    voiceWebhookSecret: e.VOICE_WEBHOOK_SECRET,
    phoneLines: e.PHONE_LINES ?? DEFAULT_PHONE_LINES,
  };
}
