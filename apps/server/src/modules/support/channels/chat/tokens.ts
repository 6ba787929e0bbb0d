import type { Executor } from "../../../../platform/outbox/outbox.js";
import type { Platform } from "../../../../platform/platform.js";
import { randomToken } from "../../../../platform/random.js";
import { hashGuestToken } from "../../tickets/guest-tokens.js";

/**
 * A guest's chat token: it names one chat and is all a guest has to prove it is theirs (kept
 * in the browser's sessionStorage). 256 random bits, only its SHA-256 stored (purpose "chat"
 * in support_guest_tokens); it lives 24 hours after it was last used, so an open chat never
 * runs out under the guest, and one left alone stops working. Never logged.
 */

export const CHAT_TOKEN_TTL_MS = 24 * 3_600_000;
/** A use within this long of the last extension does not write again (every frame would). */
const EXTEND_AFTER_MS = 10 * 60_000;
const MAX_TOKEN_LENGTH = 128;

export async function issueChatToken(
  executor: Executor,
  platform: Platform,
  ticketId: string,
): Promise<string> {
  const token = randomToken(platform.random);
  const now = platform.clock.now();
  await executor
    .insertInto("support_guest_tokens")
    .values({
      id: platform.ids.next("guestToken"),
      ticket_id: ticketId,
      purpose: "chat",
      token_hash: hashGuestToken(token),
      expires_at: new Date(now.getTime() + CHAT_TOKEN_TTL_MS),
      used_at: null,
      created_at: now,
    })
    .execute();
  return token;
}

/**
 * The chat a live token opens, its life extended by this use; undefined for anything else.
 * The row is found by the token's hash, so no comparison of secrets happens in our code.
 */
export async function chatOfToken(executor: Executor, token: string, now: Date): Promise<string | undefined> {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
  const row = await executor
    .selectFrom("support_guest_tokens")
    .select(["id", "ticket_id", "expires_at"])
    .where("token_hash", "=", hashGuestToken(token))
    .where("purpose", "=", "chat")
    .where("expires_at", ">", now)
    .executeTakeFirst();
  if (!row) return undefined;
  const extended = new Date(now.getTime() + CHAT_TOKEN_TTL_MS);
  if (extended.getTime() - row.expires_at.getTime() > EXTEND_AFTER_MS)
    await executor
      .updateTable("support_guest_tokens")
      .set({ expires_at: extended })
      .where("id", "=", row.id)
      .execute();
  return row.ticket_id;
}
