import { type Insertable, type Selectable, sql, type Updateable } from "kysely";
import type { HelpArticlesTable, HelpLocale, HelpTranslationsTable } from "../../platform/db/schema-help.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** Articles (help_articles) and their translations (help_translations), as staff edit them. */

export type ArticleRow = Selectable<HelpArticlesTable>;
export type TranslationRow = Selectable<HelpTranslationsTable>;
export type NewArticleRow = Omit<Insertable<HelpArticlesTable>, "views"> & { views?: bigint };
export type ArticlePatch = Pick<
  Updateable<HelpArticlesTable>,
  "section_id" | "kind" | "tags" | "related" | "position" | "updated_at"
>;

export function findArticle(executor: Executor, slug: string): Promise<ArticleRow | undefined> {
  return executor.selectFrom("help_articles").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** The article row locked until the transaction ends (meta edits and publishing of one article queue up). */
export function lockArticle(executor: Executor, slug: string): Promise<ArticleRow | undefined> {
  return executor
    .selectFrom("help_articles")
    .selectAll()
    .where("slug", "=", slug)
    .forUpdate()
    .executeTakeFirst();
}

/** Which of these slugs exist. */
export async function existingSlugs(executor: Executor, slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await executor
    .selectFrom("help_articles")
    .select("slug")
    .where("slug", "in", [...slugs])
    .execute();
  return new Set(rows.map((r) => r.slug));
}

/** Inserts articles whose slug is free; returns the slugs actually inserted. */
export async function insertArticles(executor: Executor, rows: NewArticleRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await executor
    .insertInto("help_articles")
    .values(rows.map((r) => ({ ...r, views: r.views ?? 0n })))
    .onConflict((oc) => oc.column("slug").doNothing())
    .returning("slug")
    .execute();
  return new Set(inserted.map((r) => r.slug));
}

/** The position after the last article of the section. */
export async function nextPosition(executor: Executor, sectionId: string): Promise<number> {
  const row = await executor
    .selectFrom("help_articles")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("section_id", "=", sectionId)
    .executeTakeFirst();
  return (row?.position ?? -1) + 1;
}

export async function updateArticle(executor: Executor, id: string, patch: ArticlePatch): Promise<void> {
  await executor.updateTable("help_articles").set(patch).where("id", "=", id).execute();
}

export function translationsOf(executor: Executor, articleIds: readonly string[]): Promise<TranslationRow[]> {
  if (articleIds.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom("help_translations")
    .selectAll()
    .where("article_id", "in", [...articleIds])
    .execute();
}

/** One translation, locked until the transaction ends: saves of one language are serialized. */
export function lockTranslation(
  executor: Executor,
  articleId: string,
  locale: HelpLocale,
): Promise<TranslationRow | undefined> {
  return executor
    .selectFrom("help_translations")
    .selectAll()
    .where("article_id", "=", articleId)
    .where("locale", "=", locale)
    .forUpdate()
    .executeTakeFirst();
}

/** Inserts translations; a translation that exists already is left alone. Returns how many were new. */
export async function insertTranslations(
  executor: Executor,
  rows: Insertable<HelpTranslationsTable>[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await executor
    .insertInto("help_translations")
    .values(rows)
    .onConflict((oc) => oc.columns(["article_id", "locale"]).doNothing())
    .returning("article_id")
    .execute();
  return inserted.length;
}

export async function updateTranslation(
  executor: Executor,
  articleId: string,
  locale: HelpLocale,
  patch: Updateable<HelpTranslationsTable>,
): Promise<void> {
  await executor
    .updateTable("help_translations")
    .set(patch)
    .where("article_id", "=", articleId)
    .where("locale", "=", locale)
    .execute();
}

export type ArticleStatusFilter = "published" | "draft" | "submitted" | "changed";

export interface ArticleListFilter {
  q?: string | undefined;
  status?: ArticleStatusFilter | undefined;
  sectionId?: string | undefined;
  limit: number;
  after?: { updatedAt: Date; id: string } | undefined;
}

/** `%` and `_` typed by staff are searched for, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Articles for the staff list, most recently changed first, after the cursor. */
export function listArticles(executor: Executor, filter: ArticleListFilter): Promise<ArticleRow[]> {
  let query = executor
    .selectFrom("help_articles as a")
    .selectAll("a")
    .orderBy("a.updated_at", "desc")
    .orderBy("a.id", "desc")
    .limit(filter.limit);
  if (filter.sectionId) query = query.where("a.section_id", "=", filter.sectionId);
  const { q, status, after } = filter;
  if (q) {
    const pattern = likePattern(q);
    query = query.where((eb) =>
      eb.or([
        eb("a.slug", "ilike", pattern),
        eb.exists(
          eb
            .selectFrom("help_translations as t")
            .select(sql`1`.as("one"))
            .whereRef("t.article_id", "=", "a.id")
            .where((t) => t.or([t("t.draft_title", "ilike", pattern), t("t.title", "ilike", pattern)])),
        ),
        sql<boolean>`${q.toLowerCase()} = any(a.tags)`,
      ]),
    );
  }
  if (status) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("help_translations as t")
          .select(sql`1`.as("one"))
          .whereRef("t.article_id", "=", "a.id")
          .where((t) => {
            if (status === "published") return t("t.published_version", "is not", null);
            if (status === "draft") return t("t.published_version", "is", null);
            if (status === "submitted") return t("t.submitted_at", "is not", null);
            return t.and([
              t("t.published_version", "is not", null),
              t("t.draft_version", ">", t.ref("t.published_version")),
            ]);
          }),
      ),
    );
  }
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb("a.updated_at", "<", after.updatedAt),
        eb.and([eb("a.updated_at", "=", after.updatedAt), eb("a.id", "<", after.id)]),
      ]),
    );
  return query.execute();
}

/** Live articles per section (for the taxonomy page and "not empty" checks). */
export async function articleCountsBySection(executor: Executor): Promise<Map<string, number>> {
  const rows = await executor
    .selectFrom("help_articles")
    .select(["section_id", (eb) => eb.fn.countAll<string>().as("count")])
    .groupBy("section_id")
    .execute();
  return new Map(rows.map((r) => [r.section_id, Number(r.count)]));
}
