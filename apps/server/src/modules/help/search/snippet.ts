import { analyze } from "./tokenize.js";

/**
 * The passage of an article's body shown under a search result: the ~160-character window
 * with the most (and most different) matched terms, on word boundaries, HTML-escaped, with the
 * matches in <mark>…</mark> and an ellipsis where the body was cut. Without any match in the
 * body (the title or tags matched), the beginning of the body.
 */
export const SNIPPET_LENGTH = 160;

interface Range {
  start: number;
  end: number;
}

interface Match extends Range {
  term: string;
}

/** How far a window may move to avoid cutting a word in half. */
const WORD_SNAP = 20;
/** Context kept before the first match of the window. */
const LEAD_IN = 40;

export function buildSnippet(body: string, terms: ReadonlySet<string>, maxLength = SNIPPET_LENGTH): string {
  const matches: Match[] = [];
  if (terms.size > 0) {
    for (const token of analyze(body)) {
      if (terms.has(token.term)) matches.push({ start: token.start, end: token.end, term: token.term });
    }
  }
  const window = matches.length > 0 ? bestWindow(body, matches, maxLength) : leadingWindow(body, maxLength);
  const marks = mergeRanges(
    matches
      .filter((match) => match.start >= window.start && match.end <= window.end)
      .map(({ start, end }) => ({ start, end })),
  );
  let html = "";
  let cursor = window.start;
  for (const mark of marks) {
    html += escapeText(body.slice(cursor, mark.start));
    html += `<mark>${escapeText(body.slice(mark.start, mark.end))}</mark>`;
    cursor = mark.end;
  }
  html += escapeText(body.slice(cursor, window.end));
  html = html.trim();
  if (window.start > 0) html = `…${html}`;
  if (window.end < body.length) html = `${html}…`;
  return html;
}

function bestWindow(body: string, matches: Match[], maxLength: number): Range {
  let best = { first: 0, last: 0, score: -1 };
  let last = 0;
  for (let first = 0; first < matches.length; first++) {
    const windowStart = (matches[first] as Match).start;
    if (last < first) last = first;
    while (last + 1 < matches.length && (matches[last + 1] as Match).end - windowStart <= maxLength) last++;
    const inWindow = matches.slice(first, last + 1);
    // Different terms matter more than one term repeated.
    const score = new Set(inWindow.map((match) => match.term)).size * 10 + inWindow.length;
    if (score > best.score) best = { first, last, score };
  }
  const spanStart = (matches[best.first] as Match).start;
  const spanEnd = (matches[best.last] as Match).end;
  const slack = Math.max(0, maxLength - (spanEnd - spanStart));
  let start = Math.max(0, spanStart - Math.min(LEAD_IN, Math.floor(slack / 3)));
  let end = Math.min(body.length, start + maxLength);
  if (end === body.length) start = Math.max(0, end - maxLength);
  start = snapStart(body, start, spanStart);
  end = snapEnd(body, Math.max(end, spanEnd), spanEnd);
  return { start, end };
}

function leadingWindow(body: string, maxLength: number): Range {
  if (body.length <= maxLength) return { start: 0, end: body.length };
  return { start: 0, end: snapEnd(body, maxLength, 1) };
}

const wordCharacter = /[\p{L}\p{N}]/u;
const cjkCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Inside a word of a spaced language (cutting between two Chinese characters is fine). */
function cutsWord(body: string, position: number): boolean {
  const before = body[position - 1];
  const after = body[position];
  if (before === undefined || after === undefined) return false;
  if (!wordCharacter.test(before) || !wordCharacter.test(after)) return false;
  return !cjkCharacter.test(before) && !cjkCharacter.test(after);
}

function isLowSurrogateAt(body: string, position: number): boolean {
  const code = body.charCodeAt(position);
  return code >= 0xdc00 && code <= 0xdfff;
}

function snapStart(body: string, start: number, limit: number): number {
  let position = start;
  if (cutsWord(body, position)) {
    const furthest = Math.min(limit, position + WORD_SNAP);
    while (position < furthest && cutsWord(body, position)) position++;
    if (cutsWord(body, position)) position = start;
  }
  if (isLowSurrogateAt(body, position)) position++;
  return position;
}

function snapEnd(body: string, end: number, limit: number): number {
  let position = end;
  if (cutsWord(body, position)) {
    const nearest = Math.max(limit, position - WORD_SNAP);
    while (position > nearest && cutsWord(body, position)) position--;
    if (cutsWord(body, position)) position = end;
  }
  if (isLowSurrogateAt(body, position)) position--;
  return position;
}

/** Overlapping or touching ranges become one (提现 + 现申 + 申请 → one mark over 提现申请). */
function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** HTML-escaped, with line breaks and runs of spaces shown as one space. */
function escapeText(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}
