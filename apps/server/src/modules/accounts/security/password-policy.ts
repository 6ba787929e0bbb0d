import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary } from "@zxcvbn-ts/language-en";

/**
 * The password rules, after NIST SP 800-63B §5.1.1.2 and the OWASP Authentication Cheat
 * Sheet: a length range, a strength estimate, a breached/common list and the user's own
 * details. No composition rules ("one upper, one digit…"): they push people to
 * `Password1!` and add nothing an estimator does not already measure.
 *
 * Reasons and suggestions are machine codes; the web app translates them.
 */

/** Why a password is refused. */
export type PasswordProblem =
  | "too_short"
  | "too_long"
  | "too_weak"
  | "common_password"
  | "contains_personal_info";

/** What the user could do about it; see the zxcvbn mapping below. */
export type PasswordSuggestion =
  | "add_length"
  | "use_more_words"
  | "avoid_common_words"
  | "avoid_personal_info"
  | "avoid_sequences"
  | "avoid_repeats"
  | "avoid_dates"
  | "avoid_keyboard_patterns"
  | "avoid_predictable_changes";

export type PasswordScore = 0 | 1 | 2 | 3 | 4;

export interface PasswordCheck {
  ok: boolean;
  /** zxcvbn's 0 (guessed at once) to 4 (very hard); for a strength meter. */
  score: PasswordScore;
  reasons: PasswordProblem[];
  suggestions: PasswordSuggestion[];
}

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
  phone?: string | null;
}

/** Counted in code points, so an emoji or a CJK character counts once, not as two UTF-16 units. */
export const PASSWORD_MIN_LENGTH = 8;
/** Room for any passphrase (NIST asks for at least 64); a cap keeps megabyte "passwords" away from the hasher. */
export const PASSWORD_MAX_LENGTH = 128;
/**
 * The estimator only ever sees this many code points: its work grows faster than linearly
 * (measured: ~80 ms worst case at 128, ~350 ms at 256) and anything longer is refused as
 * too_long whatever its score, so the rest could only cost CPU.
 */
const ESTIMATOR_MAX_CODE_POINTS = PASSWORD_MAX_LENGTH;
const MIN_SCORE: PasswordScore = 3;
/** Personal details shorter than these match too much by accident ("al", "12345"). */
const MIN_PERSONAL_TERM = 3;
const MIN_PHONE_DIGITS = 6;
/** People reuse the local number, without the country and area codes they rarely type. */
const PHONE_LOCAL_DIGITS = 7;
/**
 * How many l33t-substituted variants zxcvbn tries (default 100). Each variant is a full
 * dictionary pass: at 100 a check of an ordinary password full of digits and symbols took
 * ~50 ms, and long ones seconds. Full substitutions come first, so `P@$$w0rd` is still
 * caught; measured on 1,061 l33t-spelled common passwords, 5 lets 15 more reach score 3
 * than 100 does (mostly l33t keyboard walks such as `1q2w334r5`), and 10 lets 12.
 */
const L33T_MAX_VARIANTS = 5;

const PROBLEM_ORDER: readonly PasswordProblem[] = [
  "too_short",
  "too_long",
  "common_password",
  "contains_personal_info",
  "too_weak",
];

const SUGGESTION_ORDER: readonly PasswordSuggestion[] = [
  "add_length",
  "use_more_words",
  "avoid_common_words",
  "avoid_personal_info",
  "avoid_sequences",
  "avoid_repeats",
  "avoid_dates",
  "avoid_keyboard_patterns",
  "avoid_predictable_changes",
];

/**
 * zxcvbn feedback → our suggestion codes. With no translations configured zxcvbn reports
 * its translation keys, which are stable; unknown keys (a future zxcvbn) are ignored.
 *
 *   warnings                                                         suggestion
 *   straightRow, keyPattern                                       → avoid_keyboard_patterns
 *   simpleRepeat, extendedRepeat                                  → avoid_repeats
 *   sequences                                                     → avoid_sequences
 *   recentYears, dates                                            → avoid_dates
 *   topTen, topHundred, common, similarToCommon, wordByItself,
 *   namesByThemselves, commonNames, pwned                         → avoid_common_words
 *   userInputs                                                    → avoid_personal_info
 *
 *   suggestions
 *   anotherWord, useWords                                         → use_more_words
 *   longerKeyboardPattern                                         → avoid_keyboard_patterns
 *   repeated                                                      → avoid_repeats
 *   sequences                                                     → avoid_sequences
 *   dates, recentYears, associatedYears                           → avoid_dates
 *   l33t, reverseWords, capitalization, allUppercase              → avoid_predictable_changes
 *   pwned                                                         → avoid_common_words
 *   noNeed (only for an empty password: "no symbols needed")      → (nothing)
 */
