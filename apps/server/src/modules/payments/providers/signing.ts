import { createHmac, timingSafeEqual } from "node:crypto";
import { DomainError } from "../../../platform/errors/domain-error.js";

/**
 * Webhook signatures, in the scheme Stripe uses: header
 * `Satchel-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. The
 * timestamp is signed too, so an old call cannot be replayed with a fresh time; calls older
 * (or newer) than the tolerance are refused; signatures are compared in constant time.
 */
export const SIGNATURE_HEADER = "satchel-signature";
export const TOLERANCE_SECONDS = 300;

export function signPayload(secret: string, rawBody: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${rawBody}`).digest("hex");
  return `t=${t},v1=${v1}`;
}

export function verifySignature(
  secret: string,
  header: string | string[] | undefined,
  rawBody: string,
  now: Date,
  toleranceSeconds = TOLERANCE_SECONDS,
): void {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || value.length > 1000) throw new DomainError("webhook_signature_invalid");
  let t: number | undefined;
  const candidates: string[] = [];
  for (const part of value.split(",")) {
    const [k, v] = part.trim().split("=", 2);
    if (k === "t" && v && /^\d{1,12}$/.test(v)) t = Number(v);
    else if (k === "v1" && v && /^[0-9a-f]{64}$/.test(v)) candidates.push(v);
  }
  if (t === undefined || candidates.length === 0) throw new DomainError("webhook_signature_invalid");
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds)
    throw new DomainError("webhook_signature_invalid");
  const expected = Buffer.from(createHmac("sha256", secret).update(`${t}.${rawBody}`).digest("hex"));
  const ok = candidates.some((c) => {
    const given = Buffer.from(c);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!ok) throw new DomainError("webhook_signature_invalid");
}

/** The signing secret of a built-in simulator: PROVIDER_WEBHOOK_SECRET, or derived from SATCHEL_SECRET. */
export function simulatorSecret(
  configured: string | undefined,
  platformSecret: string,
  provider: string,
): string {
  return createHmac("sha256", configured ?? platformSecret)
    .update(`webhook:${provider}`)
    .digest("base64url");
}
