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

const CONFUSED: Record<string, string> = { I: "1", L: "1", O: "0" };

/**
 * The references of the deposits part's shape ("SAT-" and 8 Crockford base32 characters)
 * that a payment text may hold, in their stored form, so they can be looked up by the unique
 * index instead of by scanning. Letters people confuse with digits are read as Crockford
 * does (I and L as 1, O as 0), since those letters never occur in a reference.
 */
export function shapedReferences(text: string): string[] {
  const normalized = normalizeReference(text);
  const found = new Set<string>();
  for (
    let at = normalized.indexOf("SAT");
    at !== -1 && found.size < 20;
    at = normalized.indexOf("SAT", at + 1)
  ) {
    const code = normalized.slice(at + 3, at + 11);
    if (code.length === 8) found.add(`SAT-${code.replace(/[ILO]/g, (c) => CONFUSED[c] ?? c)}`);
  }
  return [...found];
}
