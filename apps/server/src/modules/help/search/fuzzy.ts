/**
 * Typo tolerance for words that are not in an index's vocabulary: "withdrawl" → withdraw,
 * "pasword" → password, "recieved" → receiv. Candidates are vocabulary entries within
 * Damerau-Levenshtein distance 1 (words of 4 to 7 letters) or 2 (8 letters and more); shorter
 * words and anything with digits (2fa, s1234) are never corrected, and neither is Chinese.
 * The vocabulary is bucketed by length so a lookup only compares words of a possible length.
 */
export interface FuzzyCandidate {
  /** The index term (stem) the vocabulary entry stands for. */
  term: string;
  distance: number;
}

/** How many corrections one typed word may turn into. */
const MAX_CANDIDATES = 3;
const CACHE_LIMIT = 5_000;

export function maxTypoDistance(word: string): number {
  if (!/^[a-z]+$/.test(word) || word.length < 4) return 0;
  return word.length >= 8 ? 2 : 1;
}

export class FuzzyVocabulary {
  /** Vocabulary entry (a stem or a word as written) → the stem it stands for. */
  private readonly entries = new Map<string, string>();
  private byLength: Map<number, string[]> | null = null;
  private readonly cache = new Map<string, FuzzyCandidate[]>();

  /** Adds a word as written and its stem (both can be misspelled forms of what is typed). */
  add(surface: string, stem: string): void {
    if (this.entries.has(surface) || !/^[a-z]+$/.test(surface)) return;
    this.register(surface, stem);
    if (stem !== surface && /^[a-z]+$/.test(stem) && !this.entries.has(stem)) this.register(stem, stem);
  }

  /**
   * Corrections for a word that is not in the vocabulary, closest first; `isLive` says whether a
   * stem still has documents (the vocabulary only grows between rebuilds).
   */
  candidates(surface: string, stem: string, isLive: (term: string) => boolean): FuzzyCandidate[] {
    const maxDistance = maxTypoDistance(surface);
    if (maxDistance === 0) return [];
    const cacheKey = `${surface}\u0000${stem}`;
    let found = this.cache.get(cacheKey);
    if (found === undefined) {
      const best = new Map<string, number>();
      this.collect(surface, maxDistance, best);
      if (stem !== surface && maxTypoDistance(stem) > 0) this.collect(stem, maxTypoDistance(stem), best);
      found = [...best.entries()].map(([term, distance]) => ({ term, distance }));
      found.sort((a, b) => a.distance - b.distance);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(cacheKey, found);
    }
    return found.filter((candidate) => isLive(candidate.term)).slice(0, MAX_CANDIDATES);
  }

  private register(entry: string, stem: string): void {
    this.entries.set(entry, stem);
    this.byLength = null;
    this.cache.clear();
  }

  private collect(word: string, maxDistance: number, best: Map<string, number>): void {
    const buckets = this.buckets();
    for (let length = word.length - maxDistance; length <= word.length + maxDistance; length++) {
      for (const entry of buckets.get(length) ?? []) {
        if (!sharesStart(word, entry)) continue;
        const distance = boundedDamerauLevenshtein(word, entry, maxDistance);
        if (distance > maxDistance) continue;
        const stem = this.entries.get(entry) ?? entry;
        const previous = best.get(stem);
        if (previous === undefined || distance < previous) best.set(stem, distance);
      }
    }
  }

  private buckets(): Map<number, string[]> {
    if (this.byLength !== null) return this.byLength;
    const buckets = new Map<number, string[]>();
    for (const entry of this.entries.keys()) {
      const bucket = buckets.get(entry.length);
      if (bucket === undefined) buckets.set(entry.length, [entry]);
      else bucket.push(entry);
    }
    this.byLength = buckets;
    return buckets;
  }
}

/** People rarely get the first two letters both wrong; this skips most of the vocabulary cheaply. */
function sharesStart(a: string, b: string): boolean {
  return a[0] === b[0] || a[1] === b[1] || (a[0] === b[1] && a[1] === b[0]);
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent
 * transpositions), giving up as soon as it must exceed `max` (returns max + 1).
 */
export function boundedDamerauLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let previousPrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const charB = b.charCodeAt(j - 1);
      const cost = charA === charB ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        value = Math.min(value, (previousPrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return Math.min(previous[b.length] as number, max + 1);
}
