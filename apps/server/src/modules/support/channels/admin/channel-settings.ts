import { z } from "zod";
import type { ConfigurableChannel } from "../../../../platform/db/schema-channels.js";
import { DomainError, type FieldError } from "../../../../platform/errors/domain-error.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import { channelRow } from "../settings.js";

/**
 * The non-secret settings an admin changes on the channels admin page, one small object per
 * channel, each with its defaults (chat and phone have none of their own). What comes from the environment (the support address, the
 * SMTP port, phone lines, API base URLs) is shown beside them but changed there, not here.
 * Other parts of the channels read them with readChannelSettings.
 */

/** A numeric id as Facebook and X give them (page id, account id). */
const numericId = z
  .string()
  .trim()
  .regex(/^\d{1,32}$/, "digits only, as the provider shows it");

export const CHANNEL_SETTINGS = {
  email: z.object({
    autoAcknowledge: z
      .boolean()
      .default(true)
      .describe("Answer a new ticket by email with its number and the expected response time"),
  }),
  chat: z.object({}),
  phone: z.object({}),
  messenger: z.object({
    pageId: numericId.nullable().default(null).describe("The Facebook page whose Messenger inbox this is"),
    downloadAttachments: z
      .boolean()
      .default(false)
      .describe("Keep Messenger images as ticket attachments (fetched from Meta's CDN; needs the network)"),
  }),
  x: z.object({
    accountId: numericId.nullable().default(null).describe("The X account (user id) that receives the DMs"),
    clientId: z
      .string()
      .trim()
      .regex(/^[\x21-\x7e]{1,200}$/, "the OAuth 2.0 client id, as the X developer portal shows it")
      .nullable()
      .default(null)
      .describe("The app's OAuth 2.0 client id, used to refresh the access token (else X_CLIENT_ID)"),
  }),
} as const satisfies Record<ConfigurableChannel, z.ZodObject>;

export type ChannelSettingsOf<C extends ConfigurableChannel> = z.output<(typeof CHANNEL_SETTINGS)[C]>;

/** Stored settings read through their schema; a value that no longer fits gives way to its default. */
export function settingsFrom<C extends ConfigurableChannel>(
  channel: C,
  stored: Record<string, unknown> | undefined,
): ChannelSettingsOf<C> {
  const schema: z.ZodObject = CHANNEL_SETTINGS[channel];
  const defaults = schema.parse({});
  const result: Record<string, unknown> = { ...defaults };
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = field.safeParse(stored?.[key]);
    if (parsed.success && stored && key in stored) result[key] = parsed.data;
  }
  return result as ChannelSettingsOf<C>;
}

/** A channel's settings now (defaults when the page never saved any). */
export async function readChannelSettings<C extends ConfigurableChannel>(
  executor: Executor,
  channel: C,
): Promise<ChannelSettingsOf<C>> {
  const row = await channelRow(executor, channel);
  return settingsFrom(channel, row?.settings);
}

/**
 * The settings after a change: only the fields sent change, each checked by the channel's
 * schema; an unknown field is refused (a typo would otherwise be dropped silently).
 */
export function applySettingsPatch(
  channel: ConfigurableChannel,
  current: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const schema: z.ZodObject = CHANNEL_SETTINGS[channel];
  const fieldErrors: FieldError[] = [];
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    const field = schema.shape[key];
    if (!field) {
      fieldErrors.push({
        in: "body",
        path: `/settings/${key}`,
        code: "unrecognized_keys",
        message: `${channel} has no setting ${key}`,
      });
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) next[key] = parsed.data;
    else
      for (const issue of parsed.error.issues)
        fieldErrors.push({
          in: "body",
          path: ["", "settings", key, ...issue.path.map(String)].join("/"),
          code: issue.code,
          message: issue.message,
        });
  }
  if (fieldErrors.length > 0) throw new DomainError("validation_failed", {}, fieldErrors);
  return next;
}