const FROM_ZXCVBN_WARNING: ReadonlyMap<string, PasswordSuggestion> = new Map([
  ["straightRow", "avoid_keyboard_patterns"],
  ["keyPattern", "avoid_keyboard_patterns"],
  ["simpleRepeat", "avoid_repeats"],
  ["extendedRepeat", "avoid_repeats"],
  ["sequences", "avoid_sequences"],
  ["recentYears", "avoid_dates"],
  ["dates", "avoid_dates"],
  ["topTen", "avoid_common_words"],
  ["topHundred", "avoid_common_words"],
  ["common", "avoid_common_words"],
  ["similarToCommon", "avoid_common_words"],
  ["wordByItself", "avoid_common_words"],
  ["namesByThemselves", "avoid_common_words"],
  ["commonNames", "avoid_common_words"],
  ["pwned", "avoid_common_words"],
  ["userInputs", "avoid_personal_info"],
]);

const FROM_ZXCVBN_SUGGESTION: ReadonlyMap<string, PasswordSuggestion> = new Map([
  ["anotherWord", "use_more_words"],
  ["useWords", "use_more_words"],
  ["longerKeyboardPattern", "avoid_keyboard_patterns"],
  ["repeated", "avoid_repeats"],
  ["sequences", "avoid_sequences"],
  ["dates", "avoid_dates"],
  ["recentYears", "avoid_dates"],
  ["associatedYears", "avoid_dates"],
  ["l33t", "avoid_predictable_changes"],
  ["reverseWords", "avoid_predictable_changes"],
  ["capitalization", "avoid_predictable_changes"],
  ["allUppercase", "avoid_predictable_changes"],
  ["pwned", "avoid_common_words"],
]);

// Built on first use: the dictionaries take a few hundred milliseconds to index, which
// should not slow down start-up of processes (CLI, workers) that never check a password.
let estimator: ZxcvbnFactory | undefined;
let commonPasswords: ReadonlySet<string> | undefined;

function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    l33tMaxSubstitutions: L33T_MAX_VARIANTS,
    // Levenshtein matching stays off: it compares the whole password with every entry of
    // every dictionary and cost ~0.3 s per check in measurements — too slow per keystroke.
    useLevenshteinDistance: false,
  });
  return estimator;
}

function getCommonPasswords(): ReadonlySet<string> {
  commonPasswords ??= new Set(commonDictionary["passwords-common"].map((word) => word.toLowerCase()));
  return commonPasswords;
}

/**
 * Builds the lazily made tables now. Optional: call at server start so the first user to
 * type a password does not wait for them.
 */
export function preparePasswordPolicy(): void {
  getEstimator();
  getCommonPasswords();
}

/** The first `max` code points, and how many there were (up to max + 1, enough to tell "more"). */
function leadingCodePoints(text: string, max: number): { head: string; count: number } {
  let count = 0;
  let end = 0;
  for (const char of text) {
    if (count === max) return { head: text.slice(0, end), count: max + 1 };
    count++;
    end += char.length;
  }
  return { head: text, count };
}

/** Case- and width-insensitive form for comparing with personal details ("ＡＬＩＣＥ" is alice). */
function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

interface PersonalDetails {
  /** Folded strings the password must not contain. */
  terms: string[];
  /** Digit strings the password's digits must not contain. */
  digitTerms: string[];
  /** Extra words for zxcvbn, so "alice2024" scores as low as a dictionary word plus a year. */
  userInputs: string[];
}

