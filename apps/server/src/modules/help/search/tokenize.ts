import { stemmer } from "stemmer";
import {
  chineseParticles,
  chineseStopBigrams,
  chineseStopCharacters,
  englishStopWords,
} from "./stop-words.js";
import { foldVariantCodes } from "./variants.js";

/**
 * Text analysis shared by indexing and querying, so both sides always agree on terms.
 * - Words of letters and digits (2fa, 3ds, s1234, withdrawal): lower case; English words
 *   stemmed (withdrawals, withdrawing → withdraw), irregular forms folded (forgot → forget);
 *   English stop words dropped.
 * - Chinese (and other CJK) without spaces: overlapping character bigrams (提现被拒 → 提现, 现被,
 *   被拒), a single character standing alone is kept as itself unless it is only grammar (了).
 * Offsets point into the text that was analysed, so snippets can mark the original characters.
 */
export type TokenKind = "word" | "bigram" | "char";

export interface Token {
  /** What is indexed and looked up. */
  term: string;
  kind: TokenKind;
  /** Start and end (exclusive) in the analysed text, UTF-16 units. */
  start: number;
  end: number;
  /** Words: the word as written, lower case and unstemmed (for prefixes and typo matching). */
  surface: string;
  /** Bigrams with a particle in them (的提 in 我的提现): likely to span two words. */
  weak: boolean;
}

export interface AnalyzeOptions {
  /** Keep English stop words and grammar-only Chinese (type-ahead, where "how to" is still being typed). */
  keepStopWords?: boolean;
}

/** Words longer than this are not language (hashes, encoded data) and are not indexed. */
const MAX_WORD_LENGTH = 40;

/** Irregular forms, by the base word whose stem they share (the stemmer only knows regular endings). */
const irregularBases: ReadonlyMap<string, string> = new Map([
  ["forgot", "forget"],
  ["forgotten", "forget"],
  ["paid", "pay"],
  ["sent", "send"],
  ["lost", "lose"],
  ["stole", "steal"],
  ["stolen", "steal"],
  ["froze", "freeze"],
  ["frozen", "freeze"],
  ["withdrawn", "withdraw"],
  ["withdrew", "withdraw"],
  ["got", "get"],
  ["gotten", "get"],
  ["taken", "take"],
  ["took", "take"],
  ["made", "make"],
  ["came", "come"],
  ["went", "go"],
  ["gone", "go"],
  ["chose", "choose"],
  ["chosen", "choose"],
  ["verification", "verify"],
  ["verifications", "verify"],
  ["unauthorised", "unauthorized"],
  ["authorised", "authorized"],
  ["cancelled", "cancel"],
  ["cancelling", "cancel"],
]);

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** The index term of a lower-case word: English words stemmed, anything with digits or non-ASCII letters as is. */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const base = irregularBases.get(word) ?? word;
  const stem = /^[a-z]{3,}$/.test(base) ? stemmer(base) : base;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

enum CharKind {
  Separator = 0,
  Word = 1,
  Cjk = 2,
  /** Combining marks: part of the word they follow. */
  Mark = 3,
  Apostrophe = 4,
}

interface CharClass {
  kind: CharKind;
  /** NFKC, lower case (may be longer than one character: ﬁ → fi). */
  text: string;
}

const cjkPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const wordPattern = /[\p{L}\p{N}]/u;
const markPattern = /\p{M}/u;
const classCache = new Map<number, CharClass>();

function classify(codePoint: number): CharClass {
  const cached = classCache.get(codePoint);
  if (cached !== undefined) return cached;
  const text = String.fromCodePoint(codePoint).normalize("NFKC").toLowerCase();
  let kind: CharKind;
  if (codePoint === 0x27 || codePoint === 0x2019) kind = CharKind.Apostrophe;
  else if (cjkPattern.test(text)) kind = CharKind.Cjk;
  else if (wordPattern.test(text)) kind = CharKind.Word;
  else if (markPattern.test(text)) kind = CharKind.Mark;
  else kind = CharKind.Separator;
  const result: CharClass = {
    kind,
    text: kind === CharKind.Word ? [...text].filter((c) => wordPattern.test(c)).join("") : text,
  };
  classCache.set(codePoint, result);
  return result;
}

/** Receives each term of a text in order (indexing uses it directly: no token objects to collect). */
export type TermVisitor = (
  term: string,
  kind: TokenKind,
  start: number,
  end: number,
  surface: string,
  weak: boolean,
) => void;

/** Analyses `text` into tokens in text order. */
export function analyze(text: string, options: AnalyzeOptions = {}): Token[] {
  const tokens: Token[] = [];
  scanTerms(text, options.keepStopWords === true, (term, kind, start, end, surface, weak) => {
    tokens.push({ term, kind, start, end, surface, weak });
  });
  return tokens;
}

