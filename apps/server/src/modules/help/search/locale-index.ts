import type { IndexedArticle } from "./engine.js";
import { FuzzyVocabulary } from "./fuzzy.js";
import { normalizeQuery } from "./normalize.js";
import { PostingList } from "./postings.js";
import { inverseDocumentFrequency } from "./ranking.js";
import { TitleIndex } from "./title-index.js";
import { analyze, type Token } from "./tokenize.js";
import { foldVariantsInText } from "./variants.js";

/** One indexed translation. Its id is its position in `LocaleIndex.docs`. */
export interface StoredDoc {
  article: IndexedArticle;
  alive: boolean;
  titleLength: number;
  tagsLength: number;
  bodyLength: number;
  /** The posting lists it is in, to keep document frequencies exact when it is removed. */
  postings: PostingList[];
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
 * (and keeps document frequencies exact); the engine rebuilds an index once too much of it is
 * removed entries (see `needsCompaction`).
 */
export class LocaleIndex {
  readonly docs: StoredDoc[] = [];
  readonly terms = new Map<string, PostingList>();
  readonly fuzzy = new FuzzyVocabulary();
  readonly titles = new TitleIndex();
  private readonly bySlug = new Map<string, number>();
  private readonly lengthSums: FieldLengths = { title: 0, tags: 0, body: 0 };
  private removedCount = 0;
  /** Most views of any translation indexed (not lowered on removal; only a scale for popularity). */
  mostViews = 0;

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

  documentFrequency(term: string): number {
    return this.terms.get(term)?.documentFrequency ?? 0;
  }

  inverseDocumentFrequency(term: string): number {
    return inverseDocumentFrequency(this.documentFrequency(term), this.bySlug.size);
  }

  get(slug: string): StoredDoc | undefined {
    const id = this.bySlug.get(slug);
    return id === undefined ? undefined : this.docs[id];
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
    const id = this.docs.length;
    const title = analyze(article.title);
    const tags = analyze(article.tags.join(" \n "));
    const body = analyze(article.body);
    const counts = new Map<string, [number, number, number]>();
    countInto(counts, title, 0);
    countInto(counts, tags, 1);
    countInto(counts, body, 2);
    const postings: PostingList[] = [];
    for (const [term, [titleCount, tagsCount, bodyCount]] of counts) {
      let list = this.terms.get(term);
      if (list === undefined) {
        list = new PostingList();
        this.terms.set(term, list);
      }
      list.push(id, titleCount, tagsCount, bodyCount);
      postings.push(list);
    }
    for (const tokens of [title, tags, body]) {
      for (const token of tokens) if (token.kind === "word") this.fuzzy.add(token.surface, token.term);
    }
    this.docs.push({
      article,
      alive: true,
      titleLength: title.length,
      tagsLength: tags.length,
      bodyLength: body.length,
      postings,
      compactTitle: compactForPhrase(article.title),
    });
    this.bySlug.set(article.slug, id);
    this.lengthSums.title += title.length;
    this.lengthSums.tags += tags.length;
    this.lengthSums.body += body.length;
    this.mostViews = Math.max(this.mostViews, article.popularity);
    this.titles.add(id, article.title);
  }

  remove(slug: string): boolean {
    const id = this.bySlug.get(slug);
    if (id === undefined) return false;
    const doc = this.docs[id];
    this.bySlug.delete(slug);
    if (doc === undefined) return false;
    doc.alive = false;
    for (const list of doc.postings) list.documentFrequency--;
    doc.postings = [];
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

function countInto(counts: Map<string, [number, number, number]>, tokens: Token[], field: 0 | 1 | 2): void {
  for (const token of tokens) {
    let entry = counts.get(token.term);
    if (entry === undefined) {
      entry = [0, 0, 0];
      counts.set(token.term, entry);
    }
    entry[field]++;
  }
}
