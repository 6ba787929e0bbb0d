/**
 * Text for hand-built PDFs that mix English and Simplified Chinese without shipping a font.
 *
 * Latin text uses the standard Type1 fonts Helvetica and Helvetica-Bold, whose metrics every
 * viewer knows; anything else uses Adobe's predefined CJK font STSong-Light through the
 * UniGB-UCS2-H CMap, which the viewer substitutes with a system font. Because the PDF itself
 * declares every glyph's advance (Helvetica's built-in widths, 1000/1000 em for the CJK font),
 * measuring with the same numbers here puts right-aligned columns exactly where they land.
 */

export type Weight = "regular" | "bold";

/** Resource names of the fonts in the shared font dictionary every page points at. */
export const FONT = { regular: "F1", bold: "F2", cjk: "F3" } as const;

// Advance widths (1/1000 em) of chars 32..126 from Adobe's Helvetica AFM files, as
// WinAnsiEncoding maps them: 39 is quotesingle (not quoteright) and 96 is grave.
// biome-ignore format: one row per 16 characters, as commented
const HELVETICA: readonly number[] = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];
// biome-ignore format: one row per 16 characters, as commented
const HELVETICA_BOLD: readonly number[] = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0 to ?
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // P to _
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // ` to o
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, // p to ~
];

/** The CID font's default width (/DW): Chinese glyphs are one em square. */
const CJK_WIDTH = 1000;
const ELLIPSIS = "...";

/** A stretch of text drawn with one font: printable ASCII in Helvetica, the rest in the CJK font. */
export interface TextRun {
  cjk: boolean;
  text: string;
}

function isAscii(code: number): boolean {
  return code >= 0x20 && code <= 0x7e;
}

function charWidth(table: readonly number[], code: number): number {
  return isAscii(code) ? (table[code - 0x20] ?? 0) : CJK_WIDTH;
}

function widthTable(weight: Weight): readonly number[] {
  return weight === "bold" ? HELVETICA_BOLD : HELVETICA;
}

/**
 * What can be drawn: UCS-2 has no room for characters outside the BMP (emoji and the like),
 * so they become "?", and control characters (a newline in a description) become spaces.
 */
export function cleanText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text; // the common case, and cheap
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) out += "?";
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += " ";
    else out += ch;
  }
  return out;
}

/** Splits clean text into runs that each need one font. */
export function splitRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    const ascii = isAscii(text.charCodeAt(start));
    if (i === text.length || isAscii(text.charCodeAt(i)) !== ascii) {
      runs.push({ cjk: !ascii, text: text.slice(start, i) });
      start = i;
    }
  }
  return runs;
}

/** Width in points of clean text at `size`, with the widths the PDF declares for its fonts. */
export function textWidth(text: string, size: number, weight: Weight): number {
  const table = widthTable(weight);
  let units = 0;
  for (let i = 0; i < text.length; i++) units += charWidth(table, text.charCodeAt(i));
  return (units * size) / 1000;
}

/** Clean text cut to `maxWidth` points, ending in "..." when it had to be cut. */
export function fitText(text: string, size: number, weight: Weight, maxWidth: number): string {
  if (textWidth(text, size, weight) <= maxWidth) return text;
  const table = widthTable(weight);
  // Work in font units so that summing many glyphs adds no rounding error.
  const budget = (maxWidth * 1000) / size - 3 * charWidth(table, 0x2e);
  let used = 0;
  let end = 0;
  while (end < text.length) {
    const width = charWidth(table, text.charCodeAt(end));
    if (used + width > budget) break;
    used += width;
    end++;
  }
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/** A number for a content stream: at most two decimals, never an exponent. */
export function num(value: number): string {
  // Rounding, not toFixed: this runs for every coordinate, and String() of a rounded value in
  // this range prints plain decimals without trailing zeros.
  return String(Math.round(value * 100) / 100);
}

/** A PDF literal string: only the backslash and parentheses need escaping in printable ASCII. */
export function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, "\\$&")})`;
}

/** UCS-2 big-endian hex, what the UniGB-UCS2-H CMap reads (clean text is all BMP). */
export function ucs2Hex(text: string): string {
  let hex = "";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0");
  return `<${hex}>`;
}

/** A PDF text string (for /Info) as UTF-16BE hex with a byte-order mark; JS strings are UTF-16. */
export function utf16Hex(text: string): string {
  return `<FEFF${ucs2Hex(text).slice(1, -1)}>`;
}

/**
 * Operators that show clean text from the current text position, switching font per run.
 * The caller sets the fill colour, and the stroke colour too for bold text: there is no
 * predefined bold Chinese face, so bold CJK runs are faked by filling and stroking the outline.
 */
export function showText(text: string, size: number, weight: Weight): string {
  const ops: string[] = [];
  for (const run of splitRuns(text)) {
    if (!run.cjk) {
      ops.push(`/${FONT[weight]} ${num(size)} Tf ${literal(run.text)} Tj`);
    } else if (weight === "bold") {
      ops.push(`/${FONT.cjk} ${num(size)} Tf 2 Tr ${num(size * 0.04)} w ${ucs2Hex(run.text)} Tj 0 Tr`);
    } else {
      ops.push(`/${FONT.cjk} ${num(size)} Tf ${ucs2Hex(run.text)} Tj`);
    }
  }
  return ops.join(" ");
}
