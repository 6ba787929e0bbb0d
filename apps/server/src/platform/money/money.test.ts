import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.js";
import { CURRENCIES } from "./currencies.js";
import { add, allocate, formatAmount, MAX_MINOR_UNITS, parseAmount, subtract } from "./money.js";

const codes = [...CURRENCIES.keys()];
const errorCode = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : `not a DomainError: ${String(error)}`;
  }
  return "no error";
};

describe("currencies", () => {
  it("knows the ISO 4217 exponents, including 0- and 3-decimal currencies", () => {
    expect(CURRENCIES.get("USD")?.exponent).toBe(2);
    expect(CURRENCIES.get("CNY")?.exponent).toBe(2);
    expect(CURRENCIES.get("JPY")?.exponent).toBe(0);
    expect(CURRENCIES.get("KRW")?.exponent).toBe(0);
    expect(CURRENCIES.get("KWD")?.exponent).toBe(3);
    expect(CURRENCIES.get("BHD")?.exponent).toBe(3);
    expect(CURRENCIES.get("CLF")?.exponent).toBe(4);
    expect(codes.length).toBeGreaterThan(150);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });
});

describe("parseAmount", () => {
  it("reads decimal strings into minor units", () => {
    expect(parseAmount("12.50", "USD")).toBe(1250n);
    expect(parseAmount("12.5", "USD")).toBe(1250n);
    expect(parseAmount("12", "USD")).toBe(1200n);
    expect(parseAmount("0.01", "USD")).toBe(1n);
    expect(parseAmount("1000", "JPY")).toBe(1000n);
    expect(parseAmount("1.234", "KWD")).toBe(1234n);
    expect(parseAmount("0.001", "KWD")).toBe(1n);
    expect(parseAmount("1.500", "USD")).toBe(150n);
    expect(parseAmount("007.10", "EUR")).toBe(710n);
  });

  it("handles negatives and zero only when asked", () => {
    expect(errorCode(() => parseAmount("-1.00", "USD"))).toBe("amount_must_be_positive");
    expect(errorCode(() => parseAmount("0", "USD"))).toBe("amount_must_be_positive");
    expect(parseAmount("-1.05", "USD", { allowNegative: true })).toBe(-105n);
    expect(parseAmount("0.00", "USD", { allowZero: true })).toBe(0n);
  });

  it("rejects more decimals than the currency has", () => {
    expect(errorCode(() => parseAmount("1.001", "USD"))).toBe("amount_too_precise");
    expect(errorCode(() => parseAmount("1.5", "JPY"))).toBe("amount_too_precise");
    expect(errorCode(() => parseAmount("0.0001", "KWD"))).toBe("amount_too_precise");
  });

  it("rejects anything that is not plain decimal notation", () => {
    for (const input of [
      "",
      " ",
      "1,000.00",
      "1e3",
      "+1",
      "1.",
      ".5",
      "0x10",
      "1 000",
      "١٢",
      "NaN",
      "Infinity",
      "12.50 USD",
      "--1",
      "1.2.3",
      "9".repeat(41),
    ]) {
      expect(
        errorCode(() => parseAmount(input, "USD")),
        input,
      ).toBe("invalid_amount");
    }
  });

  it("rejects amounts beyond what storage holds", () => {
    expect(errorCode(() => parseAmount("92233720368547758.08", "USD"))).toBe("amount_out_of_range");
    expect(parseAmount("92233720368547758.07", "USD")).toBe(MAX_MINOR_UNITS);
  });

  it("rejects unknown currencies", () => {
    expect(errorCode(() => parseAmount("1.00", "XXX"))).toBe("unsupported_currency");
    expect(errorCode(() => parseAmount("1.00", "usd"))).toBe("unsupported_currency");
  });
});

describe("formatAmount", () => {
  it("writes minor units with the currency's decimals", () => {
    expect(formatAmount(1250n, "USD")).toBe("12.50");
    expect(formatAmount(5n, "USD")).toBe("0.05");
    expect(formatAmount(-5n, "USD")).toBe("-0.05");
    expect(formatAmount(0n, "USD")).toBe("0.00");
    expect(formatAmount(1000n, "JPY")).toBe("1000");
    expect(formatAmount(-5n, "KWD")).toBe("-0.005");
    expect(formatAmount(MAX_MINOR_UNITS, "USD")).toBe("92233720368547758.07");
  });
});

describe("properties", () => {
  const currencyArb = fc.constantFrom(...codes);
  const minorArb = fc.bigInt({ min: -MAX_MINOR_UNITS, max: MAX_MINOR_UNITS });

  it("parse(format(x)) === x for every amount and currency", () => {
    fc.assert(
      fc.property(minorArb, currencyArb, (minor, code) => {
        const text = formatAmount(minor, code);
        expect(parseAmount(text, code, { allowNegative: true, allowZero: true })).toBe(minor);
      }),
      { numRuns: 2000 },
    );
  });

  it("format always yields exactly the currency's decimals and no float artefacts", () => {
    fc.assert(
      fc.property(minorArb, currencyArb, (minor, code) => {
        const exponent = CURRENCIES.get(code)?.exponent ?? 2;
        const pattern = exponent === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${exponent}}$`);
        expect(formatAmount(minor, code)).toMatch(pattern);
      }),
    );
  });

  it("parsing arbitrary strings either succeeds exactly or throws a DomainError", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), currencyArb, (input, code) => {
        try {
          const value = parseAmount(input, code, { allowNegative: true, allowZero: true });
          expect(typeof value).toBe("bigint");
          expect(input).toMatch(/^-?\d+(\.\d+)?$/);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("addition and subtraction are exact and inverse", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        (a, b) => {
          const sum = add({ amount: a, currency: "USD" }, { amount: b, currency: "USD" });
          expect(subtract(sum, { amount: b, currency: "USD" }).amount).toBe(a);
        },
      ),
    );
  });

  it("refuses to add different currencies", () => {
    expect(errorCode(() => add({ amount: 1n, currency: "USD" }, { amount: 1n, currency: "EUR" }))).toBe(
      "currency_mismatch",
    );
  });

  it("allocate never loses or invents a minor unit", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
          .filter((r) => r.some((x) => x > 0)),
        (total, ratios) => {
          const shares = allocate(total, ratios);
          expect(shares.reduce((a, b) => a + b, 0n)).toBe(total);
          ratios.forEach((ratio, i) => {
            if (ratio === 0) expect(shares[i]).toBe(0n);
          });
        },
      ),
    );
    expect(allocate(10n, [1, 1, 1])).toEqual([4n, 3n, 3n]);
  });
});
