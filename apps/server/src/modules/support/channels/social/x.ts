import type { SupportDeps } from "../../deps.js";
import type { OutgoingReply } from "../outbound.js";
import { assertSendingOn } from "./access.js";
import type { SocialAdapter } from "./adapter.js";
import { ProviderError, postJson, requiredString } from "./provider-http.js";
import { splitText, X_DM_TEXT_MAX } from "./text.js";
import { createXTokens } from "./x-tokens.js";

/**
 * X through its v2 API (base URL X_API_URL, https://api.x.com), with an OAuth 2.0 user-context
 * access token of the support account (scopes dm.read dm.write tweet.read tweet.write
 * users.read offline.access), refreshed as it nears its two-hour end (x-tokens.ts).
 *
 * Replies: POST /2/dm_conversations/with/{participant_id}/messages {text} → data.dm_event_id.
 * Announcements: POST /2/tweets {text} → data.id.
 */
export function createXAdapter(deps: SupportDeps): SocialAdapter {
  const api = () => deps.platform.config.channels.xApiUrl;
  const tokens = createXTokens(deps);

  /**
   * One call to X with the current token. A 401 means the token was revoked or expired early:
   * refreshed once and the same call made again. Each call of a split DM is retried on its
   * own, so the parts X already took are not sent twice.
   */
  async function call(url: string, body: unknown): Promise<unknown> {
    await assertSendingOn(deps, "x");
    const token = await tokens.current();
    try {
      return await postJson("X", url, body, { authorization: `Bearer ${token}` });
    } catch (error) {
      if (!(error instanceof ProviderError && error.status === 401)) throw error;
      const fresh = await tokens.refresh(token);
      return postJson("X", url, body, { authorization: `Bearer ${fresh}` });
    }
  }

  return {
    channel: "x",

    async send(reply: OutgoingReply) {
      const url = `${api()}/2/dm_conversations/with/${encodeURIComponent(reply.contact.address)}/messages`;
      let first: string | undefined;
      for (const text of splitText(reply.message.body, X_DM_TEXT_MAX)) {
        const answer = await call(url, { text });
        first ??= requiredString("X", answer, ["data", "dm_event_id"]);
      }
      return { externalId: first ?? null };
    },

    async announce(text: string) {
      const answer = await call(`${api()}/2/tweets`, { text });
      return { externalId: requiredString("X", answer, ["data", "id"]) };
    },
  };
}
