import { stemmer } from "stemmer";
import {
  chineseParticles,
  chineseStopBigrams,
  chineseStopCharacters,
  englishStopWords,
} from "./stop-words.js";
import { foldVariants } from "./variants.js";

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

/** Analyses `text` into tokens in text order. */
export function analyze(text: string, options: AnalyzeOptions = {}): Token[] {
  const keepStopWords = options.keepStopWords === true;
  const tokens: Token[] = [];
  let word = "";
  let wordStart = -1;
  let wordEnd = -1;
  let cjkChars: string[] = [];
  let cjkStarts: number[] = [];
  let cjkEnds: number[] = [];

  const flushWord = () => {
    if (word.length > 0 && word.length <= MAX_WORD_LENGTH && (keepStopWords || !englishStopWords.has(word))) {
      tokens.push({
        term: stemWord(word),
        kind: "word",
        start: wordStart,
        end: wordEnd,
        surface: word,
        weak: false,
      });
    }
    word = "";
  };
  const flushCjk = () => {
    if (cjkChars.length > 0) pushCjkRun(tokens, cjkChars, cjkStarts, cjkEnds, keepStopWords);
    cjkChars = [];
    cjkStarts = [];
    cjkEnds = [];
  };

  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    let width = 1;
    let charClass: CharClass;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      charClass = { kind: CharKind.Word, text: text[index] as string };
    } else if (code >= 0x41 && code <= 0x5a) {
      charClass = { kind: CharKind.Word, text: String.fromCharCode(code + 32) };
    } else if (code < 0x80) {
      charClass = code === 0x27 ? classify(code) : { kind: CharKind.Separator, text: "" };
    } else {
      const codePoint = text.codePointAt(index) ?? code;
      width = codePoint > 0xffff ? 2 : 1;
      charClass = classify(codePoint);
    }
    const end = index + width;
    switch (charClass.kind) {
      case CharKind.Word:
        flushCjk();
        if (word.length === 0) wordStart = index;
        word += charClass.text;
        wordEnd = end;
        break;
      case CharKind.Mark:
        if (word.length > 0) wordEnd = end;
        break;
      case CharKind.Apostrophe: {
        // "don't" is one word; a quote mark around a word is not part of it.
        const next = text.charCodeAt(end);
        const nextIsLetter = (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a);
        if (!(word.length > 0 && nextIsLetter)) flushWord();
        break;
      }
      case CharKind.Cjk:
        flushWord();
        cjkChars.push(charClass.text);
        cjkStarts.push(index);
        cjkEnds.push(end);
        break;
      default:
        flushWord();
        flushCjk();
    }
    index = end;
  }
  flushWord();
  flushCjk();
  return tokens;
}

function pushCjkRun(
  tokens: Token[],
  chars: string[],
  starts: number[],
  ends: number[],
  keepStopWords: boolean,
): void {
  foldVariants(chars);
  if (chars.length === 1) {
    const char = chars[0] as string;
    if (keepStopWords || !chineseStopCharacters.has(char)) {
      tokens.push({
        term: char,
        kind: "char",
        start: starts[0] ?? 0,
        end: ends[0] ?? 0,
        surface: char,
        weak: false,
      });
    }
    return;
  }
  for (let index = 0; index + 1 < chars.length; index++) {
    const first = chars[index] as string;
    const second = chars[index + 1] as string;
    const term = first + second;
    if (!keepStopWords && chineseStopBigrams.has(term)) continue;
    tokens.push({
      term,
      kind: "bigram",
      start: starts[index] ?? 0,
      end: ends[index + 1] ?? 0,
      surface: term,
      weak: chineseParticles.has(first) || chineseParticles.has(second),
    });
  }
}

/** True when the term comes from Chinese (or other CJK) text. */
export function isCjkTerm(term: string): boolean {
  return cjkPattern.test(term);
}
