import type { Random } from "../../../platform/random.js";

/**
 * Wallet numbers people read out and type, e.g. `S1234-5678-90`: "S", 8 random digits and 2
 * check digits (ISO 7064 MOD 97-10, as in IBANs). The check digits catch every single
 * wrong digit and every swap of two neighbouring digits before a payment goes to a stranger.
 * Random rather than sequential, so a number says nothing about how many wallets exist.
 */

const BODY_DIGITS = 8;
const BODY_RANGE = 10 ** BODY_DIGITS;
/** Anything longer is not a wallet number; stops work on pasted essays early. */
const MAX_INPUT_LENGTH = 64;

/** ISO 7064 MOD 97-10 check digits for a number: 98 - (n × 100 mod 97), always two digits (02–98). */
function checkDigits(body: number): string {
  return String(98 - ((body * 100) % 97)).padStart(2, "0");
}

function format(body: string, check: string): string {
  return `S${body.slice(0, 4)}-${body.slice(4)}-${check}`;
}

export function generateWalletNumber(random: Random): string {
  const body = random.int(0, BODY_RANGE);
  return format(String(body).padStart(BODY_DIGITS, "0"), checkDigits(body));
}

/**
 * The canonical form (`S1234-5678-90`) of a wallet number typed any which way: either case,
 * with or without dashes and spaces. Undefined when it is not one, check digits included.
 */
export function normalizeWalletNumber(input: string): string | undefined {
  if (input.length > MAX_INPUT_LENGTH) return undefined;
  const compact = input.replace(/[\s-]+/g, "").toUpperCase();
  const match = /^S(\d{8})(\d{2})$/.exec(compact);
  const body = match?.[1];
  const check = match?.[2];
  if (body === undefined || check === undefined) return undefined;
  // Compared with the generated pair rather than the textbook "≡ 1 mod 97", which would also
  // let 00 and 01 stand in for 97 and 98 and so give one wallet two spellings.
  if (checkDigits(Number(body)) !== check) return undefined;
  return format(body, check);
}

export function isValidWalletNumber(input: string): boolean {
  return normalizeWalletNumber(input) !== undefined;
}
