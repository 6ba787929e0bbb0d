import { sql } from "kysely";
import type { ArticleKind, HelpLocale } from "../../../platform/db/schema-help.js";
import type { Bilingual } from "../../../platform/db/schema-payments.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

/**
 * What customers may read: published translations (title not null) with their article,
 * section and category. Read by the search index and the reader; never written here.
 */

export interface PublishedTranslationRow {
  articleId: string;
  slug: string;
  locale: HelpLocale;
  title: string;
  body: string;
  kind: ArticleKind;
  tags: string[];
  related: string[];
  sectionSlug: string;
  categorySlug: string;
  helpfulYes: number;
  helpfulNo: number;
  publishedVersion: number | null;
  publishedAt: Date | null;
  articleUpdatedAt: Date;
}

/** Every published translation, or those of one article. */
export async function publishedTranslations(
  executor: Executor,
  filter: { slug?: string } = {},
): Promise<PublishedTranslationRow[]> {
  let query = executor
    .selectFrom("help_translations as t")
    .innerJoin("help_articles as a", "a.id", "t.article_id")
    .innerJoin("help_sections as s", "s.id", "a.section_id")
    .innerJoin("help_categories as c", "c.id", "s.category_id")
    .where("t.title", "is not", null)
    .where("t.body", "is not", null)
    .select([
      "a.id as articleId",
      "a.slug",
      "t.locale",
      "t.title",
      "t.body",
      "a.kind",
      "a.tags",
      "a.related",
      "s.slug as sectionSlug",
      "c.slug as categorySlug",
      "a.helpful_yes as helpfulYes",
      "a.helpful_no as helpfulNo",
      "t.published_version as publishedVersion",
      "t.published_at as publishedAt",
      "a.updated_at as articleUpdatedAt",
    ]);
  if (filter.slug !== undefined) query = query.where("a.slug", "=", filter.slug);
  const rows = await query.orderBy("a.slug").orderBy("t.locale").execute();
  return rows.map((row) => ({ ...row, title: row.title ?? "", body: row.body ?? "" }));
}

/** The id of an article published in at least one language. */
export async function publishedArticleId(executor: Executor, slug: string): Promise<string | undefined> {
  const row = await executor
    .selectFrom("help_articles as a")
    .where("a.slug", "=", slug)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("help_translations as t")
          .whereRef("t.article_id", "=", "a.id")
          .where("t.title", "is not", null)
          .select("t.locale"),
      ),
    )
    .select("a.id")
    .executeTakeFirst();
  return row?.id;
}

/** UTC calendar day of a moment, as the views table keys it. */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The first day of the last `days` days (today included). */
export function daysAgo(now: Date, days: number): string {
  return dayOf(new Date(now.getTime() - (days - 1) * 86_400_000));
}

/** Views per article since a day (all languages together), for ranking and "popular". */
export async function viewsSince(
  executor: Executor,
  sinceDay: string,
  articleIds?: string[],
): Promise<Map<string, number>> {
  if (articleIds?.length === 0) return new Map();
  let query = executor
    .selectFrom("help_article_views")
    .where("day", ">=", sinceDay)
    .select(["article_id", sql<string>`sum(views)::text`.as("views")])
    .groupBy("article_id");
  if (articleIds) query = query.where("article_id", "in", articleIds);
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.article_id, Number(row.views)]));
}

export async function synonymGroups(executor: Executor): Promise<string[][]> {
  const rows = await executor.selectFrom("help_synonyms").select("terms").orderBy("id").execute();
  return rows.map((row) => row.terms);
}

/**
 * A summary of everything the index is built from (published translations, their articles,
 * sections, categories, synonyms). When it differs from the one taken at the last build, the
 * index missed a change (a lost notification) and is rebuilt.
 */
export async function publishedFingerprint(executor: Executor): Promise<string> {
  const { rows } = await sql<{ fingerprint: string }>`
    select concat_ws('|',
      (select concat_ws(':', count(*), sum(published_version), max(published_at))
         from help_translations where title is not null),
      (select concat_ws(':', count(*), max(updated_at)) from help_articles),
      (select concat_ws(':', count(*), max(updated_at)) from help_sections),
      (select concat_ws(':', count(*), max(updated_at)) from help_categories),
      (select concat_ws(':', count(*), max(updated_at)) from help_synonyms)
    ) as fingerprint`.execute(executor);
  return rows[0]?.fingerprint ?? "";
}

export interface ArticleTranslationRow {
  locale: HelpLocale;
  title: string | null;
  body: string | null;
  publishedVersion: number | null;
  publishedAt: Date | null;
}

export interface ArticleRow {
  id: string;
  slug: string;
  kind: ArticleKind;
  tags: string[];
  related: string[];
  updatedAt: Date;
  helpfulYes: number;
  helpfulNo: number;
  section: { slug: string; name: Bilingual };
  category: { slug: string; name: Bilingual };
  translations: ArticleTranslationRow[];
}

/** One article with its published translations (none when it is not published at all). */
export async function findArticle(executor: Executor, slug: string): Promise<ArticleRow | undefined> {
  const article = await executor
    .selectFrom("help_articles as a")
    .innerJoin("help_sections as s", "s.id", "a.section_id")
    .innerJoin("help_categories as c", "c.id", "s.category_id")
    .where("a.slug", "=", slug)
    .select([
      "a.id",
      "a.slug",
      "a.kind",
      "a.tags",
      "a.related",
      "a.updated_at as updatedAt",
      "a.helpful_yes as helpfulYes",
      "a.helpful_no as helpfulNo",
      "s.slug as sectionSlug",
      "s.name as sectionName",
      "c.slug as categorySlug",
      "c.name as categoryName",
    ])
    .executeTakeFirst();
  if (!article) return undefined;
  const translations = await executor
    .selectFrom("help_translations")
    .where("article_id", "=", article.id)
    .where("title", "is not", null)
    .select([
      "locale",
      "title",
      "body",
      "published_version as publishedVersion",
      "published_at as publishedAt",
    ])
    .orderBy("locale")
    .execute();
  return {
    id: article.id,
    slug: article.slug,
    kind: article.kind,
    tags: article.tags,
    related: article.related,
    updatedAt: article.updatedAt,
    helpfulYes: article.helpfulYes,
    helpfulNo: article.helpfulNo,
    section: { slug: article.sectionSlug, name: article.sectionName },
    category: { slug: article.categorySlug, name: article.categoryName },
    translations,
  };
}

