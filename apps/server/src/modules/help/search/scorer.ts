import type { LocaleIndex, StoredDoc } from "./locale-index.js";
import { bodyCountOf, type PostingList, tagsCountOf, titleCountOf } from "./postings.js";
import type { ParsedQuery } from "./query.js";
import {
  bodyField,
  coordinationFactor,
  helpfulnessFactor,
  K1,
  lengthNorm,
  popularityFactor,
  TopList,
  tagsField,
  titleField,
} from "./ranking.js";
import type { SynonymTable } from "./synonyms.js";
import { foldVariantsInText } from "./variants.js";

/**
 * Ranking one language's translations for a parsed query (BM25F over title, tags and body).
 * A clause scores through its best alternative (the term typed, a synonym, a typo correction);
 * a phrase alternative needs all its terms in the document and scores their mean.
 */
interface CompiledAlternative {
  lists: PostingList[];
  idfs: number[];
  weight: number;
}

interface CompiledClause {
  alternatives: CompiledAlternative[];
  coordinationWeight: number;
  scoreWeight: number;
}

export interface RankedDoc {
  doc: StoredDoc;
  score: number;
}

export interface Ranking {
  hits: RankedDoc[];
  /** Every term that may be marked in a snippet (typed, synonyms, corrections). */
  highlightTerms: Set<string>;
}

/** Typo corrections count this much against a word found as typed (distance 1; distance 2 counts less). */
const TYPO_WEIGHTS = [1, 0.6, 0.45];
/** Matching the whole query in the title, or being the title. */
const TITLE_CONTAINS_QUERY = 1.3;
const TITLE_IS_QUERY = 1.6;
/** Each share of the query found in the title adds up to half of the score again. */
const TITLE_COVERAGE_BOOST = 0.5;

export function rankDocuments(
  index: LocaleIndex,
  query: ParsedQuery,
  synonyms: SynonymTable,
  limit: number,
): Ranking {
  const highlightTerms = new Set<string>();
  const clauses = compileClauses(index, query, synonyms, highlightTerms);
  if (clauses.length === 0) return { hits: [], highlightTerms };

  const size = index.docs.length;
  const relevance = new Float64Array(size);
  const covered = new Float64Array(size);
  const coveredInTitle = new Float64Array(size);
  const touched: number[] = [];
  const clauseBest = new Float64Array(size);
  const clauseInTitle = new Uint8Array(size);
  const averages = index.averageLengths();

  for (const clause of clauses) {
    const clauseTouched: number[] = [];
    for (const alternative of clause.alternatives) {
      scoreAlternative(index, alternative, averages, (doc, score, inTitle) => {
        if ((clauseBest[doc] as number) === 0) clauseTouched.push(doc);
        if (score > (clauseBest[doc] as number)) clauseBest[doc] = score;
        if (inTitle) clauseInTitle[doc] = 1;
      });
    }
    for (const doc of clauseTouched) {
      if ((covered[doc] as number) === 0) touched.push(doc);
      relevance[doc] = (relevance[doc] as number) + (clauseBest[doc] as number) * clause.scoreWeight;
      covered[doc] = (covered[doc] as number) + clause.coordinationWeight;
      if (clauseInTitle[doc] === 1) {
        coveredInTitle[doc] = (coveredInTitle[doc] as number) + clause.coordinationWeight;
      }
      clauseBest[doc] = 0;
      clauseInTitle[doc] = 0;
    }
  }

  const totalWeight = clauses.reduce((sum, clause) => sum + clause.coordinationWeight, 0);
  let bestShare = 0;
  for (const doc of touched) bestShare = Math.max(bestShare, (covered[doc] as number) / totalWeight);
  // Short queries must be matched substantially; long ones (a message typed on the contact page) less so.
  const minimumShare = Math.max(clauses.length <= 4 ? 0.3 : 0.15, bestShare * 0.4);
  const compactQuery = foldVariantsInText(query.compact);
  const multiTerm = clauses.length >= 2;
  const top = new TopList(limit);
  for (const doc of touched) {
    const share = (covered[doc] as number) / totalWeight;
    if (share < minimumShare - 1e-9) continue;
    const stored = index.docs[doc] as StoredDoc;
    const article = stored.article;
    let score =
      (relevance[doc] as number) *
      coordinationFactor(share) *
      (1 + (TITLE_COVERAGE_BOOST * (coveredInTitle[doc] as number)) / totalWeight);
    if (compactQuery.length > 0 && stored.compactTitle === compactQuery) score *= TITLE_IS_QUERY;
    else if (multiTerm && compactQuery.length > 1 && stored.compactTitle.includes(compactQuery)) {
      score *= TITLE_CONTAINS_QUERY;
    }
    score *= popularityFactor(article.popularity, index.mostViews);
    score *= helpfulnessFactor(article.helpfulYes, article.helpfulNo);
    top.offer(doc, score);
  }
  return {
    hits: top.entries.map((entry) => ({ doc: index.docs[entry.doc] as StoredDoc, score: entry.score })),
    highlightTerms,
  };
}

