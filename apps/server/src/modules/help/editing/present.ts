import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { ArticleRow, TranslationRow } from "../content-repository.js";
import { translationsOf } from "../content-repository.js";
import type { HelpDeps } from "../deps.js";
import { allCategories, findSectionsByIds } from "../taxonomy-repository.js";
import { iso, type PersonRef, peopleByIds } from "./shared.js";

/**
 * - published: customers read the latest draft;
 * - changed: published, and a newer draft waits;
 * - draft: never published;
 * - unpublished: was published, then taken down (published_at keeps the last publication).
 */
export type TranslationStatus = "published" | "changed" | "draft" | "unpublished";

export function statusOf(t: TranslationRow): TranslationStatus {
  if (t.published_version === null) return t.published_at === null ? "draft" : "unpublished";
  return t.draft_version > t.published_version ? "changed" : "published";
}

export interface TranslationDetail {
  draftTitle: string;
  draftBody: string;
  draftVersion: number;
  draftUpdatedAt: string;
  draftUpdatedBy: PersonRef | null;
  title: string | null;
  body: string | null;
  publishedVersion: number | null;
  publishedAt: string | null;
  publishedBy: PersonRef | null;
  submittedAt: string | null;
  submittedBy: PersonRef | null;
  submittedVersion: number | null;
  status: TranslationStatus;
}

export interface ArticleDetail {
  slug: string;
  kind: ArticleRow["kind"];
  section: { slug: string; name: string };
  category: { slug: string; name: string };
  tags: string[];
  related: string[];
  position: number;
  createdAt: string;
  updatedAt: string;
  translations: Partial<Record<HelpLocale, TranslationDetail>>;
}

export interface TranslationSummary {
  title: string;
  status: TranslationStatus;
  draftVersion: number;
  publishedVersion: number | null;
  submittedAt: string | null;
  submittedVersion: number | null;
  updatedAt: string;
}

export interface ArticleSummary {
  slug: string;
  kind: ArticleRow["kind"];
  section: { slug: string; name: string };
  tags: string[];
  updatedAt: string;
  translations: Partial<Record<HelpLocale, TranslationSummary>>;
}

/** Section and category names of these articles, in the staff member's language. */
async function placesOf(executor: Executor, articles: readonly ArticleRow[], locale: HelpLocale) {
  const sections = await findSectionsByIds(executor, [...new Set(articles.map((a) => a.section_id))]);
  const categories = new Map((await allCategories(executor)).map((c) => [c.id, c]));
  const bySection = new Map(
    sections.map((s) => {
      const category = categories.get(s.category_id);
      return [
        s.id,
        {
          section: { slug: s.slug, name: s.name[locale] },
          category: { slug: category?.slug ?? "", name: category?.name[locale] ?? "" },
        },
      ];
    }),
  );
  return (article: ArticleRow) =>
    bySection.get(article.section_id) ?? {
      section: { slug: "", name: "" },
      category: { slug: "", name: "" },
    };
}

function byLocale<T>(rows: readonly TranslationRow[], present: (t: TranslationRow) => T) {
  const out: Partial<Record<HelpLocale, T>> = {};
  for (const t of rows) out[t.locale] = present(t);
  return out;
}

export async function presentDetail(
  deps: HelpDeps,
  executor: Executor,
  article: ArticleRow,
  locale: HelpLocale,
): Promise<ArticleDetail> {
  const translations = await translationsOf(executor, [article.id]);
  const person = await peopleByIds(
    deps,
    executor,
    translations.flatMap((t) => [t.draft_updated_by, t.published_by, t.submitted_by]),
  );
  const place = (await placesOf(executor, [article], locale))(article);
  return {
    slug: article.slug,
    kind: article.kind,
    ...place,
    tags: article.tags,
    related: article.related,
    position: article.position,
    createdAt: article.created_at.toISOString(),
    updatedAt: article.updated_at.toISOString(),
    translations: byLocale(translations, (t) => ({
      draftTitle: t.draft_title,
      draftBody: t.draft_body,
      draftVersion: t.draft_version,
      draftUpdatedAt: t.draft_updated_at.toISOString(),
      draftUpdatedBy: person(t.draft_updated_by),
      title: t.title,
      body: t.body,
      publishedVersion: t.published_version,
      publishedAt: iso(t.published_at),
      publishedBy: person(t.published_by),
      submittedAt: iso(t.submitted_at),
      submittedBy: person(t.submitted_by),
      submittedVersion: t.submitted_version,
      status: statusOf(t),
    })),
  };
}

export async function presentSummaries(
  executor: Executor,
  articles: readonly ArticleRow[],
  locale: HelpLocale,
): Promise<ArticleSummary[]> {
  const translations = await translationsOf(
    executor,
    articles.map((a) => a.id),
  );
  const place = await placesOf(executor, articles, locale);
  return articles.map((a) => ({
    slug: a.slug,
    kind: a.kind,
    section: place(a).section,
    tags: a.tags,
    updatedAt: a.updated_at.toISOString(),
    translations: byLocale(
      translations.filter((t) => t.article_id === a.id),
      (t) => ({
        title: t.draft_title,
        status: statusOf(t),
        draftVersion: t.draft_version,
        publishedVersion: t.published_version,
        submittedAt: iso(t.submitted_at),
        submittedVersion: t.submitted_version,
        updatedAt: t.draft_updated_at.toISOString(),
      }),
    ),
  }));
}

/** The article, or 404 help_article_not_found. */
export function found<T>(row: T | undefined): T {
  if (row === undefined) throw new DomainError("help_article_not_found");
  return row;
}