/** Who wrote a published version (null for the articles shipped with Satchel). */
export async function versionAuthor(
  executor: Executor,
  articleId: string,
  locale: HelpLocale,
  version: number,
): Promise<string | null> {
  const row = await executor
    .selectFrom("help_versions")
    .where("article_id", "=", articleId)
    .where("locale", "=", locale)
    .where("version", "=", version)
    .select("author_id")
    .executeTakeFirst();
  return row?.author_id ?? null;
}

export interface TitleRow {
  articleId: string;
  slug: string;
  locale: HelpLocale;
  title: string;
}

/** Published titles of the given articles (by slug), in every language they have. */
export async function publishedTitles(executor: Executor, slugs: string[]): Promise<TitleRow[]> {
  if (slugs.length === 0) return [];
  const rows = await executor
    .selectFrom("help_translations as t")
    .innerJoin("help_articles as a", "a.id", "t.article_id")
    .where("a.slug", "in", slugs)
    .where("t.title", "is not", null)
    .select(["a.id as articleId", "a.slug", "t.locale", "t.title"])
    .execute();
  return rows.map((row) => ({ ...row, title: row.title ?? "" }));
}

export interface CatalogueRow {
  category: {
    id: string;
    slug: string;
    icon: string;
    name: Bilingual;
    description: Bilingual;
  };
  sections: { id: string; slug: string; name: Bilingual }[];
  /** Published articles per section id, in order, with their published titles. */
  articles: Map<string, { slug: string; titles: Partial<Record<HelpLocale, string>> }[]>;
}

/** Categories (all, or one) with their sections and published articles, in order: three queries. */
export async function catalogue(executor: Executor, categorySlug?: string): Promise<CatalogueRow[]> {
  let categoriesQuery = executor
    .selectFrom("help_categories")
    .select(["id", "slug", "icon", "name", "description"])
    .orderBy("position")
    .orderBy("slug");
  if (categorySlug !== undefined) categoriesQuery = categoriesQuery.where("slug", "=", categorySlug);
  const categories = await categoriesQuery.execute();
  if (categories.length === 0) return [];
  const categoryIds = categories.map((c) => c.id);
  const sections = await executor
    .selectFrom("help_sections")
    .where("category_id", "in", categoryIds)
    .select(["id", "category_id", "slug", "name"])
    .orderBy("position")
    .orderBy("slug")
    .execute();
  const sectionIds = sections.map((s) => s.id);
  const titles =
    sectionIds.length === 0
      ? []
      : await executor
          .selectFrom("help_translations as t")
          .innerJoin("help_articles as a", "a.id", "t.article_id")
          .where("a.section_id", "in", sectionIds)
          .where("t.title", "is not", null)
          .select(["a.section_id", "a.slug", "t.locale", "t.title"])
          .orderBy("a.position")
          .orderBy("a.slug")
          .execute();
  const bySection = new Map<string, { slug: string; titles: Partial<Record<HelpLocale, string>> }[]>();
  for (const row of titles) {
    const list = bySection.get(row.section_id) ?? [];
    bySection.set(row.section_id, list);
    let entry = list.find((item) => item.slug === row.slug);
    if (!entry) {
      entry = { slug: row.slug, titles: {} };
      list.push(entry);
    }
    entry.titles[row.locale] = row.title ?? "";
  }
  return categories.map((category) => ({
    category,
    sections: sections.filter((s) => s.category_id === category.id),
    articles: bySection,
  }));
}

/**
 * The most viewed published articles since a day, then (when fewer have views) the others by
 * all-time views: a new install still shows a list.
 */
export async function popularArticles(
  executor: Executor,
  sinceDay: string,
  limit: number,
): Promise<{ slug: string; views: number; titles: Partial<Record<HelpLocale, string>> }[]> {
  const recent = executor
    .selectFrom("help_article_views")
    .where("day", ">=", sinceDay)
    .select(["article_id", sql<string>`sum(views)`.as("views")])
    .groupBy("article_id")
    .as("recent");
  const articles = await executor
    .selectFrom("help_articles as a")
    .leftJoin(recent, "recent.article_id", "a.id")
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("help_translations as t")
          .whereRef("t.article_id", "=", "a.id")
          .where("t.title", "is not", null)
          .select("t.locale"),
      ),
    )
    .select(["a.id", "a.slug", sql<string>`coalesce(recent.views, 0)::text`.as("recentViews")])
    .orderBy(sql`coalesce(recent.views, 0)`, "desc")
    .orderBy("a.views", "desc")
    .orderBy("a.slug")
    .limit(limit)
    .execute();
  const titles = await publishedTitles(
    executor,
    articles.map((a) => a.slug),
  );
  return articles.map((article) => {
    const mine: Partial<Record<HelpLocale, string>> = {};
    for (const row of titles) if (row.slug === article.slug) mine[row.locale] = row.title;
    return { slug: article.slug, views: Number(article.recentViews), titles: mine };
  });
}
