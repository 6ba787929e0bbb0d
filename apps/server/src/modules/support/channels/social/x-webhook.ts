import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../../deps.js";
import { channelRow } from "../settings.js";
import { assertChannelOn, webhookSecret } from "./access.js";
import {
  eachEvent,
  emptyOutcome,
  jsonOf,
  receiveSocialMessage,
  type WebhookOutcome,
} from "./inbound-social.js";
import { hmacSha256, signatureMatches } from "./signatures.js";
import { parseXWebhook } from "./x-events.js";

/**
 * X's Account Activity webhook (GET and POST /api/v1/channels/x/webhook). X checks the URL
 * when it is registered and about hourly after with a CRC: GET ?crc_token=…, answered with
 * sha256=<base64 HMAC-SHA256 of the token under the consumer secret>. Events are POSTed with
 * x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256 of the raw body>. Direct messages
 * to our account become ticket messages.
 */

/**
 * The CRC signs whatever token it is given with the same key and encoding as event bodies, so
 * an open CRC would sign any body an attacker wants to POST. X's tokens are short base64 or
 * base64url strings: only those are answered, and a body in that shape is never taken as
 * signed. A real event body is a JSON object ("{…}"), which can never match.
 */
export const CRC_TOKEN = /^[A-Za-z0-9+/=_-]{1,256}$/;

export async function xCrcResponse(deps: SupportDeps, crcToken: string): Promise<{ response_token: string }> {
  if (!CRC_TOKEN.test(crcToken)) throw new DomainError("validation_failed");
  const secret = await webhookSecret(deps, "x", "consumerSecret");
  return { response_token: `sha256=${hmacSha256(secret, crcToken).toString("base64")}` };
}

export async function receiveXWebhook(
  deps: SupportDeps,
  rawBody: Buffer,
  signature: string | string[] | undefined,
): Promise<WebhookOutcome> {
  const secret = await webhookSecret(deps, "x", "consumerSecret");
  const signableByCrc = CRC_TOKEN.test(rawBody.toString("latin1"));
  if (signableByCrc || !signatureMatches(signature, secret, rawBody, "base64"))
    throw new DomainError("channel_signature_invalid");
  await assertChannelOn(deps, "x");
  const json = jsonOf(rawBody);
  const outcome = emptyOutcome();
  // One app's webhook may serve several subscribed accounts; only the support account's DMs are ours.
  const accountId = (await channelRow(deps.platform.db, "x"))?.settings.accountId;
  const forUser = (json as { for_user_id?: unknown } | undefined)?.for_user_id;
  if (typeof accountId === "string" && accountId && forUser !== accountId) {
    outcome.ignored += 1;
    return outcome;
  }
  const messages = parseXWebhook(json);
  if (!messages || messages.length === 0) {
    // Likes, follows, typing indicators, our own sends: nothing for the desk.
    outcome.ignored += 1;
    return outcome;
  }
  await eachEvent(
    deps,
    "x",
    messages,
    (dm) => dm.id,
    outcome,
    (dm) =>
      receiveSocialMessage(
        deps,
        {
          channel: "x",
          senderId: dm.senderId,
          senderName: dm.senderName,
          externalId: dm.id,
          subject: dm.senderName ? `X direct message from ${dm.senderName}` : "X direct message",
          text: dm.text,
          // Media in DMs needs the account's OAuth credentials to fetch: linked, never downloaded.
          links: dm.mediaUrl ? [{ type: dm.mediaType ?? "media", url: dm.mediaUrl }] : [],
          raw: dm.raw,
        },
        outcome,
      ),
  );
  return outcome;
}
