import type { Selectable } from "kysely";
import type { SupportSocialPostsTable } from "../../../../platform/db/schema-channels.js";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../../deps.js";
import { CHANNEL_LABEL, SOCIAL_CHANNELS, type SocialChannel } from "./access.js";
import type { SocialAdapter } from "./adapter.js";
import { ANNOUNCEMENT_MAX, X_POST_WEIGHT_MAX, xWeightedLength } from "./text.js";

/**
 * Public announcements (maintenance, incidents, policy changes) posted to the social accounts
 * through the same adapters as replies: a row per channel in support_social_posts, delivered by
 * the outbox after commit (topic support.social.announce). A failed attempt leaves the post
 * `failed` with the provider's error while the outbox retries with backoff; a later success
 * makes it `sent` with the provider's post id. A post already sent is never posted again.
 *
 * queueAnnouncement is the entry point for other parts of the desk (the status page posts its
 * incidents through it); the admin route adds the audit entry.
 */

export const ANNOUNCE_TOPIC = "support.social.announce";

export type SocialPostRow = Selectable<SupportSocialPostsTable>;

export interface AnnouncementInput {
  channels: readonly SocialChannel[];
  body: string;
  /** The staff member who queued it; null for the system (an automatic incident notice). */
  createdBy: string | null;
}

function tooLong(channel: SocialChannel, max: number): DomainError {
  return new DomainError("announcement_too_long", { channel: CHANNEL_LABEL[channel], max });
}

/** The limits of each network, checked before anything is queued (a post X refuses would only fail later). */
function checkBody(channels: readonly SocialChannel[], body: string): void {
  if (!body)
    throw new DomainError("validation_failed", {}, [
      { in: "body", path: "/body", code: "too_small", message: "the announcement's text" },
    ]);
  if ([...body].length > ANNOUNCEMENT_MAX) throw tooLong(channels[0] ?? "messenger", ANNOUNCEMENT_MAX);
  if (channels.includes("x") && xWeightedLength(body) > X_POST_WEIGHT_MAX)
    throw tooLong("x", X_POST_WEIGHT_MAX);
}

/** Queues the post on each channel, in the caller's transaction; the rows as queued. */
export async function queueAnnouncement(
  deps: SupportDeps,
  executor: Executor,
  input: AnnouncementInput,
): Promise<SocialPostRow[]> {
  const channels = SOCIAL_CHANNELS.filter((c) => input.channels.includes(c));
  if (channels.length === 0)
    throw new DomainError("validation_failed", {}, [
      { in: "body", path: "/channels", code: "too_small", message: "messenger, x or both" },
    ]);
  const body = input.body.trim();
  checkBody(channels, body);
  const { ids, clock, outbox } = deps.platform;
  const at = clock.now();
  const rows: SocialPostRow[] = [];
  for (const channel of channels) {
    const row = await executor
      .insertInto("support_social_posts")
      .values({
        id: ids.next("socialPost"),
        channel,
        body,
        status: "queued",
        external_id: null,
        error: null,
        created_by: input.createdBy,
        created_at: at,
        sent_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await outbox.enqueue(executor, ANNOUNCE_TOPIC, { postId: row.id });
    rows.push(row);
  }
  return rows;
}

/** The latest posts first, with where each stands. */
export async function listAnnouncements(
  executor: Executor,
  options: { limit: number; before?: string | undefined },
): Promise<SocialPostRow[]> {
  let query = executor.selectFrom("support_social_posts").selectAll();
  if (options.before) query = query.where("id", "<", options.before);
  return query.orderBy("id", "desc").limit(options.limit).execute();
}

/** Delivers queued posts through the channel's adapter (registered once, with the senders). */
export function registerAnnouncementDelivery(
  deps: SupportDeps,
  adapters: Record<SocialChannel, SocialAdapter>,
): void {
  const { db, clock } = deps.platform;
  deps.platform.outbox.register(ANNOUNCE_TOPIC, async (payload) => {
    const postId = (payload as { postId?: unknown }).postId;
    if (typeof postId !== "string") throw new Error("malformed announcement in outbox");
    const post = await db
      .selectFrom("support_social_posts")
      .selectAll()
      .where("id", "=", postId)
      .executeTakeFirst();
    if (!post || post.status === "sent") return;
    try {
      const { externalId } = await adapters[post.channel].announce(post.body);
      const at = clock.now();
      await db
        .updateTable("support_social_posts")
        .set({ status: "sent", external_id: externalId, error: null, sent_at: at })
        .where("id", "=", postId)
        .execute();
      await deps.channels.markOutbound(post.channel, at);
    } catch (error) {
      const text = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db
        .updateTable("support_social_posts")
        .set({ status: "failed", error: text })
        .where("id", "=", postId)
        .execute();
      await deps.channels.markError(post.channel, text, clock.now());
      throw error;
    }
  });
}

export function presentAnnouncement(row: SocialPostRow) {
  return {
    id: row.id,
    channel: row.channel,
    body: row.body,
    status: row.status,
    externalId: row.external_id,
    error: row.error,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
  };
}
