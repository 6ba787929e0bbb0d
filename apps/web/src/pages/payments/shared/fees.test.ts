import { describe, expect, it } from "vitest";
import { boundsProblem, fromMinorUnits, percentToPpm, previewFee } from "./fees";

const card = { fee: { fixed: "0.30", percent: "2.9" }, minAmount: "1.00", maxAmount: "5000.00" };

describe("fee preview", () => {
  it("reads percentages as parts per million", () => {
    expect(percentToPpm("2.9")).toBe(29_000n);
    expect(percentToPpm("0")).toBe(0n);
    expect(percentToPpm("3.4")).toBe(34_000n);
    expect(percentToPpm("abc")).toBeNull();
  });

  it("rounds the percentage up to the smallest unit and adds the fixed part, like the server", () => {
    // 2.9% of 100.00 = 2.90, + 0.30
    expect(previewFee("100", card, 2)).toEqual({ fee: "3.20", net: "96.80", total: "103.20" });
    // 2.9% of 10.01 = 0.29029 → 0.30, + 0.30
    expect(previewFee("10.01", card, 2)).toEqual({ fee: "0.60", net: "9.41", total: "10.61" });
    expect(previewFee("1000", { fee: { fixed: "0", percent: "1" } }, 0)).toEqual({
      fee: "10",
      net: "990",
      total: "1010",
    });
  });

  it("gives nothing for an amount it cannot read", () => {
    expect(previewFee("", card, 2)).toBeNull();
    expect(previewFee("1.234", card, 2)).toBeNull();
    expect(previewFee("0", card, 2)).toBeNull();
  });

  it("formats minor units back", () => {
    expect(fromMinorUnits(1250n, 2)).toBe("12.50");
    expect(fromMinorUnits(5n, 2)).toBe("0.05");
    expect(fromMinorUnits(-5n, 3)).toBe("-0.005");
    expect(fromMinorUnits(1200n, 0)).toBe("1200");
  });

  it("checks the method's bounds", () => {
    expect(boundsProblem("0.50", card)).toBe("belowMinimum");
    expect(boundsProblem("5000.01", card)).toBe("aboveMaximum");
    expect(boundsProblem("5000", card)).toBeNull();
  });
});
