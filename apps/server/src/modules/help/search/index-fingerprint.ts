import { sql } from "kysely";
import type { Executor } from "../../../platform/outbox/outbox.js";

/**
 * A summary of everything the search index is built from, in parts: one stamp per article
 * (its row and its published translations), one for the taxonomy (section and category slugs,
 * names and placement feed `sectionSlug`/`categorySlug`) and one for the synonyms.
 *
 * In parts because a node that re-reads one article after its own change may only call itself
 * current when nothing else moved: a change it missed (a lost notification, another node's
 * seed, a section rename, which notifies nobody) must still show as stale.
 */
export interface IndexFingerprint {
  articles: ReadonlyMap<string, string>;
  taxonomy: string;
  synonyms: string;
}

/** The part a one-article or synonym reload brings up to date. */
export type FingerprintPart = { article: string } | "synonyms";

export async function readIndexFingerprint(executor: Executor): Promise<IndexFingerprint> {
  const [articles, shared] = await Promise.all([
    sql<{ slug: string; stamp: string }>`
      select a.slug, concat_ws('|', a.updated_at, a.section_id,
        string_agg(concat_ws(':', t.locale, t.published_version, t.published_at), ',' order by t.locale)
          filter (where t.title is not null)) as stamp
      from help_articles a left join help_translations t on t.article_id = a.id
      group by a.id, a.slug`.execute(executor),
    sql<{ taxonomy: string | null; synonyms: string | null }>`
      select
        concat_ws('|',
          (select md5(string_agg(concat_ws(':', id, category_id, updated_at), ',' order by id)) from help_sections),
          (select md5(string_agg(concat_ws(':', id, updated_at), ',' order by id)) from help_categories)
        ) as taxonomy,
        (select md5(string_agg(concat_ws(':', id, updated_at), ',' order by id)) from help_synonyms) as synonyms
    `.execute(executor),
  ]);
  const row = shared.rows[0];
  return {
    articles: new Map(articles.rows.map((article) => [article.slug, article.stamp])),
    taxonomy: row?.taxonomy ?? "",
    synonyms: row?.synonyms ?? "",
  };
}

/** Whether two fingerprints agree everywhere, apart from the part named (when one is). */
export function sameFingerprint(a: IndexFingerprint, b: IndexFingerprint, except?: FingerprintPart): boolean {
  if (a.taxonomy !== b.taxonomy) return false;
  if (except !== "synonyms" && a.synonyms !== b.synonyms) return false;
  const skipped = typeof except === "object" ? except.article : undefined;
  const slugs = new Set([...a.articles.keys(), ...b.articles.keys()]);
  for (const slug of slugs) {
    if (slug !== skipped && a.articles.get(slug) !== b.articles.get(slug)) return false;
  }
  return true;
}