/** The analysis itself. Written for speed: it runs over every body at start. */
export function scanTerms(text: string, keepStopWords: boolean, visit: TermVisitor): void {
  let wordStart = -1;
  let wordEnd = -1;
  /** Null while the word is a plain slice of the text (ASCII, no apostrophe); else the word so far. */
  let wordBuffer: string | null = null;
  const run: number[] = [];
  const runStarts: number[] = [];
  const runEnds: number[] = [];

  const flushWord = () => {
    if (wordStart < 0) return;
    const surface = wordBuffer ?? text.slice(wordStart, wordEnd).toLowerCase();
    const start = wordStart;
    wordStart = -1;
    wordBuffer = null;
    if (surface.length === 0 || surface.length > MAX_WORD_LENGTH) return;
    if (!keepStopWords && englishStopWords.has(surface)) return;
    visit(stemWord(surface), "word", start, wordEnd, surface, false);
  };
  const flushRun = () => {
    if (run.length === 0) return;
    visitCjkRun(run, runStarts, runEnds, keepStopWords, visit);
    run.length = 0;
    runStarts.length = 0;
    runEnds.length = 0;
  };
  /** The word so far as a string of its own, before something that is not a plain slice joins it. */
  const ownWord = (upTo: number): string => wordBuffer ?? text.slice(wordStart, upTo).toLowerCase();

  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      const lower = code | 0x20;
      const isDigit = code >= 0x30 && code <= 0x39;
      if (isDigit || (lower >= 0x61 && lower <= 0x7a)) {
        flushRun();
        if (wordStart < 0) wordStart = index;
        else if (wordBuffer !== null) wordBuffer += String.fromCharCode(isDigit ? code : lower);
        wordEnd = index + 1;
      } else if (code === 0x27 && wordStart >= 0 && isAsciiLetter(text.charCodeAt(index + 1))) {
        // "don't" is one word; a quote mark around a word is not part of it.
        wordBuffer = ownWord(index);
      } else {
        flushWord();
        flushRun();
      }
      index++;
      continue;
    }
    if (code >= 0x4e00 && code <= 0x9fff) {
      // Common Chinese characters: NFKC and lower case leave them alone.
      flushWord();
      run.push(code);
      runStarts.push(index);
      runEnds.push(index + 1);
      index++;
      continue;
    }
    const codePoint = text.codePointAt(index) ?? code;
    const end = index + (codePoint > 0xffff ? 2 : 1);
    const charClass = classify(codePoint);
    switch (charClass.kind) {
      case CharKind.Word:
        flushRun();
        if (wordStart < 0) {
          wordStart = index;
          wordBuffer = charClass.text;
        } else {
          wordBuffer = ownWord(index) + charClass.text;
        }
        wordEnd = end;
        break;
      case CharKind.Mark:
        if (wordStart >= 0) {
          wordBuffer = ownWord(index);
          wordEnd = end;
        }
        break;
      case CharKind.Apostrophe:
        if (wordStart >= 0 && isAsciiLetter(text.charCodeAt(end))) wordBuffer = ownWord(index);
        else {
          flushWord();
          flushRun();
        }
        break;
      case CharKind.Cjk:
        flushWord();
        run.push(charClass.text.codePointAt(0) ?? codePoint);
        runStarts.push(index);
        runEnds.push(end);
        break;
      default:
        flushWord();
        flushRun();
    }
    index = end;
  }
  flushWord();
  flushRun();
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

function visitCjkRun(
  codes: number[],
  starts: number[],
  ends: number[],
  keepStopWords: boolean,
  visit: TermVisitor,
): void {
  foldVariantCodes(codes);
  if (codes.length === 1) {
    const char = internedCharacter(codes[0] as number);
    if (keepStopWords || !chineseStopCharacters.has(char)) {
      visit(char, "char", starts[0] ?? 0, ends[0] ?? 0, char, false);
    }
    return;
  }
  for (let index = 0; index + 1 < codes.length; index++) {
    const first = codes[index] as number;
    const second = codes[index + 1] as number;
    const firstFlags = flagsOf(first);
    const term = internedBigram(first, second);
    if (!keepStopWords && firstFlags & STARTS_STOP_BIGRAM && chineseStopBigrams.has(term)) continue;
    const weak = ((firstFlags | flagsOf(second)) & PARTICLE) !== 0;
    visit(term, "bigram", starts[index] ?? 0, ends[index + 1] ?? 0, term, weak);
  }
}

/**
 * One string per bigram (and per character), looked up by code points: a body has thousands of
 * bigrams and most repeat across articles, so this saves building (and hashing) a new string
 * for each. Cleared if it ever grows past a bound.
 */
const internedBigrams = new Map<number, string>();
const MAX_INTERNED = 1_000_000;

function internedBigram(first: number, second: number): string {
  // Two BMP characters make a 32-bit key (a small integer for the map); others are rare, built each time.
  if (first > 0xffff || second > 0xffff) return String.fromCodePoint(first, second);
  const key = (first << 16) | second;
  let term = internedBigrams.get(key);
  if (term === undefined) {
    if (internedBigrams.size >= MAX_INTERNED) internedBigrams.clear();
    term = String.fromCharCode(first, second);
    internedBigrams.set(key, term);
  }
  return term;
}

const internedCharacters = new Map<number, string>();

function internedCharacter(code: number): string {
  let char = internedCharacters.get(code);
  if (char === undefined) {
    char = String.fromCodePoint(code);
    if (internedCharacters.size < MAX_INTERNED) internedCharacters.set(code, char);
  }
  return char;
}

/**
 * Per common Chinese character (U+4E00–U+9FFF): is it a particle, does a stop bigram start with
 * it. A table lookup instead of two set lookups per bigram.
 */
const PARTICLE = 1;
const STARTS_STOP_BIGRAM = 2;
const COMMON_CJK_START = 0x4e00;
const characterFlags = new Uint8Array(0xa000 - COMMON_CJK_START);
for (const particle of chineseParticles) {
  const offset = particle.charCodeAt(0) - COMMON_CJK_START;
  characterFlags[offset] = (characterFlags[offset] ?? 0) | PARTICLE;
}
for (const bigram of chineseStopBigrams) {
  const offset = bigram.charCodeAt(0) - COMMON_CJK_START;
  characterFlags[offset] = (characterFlags[offset] ?? 0) | STARTS_STOP_BIGRAM;
}

function flagsOf(code: number): number {
  const offset = code - COMMON_CJK_START;
  return offset >= 0 && offset < characterFlags.length ? (characterFlags[offset] as number) : 0;
}

/** True when the term comes from Chinese (or other CJK) text. */
export function isCjkTerm(term: string): boolean {
  return cjkPattern.test(term);
}
