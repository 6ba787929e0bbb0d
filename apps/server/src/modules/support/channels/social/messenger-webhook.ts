import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../../deps.js";
import { ATTACHMENT_MAX_BYTES } from "../../tickets/attachments.js";
import type { InboundFile } from "../inbound.js";
import { channelRow } from "../settings.js";
import { assertChannelOn, webhookSecret } from "./access.js";
import {
  eachEvent,
  emptyOutcome,
  jsonOf,
  receiveSocialMessage,
  type WebhookOutcome,
} from "./inbound-social.js";
import { type MessengerEvent, parseMessengerWebhook } from "./messenger-events.js";
import { recordMessengerReceipt } from "./messenger-receipts.js";
import { downloadFile } from "./provider-http.js";
import { sameSecret, signatureMatches } from "./signatures.js";

/**
 * Messenger's webhook (GET and POST /api/v1/channels/messenger/webhook). Meta verifies the URL
 * once with a GET (hub.mode=subscribe, the verify token we gave it, a challenge to echo), then
 * POSTs events signed with the app secret: X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the
 * raw body>. Customers' messages and button taps become ticket messages; delivery and read
 * receipts mark our replies; echoes of our own sends are skipped.
 */

export interface HandshakeQuery {
  mode: string | undefined;
  verifyToken: string | undefined;
  challenge: string | undefined;
}

// Meta's challenges are digits; anything that could be markup is not echoed back.
const CHALLENGE = /^[A-Za-z0-9._-]{1,200}$/;

/** The challenge to answer with, or 403 channel_verify_failed. */
export async function verifyMessengerHandshake(deps: SupportDeps, query: HandshakeQuery): Promise<string> {
  const expected = await webhookSecret(deps, "messenger", "verifyToken");
  const tokenOk = query.verifyToken !== undefined && sameSecret(query.verifyToken, expected);
  if (query.mode !== "subscribe" || !tokenOk || !query.challenge || !CHALLENGE.test(query.challenge))
    throw new DomainError("channel_verify_failed");
  return query.challenge;
}

export interface MessengerWebhookOptions {
  /**
   * Fetch image attachments from Meta's CDN and keep them as ticket attachments (their link is
   * in the message either way). Off unless set: it needs the network. From the channel's
   * settings (`downloadAttachments: true`) when not given.
   */
  downloadAttachments?: boolean | undefined;
}

/** The channel's settings the webhook reads: whether to download images, and our page's id. */
async function webhookSettings(deps: SupportDeps) {
  const settings = (await channelRow(deps.platform.db, "messenger"))?.settings;
  const pageId = settings?.pageId;
  return {
    downloads: settings?.downloadAttachments === true,
    pageId: typeof pageId === "string" && pageId ? pageId : undefined,
  };
}

async function imagesOf(event: Extract<MessengerEvent, { kind: "message" }>): Promise<InboundFile[]> {
  const files: InboundFile[] = [];
  for (const [index, attachment] of event.attachments.entries()) {
    if (attachment.type !== "image" || !attachment.url) continue;
    const bytes = await downloadFile(attachment.url, ATTACHMENT_MAX_BYTES);
    // The type is read from the bytes when stored; anything not an image is skipped there.
    if (bytes)
      files.push({
        filename: `messenger-image-${index + 1}`,
        contentType: "application/octet-stream",
        bytes,
      });
  }
  return files;
}

/** Checks the signature, then stores what the body holds; 401 / 503 errors before anything is kept. */
export async function receiveMessengerWebhook(
  deps: SupportDeps,
  rawBody: Buffer,
  signature: string | string[] | undefined,
  options: MessengerWebhookOptions = {},
): Promise<WebhookOutcome> {
  const secret = await webhookSecret(deps, "messenger", "appSecret");
  if (!signatureMatches(signature, secret, rawBody, "hex"))
    throw new DomainError("channel_signature_invalid");
  await assertChannelOn(deps, "messenger");
  const json = jsonOf(rawBody);
  const outcome = emptyOutcome();
  const settings = await webhookSettings(deps);
  const batch = parseMessengerWebhook(json, settings.pageId);
  if (!batch) {
    // Signed by Meta but not a Page body (another product's subscription): nothing for us.
    outcome.ignored += 1;
    return outcome;
  }
  outcome.ignored += batch.otherPages;
  const events = batch.events;
  const download = options.downloadAttachments ?? settings.downloads;
  const idOf = (event: MessengerEvent) =>
    event.kind === "message" ? event.mid : `${event.kind}.${event.psid}`;
  await eachEvent(deps, "messenger", events, idOf, outcome, async (event) => {
    if (event.kind !== "message") {
      await recordMessengerReceipt(deps, event);
      outcome.ignored += 1;
      return;
    }
    await receiveSocialMessage(
      deps,
      {
        channel: "messenger",
        senderId: event.psid,
        // The webhook carries no name; the Graph profile lookup needs another permission.
        senderName: undefined,
        externalId: event.mid,
        subject: "Messenger message",
        text: event.text,
        links: event.attachments,
        files: download ? await imagesOf(event) : undefined,
        raw: event.raw,
      },
      outcome,
    );
  });
  return outcome;
}
