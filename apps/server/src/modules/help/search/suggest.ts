import type { Suggestion } from "./engine.js";
import type { LocaleIndex } from "./locale-index.js";
import { normalizeQuery } from "./normalize.js";
import { chineseStopCharacters, englishStopWords } from "./stop-words.js";
import type { SynonymTable } from "./synonyms.js";
import { analyze } from "./tokenize.js";

/**
 * Type-ahead over titles: every finished word must be in the title (or a synonym of it), the
 * word being typed matches as a prefix, Chinese bigrams typed must be in the title. Titles that
 * match more of what was typed come first, then the more read ones, then the shorter.
 */
interface Requirement {
  weight: number;
  collect: (visit: (ids: readonly number[]) => void) => void;
}

/** Share of what was typed a title must match to be suggested. */
const MIN_SHARE = 0.5;
const WEAK_WEIGHT = 0.3;

export function suggestTitles(
  index: LocaleIndex,
  query: string,
  synonyms: SynonymTable,
  limit: number,
): Suggestion[] {
  const normalized = normalizeQuery(query);
  if (normalized.length === 0 || index.size === 0) return [];
  const stillTyping = !/[\s\p{P}\p{S}]$/u.test(query);
  const tokens = analyze(normalized, { keepStopWords: true });
  const expansions = synonyms.expand(normalized, tokens);
  const requirements: Requirement[] = [];
  tokens.forEach((token, position) => {
    const isLast = position === tokens.length - 1;
    if (token.kind === "word" && isLast && stillTyping) {
      requirements.push({
        weight: 1,
        collect: (visit) => index.titles.forEachWithPrefix(token.surface, visit),
      });
      return;
    }
    if (token.kind === "word" && englishStopWords.has(token.surface)) return;
    if (token.kind === "char" && chineseStopCharacters.has(token.term)) return;
    const expansion = expansions[position];
    const alternatives = (expansion?.alternatives ?? []).filter(
      (alternative) => alternative.tokens.length === 1,
    );
    const weak = token.weak || expansion?.straddles === true;
    requirements.push({
      weight: weak ? WEAK_WEIGHT : 1,
      collect: (visit) => {
        visit(index.titles.withTerm(token.term));
        for (const alternative of alternatives) visit(index.titles.withTerm(alternative.tokens[0] as string));
      },
    });
  });
  if (requirements.length === 0) return [];

  const matched = new Float64Array(index.docs.length);
  const stamp = new Int32Array(index.docs.length);
  const candidates: number[] = [];
  requirements.forEach((requirement, position) => {
    const mark = position + 1;
    requirement.collect((ids) => {
      for (const id of ids) {
        if (stamp[id] === mark) continue;
        stamp[id] = mark;
        if (matched[id] === 0) candidates.push(id);
        matched[id] = (matched[id] as number) + requirement.weight;
      }
    });
  });
  const total = requirements.reduce((sum, requirement) => sum + requirement.weight, 0);
  const best: Ranked[] = [];
  for (const id of candidates) {
    const article = index.docs[id]?.alive === true ? index.docs[id]?.article : undefined;
    const share = (matched[id] as number) / total;
    if (article === undefined || share < MIN_SHARE - 1e-9) continue;
    insertBounded(
      best,
      { id, share, popularity: article.popularity, titleLength: article.title.length },
      limit,
    );
  }
  return best.flatMap(({ id }) => {
    const article = index.docs[id]?.article;
    return article === undefined
      ? []
      : [{ slug: article.slug, locale: article.locale, title: article.title }];
  });
}

interface Ranked {
  id: number;
  share: number;
  popularity: number;
  titleLength: number;
}

function comesBefore(a: Ranked, b: Ranked): boolean {
  if (a.share !== b.share) return a.share > b.share;
  if (a.popularity !== b.popularity) return a.popularity > b.popularity;
  if (a.titleLength !== b.titleLength) return a.titleLength < b.titleLength;
  return a.id < b.id;
}

/** Keeps `best` sorted and at most `limit` long (a full sort of thousands of prefix matches is too slow). */
function insertBounded(best: Ranked[], entry: Ranked, limit: number): void {
  if (best.length >= limit) {
    const last = best[best.length - 1] as Ranked;
    if (!comesBefore(entry, last)) return;
    best.pop();
  }
  let position = best.length;
  while (position > 0 && comesBefore(entry, best[position - 1] as Ranked)) position--;
  best.splice(position, 0, entry);
}
