// Money in the web app: the API sends amounts as decimal strings in the currency's own scale
// ("12.50" USD, "1200" JPY). They are shown with the locale's grouping, decimal mark and currency
// symbol, but never turned into a JavaScript number: the digits are formatted as a bigint and the
// fraction is put back as it came, so nothing is rounded or lost, however large the amount.

/** A decimal string taken apart: sign, integer digits (no leading zeros) and fraction digits. */
export interface Decimal {
  negative: boolean;
  integer: string;
  fraction: string;
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** Parses "12.50", "-0.5", "+3" or "1200"; null for anything else (no exponents, no separators). */
export function parseDecimal(value: string): Decimal | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const integer = (match[2] ?? "0").replace(/^0+(?=\d)/, "");
  const fraction = match[3] ?? "";
  const zero = /^0*$/.test(integer + fraction);
  return { negative: match[1] === "-" && !zero, integer, fraction };
}

/** The amount scaled to `scale` decimals as a bigint (12.5 at scale 2 → 1250n); null when it has more decimals. */
export function toMinorUnits(value: string, scale: number): bigint | null {
  const d = parseDecimal(value);
  if (!d || d.fraction.replace(/0+$/, "").length > scale) return null;
  const digits = BigInt(d.integer + d.fraction.padEnd(scale, "0").slice(0, scale));
  return d.negative ? -digits : digits;
}

/** Compares two decimal strings exactly: -1, 0 or 1; null when either is not a decimal. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 | null {
  const da = parseDecimal(a);
  const db = parseDecimal(b);
  if (!da || !db) return null;
  const scale = Math.max(da.fraction.length, db.fraction.length);
  const ma = toMinorUnits(a, scale);
  const mb = toMinorUnits(b, scale);
  if (ma === null || mb === null) return null;
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}

/** The exact sum of two decimal strings, at the larger of their scales ("25.00" + "0.5" → "25.50"). */
export function addDecimals(a: string, b: string): string | null {
  const da = parseDecimal(a);
  const db = parseDecimal(b);
  if (!da || !db) return null;
  const scale = Math.max(da.fraction.length, db.fraction.length);
  const sum = (toMinorUnits(a, scale) ?? 0n) + (toMinorUnits(b, scale) ?? 0n);
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(scale + 1, "0");
  const integer = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : "";
  return `${negative ? "-" : ""}${integer}${fraction}`;
}

/** The amount with the opposite sign ("12.50" → "-12.50"), as a string. */
export function negateDecimal(value: string): string {
  const d = parseDecimal(value);
  if (!d) return value;
  const body = d.fraction ? `${d.integer}.${d.fraction}` : d.integer;
  if (/^0*$/.test(d.integer + d.fraction)) return body;
  return d.negative ? body : `-${body}`;
}

export interface MoneyFormat {
  /** "auto": a minus for negatives; "exceptZero": also a plus for positives (money in). */
  sign?: "auto" | "exceptZero";
  /** The currency as a symbol ("$", "US$"), as its code ("USD"), or not at all. */
  display?: "symbol" | "code" | "none";
  /** Pad the fraction to the currency's usual decimals (default: yes, unless display is "none"). */
  pad?: boolean;
}

/** The number of decimals the locale data gives a currency (JPY 0, USD 2, KWD 3); 2 when unknown. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

function formatterFor(currency: string, lang: string, options: MoneyFormat): Intl.NumberFormat | null {
  const display = options.display ?? "symbol";
  try {
    return new Intl.NumberFormat(lang, {
      ...(display === "none"
        ? { style: "decimal" as const }
        : { style: "currency" as const, currency, currencyDisplay: display }),
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
      signDisplay: options.sign ?? "auto",
      useGrouping: true,
    });
  } catch {
    return null; // not a well-formed currency code
  }
}

function decimalSeparator(lang: string): string {
  return new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
}

/**
 * Formats a decimal string for people: `formatMoney("-1234.5", "USD", "en")` → "-$1,234.50".
 * The fraction is padded to the currency's usual decimals, never cut. What is not a decimal
 * (or not a currency) is shown as it came, with the code.
 */
export function formatMoney(
  amount: string,
  currency: string,
  lang: string,
  options: MoneyFormat = {},
): string {
  const d = parseDecimal(amount);
  const format = d ? formatterFor(currency, lang, options) : null;
  if (!d || !format) return options.display === "none" ? amount : `${amount} ${currency}`.trim();
  const pad = options.pad ?? options.display !== "none";
  const fraction = pad ? d.fraction.padEnd(currencyDigits(currency), "0") : d.fraction;
  const zero = /^0*$/.test(d.integer + d.fraction);
  // The shape (sign, symbol, spacing) from a one-unit template; the digits from the real integer part.
  const template = format.formatToParts(d.negative ? -1n : zero ? 0n : 1n);
  const digits = format
    .formatToParts(BigInt(d.integer))
    .filter((p) => p.type === "integer" || p.type === "group")
    .map((p) => p.value)
    .join("");
  const separator = decimalSeparator(lang);
  return template
    .map((part) => (part.type === "integer" ? digits + (fraction ? separator + fraction : "") : part.value))
    .join("");
}

/** A transaction amount signed by its direction: money out gets a minus, money in a plus. */
export function formatSigned(
  amount: string,
  currency: string,
  direction: "in" | "out",
  lang: string,
): string {
  return formatMoney(direction === "out" ? negateDecimal(amount) : amount, currency, lang, {
    sign: "exceptZero",
  });
}

export type AmountProblem = "required" | "invalid" | "notPositive" | "zero" | "tooPrecise";

/**
 * Cleans what a person typed as an amount: spaces and thousands commas dropped, full-width digits
 * and the full-width point (Chinese input methods) turned into ASCII.
 */
export function normalizeAmountInput(input: string): string {
  return input
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\uFF0E\u3002]/g, ".")
    .replace(/[\s,_\uFF0C]/g, "")
    .replace(/^([+-]?)\./, (_, sign: string) => `${sign}0.`);
}

/**
 * What is wrong with an amount typed into a form (after normalizeAmountInput), or null.
 * `scale` is the currency's exponent when known; `allowNegative` for admin adjustments.
 */
export function amountProblem(
  input: string,
  scale: number | undefined,
  { allowNegative = false }: { allowNegative?: boolean } = {},
): AmountProblem | null {
  if (input === "") return "required";
  const d = parseDecimal(input);
  if (!d || input.startsWith("+")) return "invalid";
  if (d.negative && !allowNegative) return "notPositive";
  if (/^0*$/.test(d.integer + d.fraction)) return allowNegative ? "zero" : "notPositive";
  if (scale !== undefined && d.fraction.replace(/0+$/, "").length > scale) return "tooPrecise";
  return null;
}

/** The currency's name in the language ("US Dollar", "美元"); the code when there is none. */
export function currencyName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: "currency" }).of(code) ?? code;
  } catch {
    return code;
  }
}
