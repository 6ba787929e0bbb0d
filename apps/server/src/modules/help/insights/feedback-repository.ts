import { sql } from "kysely";
import type { Executor } from "../../../platform/outbox/outbox.js";

/** "Was this helpful?" answers (help_feedback) and the counters on help_articles. */

export interface NewFeedback {
  id: string;
  articleId: string;
  locale: string;
  helpful: boolean;
  comment: string | null;
  userId: string | null;
  at: Date;
}

/**
 * Stores the answer and counts it on the article, in the caller's transaction. A signed-in
 * customer has one vote per article: their earlier answer is removed and uncounted. The
 * article's row is locked first, so two answers from one customer at once cannot both stay.
 */
export async function recordFeedback(executor: Executor, feedback: NewFeedback): Promise<void> {
  await executor
    .selectFrom("help_articles")
    .where("id", "=", feedback.articleId)
    .select("id")
    .forUpdate()
    .executeTakeFirst();
  const replaced = feedback.userId
    ? await executor
        .deleteFrom("help_feedback")
        .where("article_id", "=", feedback.articleId)
        .where("user_id", "=", feedback.userId)
        .returning("helpful")
        .execute()
    : [];
  await executor
    .insertInto("help_feedback")
    .values({
      id: feedback.id,
      article_id: feedback.articleId,
      locale: feedback.locale,
      helpful: feedback.helpful,
      comment: feedback.comment,
      user_id: feedback.userId,
      created_at: feedback.at,
    })
    .execute();
  const yes = (feedback.helpful ? 1 : 0) - replaced.filter((row) => row.helpful).length;
  const no = (feedback.helpful ? 0 : 1) - replaced.filter((row) => !row.helpful).length;
  await executor
    .updateTable("help_articles")
    .set({
      helpful_yes: sql`greatest(helpful_yes + ${yes}::integer, 0)`,
      helpful_no: sql`greatest(helpful_no + ${no}::integer, 0)`,
    })
    .where("id", "=", feedback.articleId)
    .execute();
}

export interface FeedbackRow {
  id: string;
  slug: string;
  locale: string;
  helpful: boolean;
  comment: string | null;
  userId: string | null;
  createdAt: Date;
}

/** Newest first; `before` is the id of the last row of the previous page (ids sort by time). */
export async function listFeedback(
  executor: Executor,
  filter: {
    slug?: string | undefined;
    helpful?: boolean | undefined;
    before?: string | undefined;
    limit: number;
  },
): Promise<FeedbackRow[]> {
  let query = executor
    .selectFrom("help_feedback as f")
    .innerJoin("help_articles as a", "a.id", "f.article_id")
    .select([
      "f.id",
      "a.slug",
      "f.locale",
      "f.helpful",
      "f.comment",
      "f.user_id as userId",
      "f.created_at as createdAt",
    ])
    .orderBy("f.id", "desc")
    .limit(filter.limit);
  if (filter.slug !== undefined) query = query.where("a.slug", "=", filter.slug);
  if (filter.helpful !== undefined) query = query.where("f.helpful", "=", filter.helpful);
  if (filter.before !== undefined) query = query.where("f.id", "<", filter.before);
  return query.execute();
}
