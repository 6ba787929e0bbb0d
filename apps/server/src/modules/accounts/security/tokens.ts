import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { Random } from "../../../platform/random.js";

/**
 * One-time secrets: link tokens, numeric codes sent by SMS, recovery codes. Only hashes are
 * stored, so a database leak does not let anyone use the secrets still outstanding.
 */

const TOKEN_BYTES = 32;
/**
 * Lowercase letters and digits minus 0/o, 1/l/i: nothing that reads as something else on
 * paper or in a font. 31 symbols.
 */
export const RECOVERY_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
/** `xxxx-xxxx-xx`: short groups are easier to copy by hand. */
const RECOVERY_CODE_GROUPS = [4, 4, 2] as const;
/** 10 symbols of 31: log2(31^10) ≈ 49.5 bits, out of reach for guessing online behind the lockout. */
export const RECOVERY_CODE_BITS =
  RECOVERY_CODE_GROUPS.reduce((sum, size) => sum + size, 0) * Math.log2(RECOVERY_CODE_ALPHABET.length);

/** A high-entropy token for a link (256 bits), and the hash to store in its place. */
export function newOpaqueToken(random: Random): { token: string; hash: string } {
  const token = random.bytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashToken(token) };
}

/**
 * Plain SHA-256 is enough for opaque tokens: with 256 bits of entropy there is nothing to
 * brute-force, and a fast unkeyed hash lets the row be looked up by it.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A numeric code with `digits` uniformly random digits, leading zeros kept ("004217"). */
export function newNumericCode(random: Random, digits = 6): string {
  if (!Number.isInteger(digits) || digits < 1 || digits > 64)
    throw new RangeError(`Invalid code length: ${digits}`);
  // Digit by digit: uniform for any length, with no modulo bias and no 2^48 limit of randomInt.
  let code = "";
  for (let i = 0; i < digits; i++) code += String(random.int(0, 10));
  return code;
}

/**
 * The stored form of a short code. Keyed with the server secret: a million 6-digit codes
 * take a moment to try against a plain hash, so without the key a leaked table would give
 * every code away. The purpose is part of the message, so a code issued for one use never
 * matches a hash stored for another. Length-prefixed so no purpose/code pair can be read
 * as a different one.
 */
export function hashCode(secret: string, purpose: string, code: string): string {
  return createHmac("sha256", secret).update(`${purpose.length}:${purpose}:${code}`, "utf8").digest("hex");
}

/**
 * Constant-time string comparison. Both sides are hashed first, so the comparison itself
 * is over equal-length digests and neither throws nor returns early on a length mismatch.
 */
export function safeEqual(a: string, b: string): boolean {
  const digestA = createHash("sha256").update(a, "utf8").digest();
  const digestB = createHash("sha256").update(b, "utf8").digest();
  return timingSafeEqual(digestA, digestB);
}

/** Single-use recovery codes for when the authenticator is lost, e.g. `k7mq-x3vd-9p`. */
export function newRecoveryCodes(random: Random, count = 10): string[] {
  if (!Number.isInteger(count) || count < 1 || count > 100)
    throw new RangeError(`Invalid recovery code count: ${count}`);
  const codes = new Set<string>();
  // A repeat is astronomically unlikely, but a duplicate would make the set one code shorter than promised.
  while (codes.size < count) {
    const groups = RECOVERY_CODE_GROUPS.map((size) => {
      let group = "";
      for (let i = 0; i < size; i++)
        group += RECOVERY_CODE_ALPHABET.charAt(random.int(0, RECOVERY_CODE_ALPHABET.length));
      return group;
    });
    codes.add(groups.join("-"));
  }
  return [...codes];
}

/**
 * The form recovery codes are hashed in: what the user typed, in any case, with or without
 * dashes and spaces. Typographic dashes count too, as codes pasted from a document or a PDF
 * often come back with them.
 */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s\u2010-\u2015\u2212-]+/g, "");
}
