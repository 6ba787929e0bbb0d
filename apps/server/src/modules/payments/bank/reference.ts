/**
 * Bank references as people actually type them. A customer asked to quote "SAT-7K3M9QPA"
 * writes "sat 7k3m 9qpa", "SAT7K3M9QPA thanks" or, from a Chinese keyboard, full-width
 * "ＳＡＴ－７Ｋ３Ｍ９ＱＰＡ". Comparing the normalized forms (NFKC, upper case, letters and
 * digits only) finds the reference wherever it sits in the payment text.
 */
export function normalizeReference(text: string): string {
  return text
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

/**
 * The SQL expression that normalizes a stored bank reference the same way (the stored form
 * is already NFKC upper case; only separators differ).
 */
export const NORMALIZED_BANK_REFERENCE_SQL = "regexp_replace(upper(bank_reference), '[^A-Z0-9]', '', 'g')";

/** Shorter normalized references would match by accident inside longer text. */
export const MIN_REFERENCE_LENGTH = 6;

/** The longest payment text kept and searched (banks cut remittance information at 140). */
export const MAX_REFERENCE_TEXT = 500;
