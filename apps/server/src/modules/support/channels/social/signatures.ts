import { createHmac } from "node:crypto";
import { safeEqual } from "../../../accounts/security/tokens.js";

/**
 * The signatures Meta and X put on their webhooks: an HMAC-SHA256 of the exact bytes sent,
 * keyed with the app's secret, hex (Messenger's X-Hub-Signature-256) or base64 (X's
 * x-twitter-webhooks-signature), after "sha256=". Compared in constant time (safeEqual): how
 * long a wrong guess takes to refuse says nothing about how much of it was right.
 */

export function hmacSha256(secret: string, data: Buffer | string): Buffer {
  return createHmac("sha256", secret).update(data).digest();
}

/** Tokens and challenges compared without leaking their length or common prefix. */
export const sameSecret = safeEqual;

/**
 * Whether `header` is "sha256=<digest>" of `body` under `secret`, the digest in `encoding`.
 * A header in another shape (missing, another algorithm, too long) never matches.
 */
export function signatureMatches(
  header: string | string[] | undefined,
  secret: string,
  body: Buffer,
  encoding: "hex" | "base64",
): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || value.length > 200 || !value.startsWith("sha256=")) return false;
  const expected = `sha256=${hmacSha256(secret, body).toString(encoding)}`;
  return safeEqual(value.trim(), expected);
}
