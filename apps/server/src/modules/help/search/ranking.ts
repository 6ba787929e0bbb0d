/**
 * What ranks a document once it matches: relevance first (BM25F and how much of the query it
 * covers), then small nudges for articles readers found helpful and read often. The nudges are
 * bounded (±10 %) so a popular article never jumps over a clearly better match.
 */

/** BM25 saturation: the second occurrence of a word adds less than the first. */
export const K1 = 1.2;

export interface FieldParameters {
  weight: number;
  /** Length normalization (0 = none, 1 = full). Titles are short and similar, so barely normalized. */
  b: number;
}

export const titleField: FieldParameters = { weight: 3, b: 0.5 };
export const tagsField: FieldParameters = { weight: 2.5, b: 0.3 };
export const bodyField: FieldParameters = { weight: 1, b: 0.75 };

export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Length normalization of one field of one document. */
export function lengthNorm(field: FieldParameters, length: number, averageLength: number): number {
  return 1 - field.b + (field.b * length) / (averageLength > 0 ? averageLength : 1);
}

/** Coordination: the share of the query a document covers, squared so covering all of it counts a lot. */
export function coordinationFactor(coveredShare: number): number {
  return coveredShare * coveredShare;
}

/** Lower bound of the Wilson score interval (95 %) for `positive` out of `total`. */
export function wilsonLowerBound(positive: number, total: number): number {
  if (total <= 0) return 0;
  const z = 1.959964;
  const share = positive / total;
  const z2 = z * z;
  const centre = share + z2 / (2 * total);
  const margin = z * Math.sqrt((share * (1 - share) + z2 / (4 * total)) / total);
  return (centre - margin) / (1 + z2 / total);
}

/**
 * Helpfulness as a factor between 0.9 and 1.1: confidently helpful articles up, confidently
 * unhelpful ones down, articles without (or with few) votes left alone.
 */
export function helpfulnessFactor(helpfulYes: number, helpfulNo: number): number {
  const yes = Math.max(0, helpfulYes);
  const no = Math.max(0, helpfulNo);
  const total = yes + no;
  if (total === 0) return 1;
  return 1 + 0.1 * (wilsonLowerBound(yes, total) - wilsonLowerBound(no, total));
}

/** Popularity as a factor between 1 and 1.1, logarithmic and relative to the most read article. */
export function popularityFactor(views: number, mostViews: number): number {
  if (views <= 0 || mostViews <= 0) return 1;
  return 1 + (0.1 * Math.log1p(views)) / Math.log1p(mostViews);
}

export interface Scored {
  doc: number;
  score: number;
}

/** Keeps the `size` best entries (highest score, then lowest doc id) without sorting everything. */
export class TopList {
  readonly entries: Scored[] = [];
  constructor(private readonly size: number) {}

  offer(doc: number, score: number): void {
    const entries = this.entries;
    if (entries.length >= this.size) {
      const last = entries[entries.length - 1] as Scored;
      if (score <= last.score) return;
      entries.pop();
    }
    let position = entries.length;
    while (position > 0 && (entries[position - 1] as Scored).score < score) position--;
    entries.splice(position, 0, { doc, score });
  }
}
