import type en from "../i18n/en.json";

type Catalog = (typeof en)["password"];
export type ReasonKey = `password.reasons.${keyof Catalog["reasons"]}`;
export type SuggestionKey = `password.suggestions.${keyof Catalog["suggestions"]}`;
export type StrengthLevel = keyof Catalog["levels"];

/** The lowest score the password policy accepts. */
export const MIN_ACCEPTED_SCORE = 3;

const REASONS: Record<string, ReasonKey> = {
  too_short: "password.reasons.too_short",
  too_long: "password.reasons.too_long",
  too_weak: "password.reasons.too_weak",
  common_password: "password.reasons.common_password",
  contains_personal_info: "password.reasons.contains_personal_info",
};

// What the server suggests (its own codes, which it derives from zxcvbn's feedback).
const SUGGESTIONS: Record<string, SuggestionKey> = {
  add_length: "password.suggestions.add_length",
  use_more_words: "password.suggestions.use_more_words",
  avoid_common_words: "password.suggestions.avoid_common_words",
  avoid_personal_info: "password.suggestions.avoid_personal_info",
  avoid_sequences: "password.suggestions.avoid_sequences",
  avoid_repeats: "password.suggestions.avoid_repeats",
  avoid_dates: "password.suggestions.avoid_dates",
  avoid_keyboard_patterns: "password.suggestions.avoid_keyboard_patterns",
  avoid_predictable_changes: "password.suggestions.avoid_predictable_changes",
};

/** The message key for a `reasons[]` code; null for a code this version does not know. */
export function reasonKey(code: string): ReasonKey | null {
  return REASONS[code.trim().toLowerCase()] ?? null;
}

/** The message key for a `suggestions[]` code; null for a code this version does not know. */
export function suggestionKey(code: string): SuggestionKey | null {
  return SUGGESTIONS[code.trim().toLowerCase()] ?? null;
}

export type FeedbackLine = { kind: "key"; key: ReasonKey | SuggestionKey } | { kind: "text"; text: string };

/** A code has no spaces; anything with spaces is already a sentence written by the server. */
function isSentence(value: string): boolean {
  return /\s/.test(value.trim());
}

/**
 * What the meter lists under the bar: reasons first, then suggestions, each once. Known codes
 * become message keys; a sentence from the server is shown as it is; unknown bare codes are dropped.
 */
export function feedbackLines(check: { reasons: readonly string[]; suggestions: readonly string[] }): {
  reasons: FeedbackLine[];
  suggestions: FeedbackLine[];
} {
  const seen = new Set<string>();
  const lines = (codes: readonly string[], toKey: (code: string) => ReasonKey | SuggestionKey | null) =>
    codes.flatMap((code): FeedbackLine[] => {
      const key = toKey(code);
      const line: FeedbackLine | null = key
        ? { kind: "key", key }
        : isSentence(code)
          ? { kind: "text", text: code.trim() }
          : null;
      if (!line) return [];
      const id = line.kind === "key" ? line.key : line.text;
      if (seen.has(id)) return [];
      seen.add(id);
      return [line];
    });
  return { reasons: lines(check.reasons, reasonKey), suggestions: lines(check.suggestions, suggestionKey) };
}

/** The word shown beside the bar for a score of 0 to 4. */
export function strengthLevel(score: number): StrengthLevel {
  const levels: StrengthLevel[] = ["veryWeak", "weak", "fair", "good", "strong"];
  return levels[Math.max(0, Math.min(4, Math.round(score)))] ?? "veryWeak";
}

/** Reason codes named by a `weak_password` problem's `errors[]` (their `code`, or a bare message). */
export function weakPasswordReasons(errors: readonly { code?: string; message: string }[]): string[] {
  return errors.map((e) => e.code ?? e.message).filter((code) => reasonKey(code) !== null);
}
