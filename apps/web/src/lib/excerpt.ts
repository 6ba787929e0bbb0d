// A short excerpt of a text for a small space (the bell's dropdown), cut by the program rather
// than by CSS line clamping: the browser's clamp puts its "…" after whatever ends the last line it
// shows, which gives "wallet.…". Here the cut drops the punctuation and spaces before the "…".

/** Characters that take two columns: CJK, kana, hangul, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** What may not end an excerpt before its "…": spaces, punctuation, opening brackets and dashes. */
const TRAILING = /[\s.,;:!?…。，、；：！？·・\-–—(（[【「『"“'‘]+$/u;

const widthOf = (char: string) => (WIDE.test(char) ? 2 : 1);

/** The text's width in columns (a Chinese character counts two, a Latin letter one). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += widthOf(char);
  return width;
}

/**
 * The text on one line (its lines joined: with a space after Latin text, none after Chinese) and,
 * when wider than `maxWidth` columns, cut to fit with "…": at a word's end in Latin text, and never
 * right after punctuation, so it reads "It is in your…", not "It is in your wallet.…".
 */
export function excerpt(text: string, maxWidth: number): string {
  const lines = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  let flat = "";
  for (const line of lines) {
    const last = flat.slice(-1);
    flat += flat && !WIDE.test(last) ? ` ${line}` : line;
  }
  flat = flat.replace(/[ \t]+/g, " ");
  if (textWidth(flat) <= maxWidth) return flat;

  const chars = Array.from(flat);
  let width = 0;
  let end = 0;
  // One column is kept for the "…".
  while (end < chars.length && width + widthOf(chars[end] ?? "") <= maxWidth - 1) {
    width += widthOf(chars[end] ?? "");
    end += 1;
  }
  let cut = chars.slice(0, end).join("");
  // In the middle of a Latin word: back to the space before it (when that leaves enough text).
  const next = chars[end] ?? "";
  if (/[\p{L}\p{N}]/u.test(next) && !WIDE.test(next)) {
    const space = cut.lastIndexOf(" ");
    if (space > cut.length / 2) cut = cut.slice(0, space);
  }
  return `${cut.replace(TRAILING, "")}…`;
}
