// Card details checked as the customer types, with the same rules as the server
// (apps/server/src/modules/payments/providers/card-validation.ts): 12–19 digits passing Luhn's
// checksum, a real month not in the past (and at most 20 years ahead), a 3-digit security code
// (4 for American Express). The server checks again; this only saves a round trip and names the
// field while the customer is still on it.

export type CardBrand = "visa" | "mastercard" | "amex" | "unknown";

/** The digits of what was typed (spaces and dashes dropped); full-width digits from Chinese input methods turned into ASCII. */
export function cardDigits(input: string): string {
  return input
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\s-]/g, "");
}

/** Luhn's checksum, which every real card number satisfies (catches most typos). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The card's brand from its first digits (the same ranges as the server). */
export function cardBrand(digits: string): CardBrand {
  if (/^4/.test(digits)) return "visa";
  if (/^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/.test(digits)) return "mastercard";
  if (/^3[47]/.test(digits)) return "amex";
  return "unknown";
}

/** The lengths a brand's numbers have; a number of one of these lengths is "complete". */
export function cardLengths(brand: CardBrand): readonly number[] {
  switch (brand) {
    case "visa":
      return [13, 16, 19];
    case "mastercard":
      return [16];
    case "amex":
      return [15];
    default:
      return [12, 13, 14, 15, 16, 17, 18, 19];
  }
}

/** "4242424242424242" → "4242 4242 4242 4242"; American Express as 4-6-5. Non-digits are kept out. */
export function formatCardNumber(input: string): string {
  const digits = cardDigits(input).replace(/\D/g, "").slice(0, 19);
  const groups = cardBrand(digits) === "amex" ? [4, 6, 5] : [4, 4, 4, 4, 3];
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(" ");
}

export type CardNumberProblem = "required" | "invalid" | "incomplete" | "checksum";

/**
 * What is wrong with a card number, or null. "incomplete" means the customer may still be
 * typing (shown only once they leave the field); the others are wrong whatever comes next.
 */
export function cardNumberProblem(input: string): CardNumberProblem | null {
  const digits = cardDigits(input);
  if (digits === "") return "required";
  if (!/^\d+$/.test(digits) || digits.length > 19) return "invalid";
  const lengths = cardLengths(cardBrand(digits));
  const longest = Math.max(...lengths);
  if (digits.length < 12 || !lengths.includes(digits.length)) {
    return digits.length > longest ? "invalid" : "incomplete";
  }
  if (luhnValid(digits)) return null;
  // A 13-digit Visa may still grow to 16; from 16 digits on a failing checksum is almost always a typo
  // (19-digit cards are rare), so it is said at once.
  return digits.length >= 16 || digits.length === longest ? "checksum" : "incomplete";
}

export interface Expiry {
  month: number;
  /** Four digits. */
  year: number;
}

/** "04/29", "4/29", "04 / 2029", "0429" → { month: 4, year: 2029 }; null when it is not a month and a year. */
export function parseExpiry(input: string): Expiry | null {
  const text = cardDigits(input).replace(/[\uFF0F]/g, "/");
  const match = /^(\d{1,2})\/(\d{2}|\d{4})$/.exec(text) ?? /^(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  let year = Number(match[2]);
  if (year < 100) year += 2000;
  return { month, year };
}

/**
 * Helps typing MM/YY: "4" stays, "12" becomes "12/", a first digit above 1 becomes "0N/".
 * Deleting (the new text shorter than the previous) is left alone so the slash can be erased.
 */
export function formatExpiryInput(input: string, previous = ""): string {
  const text = cardDigits(input).replace(/[\uFF0F]/g, "/");
  if (text.length < previous.length) return text;
  if (/^\d\/$/.test(text)) return `0${text}`; // "1/" means January
  const digits = text.replace(/\D/g, "");
  if (digits.length === 0) return "";
  if (digits.length === 1) return /[2-9]/.test(digits) ? `0${digits}/` : digits;
  const month = digits.slice(0, 2);
  return `${month}/${digits.slice(2, 4)}`;
}

export type ExpiryProblem = "required" | "incomplete" | "month" | "past" | "tooFar";

/** What is wrong with an expiry date, or null. Months are compared in UTC, as the server does. */
export function expiryProblem(input: string, now: Date = new Date()): ExpiryProblem | null {
  const text = input.trim();
  if (text === "") return "required";
  const expiry = parseExpiry(text);
  if (!expiry) return "incomplete";
  if (expiry.month < 1 || expiry.month > 12) return "month";
  const thisYear = now.getUTCFullYear();
  const thisMonth = now.getUTCMonth() + 1;
  if (expiry.year < thisYear || (expiry.year === thisYear && expiry.month < thisMonth)) return "past";
  if (expiry.year > thisYear + 20) return "tooFar";
  return null;
}

/** The length of the security code: 4 for American Express, 3 for the others. */
export function cvcLength(brand: CardBrand): number {
  return brand === "amex" ? 4 : 3;
}

export type CvcProblem = "required" | "invalid" | "incomplete" | "length";

export function cvcProblem(input: string, brand: CardBrand): CvcProblem | null {
  const cvc = cardDigits(input);
  if (cvc === "") return "required";
  if (!/^\d+$/.test(cvc)) return "invalid";
  const length = cvcLength(brand);
  if (cvc.length < length) return "incomplete";
  if (cvc.length > length) return "length";
  return null;
}

export interface CardFormValues {
  number: string;
  expiry: string;
  cvc: string;
}

export interface CardProblems {
  number: CardNumberProblem | null;
  expiry: ExpiryProblem | null;
  cvc: CvcProblem | null;
}

/** The body's `card` as the API takes it: digits only, month and four-digit year. */
export interface CardPayload {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

/** Checks the three fields together; `card` is set only when all three are right. */
export function checkCard(
  values: CardFormValues,
  now: Date = new Date(),
): { brand: CardBrand; problems: CardProblems; card: CardPayload | null } {
  const digits = cardDigits(values.number);
  const brand = cardBrand(digits);
  const problems: CardProblems = {
    number: cardNumberProblem(values.number),
    expiry: expiryProblem(values.expiry, now),
    cvc: cvcProblem(values.cvc, brand),
  };
  const expiry = parseExpiry(values.expiry);
  const ok = !problems.number && !problems.expiry && !problems.cvc && expiry;
  return {
    brand,
    problems,
    card: ok
      ? { number: digits, expMonth: expiry.month, expYear: expiry.year, cvc: cardDigits(values.cvc) }
      : null,
  };
}

/**
 * Whether a problem is worth showing yet: a field still being typed ("incomplete", "required")
 * waits until the customer leaves it or submits; a definite mistake shows at once.
 */
export function showCardProblem(problem: string | null, touched: boolean): boolean {
  if (!problem) return false;
  return touched || (problem !== "incomplete" && problem !== "required");
}
