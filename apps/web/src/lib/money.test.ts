import { describe, expect, it } from "vitest";
import {
  addDecimals,
  amountProblem,
  compareDecimal,
  currencyDigits,
  formatMoney,
  formatSigned,
  negateDecimal,
  normalizeAmountInput,
  parseDecimal,
  toMinorUnits,
} from "./money";

describe("parseDecimal", () => {
  it("takes a decimal string apart", () => {
    expect(parseDecimal("12.50")).toEqual({ negative: false, integer: "12", fraction: "50" });
    expect(parseDecimal("-0.5")).toEqual({ negative: true, integer: "0", fraction: "5" });
    expect(parseDecimal("007")).toEqual({ negative: false, integer: "7", fraction: "" });
    expect(parseDecimal("-0.00")?.negative).toBe(false);
  });

  it("refuses what is not a plain decimal", () => {
    for (const bad of ["", "1e3", "1,000", ".5", "5.", "abc", "1.2.3", "NaN"]) {
      expect(parseDecimal(bad)).toBeNull();
    }
  });
});

describe("exact arithmetic helpers", () => {
  it("scales to minor units without floating point", () => {
    expect(toMinorUnits("0.1", 2)).toBe(10n);
    expect(toMinorUnits("-12.5", 2)).toBe(-1250n);
    expect(toMinorUnits("98765432109876543210.99", 2)).toBe(9876543210987654321099n);
    expect(toMinorUnits("1.005", 2)).toBeNull();
    expect(toMinorUnits("1.500", 2)).toBe(150n);
  });

  it("compares decimals of any size and scale", () => {
    expect(compareDecimal("0.30", "0.3")).toBe(0);
    expect(compareDecimal("10", "9.99")).toBe(1);
    expect(compareDecimal("-1", "0")).toBe(-1);
    expect(compareDecimal("90071992547409931.01", "90071992547409931.02")).toBe(-1);
    expect(compareDecimal("x", "1")).toBeNull();
  });

  it("adds exactly", () => {
    expect(addDecimals("0.1", "0.2")).toBe("0.3");
    expect(addDecimals("25.00", "0.5")).toBe("25.50");
    expect(addDecimals("-1.25", "1")).toBe("-0.25");
    expect(addDecimals("99999999999999999.99", "0.01")).toBe("100000000000000000.00");
    expect(addDecimals("1200", "0")).toBe("1200");
    expect(addDecimals("x", "1")).toBeNull();
  });

  it("negates", () => {
    expect(negateDecimal("12.50")).toBe("-12.50");
    expect(negateDecimal("-3")).toBe("3");
    expect(negateDecimal("0.00")).toBe("0.00");
  });
});

describe("formatMoney", () => {
  it("formats with the locale's grouping and currency symbol", () => {
    expect(formatMoney("1234.5", "USD", "en")).toBe("$1,234.50");
    expect(formatMoney("1234.50", "USD", "zh-CN")).toBe("US$1,234.50");
    expect(formatMoney("1200", "JPY", "en")).toBe("¥1,200");
    expect(formatMoney("88.88", "CNY", "zh-CN")).toBe("¥88.88");
    expect(formatMoney("1.234", "KWD", "en", { display: "code" })).toMatch(/^KWD\s1\.234$/);
  });

  it("never loses digits, however large the amount", () => {
    expect(formatMoney("98765432109876543210.99", "USD", "en")).toBe("$98,765,432,109,876,543,210.99");
    expect(formatMoney("0.000001", "USD", "en", { display: "none" })).toBe("0.000001");
  });

  it("keeps more decimals than usual rather than rounding them away", () => {
    expect(formatMoney("1.005", "USD", "en")).toBe("$1.005");
    expect(formatMoney("0", "USD", "en")).toBe("$0.00");
  });

  it("puts the sign where the locale does", () => {
    expect(formatMoney("-0.50", "USD", "en")).toBe("-$0.50");
    expect(formatMoney("-1234.00", "USD", "zh-CN")).toBe("-US$1,234.00");
    expect(formatMoney("5", "USD", "en", { sign: "exceptZero" })).toBe("+$5.00");
    expect(formatMoney("0.00", "USD", "en", { sign: "exceptZero" })).toBe("$0.00");
  });

  it("shows a plain number without a currency", () => {
    expect(formatMoney("7.2315", "CNY", "en", { display: "none" })).toBe("7.2315");
    expect(formatMoney("12345", "CNY", "zh-CN", { display: "none" })).toBe("12,345");
    expect(formatMoney("-5", "USD", "en", { display: "none", pad: true })).toBe("-5.00");
  });

  it("shows what it cannot read as it came", () => {
    expect(formatMoney("lots", "USD", "en")).toBe("lots USD");
    expect(formatMoney("12.00", "NOT-A-CODE", "en")).toBe("12.00 NOT-A-CODE");
  });

  it("signs transaction amounts by direction", () => {
    expect(formatSigned("25.00", "USD", "out", "en")).toBe("-$25.00");
    expect(formatSigned("25.00", "USD", "in", "en")).toBe("+$25.00");
  });

  it("knows the usual decimals of a currency", () => {
    expect(currencyDigits("JPY")).toBe(0);
    expect(currencyDigits("USD")).toBe(2);
    expect(currencyDigits("KWD")).toBe(3);
    expect(currencyDigits("??")).toBe(2);
  });
});

describe("amount input", () => {
  it("normalizes what people type", () => {
    expect(normalizeAmountInput(" 1,234.50 ")).toBe("1234.50");
    expect(normalizeAmountInput("１２．５")).toBe("12.5");
    expect(normalizeAmountInput(".5")).toBe("0.5");
    expect(normalizeAmountInput("-.5")).toBe("-0.5");
  });

  it("says what is wrong with an amount", () => {
    expect(amountProblem("", 2)).toBe("required");
    expect(amountProblem("abc", 2)).toBe("invalid");
    expect(amountProblem("+5", 2)).toBe("invalid");
    expect(amountProblem("0.00", 2)).toBe("notPositive");
    expect(amountProblem("-5", 2)).toBe("notPositive");
    expect(amountProblem("1.234", 2)).toBe("tooPrecise");
    expect(amountProblem("1200.5", 0)).toBe("tooPrecise");
    expect(amountProblem("1.50", 2)).toBeNull();
    expect(amountProblem("1.5000", 2)).toBeNull();
    expect(amountProblem("1.234", undefined)).toBeNull();
  });

  it("allows negative amounts for adjustments, but not zero", () => {
    expect(amountProblem("-5.25", 2, { allowNegative: true })).toBeNull();
    expect(amountProblem("0", 2, { allowNegative: true })).toBe("zero");
  });
});
