import { DomainError } from "../../../platform/errors/domain-error.js";

/** As a form sends it: months, years and the code may come as numbers or as text. */
export interface CardInput {
  number: string;
  expMonth: number | string;
  expYear: number | string;
  cvc: string | number;
}

export interface CheckedCard {
  /** Digits only; kept in memory for the provider call and never stored or logged. */
  number: string;
  brand: "visa" | "mastercard" | "amex" | "unknown";
  last4: string;
  expMonth: number;
  expYear: number;
}

/** Luhn's checksum, which every real card number satisfies (catches most typos). */
export function luhnValid(digits: string): boolean {
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

export function brandOf(digits: string): CheckedCard["brand"] {
  if (/^4/.test(digits)) return "visa";
  if (/^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/.test(digits)) return "mastercard";
  if (/^3[47]/.test(digits)) return "amex";
  return "unknown";
}

type CardField = "number" | "expMonth" | "expYear" | "cvc";

const FIELD_NAMES: Record<CardField, { en: string; "zh-CN": string }> = {
  number: { en: "number", "zh-CN": "卡号" },
  expMonth: { en: "expiry month", "zh-CN": "有效期月份" },
  expYear: { en: "expiry year", "zh-CN": "有效期年份" },
  cvc: { en: "security code (CVC)", "zh-CN": "安全码（CVC）" },
};

const refuse = (field: CardField) =>
  new DomainError(
    "incorrect_card_details",
    { field: FIELD_NAMES[field] },
    [{ in: "body", path: `/card/${field}`, code: "invalid", message: `invalid card ${field}` }],
    { field },
  );

/**
 * What a card form checks before anything is sent to a provider: the number (digits,
 * length, Luhn), the expiry (a real month, not in the past) and the security code (3
 * digits, 4 for American Express). Each refusal names its field.
 */
export function validateCard(input: CardInput, now: Date): CheckedCard {
  const number = String(input.number).replace(/[\s-]/g, "");
  if (!/^\d{12,19}$/.test(number) || !luhnValid(number)) throw refuse("number");
  const month = Number(input.expMonth);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw refuse("expMonth");
  let year = Number(input.expYear);
  if (!Number.isInteger(year)) throw refuse("expYear");
  if (year >= 0 && year < 100) year += 2000;
  const thisYear = now.getUTCFullYear();
  const thisMonth = now.getUTCMonth() + 1;
  if (year < thisYear || year > thisYear + 20) throw refuse("expYear");
  if (year === thisYear && month < thisMonth) throw refuse("expMonth");
  const brand = brandOf(number);
  const cvc = String(input.cvc).trim();
  if (!(brand === "amex" ? /^\d{4}$/ : /^\d{3}$/).test(cvc)) throw refuse("cvc");
  return { number, brand, last4: number.slice(-4), expMonth: month, expYear: year };
}
