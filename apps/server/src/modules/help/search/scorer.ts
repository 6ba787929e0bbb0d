import type { AlternativeScores } from "./alternative-cache.js";
import type { LocaleIndex, StoredDoc } from "./locale-index.js";
import type { PostingList } from "./postings.js";
import type { ParsedQuery } from "./query.js";
import { coordinationFactor, K1, TopList } from "./ranking.js";
import type { ScoringTables } from "./scoring-tables.js";
import type { SynonymTable } from "./synonyms.js";
import { foldVariantsInText } from "./variants.js";

/**
 * Ranking one language's translations for a parsed query (BM25F over title, tags and body).
 * A clause scores through its best alternative (the term typed, a synonym, a typo correction);
 * a phrase alternative needs all its terms in the document and scores their mean. The score of
 * one alternative over the corpus is computed once per query even when several clauses share it
 * (the three bigrams of 二次验证 all have 2fa as an alternative).
 */
interface CompiledAlternative {
  key: string;
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
/**
 * A query found entirely in the title multiplies the score by 2.5 (part of it, proportionally):
 * BM25F saturates, so without this a long body that repeats the words outranks the article
 * named after them.
 */
const TITLE_COVERAGE_BOOST = 1.5;

export function rankDocuments(
  index: LocaleIndex,
  query: ParsedQuery,
  synonyms: SynonymTable,
  limit: number,
): Ranking {
  const highlightTerms = new Set<string>();
  const clauses = compileClauses(index, query, synonyms, highlightTerms);
  if (clauses.length === 0) return { hits: [], highlightTerms };

  const tables = index.scoringTables();
  const { relevance, covered, coveredInTitle, clauseBest, clauseInTitle } = tables.scratch;
  const touched: number[] = [];
  const clauseTouched: number[] = [];
  const computed = tables.alternatives;

  for (const clause of clauses) {
    clauseTouched.length = 0;
    for (const alternative of clause.alternatives) {
      let scores = computed.get(alternative.key);
      if (scores === undefined) {
        scores = scoreAlternative(alternative, tables);
        computed.set(alternative.key, scores);
      }
      const weight = alternative.weight;
      for (let entry = 0; entry < scores.length; entry++) {
        const doc = scores.docs[entry] as number;
        const score = weight * (scores.scores[entry] as number);
        const best = clauseBest[doc] as number;
        if (best === 0) clauseTouched.push(doc);
        if (score > best) clauseBest[doc] = score;
        if (scores.inTitle[entry] === 1) clauseInTitle[doc] = 1;
      }
    }
    for (const doc of clauseTouched) {
      if (covered[doc] === 0) touched.push(doc);
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
  let bestCovered = 0;
  for (const doc of touched) if ((covered[doc] as number) > bestCovered) bestCovered = covered[doc] as number;
  // Short queries must be matched substantially; long ones (a message typed on the contact page) less so.
  const minimumShare = Math.max(clauses.length <= 4 ? 0.3 : 0.15, (bestCovered / totalWeight) * 0.4);
  const compactQuery = foldVariantsInText(query.compact);
  const multiTerm = clauses.length >= 2;
  const top = new TopList(limit);
  for (const doc of touched) {
    const share = (covered[doc] as number) / totalWeight;
    if (share < minimumShare - 1e-9) continue;
    const titleShare = (coveredInTitle[doc] as number) / totalWeight;
    let score =
      (relevance[doc] as number) *
      coordinationFactor(share) *
      (1 + TITLE_COVERAGE_BOOST * titleShare) *
      (tables.prior[doc] as number);
    if (titleShare > 0 && compactQuery.length > 0) {
      const compactTitle = (index.docs[doc] as StoredDoc).compactTitle;
      if (compactTitle === compactQuery) score *= TITLE_IS_QUERY;
      else if (multiTerm && compactQuery.length > 1 && compactTitle.includes(compactQuery)) {
        score *= TITLE_CONTAINS_QUERY;
      }
    }
    top.offer(doc, score);
  }
  // Leave the shared accumulators zeroed for the next query.
  for (const doc of touched) {
    relevance[doc] = 0;
    covered[doc] = 0;
    coveredInTitle[doc] = 0;
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
        const list = index.postings(token);
        if (list === undefined || list.documentFrequency === 0) break;
        lists.push(list);
      }
      if (lists.length !== candidate.tokens.length) continue;
      alternatives.push({
        key: candidate.tokens.join(" "),
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

/**
 * BM25F of each term in each document that has all of them: walks the rarest term's list and
 * advances a cursor in each other list (all sorted by document), so it is linear in the lists.
 */
function scoreAlternative(alternative: CompiledAlternative, tables: ScoringTables): AlternativeScores {
  const { lists, idfs } = alternative;
  let driver = 0;
  lists.forEach((list, position) => {
    if (list.length < (lists[driver] as PostingList).length) driver = position;
  });
  const driverList = lists[driver] as PostingList;
  const capacity = driverList.length;
  const result: AlternativeScores = {
    docs: new Int32Array(capacity),
    scores: new Float64Array(capacity),
    inTitle: new Uint8Array(capacity),
    length: 0,
  };
  const cursors = new Array<number>(lists.length).fill(0);
  const { alive, titleFactor, tagsFactor, bodyFactor } = tables;
  const termCount = lists.length;
  next: for (let entry = 0; entry < capacity; entry++) {
    const doc = driverList.docs[entry] as number;
    if (alive[doc] !== 1) continue;
    let sum = 0;
    let inTitle = 1;
    for (let position = 0; position < termCount; position++) {
      let packed: number;
      if (position === driver) packed = driverList.counts[entry] as number;
      else {
        const list = lists[position] as PostingList;
        let cursor = cursors[position] as number;
        while (cursor < list.length && (list.docs[cursor] as number) < doc) cursor++;
        cursors[position] = cursor;
        if (cursor >= list.length || list.docs[cursor] !== doc) continue next;
        packed = list.counts[cursor] as number;
      }
      const inTitleCount = packed >>> 24;
      const inTags = (packed >>> 16) & 0xff;
      const inBody = packed & 0xffff;
      let frequency = 0;
      if (inTitleCount > 0) frequency += inTitleCount * (titleFactor[doc] as number);
      else inTitle = 0;
      if (inTags > 0) frequency += inTags * (tagsFactor[doc] as number);
      if (inBody > 0) frequency += inBody * (bodyFactor[doc] as number);
      sum += ((idfs[position] as number) * frequency * (K1 + 1)) / (K1 + frequency);
    }
    const at = result.length++;
    result.docs[at] = doc;
    result.scores[at] = sum / termCount;
    result.inTitle[at] = inTitle;
  }
  if (result.length < capacity / 2) {
    // Kept in a cache: do not hold on to room for documents that lacked a term.
    result.docs = result.docs.slice(0, result.length);
    result.scores = result.scores.slice(0, result.length);
    result.inTitle = result.inTitle.slice(0, result.length);
  }
  return result;
}