function compileClauses(
  index: LocaleIndex,
  query: ParsedQuery,
  synonyms: SynonymTable,
  highlightTerms: Set<string>,
): CompiledClause[] {
  const compiled: CompiledClause[] = [];
  for (const clause of query.clauses) {
    const candidates = [{ tokens: [clause.term], weight: 1 }, ...clause.alternatives];
    if (clause.kind === "word" && index.documentFrequency(clause.term) === 0) {
      const isLive = (term: string) => index.documentFrequency(term) > 0;
      for (const correction of index.fuzzy.candidates(clause.surface, clause.term, isLive)) {
        const weight = TYPO_WEIGHTS[correction.distance] ?? 0;
        candidates.push({ tokens: [correction.term], weight });
        for (const synonym of synonyms.alternativesForTerm(correction.term)) {
          candidates.push({ tokens: synonym.tokens, weight: weight * synonym.weight });
        }
      }
    }
    const alternatives: CompiledAlternative[] = [];
    for (const candidate of candidates) {
      const lists: PostingList[] = [];
      for (const token of candidate.tokens) {
        const list = index.terms.get(token);
        if (list === undefined || list.documentFrequency === 0) break;
        lists.push(list);
      }
      if (lists.length !== candidate.tokens.length) continue;
      alternatives.push({
        lists,
        idfs: candidate.tokens.map((token) => index.inverseDocumentFrequency(token)),
        weight: candidate.weight,
      });
      // Weak clauses (bigrams across two words) would mark noise in snippets.
      if (clause.coordinationWeight === 1) for (const token of candidate.tokens) highlightTerms.add(token);
    }
    // A clause nothing in this language can satisfy neither helps nor counts against a document.
    if (alternatives.length > 0) {
      compiled.push({
        alternatives,
        coordinationWeight: clause.coordinationWeight,
        scoreWeight: clause.scoreWeight,
      });
    }
  }
  return compiled;
}

function scoreAlternative(
  index: LocaleIndex,
  alternative: CompiledAlternative,
  averages: { title: number; tags: number; body: number },
  visit: (doc: number, score: number, inTitle: boolean) => void,
): void {
  const docs = index.docs;
  const termScore = (packed: number, stored: StoredDoc, idf: number): number => {
    const inTitle = titleCountOf(packed);
    const inTags = tagsCountOf(packed);
    const inBody = bodyCountOf(packed);
    let frequency = 0;
    if (inTitle > 0) {
      frequency += (titleField.weight * inTitle) / lengthNorm(titleField, stored.titleLength, averages.title);
    }
    if (inTags > 0) {
      frequency += (tagsField.weight * inTags) / lengthNorm(tagsField, stored.tagsLength, averages.tags);
    }
    if (inBody > 0) {
      frequency += (bodyField.weight * inBody) / lengthNorm(bodyField, stored.bodyLength, averages.body);
    }
    return (idf * frequency * (K1 + 1)) / (K1 + frequency);
  };

  // Walk the rarest term's list; look the others up (lists are sorted by document).
  let driver = 0;
  alternative.lists.forEach((list, position) => {
    if (list.length < (alternative.lists[driver] as PostingList).length) driver = position;
  });
  const driverList = alternative.lists[driver] as PostingList;
  const termCount = alternative.lists.length;
  for (let entry = 0; entry < driverList.length; entry++) {
    const doc = driverList.docs[entry] as number;
    const stored = docs[doc];
    if (stored === undefined || !stored.alive) continue;
    let sum = 0;
    let inTitle = true;
    let complete = true;
    for (let position = 0; position < termCount; position++) {
      const packed =
        position === driver
          ? (driverList.counts[entry] as number)
          : (alternative.lists[position] as PostingList).countsOf(doc);
      if (packed < 0) {
        complete = false;
        break;
      }
      if (titleCountOf(packed) === 0) inTitle = false;
      sum += termScore(packed, stored, alternative.idfs[position] as number);
    }
    if (complete) visit(doc, (alternative.weight * sum) / termCount, inTitle);
  }
}
