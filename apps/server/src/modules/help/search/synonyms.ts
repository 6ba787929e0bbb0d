import { normalizeQuery } from "./normalize.js";
import { analyze, isCjkTerm, type Token } from "./tokenize.js";
import { foldVariantsInText } from "./variants.js";

/**
 * Synonym expansion. A group lists words and phrases that mean the same (提现, 取款, withdraw,
 * cash out). When a query contains one of them — Chinese as a substring of the query, other
 * languages as a sequence of words — every other member of the group becomes an alternative for
 * the query terms it covers, at a lower weight than what was typed.
 */

/** A way to satisfy a query clause: every token present in the document (a word, or a phrase's terms). */
export interface Alternative {
  tokens: string[];
  weight: number;
}

export interface TokenExpansion {
  /** Other group members, as alternatives for this query token. */
  alternatives: Alternative[];
  /** A Chinese bigram that straddles a recognised term (款失 in 取款失败): probably not a word. */
  straddles: boolean;
}

/** How much a synonym counts against the word the customer typed. */
export const SYNONYM_WEIGHT = 0.8;

interface CompiledTerm {
  /** Normalized and folded text, for substring matching (terms with Chinese). */
  text: string;
  /** Index terms, for word-sequence matching and as the alternative's tokens. */
  tokens: string[];
  key: string;
  group: number;
  cjk: boolean;
}

export class SynonymTable {
  private readonly cjkTerms: CompiledTerm[] = [];
  /** Word terms by their first token, so only candidates starting at a query word are compared. */
  private readonly wordTermsByFirst = new Map<string, CompiledTerm[]>();
  private readonly groups: CompiledTerm[][] = [];

  constructor(groups: readonly (readonly string[])[]) {
    for (const terms of groups) {
      const compiled: CompiledTerm[] = [];
      const keys = new Set<string>();
      for (const raw of terms) {
        const text = foldVariantsInText(normalizeQuery(raw));
        const tokens = analyze(text).map((token) => token.term);
        const key = tokens.join(" ");
        if (tokens.length === 0 || keys.has(key)) continue;
        keys.add(key);
        compiled.push({ text, tokens, key, group: this.groups.length, cjk: isCjkTerm(text) });
      }
      if (compiled.length < 2) continue;
      this.groups.push(compiled);
      for (const term of compiled) {
        if (term.cjk) {
          this.cjkTerms.push(term);
          continue;
        }
        const first = term.tokens[0] as string;
        const list = this.wordTermsByFirst.get(first);
        if (list === undefined) this.wordTermsByFirst.set(first, [term]);
        else list.push(term);
      }
    }
  }

  get groupCount(): number {
    return this.groups.length;
  }

  /**
   * The alternatives for each token of an analysed query. `normalizedQuery` is the text the
   * tokens were analysed from (their offsets point into it).
   */
  expand(normalizedQuery: string, tokens: readonly Token[]): TokenExpansion[] {
    const expansions: TokenExpansion[] = tokens.map(() => ({ alternatives: [], straddles: false }));
    const folded = foldVariantsInText(normalizedQuery);
    const covered = new Set<number>();
    const straddling = new Set<number>();
    for (const term of this.cjkTerms) {
      let from = folded.indexOf(term.text);
      while (from >= 0) {
        this.applyCjkMatch(term, from, from + term.text.length, tokens, expansions, covered, straddling);
        from = folded.indexOf(term.text, from + 1);
      }
    }
    for (const position of straddling) {
      const expansion = expansions[position];
      if (expansion !== undefined && !covered.has(position)) expansion.straddles = true;
    }
    const wordPositions: number[] = [];
    tokens.forEach((token, position) => {
      if (token.kind === "word") wordPositions.push(position);
    });
    for (let start = 0; start < wordPositions.length; start++) {
      const firstToken = tokens[wordPositions[start] as number] as Token;
      for (const term of this.wordTermsByFirst.get(firstToken.term) ?? []) {
        const covered = wordPositions.slice(start, start + term.tokens.length);
        if (covered.length !== term.tokens.length) continue;
        if (!covered.every((position, offset) => tokens[position]?.term === term.tokens[offset])) continue;
        for (const position of covered) this.addGroup(expansions[position], term);
      }
    }
    return expansions;
  }

  /** The other members of every group that has `term` as a one-token member (used after typo correction). */
  alternativesForTerm(term: string): Alternative[] {
    const alternatives: Alternative[] = [];
    for (const member of this.wordTermsByFirst.get(term) ?? []) {
      if (member.tokens.length !== 1) continue;
      for (const other of this.groups[member.group] ?? []) {
        if (other.key !== member.key) alternatives.push({ tokens: other.tokens, weight: SYNONYM_WEIGHT });
      }
    }
    return alternatives;
  }

  private applyCjkMatch(
    term: CompiledTerm,
    start: number,
    end: number,
    tokens: readonly Token[],
    expansions: TokenExpansion[],
    coveredAnywhere: Set<number>,
    straddling: Set<number>,
  ): void {
    const covered: number[] = [];
    const overlapping: number[] = [];
    tokens.forEach((token, position) => {
      if (token.end <= start || token.start >= end) return;
      if (token.start >= start && token.end <= end) covered.push(position);
      else overlapping.push(position);
    });
    // A one-character term (钱) covers no bigram: it stands for the bigrams it is part of.
    const targets = covered.length > 0 ? covered : overlapping;
    for (const position of targets) {
      this.addGroup(expansions[position], term);
      coveredAnywhere.add(position);
    }
    // Decided once every term is known: a bigram straddles only if no term covers it.
    if (covered.length > 0) {
      for (const position of overlapping) if (tokens[position]?.kind === "bigram") straddling.add(position);
    }
  }

  private addGroup(expansion: TokenExpansion | undefined, matched: CompiledTerm): void {
    if (expansion === undefined) return;
    for (const other of this.groups[matched.group] ?? []) {
      if (other.key === matched.key) continue;
      if (expansion.alternatives.some((existing) => existing.tokens.join(" ") === other.key)) continue;
      expansion.alternatives.push({ tokens: other.tokens, weight: SYNONYM_WEIGHT });
    }
  }
}
