import type { ConfigurableChannel } from "../../../platform/db/schema-channels.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Platform } from "../../../platform/platform.js";

/**
 * Each channel's row on the channels admin page: on or off, its non-secret settings, its
 * secrets (sealed; the environment seeds them, the page rotates them) and its health (last
 * message in and out, last error). Read from the database on each use, so a rotation on one
 * node is in force on every node at once.
 */

export const CHANNEL_SECRETS = {
  email: ["inboundToken"],
  chat: [],
  phone: ["voiceSecret"],
  messenger: ["verifyToken", "appSecret", "pageToken"],
  x: ["consumerSecret", "accessToken", "refreshToken", "clientSecret"],
} as const satisfies Record<ConfigurableChannel, readonly string[]>;

/**
 * Beside a secret that expires (X's access token), the row's secrets keep `<name>ExpiresAt`: an
 * ISO time, not secret, written in the same update as the sealed value it belongs to.
 */
export const secretExpiryKey = (name: string) => `${name}ExpiresAt`;

export type SecretName<C extends ConfigurableChannel> = (typeof CHANNEL_SECRETS)[C][number];

export interface Sealer {
  seal(plain: string): string;
  open(sealed: string): string;
}

/** The environment's value for a secret, used until the admin page sets one. */
export function secretFromEnvironment(platform: Platform, channel: ConfigurableChannel, name: string) {
  const c = platform.config.channels;
  const values: Record<string, string | undefined> = {
    "email.inboundToken": c.inboundEmailToken,
    "phone.voiceSecret": c.voiceWebhookSecret,
    "messenger.verifyToken": c.messengerVerifyToken,
    "messenger.appSecret": c.messengerAppSecret,
    "messenger.pageToken": c.messengerPageToken,
    "x.consumerSecret": c.xConsumerSecret,
    "x.accessToken": c.xAccessToken,
    "x.refreshToken": c.xRefreshToken,
    "x.clientSecret": c.xClientSecret,
  };
  return values[`${channel}.${name}`];
}

export async function channelRow(executor: Executor, channel: ConfigurableChannel) {
  return executor
    .selectFrom("support_channel_settings")
    .selectAll()
    .where("channel", "=", channel)
    .executeTakeFirst();
}

/** Creates the channel's row when missing (enabled, no settings), so health can be recorded on it. */
export async function ensureChannelRow(executor: Executor, channel: ConfigurableChannel, at: Date) {
  await executor
    .insertInto("support_channel_settings")
    .values({ channel, settings: "{}", secrets: "{}", updated_at: at })
    .onConflict((oc) => oc.column("channel").doNothing())
    .execute();
}

/** The value sealed in a channel's row, when there is one that opens. */
export function openSealedSecret(
  sealer: Sealer,
  secrets: Record<string, string> | undefined,
  name: string,
): string | undefined {
  const sealed = secrets?.[name];
  if (!sealed) return undefined;
  try {
    return sealer.open(sealed);
  } catch {
    // Sealed under another SATCHEL_SECRET: unusable.
    return undefined;
  }
}

// Each platform warns once per secret it cannot open: the webhook it guards may be called every second.
const warnedUnreadable = new WeakMap<Platform, Set<string>>();

function warnUnreadableOnce(platform: Platform, channel: ConfigurableChannel, name: string) {
  const warned = warnedUnreadable.get(platform) ?? new Set<string>();
  warnedUnreadable.set(platform, warned);
  if (warned.has(`${channel}.${name}`)) return;
  warned.add(`${channel}.${name}`);
  platform.log.warn(
    { channel, secretName: name },
    "channel secret stored on the channels admin page cannot be opened (SATCHEL_SECRET changed?): the channel is treated as not configured until it is set again",
  );
}

/**
 * The secret set on the channels admin page, else the environment's. A secret stored but not
 * readable (sealed under another SATCHEL_SECRET) is none at all: the environment's value may be
 * the very token the page rotated out, and must not work again.
 */
export async function readSecret(
  platform: Platform,
  sealer: Sealer,
  channel: ConfigurableChannel,
  name: string,
): Promise<string | undefined> {
  const row = await channelRow(platform.db, channel);
  if (!row?.secrets[name]) return secretFromEnvironment(platform, channel, name);
  const value = openSealedSecret(sealer, row.secrets, name);
  if (value === undefined) warnUnreadableOnce(platform, channel, name);
  return value;
}

export async function channelEnabled(platform: Platform, channel: ConfigurableChannel): Promise<boolean> {
  const row = await channelRow(platform.db, channel);
  return row?.enabled ?? true;
}

type Health =
  | { last_inbound_at: Date }
  | { last_outbound_at: Date }
  | { last_error: string; last_error_at: Date };

/** Health is bookkeeping: a failure to record it never fails the message. */
export async function recordHealth(
  platform: Platform,
  channel: ConfigurableChannel,
  health: Health,
  at: Date,
) {
  try {
    await ensureChannelRow(platform.db, channel, at);
    await platform.db
      .updateTable("support_channel_settings")
      .set(health)
      .where("channel", "=", channel)
      .execute();
  } catch (error) {
    platform.log.warn({ err: error, channel }, "channel health could not be recorded");
  }
}
