import type { SupportDeps } from "../../deps.js";
import { cleanText } from "../clean-text.js";
import { type InboundFile, receiveInbound } from "../inbound.js";
import type { SocialChannel } from "./access.js";

/**
 * A direct message from Messenger or X into the desk: the sender is a contact of that kind
 * (its PSID or X user id), the message is stored once per provider id, and it continues the
 * sender's open social ticket or opens one. Agents link the contact to a customer by hand.
 */

export interface SocialMessage {
  channel: SocialChannel;
  senderId: string;
  senderName: string | undefined;
  externalId: string;
  subject: string;
  text: string;
  /** Links to what came with it, written into the body (nothing is fetched unless asked). */
  links: { type: string; url: string | undefined }[];
  files?: InboundFile[] | undefined;
  raw: unknown;
}

export interface WebhookOutcome {
  /** Messages stored in a ticket. */
  stored: number;
  /** Messages seen before (the provider retried). */
  duplicates: number;
  /** Events with nothing for the desk (echoes, empty messages, other activity). */
  ignored: number;
}

export const emptyOutcome = (): WebhookOutcome => ({ stored: 0, duplicates: 0, ignored: 0 });

function bodyOf(message: SocialMessage): string {
  const text = cleanText(message.text).trim();
  const lines = text ? [text] : [];
  for (const link of message.links) {
    const type = cleanText(link.type);
    lines.push(link.url ? `[${type}] ${cleanText(link.url)}` : `[${type}]`);
  }
  return lines.join("\n\n").slice(0, 20_000);
}

/** A display name from the provider, cleaned; blank is none. */
const nameOf = (name: string | undefined) =>
  name === undefined ? undefined : cleanText(name).trim() || undefined;

export async function receiveSocialMessage(
  deps: SupportDeps,
  message: SocialMessage,
  outcome: WebhookOutcome,
): Promise<void> {
  const body = bodyOf(message);
  if (!body && !message.files?.length) {
    outcome.ignored += 1;
    return;
  }
  const result = await receiveInbound(deps, {
    channel: message.channel,
    from: { kind: message.channel, address: message.senderId, name: nameOf(message.senderName) },
    externalId: message.externalId,
    continueLatest: true,
    subject: cleanText(message.subject),
    body,
    files: message.files,
    // The event alone, not the batch it came in (that may hold other people's messages).
    original: { bytes: Buffer.from(JSON.stringify(message.raw)), contentType: "application/json" },
  });
  if (result.message) outcome.stored += 1;
  else outcome.duplicates += 1;
}

/**
 * Runs one event of a signed batch. A failure is logged with the event's id and counted as
 * ignored, and the rest of the batch goes on: the provider retries a batch not answered 200,
 * whole, so one event that can never be stored would otherwise hold back every other one.
 */
export async function eachEvent<T>(
  deps: SupportDeps,
  channel: SocialChannel,
  events: readonly T[],
  idOf: (event: T) => string,
  outcome: WebhookOutcome,
  handle: (event: T) => Promise<void>,
): Promise<void> {
  for (const event of events) {
    try {
      await handle(event);
    } catch (error) {
      deps.platform.log.error(
        { err: error, channel, eventId: idOf(event) },
        "social webhook event not stored",
      );
      outcome.ignored += 1;
    }
  }
}

/** A signed body as JSON; undefined when it is not JSON at all (answered 200 and ignored all the same). */
export function jsonOf(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString("utf8"));
  } catch {
    return undefined;
  }
}
