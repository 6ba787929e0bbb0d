import type { SupportDeps } from "../../deps.js";
import type { OutgoingReply } from "../outbound.js";
import { channelRow } from "../settings.js";
import { sendingSecret } from "./access.js";
import type { SocialAdapter } from "./adapter.js";
import { postJson, requiredString } from "./provider-http.js";
import { MESSENGER_TEXT_MAX, splitText } from "./text.js";

/**
 * Messenger through Meta's Graph API (base URL MESSENGER_API_URL, e.g.
 * https://graph.facebook.com/v21.0), with the Page access token.
 *
 * Replies: POST /me/messages. Meta lets a Page answer freely within 24 hours of the person's
 * last message (messaging_type RESPONSE); after that, a person-to-person answer may still go
 * for up to 7 days with the HUMAN_AGENT tag; later than that nothing may be sent, so the reply
 * fails with a delivery error saying so instead of being refused by Meta.
 *
 * Announcements: POST /{page-id}/feed (the page id is the channel's `pageId` setting).
 */

const HOUR = 3_600_000;
export const STANDARD_WINDOW_MS = 24 * HOUR;
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * HOUR;

async function lastCustomerMessageAt(deps: SupportDeps, contactId: string): Promise<Date | undefined> {
  const row = await deps.platform.db
    .selectFrom("support_messages")
    .select("created_at")
    .where("contact_id", "=", contactId)
    .where("channel", "=", "messenger")
    .where("author_type", "=", "customer")
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.created_at;
}

/** RESPONSE inside 24 hours, the HUMAN_AGENT tag up to 7 days; an error beyond. */
async function messagingType(deps: SupportDeps, contactId: string) {
  const last = await lastCustomerMessageAt(deps, contactId);
  const age = last ? deps.platform.clock.now().getTime() - last.getTime() : Number.POSITIVE_INFINITY;
  if (age <= STANDARD_WINDOW_MS) return { messaging_type: "RESPONSE" };
  if (age <= HUMAN_AGENT_WINDOW_MS) return { messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" };
  throw new Error(
    "Messenger allows replies only within 7 days of the customer's last message; answer by another channel",
  );
}

export function createMessengerAdapter(deps: SupportDeps): SocialAdapter {
  const api = () => deps.platform.config.channels.messengerApiUrl;
  const withToken = (path: string, token: string) =>
    `${api()}${path}?access_token=${encodeURIComponent(token)}`;

  return {
    channel: "messenger",

    async send(reply: OutgoingReply) {
      const token = await sendingSecret(deps, "messenger", "pageToken");
      const type = await messagingType(deps, reply.contact.id);
      let first: string | undefined;
      // Longer than Messenger takes in one message: several, in order; the first one's id is kept.
      for (const text of splitText(reply.message.body, MESSENGER_TEXT_MAX)) {
        const answer = await postJson("Messenger", withToken("/me/messages", token), {
          recipient: { id: reply.contact.address },
          ...type,
          message: { text },
        });
        first ??= requiredString("Messenger", answer, ["message_id"]);
      }
      return { externalId: first ?? null };
    },

    async announce(text: string) {
      const token = await sendingSecret(deps, "messenger", "pageToken");
      const pageId = (await channelRow(deps.platform.db, "messenger"))?.settings.pageId;
      if (typeof pageId !== "string" || !/^\d{1,30}$/.test(pageId))
        throw new Error("Messenger pageId is not set on the channels admin page");
      const answer = await postJson("Messenger", withToken(`/${pageId}/feed`, token), { message: text });
      return { externalId: requiredString("Messenger", answer, ["id"]) };
    },
  };
}