function personalDetails(context: PasswordContext): PersonalDetails {
  const terms: string[] = [];
  const digitTerms: string[] = [];
  const userInputs: string[] = [];
  const email = context.email ? fold(context.email.trim()) : "";
  if (email) {
    terms.push(email);
    userInputs.push(email);
    const at = email.lastIndexOf("@");
    const local = at >= 0 ? email.slice(0, at) : email;
    if (codePointLength(local) >= MIN_PERSONAL_TERM) {
      terms.push(local);
      userInputs.push(local);
    }
    // The pieces of "alice.chen+shop" help the estimator; they are not rejected outright.
    for (const piece of local.split(/[^\p{L}\p{N}]+/u)) {
      if (codePointLength(piece) >= MIN_PERSONAL_TERM) userInputs.push(piece);
    }
  }
  if (context.name) {
    for (const part of fold(context.name).split(/[^\p{L}\p{N}]+/u)) {
      if (codePointLength(part) >= MIN_PERSONAL_TERM) {
        terms.push(part);
        userInputs.push(part);
      }
    }
  }
  const phone = context.phone ? context.phone.replace(/\D/g, "") : "";
  if (phone.length >= MIN_PHONE_DIGITS) {
    digitTerms.push(phone);
    userInputs.push(phone);
    if (phone.length > PHONE_LOCAL_DIGITS) {
      const local = phone.slice(-PHONE_LOCAL_DIGITS);
      digitTerms.push(local);
      userInputs.push(local);
    }
  }
  return { terms, digitTerms, userInputs };
}

function containsPersonalInfo(password: string, details: PersonalDetails): boolean {
  const folded = fold(password);
  if (details.terms.some((term) => folded.includes(term))) return true;
  // Digits only, so "555-123-4567" or "555 1234567" in the password still match the phone.
  const digits = password.replace(/\D/g, "");
  return details.digitTerms.some((term) => digits.includes(term));
}

function inOrder<T>(order: readonly T[], items: ReadonlySet<T>): T[] {
  return order.filter((item) => items.has(item));
}

/**
 * Checks a proposed password. Cheap enough to call on every keystroke (a few milliseconds
 * for ordinary lengths): the dictionaries are indexed once and the estimator never sees
 * more than 128 code points, however long the input.
 */
export function checkPassword(password: string, context: PasswordContext): PasswordCheck {
  const { head, count } = leadingCodePoints(password, ESTIMATOR_MAX_CODE_POINTS);
  const reasons = new Set<PasswordProblem>();
  const suggestions = new Set<PasswordSuggestion>();

  if (count < PASSWORD_MIN_LENGTH) reasons.add("too_short");
  if (count > PASSWORD_MAX_LENGTH) reasons.add("too_long");
  // `head` is the whole password whenever it could be accepted; a longer one is refused as
  // too_long already, and looking further would only spend CPU.
  if (getCommonPasswords().has(head.toLowerCase())) reasons.add("common_password");
  const details = personalDetails(context);
  if (containsPersonalInfo(head, details)) reasons.add("contains_personal_info");

  const result = getEstimator().check(head, details.userInputs);
  if (result.score < MIN_SCORE) reasons.add("too_weak");

  if (reasons.has("too_short")) suggestions.add("add_length");
  if (reasons.has("common_password")) suggestions.add("avoid_common_words");
  if (reasons.has("contains_personal_info")) suggestions.add("avoid_personal_info");
  if (reasons.has("too_weak")) {
    const fromEstimator: PasswordSuggestion[] = [];
    const warning = result.feedback.warning && FROM_ZXCVBN_WARNING.get(result.feedback.warning);
    if (warning) fromEstimator.push(warning);
    for (const key of result.feedback.suggestions) {
      const mapped = FROM_ZXCVBN_SUGGESTION.get(key);
      if (mapped) fromEstimator.push(mapped);
    }
    // A weak password with no nameable pattern (random but short) just needs more of it.
    if (fromEstimator.length === 0) fromEstimator.push("add_length");
    for (const suggestion of fromEstimator) suggestions.add(suggestion);
  }

  return {
    ok: reasons.size === 0,
    score: result.score,
    reasons: inOrder(PROBLEM_ORDER, reasons),
    suggestions: inOrder(SUGGESTION_ORDER, suggestions),
  };
}
