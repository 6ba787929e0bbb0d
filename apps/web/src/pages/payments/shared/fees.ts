import type { PaymentMethod } from "../../../api/payments";
import { compareDecimal, toMinorUnits } from "../../../lib/money";

// The fee a method charges, worked out in the browser the way the server does
// (modules/payments/methods/catalogue.ts feeFor): the percentage of the amount rounded up to
// the currency's smallest unit, plus the fixed part (already in the operation's currency).
// Only for the preview before the customer starts; the server's figure is the one charged.

/** Minor units back to a decimal string at `scale` (1250n, 2 → "12.50"). */
export function fromMinorUnits(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const integer = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : "";
  return `${negative ? "-" : ""}${integer}${fraction}`;
}

/** "2.9" → 29000 parts per million; null when it is not a plain percentage. */
export function percentToPpm(percent: string): bigint | null {
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(percent.trim());
  if (!match) return null;
  return BigInt(match[1] ?? "0") * 10_000n + BigInt((match[2] ?? "").padEnd(4, "0"));
}

export interface FeePreview {
  fee: string;
  /** Deposit: what reaches the wallet (amount − fee). */
  net: string;
  /** Withdrawal: what leaves the wallet (amount + fee). */
  total: string;
}

/** The fee on `amount` with `method`, or null when the amount or the method's figures cannot be read. */
export function previewFee(
  amount: string,
  method: Pick<PaymentMethod, "fee">,
  scale: number,
): FeePreview | null {
  const minor = toMinorUnits(amount, scale);
  const fixed = toMinorUnits(method.fee.fixed, scale);
  const ppm = percentToPpm(method.fee.percent);
  if (minor === null || minor <= 0n || fixed === null || ppm === null) return null;
  const fee = (minor * ppm + 999_999n) / 1_000_000n + fixed;
  return {
    fee: fromMinorUnits(fee, scale),
    net: fromMinorUnits(minor - fee, scale),
    total: fromMinorUnits(minor + fee, scale),
  };
}

/** Where an amount falls against a method's bounds: below, above, or within (null when unreadable). */
export function boundsProblem(
  amount: string,
  method: Pick<PaymentMethod, "minAmount" | "maxAmount">,
): "belowMinimum" | "aboveMaximum" | null {
  if (compareDecimal(amount, method.minAmount) === -1) return "belowMinimum";
  if (compareDecimal(amount, method.maxAmount) === 1) return "aboveMaximum";
  return null;
}
