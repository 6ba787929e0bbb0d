import { analyze } from "./tokenize.js";

/** Longest query the help center looks at (the public API rejects longer ones; logs keep this much). */
export const MAX_QUERY_LENGTH = 200;

/**
 * A query as the help center compares and groups it: NFKC (so full-width letters, digits and
 * punctuation become their ordinary forms), lower case, apostrophes inside words dropped
 * ("don't" → "dont"), every other punctuation mark or symbol a space, spaces collapsed, at most
 * 200 characters. "  提现  被拒！！" and "提现 被拒" normalize the same; so do "2FA" and "２ｆａ".
 */
export function normalizeQuery(query: string): string {
  const normalized = query
    .normalize("NFKC")
    .toLowerCase()
    .replace(/(\p{L})['’‘`](?=\p{L})/gu, "$1")
    .replace(/[\p{P}\p{S}\p{Z}\p{C}\s]+/gu, " ")
    .trim();
  return cutAtCodePoint(normalized, MAX_QUERY_LENGTH).trimEnd();
}

/**
 * The terms a query is searched with: English words stemmed without stop words, digits kept
 * (2fa, 3ds), Chinese as overlapping character bigrams. Two queries that share most of these
 * ask the same thing ("withdrawal rejected" and "withdrawals rejected!"), which is how
 * no-result searches are grouped into content gaps. Deduplicated, in query order.
 */
export function queryTokens(query: string): string[] {
  const seen = new Set<string>();
  for (const token of analyze(normalizeQuery(query))) seen.add(token.term);
  return [...seen];
}

function cutAtCodePoint(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const lastCode = text.charCodeAt(maxLength - 1);
  // Never leave half of a surrogate pair (a rare character or an emoji) at the end.
  const end = lastCode >= 0xd800 && lastCode <= 0xdbff ? maxLength - 1 : maxLength;
  return text.slice(0, end);
}
