import { timingSafeEqual } from "node:crypto";
import { HOTP, Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import type { Random } from "../../../platform/random.js";

/**
 * Authenticator-app codes (RFC 6238 TOTP over RFC 4226 HOTP). Users get the settings every
 * authenticator app understands: SHA-1, 30-second steps, 6 digits. Anything else is
 * silently ignored by some apps, which then show codes that never work.
 */

/** Users only ever get SHA1; the others are there for the RFC 6238 test vectors. */
export type HotpAlgorithm = "SHA1" | "SHA256" | "SHA512";

export interface HotpOptions {
  digits: number;
  algorithm: HotpAlgorithm;
}

export type TotpVerification = { ok: true; step: number } | { ok: false };

const USER_SETTINGS = { algorithm: "SHA1", digits: 6 } as const satisfies HotpOptions;
const PERIOD_SECONDS = 30;
/** One step either side absorbs phone clocks that are a little off and codes typed at a step's end. */
const DRIFT_STEPS = 1;
/** 160 bits: the secret length RFC 4226 §4 recommends (128 is its minimum); every authenticator app takes it. */
const SECRET_BYTES = 20;

/**
 * The single place a code is computed. `hotp` (and so the RFC test vectors) and
 * `verifyTotp` both go through here, so the vectors prove the path the app really uses.
 */
function generate(secret: Secret, counter: number, options: HotpOptions): string {
  if (!Number.isSafeInteger(counter) || counter < 0) throw new RangeError(`Invalid HOTP counter: ${counter}`);
  // 10 digits is the most a 31-bit truncated value can fill; fewer than 6 is too guessable (RFC 4226 §5.3).
  if (!Number.isInteger(options.digits) || options.digits < 6 || options.digits > 10) {
    throw new RangeError(`Invalid HOTP digit count: ${options.digits}`);
  }
  return HOTP.generate({ secret, algorithm: options.algorithm, digits: options.digits, counter });
}

function secretFromBytes(bytes: Uint8Array): Secret {
  // Copy: a small Buffer is often a view into Node's shared pool, and otpauth takes the whole ArrayBuffer.
  return new Secret({ buffer: Uint8Array.from(bytes).buffer });
}

/** RFC 4226 HOTP for a raw key; exposed so the RFC test vectors run through the app's own code path. */
export function hotp(secretBytes: Buffer, counter: number, options: HotpOptions): string {
  return generate(secretFromBytes(secretBytes), counter, options);
}

/** A new shared secret as unpadded base32, the form authenticator apps accept typed or scanned. */
export function generateTotpSecret(random: Random): string {
  return secretFromBytes(random.bytes(SECRET_BYTES)).base32;
}

/** The otpauth:// URI an authenticator app scans. The issuer goes in the label and the parameter, as apps differ in which one they read. */
export function totpUri({
  secret,
  account,
  issuer = "Satchel",
}: {
  secret: string;
  account: string;
  issuer?: string;
}): string {
  return new TOTP({
    issuer,
    label: account,
    issuerInLabel: true,
    secret: Secret.fromBase32(secret),
    algorithm: USER_SETTINGS.algorithm,
    digits: USER_SETTINGS.digits,
    period: PERIOD_SECONDS,
  }).toString();
}

/** The URI as a PNG data URL, ready for an <img src>, so the secret never leaves our server for a QR service. */
export function totpQrCodeDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { type: "image/png", errorCorrectionLevel: "M", margin: 2, width: 240 });
}

/** The RFC 6238 time step (counter) that `now` falls in. */
export function totpStep(now: Date): number {
  return TOTP.counter({ period: PERIOD_SECONDS, timestamp: now.getTime() });
}

/**
 * Checks a code typed by the user. Accepts the current step and one either side; refuses a
 * step at or before `lastUsedStep` so a code seen over a shoulder or in a log cannot be used
 * again. The caller must record the returned step atomically (two requests may race).
 * Malformed input is a plain refusal; a malformed stored secret is a server fault and throws.
 */
export function verifyTotp({
  secret,
  code,
  now,
  lastUsedStep,
}: {
  secret: string;
  code: string;
  now: Date;
  lastUsedStep: number | null;
}): TotpVerification {
  // Apps show "123 456"; people paste it with the space.
  const typed = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(typed)) return { ok: false };
  const key = Secret.fromBase32(secret);
  const typedBytes = Buffer.from(typed);
  const current = totpStep(now);
  let accepted: number | undefined;
  // Every candidate is computed and compared, whether or not an earlier one matched, so the
  // response time says nothing about which step (if any) the code belongs to.
  for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
    if (step < 0) continue;
    const expected = Buffer.from(generate(key, step, USER_SETTINGS));
    const matches = timingSafeEqual(expected, typedBytes);
    const fresh = lastUsedStep === null || step > lastUsedStep;
    // The earliest fresh match wins: recording a later step would needlessly burn the steps in between.
    if (matches && fresh && accepted === undefined) accepted = step;
  }
  return accepted === undefined ? { ok: false } : { ok: true, step: accepted };
}
