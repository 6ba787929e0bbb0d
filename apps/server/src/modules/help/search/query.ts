import { normalizeQuery } from "./normalize.js";
import type { Alternative, SynonymTable } from "./synonyms.js";
import { analyze, type TokenKind } from "./tokenize.js";

/**
 * A query turned into clauses. Each clause is one term the customer typed (a word, or a
 * Chinese bigram) with the alternatives that may stand in for it (synonyms; typo corrections
 * are added per language index, against its vocabulary). A document satisfies a clause through
 * its best alternative; how many clauses it satisfies is what ranks it first.
 */
export interface QueryClause {
  term: string;
  kind: TokenKind;
  /** The word as typed (lower case, unstemmed): what typo correction starts from. */
  surface: string;
  /** Synonyms (the typed term itself always counts, at weight 1). */
  alternatives: Alternative[];
  /** Share of this clause in "how much of the query does the document match". */
  coordinationWeight: number;
  /** Multiplier of the clause's score. */
  scoreWeight: number;
}

export interface ParsedQuery {
  normalized: string;
  /** Normalized without spaces, to find the query as a phrase in titles. */
  compact: string;
  clauses: QueryClause[];
}

/** Bigrams that probably span two words count this much in coordination. */
const WEAK_COORDINATION = 0.3;
const WEAK_SCORE = 0.5;
/** A 200-character Chinese question has 199 bigrams; the first ones say enough. */
const MAX_CLAUSES = 64;

export function parseQuery(query: string, synonyms: SynonymTable): ParsedQuery {
  const normalized = normalizeQuery(query);
  const tokens = analyze(normalized);
  const expansions = synonyms.expand(normalized, tokens);
  const clauses: QueryClause[] = [];
  const byTerm = new Map<string, QueryClause>();
  tokens.forEach((token, position) => {
    const expansion = expansions[position];
    const weak = token.weak || expansion?.straddles === true;
    const existing = byTerm.get(token.term);
    if (existing !== undefined) {
      mergeAlternatives(existing.alternatives, expansion?.alternatives ?? []);
      if (!weak) {
        existing.coordinationWeight = 1;
        existing.scoreWeight = 1;
      }
      return;
    }
    if (clauses.length >= MAX_CLAUSES) return;
    const clause: QueryClause = {
      term: token.term,
      kind: token.kind,
      surface: token.surface,
      alternatives: (expansion?.alternatives ?? []).filter(
        (alternative) => !(alternative.tokens.length === 1 && alternative.tokens[0] === token.term),
      ),
      coordinationWeight: weak ? WEAK_COORDINATION : 1,
      scoreWeight: weak ? WEAK_SCORE : 1,
    };
    clauses.push(clause);
    byTerm.set(token.term, clause);
  });
  return { normalized, compact: normalized.replace(/ /g, ""), clauses };
}

export function mergeAlternatives(into: Alternative[], more: readonly Alternative[]): void {
  for (const alternative of more) {
    const key = alternative.tokens.join(" ");
    if (!into.some((existing) => existing.tokens.join(" ") === key)) into.push(alternative);
  }
}
