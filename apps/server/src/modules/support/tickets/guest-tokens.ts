import { createHash } from "node:crypto";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { randomToken } from "../../../platform/random.js";
import type { SupportDeps } from "../deps.js";

/**
 * Links and tokens for guests (people who wrote without signing in). Only a SHA-256 of each
 * token is stored: 256 random bits leave nothing to brute-force, and the hash lets the row be
 * found. A "verify" link proves the address (single use, 24 hours); an "access" token lets
 * the guest read and answer their ticket (30 days, reusable, sent again with each reply email).
 */

export type GuestTokenPurpose = "verify" | "access";

export const GUEST_TOKEN_TTL_MS: Record<GuestTokenPurpose, number> = {
  verify: 24 * 3_600_000,
  access: 30 * 24 * 3_600_000,
};

/** Longer than any token we issue (43 base64url characters): the rest is refused unread. */
const MAX_TOKEN_LENGTH = 128;

export const hashGuestToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export async function issueGuestToken(
  deps: SupportDeps,
  executor: Executor,
  ticketId: string,
  purpose: GuestTokenPurpose,
): Promise<string> {
  const { platform } = deps;
  const token = randomToken(platform.random);
  const now = platform.clock.now();
  await executor
    .insertInto("support_guest_tokens")
    .values({
      id: platform.ids.next("guestToken"),
      ticket_id: ticketId,
      purpose,
      token_hash: hashGuestToken(token),
      expires_at: new Date(now.getTime() + GUEST_TOKEN_TTL_MS[purpose]),
      used_at: null,
      created_at: now,
    })
    .execute();
  return token;
}

/**
 * What a link opens: a verify token is used up here (atomically: two clicks at once work
 * once), an access token stays valid until it expires.
 */
export async function redeemGuestLink(
  executor: Executor,
  token: string,
  now: Date,
): Promise<{ ticketId: string; purpose: GuestTokenPurpose } | undefined> {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
  const hash = hashGuestToken(token);
  const used = await executor
    .updateTable("support_guest_tokens")
    .set({ used_at: now })
    .where("token_hash", "=", hash)
    .where("purpose", "=", "verify")
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("ticket_id")
    .executeTakeFirst();
  if (used) return { ticketId: used.ticket_id, purpose: "verify" };
  const ticketId = await ticketOfAccessToken(executor, token, now);
  return ticketId ? { ticketId, purpose: "access" } : undefined;
}

/** The ticket an `X-Ticket-Access` token opens, when it is a live access token. */
export async function ticketOfAccessToken(
  executor: Executor,
  token: string,
  now: Date,
): Promise<string | undefined> {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
  const row = await executor
    .selectFrom("support_guest_tokens")
    .select("ticket_id")
    .where("token_hash", "=", hashGuestToken(token))
    .where("purpose", "=", "access")
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return row?.ticket_id;
}

/** Expired tokens (and verify links used more than a day ago) serve nobody; the chore drops them. */
export async function deleteExpiredGuestTokens(executor: Executor, now: Date): Promise<number> {
  const result = await executor
    .deleteFrom("support_guest_tokens")
    .where((eb) =>
      eb.or([
        eb("expires_at", "<=", now),
        eb("used_at", "<=", new Date(now.getTime() - GUEST_TOKEN_TTL_MS.verify)),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
