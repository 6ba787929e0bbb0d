import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { IndexedArticle, SearchEngine, SearchHit, SearchRequest, Suggestion } from "./engine.js";
import { LocaleIndex } from "./locale-index.js";
import { parseQuery } from "./query.js";
import { rankDocuments } from "./scorer.js";
import { buildSnippet } from "./snippet.js";
import { suggestTitles } from "./suggest.js";
import { SynonymTable } from "./synonyms.js";

/**
 * The default search engine: everything in memory, in this process (rebuilt from the database
 * at start by the help index). One index per language; a query searches the reader's language
 * and, when that finds nothing, the other one. Ranking: BM25F (title 3, tags 2.5, body 1) over
 * clauses that synonyms and typo corrections can satisfy, a strong boost for matching more of
 * the query, then small nudges for helpfulness and popularity (see scorer.ts and ranking.ts).
 */
const locales: readonly HelpLocale[] = ["en", "zh-CN"];
const MAX_LIMIT = 100;

export class MemorySearchEngine implements SearchEngine {
  private indexes: Record<HelpLocale, LocaleIndex> = { en: new LocaleIndex(), "zh-CN": new LocaleIndex() };
  private synonyms = new SynonymTable([]);

  replaceAll(articles: IndexedArticle[]): void {
    this.indexes = {
      en: LocaleIndex.from(articles.filter((article) => article.locale === "en")),
      "zh-CN": LocaleIndex.from(articles.filter((article) => article.locale === "zh-CN")),
    };
  }

  upsert(article: IndexedArticle): void {
    this.indexes[article.locale].upsert(article);
    this.compactIfNeeded(article.locale);
  }

  remove(slug: string, locale?: HelpLocale): void {
    for (const each of locale === undefined ? locales : [locale]) {
      if (this.indexes[each].remove(slug)) this.compactIfNeeded(each);
    }
  }

  setSynonyms(groups: string[][]): void {
    this.synonyms = new SynonymTable(groups);
  }

  search(request: SearchRequest): SearchHit[] {
    const limit = clampLimit(request.limit);
    const query = parseQuery(request.query, this.synonyms);
    if (query.clauses.length === 0) return [];
    for (const locale of searchOrder(request.locale)) {
      const index = this.indexes[locale];
      const { hits, highlightTerms } = rankDocuments(index, query, this.synonyms, limit);
      if (hits.length === 0) continue;
      return hits.map(({ doc, score }) => ({
        slug: doc.article.slug,
        locale: doc.article.locale,
        title: doc.article.title,
        snippet: buildSnippet(doc.article.body, highlightTerms),
        score: Math.round(score * 10_000) / 10_000,
      }));
    }
    return [];
  }

  suggest(request: SearchRequest): Suggestion[] {
    const limit = clampLimit(request.limit);
    for (const locale of searchOrder(request.locale)) {
      const suggestions = suggestTitles(this.indexes[locale], request.query, this.synonyms, limit);
      if (suggestions.length > 0) return suggestions;
    }
    return [];
  }

  size(): number {
    return this.indexes.en.size + this.indexes["zh-CN"].size;
  }

  /** Removed translations stay in the postings until a rebuild; rebuild once they are a quarter of them. */
  private compactIfNeeded(locale: HelpLocale): void {
    const index = this.indexes[locale];
    if (index.needsCompaction()) this.indexes[locale] = LocaleIndex.from(index.liveArticles());
  }
}

export function createMemorySearchEngine(): MemorySearchEngine {
  return new MemorySearchEngine();
}

function searchOrder(locale: HelpLocale): HelpLocale[] {
  return locale === "en" ? ["en", "zh-CN"] : ["zh-CN", "en"];
}

function clampLimit(limit: number): number {
  if (!Number.isFinite(limit)) return 10;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}
