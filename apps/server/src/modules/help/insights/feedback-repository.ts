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

/** Stores the answer and counts it on the article, in the caller's transaction. */
export async function insertFeedback(executor: Executor, feedback: NewFeedback): Promise<void> {
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
  await executor
    .updateTable("help_articles")
    .set(feedback.helpful ? { helpful_yes: sql`helpful_yes + 1` } : { helpful_no: sql`helpful_no + 1` })
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
