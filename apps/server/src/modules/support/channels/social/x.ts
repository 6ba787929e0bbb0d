import type { SupportDeps } from "../../deps.js";
import type { OutgoingReply } from "../outbound.js";
import { sendingSecret } from "./access.js";
import type { SocialAdapter } from "./adapter.js";
import { postJson, requiredString } from "./provider-http.js";
import { splitText, X_DM_TEXT_MAX } from "./text.js";

/**
 * X through its v2 API (base URL X_API_URL, https://api.x.com), with an OAuth 2.0 user-context
 * access token of the support account (scopes dm.read dm.write tweet.read tweet.write users.read).
 *
 * Replies: POST /2/dm_conversations/with/{participant_id}/messages {text} → data.dm_event_id.
 * Announcements: POST /2/tweets {text} → data.id.
 */
export function createXAdapter(deps: SupportDeps): SocialAdapter {
  const api = () => deps.platform.config.channels.xApiUrl;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  return {
    channel: "x",

    async send(reply: OutgoingReply) {
      const token = await sendingSecret(deps, "x", "accessToken");
      const url = `${api()}/2/dm_conversations/with/${encodeURIComponent(reply.contact.address)}/messages`;
      let first: string | undefined;
      for (const text of splitText(reply.message.body, X_DM_TEXT_MAX)) {
        const answer = await postJson("X", url, { text }, bearer(token));
        first ??= requiredString("X", answer, ["data", "dm_event_id"]);
      }
      return { externalId: first ?? null };
    },

    async announce(text: string) {
      const token = await sendingSecret(deps, "x", "accessToken");
      const answer = await postJson("X", `${api()}/2/tweets`, { text }, bearer(token));
      return { externalId: requiredString("X", answer, ["data", "id"]) };
    },
  };
}
