import type { ArticleKind, HelpLocale } from "../../../platform/db/schema-help.js";

/**
 * The search engine behind the help center. The default is in-process (memory-engine.ts),
 * rebuilt from the database at start; an external engine (Meilisearch, OpenSearch) can
 * implement the same interface later, which is why every method may answer a promise.
 */

/** One published translation of an article, as the engine indexes it. */
export interface IndexedArticle {
  slug: string;
  locale: HelpLocale;
  title: string;
  tags: string[];
  /** The body as plain text (markdown removed, `{{facts}}` filled), for matching and snippets. */
  body: string;
  kind: ArticleKind;
  sectionSlug: string;
  categorySlug: string;
  /** Views over the last 30 days. */
  popularity: number;
  helpfulYes: number;
  helpfulNo: number;
}

export interface SearchRequest {
  query: string;
  /** The reader's language: its articles come first; the other language fills in when it has nothing. */
  locale: HelpLocale;
  limit: number;
}

export interface SearchHit {
  slug: string;
  /** The language of the translation that matched (may differ from the request's when that language has none). */
  locale: HelpLocale;
  title: string;
  /**
   * A passage of the body around the best match: HTML-escaped text with the matched words in
   * <mark>…</mark> (the only markup it ever contains).
   */
  snippet: string;
  /** Higher is better; only comparable within one answer. */
  score: number;
}

export interface Suggestion {
  slug: string;
  locale: HelpLocale;
  title: string;
}

export interface SearchEngine {
  /** Replaces the whole index (start-up, or a node that missed notifications). */
  replaceAll(articles: IndexedArticle[]): void | Promise<void>;
  /** Adds or replaces one translation. */
  upsert(article: IndexedArticle): void | Promise<void>;
  /** Removes one translation (unpublished), or every translation of the slug when locale is left out. */
  remove(slug: string, locale?: HelpLocale): void | Promise<void>;
  /** Groups of words and phrases that mean the same (each group: 提现, 取款, withdraw, cash out). */
  setSynonyms(groups: string[][]): void | Promise<void>;
  search(request: SearchRequest): SearchHit[] | Promise<SearchHit[]>;
  /** Type-ahead: titles that match what has been typed so far, the last word as a prefix. */
  suggest(request: SearchRequest): Suggestion[] | Promise<Suggestion[]>;
  /** Translations indexed. */
  size(): number | Promise<number>;
}
