import { analyze, isCjkTerm } from "./tokenize.js";
import { foldVariantsInText } from "./variants.js";

/**
 * Titles only, for type-ahead: index terms (stems, Chinese bigrams and single characters) and
 * the words as written in a sorted list, so the word being typed is matched as a prefix with a
 * binary search. Ids are the locale index's document ids (removed documents are filtered there).
 */
export class TitleIndex {
  private readonly terms = new Map<string, number[]>();
  private readonly words = new Map<string, number[]>();
  private sortedWords: string[] | null = null;

  add(id: number, title: string): void {
    for (const token of analyze(title, { keepStopWords: true })) {
      addId(this.terms, token.term, id);
      if (token.kind === "word" && !this.words.has(token.surface)) this.sortedWords = null;
      if (token.kind === "word") addId(this.words, token.surface, id);
    }
    // Single characters, for a Chinese word that is half typed (提 → 提现).
    for (const char of foldVariantsInText(title)) if (isCjkTerm(char)) addId(this.terms, char, id);
  }

  withTerm(term: string): readonly number[] {
    return this.terms.get(term) ?? [];
  }

  /** Calls `visit` with the ids of titles that have a word starting with `prefix` (an id may repeat). */
  forEachWithPrefix(prefix: string, visit: (ids: readonly number[]) => void): void {
    const words = this.sorted();
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    for (let position = low; position < words.length; position++) {
      const word = words[position] as string;
      if (!word.startsWith(prefix)) break;
      visit(this.words.get(word) ?? []);
    }
  }

  private sorted(): string[] {
    if (this.sortedWords === null) this.sortedWords = [...this.words.keys()].sort();
    return this.sortedWords;
  }
}

function addId(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, [id]);
  else if (ids[ids.length - 1] !== id) ids.push(id);
}
