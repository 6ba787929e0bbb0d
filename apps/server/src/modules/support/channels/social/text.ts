/**
 * Text as the social networks count it. Messenger takes at most 2,000 characters per message
 * and X 10,000 per direct message, so a longer reply goes as several, split at a paragraph,
 * line or word where it can. A post on X counts characters by weight (most CJK and emoji count
 * two, a link 23 whatever its length) against 280.
 */

export const MESSENGER_TEXT_MAX = 2000;
export const X_DM_TEXT_MAX = 10_000;
export const X_POST_WEIGHT_MAX = 280;
/** A Page post can be far longer; the announcement form stops at this. */
export const ANNOUNCEMENT_MAX = 5000;

export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while ([...rest].length > max) {
    const window = [...rest].slice(0, max).join("");
    // The strongest break in the second half of the window; none: cut mid-word rather than send tiny pieces.
    const at =
      ["\n\n", "\n", " "].map((b) => window.lastIndexOf(b)).find((i) => i > window.length / 2) ??
      window.length;
    chunks.push(window.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

// twitter-text's ranges of weight 1: Latin and most alphabets, general punctuation.
const LIGHT: readonly [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const URL = /https?:\/\/[^\s]+/g;
const URL_WEIGHT = 23;

export function xWeightedLength(text: string): number {
  const links = text.match(URL) ?? [];
  let weight = links.length * URL_WEIGHT;
  for (const char of text.normalize("NFC").replace(URL, "")) {
    const code = char.codePointAt(0) ?? 0;
    weight += LIGHT.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return weight;
}
