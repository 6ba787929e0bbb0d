import type { Executor } from "../../../platform/outbox/outbox.js";

/** The search log (help_searches): one row per search customers ran, with its first click. */

export interface NewSearch {
  id: string;
  query: string;
  normalized: string;
  locale: string;
  source: "search" | "contact";
  results: number;
  topSlug: string | null;
  userId: string | null;
  at: Date;
}

export async function insertSearch(executor: Executor, search: NewSearch): Promise<void> {
  await executor
    .insertInto("help_searches")
    .values({
      id: search.id,
      query: search.query,
      normalized: search.normalized,
      locale: search.locale,
      source: search.source,
      results: search.results,
      top_slug: search.topSlug,
      user_id: search.userId,
      created_at: search.at,
    })
    .execute();
}

/**
 * The contact page's search of a deflection, as the customer last typed it: made on the first
 * keystrokes, overwritten (query, results, top result) as they keep typing, so the log holds
 * one search per visit with its final words, not the fragments typed on the way.
 */
export async function upsertContactSearch(executor: Executor, search: NewSearch): Promise<void> {
  await executor
    .insertInto("help_searches")
    .values({
      id: search.id,
      query: search.query,
      normalized: search.normalized,
      locale: search.locale,
      source: "contact",
      results: search.results,
      top_slug: search.topSlug,
      user_id: search.userId,
      created_at: search.at,
    })
    .onConflict((conflict) =>
      conflict.column("id").doUpdateSet((eb) => ({
        query: eb.ref("excluded.query"),
        normalized: eb.ref("excluded.normalized"),
        locale: eb.ref("excluded.locale"),
        results: eb.ref("excluded.results"),
        top_slug: eb.ref("excluded.top_slug"),
      })),
    )
    .execute();
}

/**
 * Records the first click of a search when it can be one of its results: the article is
 * published (`published`, checked by the caller) and the position is within the results the
 * search returned. Anything else, and later clicks, change nothing. Answers false when there
 * is no such search.
 */
export async function recordClick(
  executor: Executor,
  click: { searchId: string; slug: string; position: number; published: boolean; at: Date },
): Promise<boolean> {
  if (click.published) {
    const updated = await executor
      .updateTable("help_searches")
      .set({ clicked_slug: click.slug, clicked_position: click.position, clicked_at: click.at })
      .where("id", "=", click.searchId)
      .where("clicked_at", "is", null)
      .where("results", ">", click.position)
      .executeTakeFirst();
    if (updated.numUpdatedRows > 0n) return true;
  }
  const exists = await executor
    .selectFrom("help_searches")
    .where("id", "=", click.searchId)
    .select("id")
    .executeTakeFirst();
  return exists !== undefined;
}
