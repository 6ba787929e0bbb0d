/**
 * Scores of one alternative (a term, or a phrase's terms together) over a whole language index:
 * the same for every query until the index changes, and the expensive part of a search over
 * common words (提现, password). Kept per index state (the scoring tables own the cache, and
 * are replaced on every change), least recently used first out, bounded by entries in total.
 */
export interface AlternativeScores {
  docs: Int32Array;
  /** Unweighted (the weight of a synonym or a correction is applied by the query). */
  scores: Float64Array;
  inTitle: Uint8Array;
  length: number;
}

/** About 13 bytes an entry: at most ~26 MB per language. */
const MAX_ENTRIES = 2_000_000;

export class AlternativeCache {
  private readonly entries = new Map<string, AlternativeScores>();
  private totalEntries = 0;

  get(key: string): AlternativeScores | undefined {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, scores: AlternativeScores): void {
    if (scores.length > MAX_ENTRIES / 4) return;
    this.entries.set(key, scores);
    this.totalEntries += scores.length;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.totalEntries <= MAX_ENTRIES) break;
      this.entries.delete(oldestKey);
      this.totalEntries -= oldest.length;
    }
  }
}
