import type { ArticleKind, HelpLocale } from "../../platform/db/schema-help.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { HelpDeps } from "./deps.js";
import {
  type ArticleRow,
  type ArticleTranslationRow,
  catalogue,
  daysAgo,
  findArticle,
  popularArticles,
  publishedArticleId,
  publishedTitles,
  versionAuthor,
} from "./reading/published-repository.js";
import { ViewCounter } from "./reading/view-counter.js";
import { renderMarkdown } from "./render/markdown.js";
import { POPULARITY_DAYS } from "./search/help-index.js";

/** Who wrote the articles shipped with Satchel (and any whose author is unknown). */
export const HOUSE_AUTHOR = "Satchel";

export interface ArticleView {
  slug: string;
  title: string;
  /** Markdown with the facts filled in. */
  body: string;
  /** The body rendered and sanitized. */
  html: string;
  /** The language returned. */
  lang: HelpLocale;
  /** The language asked for. */
  requestedLang: HelpLocale;
  /** True when the asked-for language is not published and the other one is returned. */
  translationMissing: boolean;
  updatedAt: string;
  author: string;
  kind: ArticleKind;
  tags: string[];
  category: { slug: string; name: string };
  section: { slug: string; name: string };
  related: { slug: string; title: string }[];
  translations: { lang: HelpLocale; title: string; updatedAt: string }[];
  helpful: { yes: number; no: number };
}

export interface CategoryView {
  slug: string;
  name: string;
  description: string;
  icon: string;
  articleCount: number;
  sections: { slug: string; name: string; articles: { slug: string; title: string }[] }[];
}

/** Customers' reading of the help center: published articles, categories, popular articles, views. */
export interface HelpReader {
  /**
   * A published article in the reader's language, or the other one when that is all there is.
   * Counts a view unless `count` is false (an excerpt shown inside another page is not a read).
   */
  article(slug: string, locale: HelpLocale, options?: { count?: boolean }): Promise<ArticleView>;
  categories(locale: HelpLocale): Promise<CategoryView[]>;
  category(slug: string, locale: HelpLocale): Promise<CategoryView>;
  popular(locale: HelpLocale, limit: number): Promise<{ slug: string; title: string; views: number }[]>;
  /** The id of a published article (feedback and deflections refer to articles by slug). */
  publishedArticleId(slug: string): Promise<string>;
  /** Counts a view in memory; written with others every few seconds. */
  countView(articleId: string, locale: HelpLocale): void;
  /** Writes the views counted so far (tests, shutdown). */
  flushViews(): Promise<number>;
  close(): Promise<void>;
}

const OTHER: Record<HelpLocale, HelpLocale> = { en: "zh-CN", "zh-CN": "en" };

/** The title in the reader's language, else in the other language. */
function titleIn(titles: Partial<Record<HelpLocale, string>>, locale: HelpLocale): string | undefined {
  return titles[locale] ?? titles[OTHER[locale]];
}

function updatedAtOf(translation: ArticleTranslationRow, article: ArticleRow): string {
  return (translation.publishedAt ?? article.updatedAt).toISOString();
}

export function createHelpReader(deps: HelpDeps): HelpReader {
  const { platform } = deps;
  const views = new ViewCounter(platform, platform.log.child({ component: "help-views" }));

  async function view(article: ArticleRow, locale: HelpLocale): Promise<ArticleView> {
    const chosen =
      article.translations.find((t) => t.locale === locale) ??
      article.translations.find((t) => t.locale === OTHER[locale]);
    if (!chosen?.title || chosen.body === null) throw new DomainError("help_article_not_found");
    const [filled, authorId, relatedTitles] = await Promise.all([
      deps.facts.fill(chosen.body, chosen.locale),
      chosen.publishedVersion === null
        ? Promise.resolve(null)
        : versionAuthor(platform.db, article.id, chosen.locale, chosen.publishedVersion),
      publishedTitles(platform.db, article.related),
    ]);
    const author = authorId ? await deps.customers.profile(platform.db, authorId) : undefined;
    const related = article.related.flatMap((slug) => {
      const titles: Partial<Record<HelpLocale, string>> = {};
      for (const row of relatedTitles) if (row.slug === slug) titles[row.locale] = row.title;
      const title = titleIn(titles, locale);
      return title === undefined ? [] : [{ slug, title }];
    });
    return {
      slug: article.slug,
      title: chosen.title,
      body: filled.text,
      html: renderMarkdown(filled.text),
      lang: chosen.locale,
      requestedLang: locale,
      translationMissing: chosen.locale !== locale,
      updatedAt: updatedAtOf(chosen, article),
      author: author?.name ?? HOUSE_AUTHOR,
      kind: article.kind,
      tags: article.tags,
      category: { slug: article.category.slug, name: article.category.name[locale] },
      section: { slug: article.section.slug, name: article.section.name[locale] },
      related,
      translations: article.translations.map((t) => ({
        lang: t.locale,
        title: t.title ?? "",
        updatedAt: updatedAtOf(t, article),
      })),
      helpful: { yes: article.helpfulYes, no: article.helpfulNo },
    };
  }

  async function categoryViews(locale: HelpLocale, slug?: string): Promise<CategoryView[]> {
    const rows = await catalogue(platform.db, slug);
    return rows.map(({ category, sections, articles }) => {
      const sectionViews = sections.map((section) => ({
        slug: section.slug,
        name: section.name[locale],
        articles: (articles.get(section.id) ?? []).flatMap((article) => {
          const title = titleIn(article.titles, locale);
          return title === undefined ? [] : [{ slug: article.slug, title }];
        }),
      }));
      return {
        slug: category.slug,
        name: category.name[locale],
        description: category.description[locale],
        icon: category.icon,
        articleCount: sectionViews.reduce((sum, section) => sum + section.articles.length, 0),
        sections: sectionViews,
      };
    });
  }

  return {
    async article(slug, locale, { count = true } = {}) {
      const article = await findArticle(platform.db, slug);
      if (!article || article.translations.length === 0) throw new DomainError("help_article_not_found");
      const answer = await view(article, locale);
      if (count) views.count(article.id, answer.lang);
      return answer;
    },
    categories: (locale) => categoryViews(locale),
    async category(slug, locale) {
      const [found] = await categoryViews(locale, slug);
      if (!found) throw new DomainError("help_category_not_found", { slug });
      return found;
    },
    async popular(locale, limit) {
      const rows = await popularArticles(platform.db, daysAgo(platform.clock.now(), POPULARITY_DAYS), limit);
      return rows.flatMap((row) => {
        const title = titleIn(row.titles, locale);
        return title === undefined ? [] : [{ slug: row.slug, title, views: row.views }];
      });
    },
    async publishedArticleId(slug) {
      const id = await publishedArticleId(platform.db, slug);
      if (!id) throw new DomainError("help_article_not_found");
      return id;
    },
    countView: (articleId, locale) => views.count(articleId, locale),
    flushViews: () => views.flush(),
    close: () => views.close(),
  };
}
