import type { ArticleKind, HelpLocale } from "../platform/db/schema-help.js";
import type { TestContext } from "./test-app.js";

let sequence = 0;

export interface HelpArticleSpec {
  slug?: string;
  section?: string;
  category?: string;
  kind?: ArticleKind;
  tags?: string[];
  related?: string[];
  /** Published translations. */
  en?: { title: string; body: string };
  "zh-CN"?: { title: string; body: string };
  /** Translations that exist only as drafts (never published). */
  drafts?: Partial<Record<HelpLocale, { title: string; body: string }>>;
  authorId?: string | null;
}

/**
 * A published help article written straight into the database (category and section made
 * when missing), then announced to the search index as the editor's publish would.
 */
export async function buildHelpArticle(
  ctx: TestContext,
  spec: HelpArticleSpec = {},
): Promise<{ id: string; slug: string }> {
  sequence += 1;
  const { platform } = ctx;
  const slug = spec.slug ?? `test-article-${sequence}`;
  const categorySlug = spec.category ?? "test-category";
  const sectionSlug = spec.section ?? "test-section";
  const now = platform.clock.now();
  const id = platform.ids.next("helpArticle");
  await platform.db.transaction().execute(async (trx) => {
    let category = await trx
      .selectFrom("help_categories")
      .where("slug", "=", categorySlug)
      .select("id")
      .executeTakeFirst();
    if (!category) {
      category = { id: platform.ids.next("helpCategory") };
      await trx
        .insertInto("help_categories")
        .values({
          id: category.id,
          slug: categorySlug,
          position: 100,
          icon: "book",
          name: JSON.stringify({ en: `Category ${categorySlug}`, "zh-CN": `分类 ${categorySlug}` }),
          description: JSON.stringify({ en: "Test category", "zh-CN": "测试分类" }),
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    let section = await trx
      .selectFrom("help_sections")
      .where("slug", "=", sectionSlug)
      .select("id")
      .executeTakeFirst();
    if (!section) {
      section = { id: platform.ids.next("helpSection") };
      await trx
        .insertInto("help_sections")
        .values({
          id: section.id,
          category_id: category.id,
          slug: sectionSlug,
          position: 0,
          name: JSON.stringify({ en: `Section ${sectionSlug}`, "zh-CN": `栏目 ${sectionSlug}` }),
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    await trx
      .insertInto("help_articles")
      .values({
        id,
        slug,
        section_id: section.id,
        kind: spec.kind ?? "faq",
        tags: spec.tags ?? [],
        related: spec.related ?? [],
        position: sequence,
        created_by: spec.authorId ?? null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const locale of ["en", "zh-CN"] as const) {
      const published = spec[locale];
      const draft = published ?? spec.drafts?.[locale];
      if (!draft) continue;
      await trx
        .insertInto("help_translations")
        .values({
          article_id: id,
          locale,
          draft_title: draft.title,
          draft_body: draft.body,
          draft_version: 1,
          draft_updated_by: spec.authorId ?? null,
          draft_updated_at: now,
          title: published?.title ?? null,
          body: published?.body ?? null,
          published_version: published ? 1 : null,
          published_at: published ? now : null,
          published_by: null,
        })
        .execute();
      await trx
        .insertInto("help_versions")
        .values({
          id: platform.ids.next("helpVersion"),
          article_id: id,
          locale,
          version: 1,
          title: draft.title,
          body: draft.body,
          author_id: spec.authorId ?? null,
          note: null,
          created_at: now,
        })
        .execute();
    }
  });
  await ctx.services.help.index.articleChanged(slug);
  return { id, slug };
}

/** Runs a help search through the API. */
export function helpSearch(ctx: TestContext, q: string, extra: Record<string, string> = {}, headers = {}) {
  const query = new URLSearchParams({ q, ...extra }).toString();
  return ctx.app.inject({ method: "GET", url: `/api/v1/help/search?${query}`, headers });
}
