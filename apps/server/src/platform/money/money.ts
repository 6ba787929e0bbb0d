import { DomainError } from "../errors/domain-error.js";
import { type Currency, findCurrency } from "./currencies.js";

/**
 * Money in Satchel is a bigint count of minor units plus an ISO 4217 code. The API speaks
 * decimal strings ("12.50"); no float ever holds an amount.
 */
export interface Money {
  amount: bigint;
  currency: string;
}

/** The largest amount a bigint (int8) column holds. */
export const MAX_MINOR_UNITS = 9_223_372_036_854_775_807n;
const MAX_INPUT_LENGTH = 40;
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export function currency(code: string): Currency {
  const found = findCurrency(code);
  if (!found) throw new DomainError("unsupported_currency", { currency: String(code).slice(0, 16) });
  return found;
}

export interface ParseOptions {
  allowNegative?: boolean;
  allowZero?: boolean;
}

/**
 * "12.50" USD → 1250n. Accepts only plain decimal notation: no sign other than a leading
 * minus (when allowed), no exponent, no separators, no more decimals than the currency has
 * (trailing zeros beyond them are fine: "1.500" USD is exactly 1.50).
 */
export function parseAmount(input: string, currencyCode: string, options: ParseOptions = {}): bigint {
  const { exponent } = currency(currencyCode);
  const match = input.length <= MAX_INPUT_LENGTH ? DECIMAL.exec(input) : null;
  if (!match) throw new DomainError("invalid_amount", { amount: input.slice(0, MAX_INPUT_LENGTH) });
  const [, minus, whole = "0", fraction = ""] = match;
  const significantFraction = fraction.replace(/0+$/, "");
  if (significantFraction.length > exponent) {
    throw new DomainError("amount_too_precise", { currency: currencyCode, decimals: exponent });
  }
  const digits = whole + significantFraction.padEnd(exponent, "0");
  const magnitude = BigInt(digits);
  if (magnitude > MAX_MINOR_UNITS) throw new DomainError("amount_out_of_range", { currency: currencyCode });
  const value = minus ? -magnitude : magnitude;
  if (value < 0n && !options.allowNegative) throw new DomainError("amount_must_be_positive");
  if (value === 0n && !options.allowZero) throw new DomainError("amount_must_be_positive");
  return value;
}

/** 1250n USD → "12.50"; 5n JPY → "5"; -5n KWD → "-0.005". */
export function formatAmount(minor: bigint, currencyCode: string): string {
  const { exponent } = currency(currencyCode);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

export function money(amount: bigint, currencyCode: string): Money {
  currency(currencyCode);
  return { amount, currency: currencyCode };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new DomainError("currency_mismatch", { expected: a.currency, actual: b.currency });
  }
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount - b.amount, currency: a.currency };
}

export function negate(a: Money): Money {
  return { amount: -a.amount, currency: a.currency };
}

/**
 * Splits an amount by whole-number ratios without losing a minor unit: the remainder goes,
 * one unit at a time, to the first shares. allocate(10n, [1, 1, 1]) → [4n, 3n, 3n].
 */
export function allocate(total: bigint, ratios: readonly number[]): bigint[] {
  if (ratios.length === 0 || ratios.some((r) => !Number.isInteger(r) || r < 0)) {
    throw new RangeError("ratios must be non-negative integers");
  }
  const sum = ratios.reduce((a, b) => a + BigInt(b), 0n);
  if (sum === 0n) throw new RangeError("ratios must not all be zero");
  const shares = ratios.map((r) => (total * BigInt(r)) / sum);
  let remainder = total - shares.reduce((a, b) => a + b, 0n);
  const step = remainder < 0n ? -1n : 1n;
  for (let i = 0; remainder !== 0n; i = (i + 1) % shares.length) {
    if (ratios[i] === 0) continue;
    shares[i] = (shares[i] ?? 0n) + step;
    remainder -= step;
  }
  return shares;
}
