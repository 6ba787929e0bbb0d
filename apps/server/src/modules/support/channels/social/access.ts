import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../../deps.js";

/**
 * The checks every social webhook and send makes: the channel's secret is set (on the channels
 * admin page, else from the environment), and the channel is on. Webhooks answer with catalogue
 * errors; sends throw plain errors, which the outbox keeps as the delivery error and retries.
 */

export type SocialChannel = "messenger" | "x";
export const SOCIAL_CHANNELS = ["messenger", "x"] as const satisfies readonly SocialChannel[];

/** How the channel is named in errors people read. */
export const CHANNEL_LABEL: Record<SocialChannel, string> = { messenger: "Messenger", x: "X" };

/** A webhook's secret, or 503 channel_not_configured. */
export async function webhookSecret(
  deps: SupportDeps,
  channel: SocialChannel,
  name: string,
): Promise<string> {
  const secret = await deps.channels.secret(channel, name);
  if (!secret) throw new DomainError("channel_not_configured", { channel: CHANNEL_LABEL[channel] });
  return secret;
}

/** 503 channel_disabled while the channel is turned off on the admin page (the provider retries later). */
export async function assertChannelOn(deps: SupportDeps, channel: SocialChannel): Promise<void> {
  if (!(await deps.channels.enabled(channel)))
    throw new DomainError("channel_disabled", { channel: CHANNEL_LABEL[channel] });
}

/** A send while the channel is turned off fails this attempt (the outbox retries). */
export async function assertSendingOn(deps: SupportDeps, channel: SocialChannel): Promise<void> {
  if (!(await deps.channels.enabled(channel)))
    throw new Error(`${CHANNEL_LABEL[channel]} is turned off on the channels admin page`);
}

/** A sender's credential; missing, or the channel turned off, fails this attempt (the outbox retries). */
export async function sendingSecret(
  deps: SupportDeps,
  channel: SocialChannel,
  name: string,
): Promise<string> {
  await assertSendingOn(deps, channel);
  const secret = await deps.channels.secret(channel, name);
  if (!secret) throw new Error(`${CHANNEL_LABEL[channel]} ${name} is not set`);
  return secret;
}
