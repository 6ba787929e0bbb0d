import type { IndexedArticle } from "./engine.js";
import { FuzzyVocabulary } from "./fuzzy.js";
import { normalizeQuery } from "./normalize.js";
import { addOccurrence, type Field, PostingList } from "./postings.js";
import { inverseDocumentFrequency } from "./ranking.js";
import { computeScoringTables, type ScoringTables } from "./scoring-tables.js";
import { TitleIndex } from "./title-index.js";
import { scanTerms, type TermVisitor } from "./tokenize.js";
import { foldVariantsInText } from "./variants.js";

/** One indexed translation. Its id is its position in `LocaleIndex.docs`. */
export interface StoredDoc {
  article: IndexedArticle;
  alive: boolean;
  titleLength: number;
  tagsLength: number;
  bodyLength: number;
  /** The terms it contains (ids), to keep document frequencies exact when it is removed. */
  termIds: readonly number[];
  /** The title normalized like a query, without spaces: finds the query as a phrase. */
  compactTitle: string;
}

export interface FieldLengths {
  title: number;
  tags: number;
  body: number;
}

/**
 * The translations of one language: postings per term with counts per field, field lengths,
 * the typo vocabulary and the title index for type-ahead. Removing a translation only marks it
 * (and keeps document frequencies exact); the engine rebuilds an index once removed entries
 * make up too much of it (see `needsCompaction`).
 */
export class LocaleIndex {
  readonly docs: StoredDoc[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly lists: PostingList[] = [];
  /** Packed field counts by term id while one document is counted (zeroed after it). */
  private counting = new Int32Array(1024);
  readonly fuzzy = new FuzzyVocabulary();
  readonly titles = new TitleIndex();
  private readonly bySlug = new Map<string, number>();
  private readonly lengthSums: FieldLengths = { title: 0, tags: 0, body: 0 };
  private removedCount = 0;
  /** Most views of any translation indexed (not lowered on removal; only a scale for popularity). */
  mostViews = 0;
  private tables: ScoringTables | null = null;

  static from(articles: Iterable<IndexedArticle>): LocaleIndex {
    const index = new LocaleIndex();
    for (const article of articles) index.upsert(article);
    return index;
  }

  get size(): number {
    return this.bySlug.size;
  }

  averageLengths(): FieldLengths {
    const count = Math.max(1, this.bySlug.size);
    return {
      title: this.lengthSums.title / count,
      tags: this.lengthSums.tags / count,
      body: this.lengthSums.body / count,
    };
  }

  /** The documents containing `term`, if any ever did. */
  postings(term: string): PostingList | undefined {
    const termId = this.termIds.get(term);
    return termId === undefined ? undefined : this.lists[termId];
  }

  documentFrequency(term: string): number {
    return this.postings(term)?.documentFrequency ?? 0;
  }

  inverseDocumentFrequency(term: string): number {
    return inverseDocumentFrequency(this.documentFrequency(term), this.bySlug.size);
  }

  get(slug: string): StoredDoc | undefined {
    const id = this.bySlug.get(slug);
    return id === undefined ? undefined : this.docs[id];
  }

  /** Per-document factors for ranking, recomputed after the index changed. */
  scoringTables(): ScoringTables {
    if (this.tables === null)
      this.tables = computeScoringTables(this.docs, this.averageLengths(), this.mostViews);
    return this.tables;
  }

  liveArticles(): IndexedArticle[] {
    return this.docs.filter((doc) => doc.alive).map((doc) => doc.article);
  }

  /** True once removed entries make up a quarter of the index (they cost time and skew nothing else). */
  needsCompaction(): boolean {
    return this.removedCount > 32 + this.bySlug.size / 4;
  }

  upsert(article: IndexedArticle): void {
    this.remove(article.slug);
    this.tables = null;
    const id = this.docs.length;
    const touched: number[] = [];
    let field: Field = "title";
    let fieldLength = 0;
    const count: TermVisitor = (term, kind, _start, _end, surface) => {
      let termId = this.termIds.get(term);
      if (termId === undefined) termId = this.newTerm(term);
      const packed = this.counting[termId] as number;
      if (packed === 0) touched.push(termId);
      this.counting[termId] = addOccurrence(packed, field);
      fieldLength++;
      if (kind === "word") this.fuzzy.add(surface, term);
    };
    scanTerms(article.title, false, count);
    const lengths: FieldLengths = { title: fieldLength, tags: 0, body: 0 };
    field = "tags";
    fieldLength = 0;
    scanTerms(article.tags.join(" \n "), false, count);
    lengths.tags = fieldLength;
    field = "body";
    fieldLength = 0;
    scanTerms(article.body, false, count);
    lengths.body = fieldLength;
    const counting = this.counting;
    for (const termId of touched) {
      (this.lists[termId] as PostingList).push(id, counting[termId] as number);
      counting[termId] = 0;
    }
    this.docs.push({
      article,
      alive: true,
      titleLength: lengths.title,
      tagsLength: lengths.tags,
      bodyLength: lengths.body,
      termIds: touched,
      compactTitle: compactForPhrase(article.title),
    });
    this.bySlug.set(article.slug, id);
    this.lengthSums.title += lengths.title;
    this.lengthSums.tags += lengths.tags;
    this.lengthSums.body += lengths.body;
    this.mostViews = Math.max(this.mostViews, article.popularity);
    this.titles.add(id, article.title);
  }

  private newTerm(term: string): number {
    const termId = this.lists.length;
    this.termIds.set(term, termId);
    this.lists.push(new PostingList());
    if (termId >= this.counting.length) {
      const grown = new Int32Array(this.counting.length * 2);
      grown.set(this.counting);
      this.counting = grown;
    }
    return termId;
  }

  remove(slug: string): boolean {
    const id = this.bySlug.get(slug);
    if (id === undefined) return false;
    const doc = this.docs[id];
    this.bySlug.delete(slug);
    if (doc === undefined) return false;
    doc.alive = false;
    this.tables = null;
    for (const termId of doc.termIds) {
      const list = this.lists[termId];
      if (list !== undefined) list.documentFrequency--;
    }
    doc.termIds = [];
    this.lengthSums.title -= doc.titleLength;
    this.lengthSums.tags -= doc.tagsLength;
    this.lengthSums.body -= doc.bodyLength;
    this.removedCount++;
    return true;
  }
}

/** Normalized like a query, variants folded, spaces removed: "提现申请被拒绝", "forgotmypassword". */
export function compactForPhrase(text: string): string {
  return foldVariantsInText(normalizeQuery(text)).replace(/ /g, "");
}
