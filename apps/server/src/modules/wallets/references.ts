import type { Random } from "../../platform/random.js";

// Crockford base32 without I, L, O, U: nothing a customer can misread over the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A transaction's reference for people: `T7K3M-9QPA2`, ten random characters (50 bits) so
 * they cannot be guessed or counted, grouped for reading aloud.
 */
export function newReference(random: Random): string {
  const bytes = random.bytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join("");
  return `T${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** What a customer typed as a reference, in its stored form (case and dashes forgiven). */
export function normalizeReference(input: string): string {
  const compact = input
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "");
  return compact.length === 11 ? `${compact.slice(0, 6)}-${compact.slice(6)}` : compact;
}
