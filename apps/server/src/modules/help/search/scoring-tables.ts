import { AlternativeCache } from "./alternative-cache.js";
import type { StoredDoc } from "./locale-index.js";
import {
  bodyField,
  type FieldParameters,
  helpfulnessFactor,
  lengthNorm,
  popularityFactor,
  tagsField,
  titleField,
} from "./ranking.js";

/**
 * Everything per document that ranking needs and that only changes when the index does:
 * computed once after a change (on the next search), so scoring a posting is a few
 * multiplications instead of divisions, property loads and a Wilson bound.
 */
export interface ScoringTables {
  alive: Uint8Array;
  /** Field weight divided by the field's length normalization, per document. */
  titleFactor: Float64Array;
  tagsFactor: Float64Array;
  bodyFactor: Float64Array;
  /** Helpfulness × popularity, per document (between about 0.9 and 1.2). */
  prior: Float64Array;
  /**
   * Per-document accumulators a query fills and zeroes again when done (searches run one at a
   * time on the event loop), so a search allocates nothing in proportion to the index.
   */
  /** Scores of terms and phrases over the whole index, reused by later queries until it changes. */
  alternatives: AlternativeCache;
  scratch: {
    relevance: Float64Array;
    covered: Float64Array;
    coveredInTitle: Float64Array;
    clauseBest: Float64Array;
    clauseInTitle: Uint8Array;
  };
}

export function computeScoringTables(
  docs: readonly StoredDoc[],
  averages: { title: number; tags: number; body: number },
  mostViews: number,
): ScoringTables {
  const size = docs.length;
  const tables: ScoringTables = {
    alive: new Uint8Array(size),
    titleFactor: new Float64Array(size),
    tagsFactor: new Float64Array(size),
    bodyFactor: new Float64Array(size),
    prior: new Float64Array(size),
    alternatives: new AlternativeCache(),
    scratch: {
      relevance: new Float64Array(size),
      covered: new Float64Array(size),
      coveredInTitle: new Float64Array(size),
      clauseBest: new Float64Array(size),
      clauseInTitle: new Uint8Array(size),
    },
  };
  const factor = (field: FieldParameters, length: number, average: number) =>
    field.weight / lengthNorm(field, length, average);
  docs.forEach((doc, id) => {
    if (!doc.alive) return;
    tables.alive[id] = 1;
    tables.titleFactor[id] = factor(titleField, doc.titleLength, averages.title);
    tables.tagsFactor[id] = factor(tagsField, doc.tagsLength, averages.tags);
    tables.bodyFactor[id] = factor(bodyField, doc.bodyLength, averages.body);
    tables.prior[id] =
      popularityFactor(doc.article.popularity, mostViews) *
      helpfulnessFactor(doc.article.helpfulYes, doc.article.helpfulNo);
  });
  return tables;
}
