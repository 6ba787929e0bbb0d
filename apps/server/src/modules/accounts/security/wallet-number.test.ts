import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cryptoRandom, type Random } from "../../../platform/random.js";
import { generateWalletNumber, isValidWalletNumber, normalizeWalletNumber } from "./wallet-number.js";

const FORMAT = /^S\d{4}-\d{4}-\d{2}$/;

/** A Random that yields the given body, so properties can range over every possible number. */
function fixed(body: number): Random {
  return {
    bytes: () => {
      throw new Error("not used");
    },
    int: (min, max) => {
      expect([min, max]).toEqual([0, 100_000_000]);
      return body;
    },
  };
}

const digitsOf = (walletNumber: string) => walletNumber.replace(/\D/g, "");
const fromDigits = (digits: string) => `S${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;

describe("wallet numbers", () => {
  it("look like S1234-5678-90 and validate", () => {
    for (let i = 0; i < 200; i++) {
      const walletNumber = generateWalletNumber(cryptoRandom);
      expect(walletNumber).toMatch(FORMAT);
      expect(isValidWalletNumber(walletNumber)).toBe(true);
      expect(normalizeWalletNumber(walletNumber)).toBe(walletNumber);
    }
  });

  it("use ISO 7064 MOD 97-10 check digits", () => {
    // 98 - (1234567800 mod 97) = 89, worked out by hand.
    expect(generateWalletNumber(fixed(12_345_678))).toBe("S1234-5678-89");
    expect(generateWalletNumber(fixed(0))).toBe("S0000-0000-98");
    expect(generateWalletNumber(fixed(99_999_999))).toBe("S9999-9999-52");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (body) => {
        // The digits followed by their check digits leave 1 mod 97, as for an IBAN.
        expect(BigInt(digitsOf(generateWalletNumber(fixed(body)))) % 97n).toBe(1n);
      }),
    );
  });

  it("detect every single wrong digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (body) => {
        const digits = digitsOf(generateWalletNumber(fixed(body)));
        for (let position = 0; position < digits.length; position++) {
          for (const replacement of "0123456789") {
            if (replacement === digits[position]) continue;
            const typo = digits.slice(0, position) + replacement + digits.slice(position + 1);
            expect(isValidWalletNumber(fromDigits(typo)), typo).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("detect every swap of neighbouring digits, across the dashes too", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (body) => {
        const digits = digitsOf(generateWalletNumber(fixed(body)));
        for (let position = 0; position + 1 < digits.length; position++) {
          const a = digits[position] ?? "";
          const b = digits[position + 1] ?? "";
          if (a === b) continue;
          const swapped = digits.slice(0, position) + b + a + digits.slice(position + 2);
          expect(isValidWalletNumber(fromDigits(swapped)), swapped).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("normalize however the number is typed", () => {
    const walletNumber = generateWalletNumber(fixed(12_345_678));
    for (const typed of [
      "S1234-5678-89",
      "s1234-5678-89",
      "S1234567889",
      "s 1234 5678 89",
      "  S1234 - 5678 - 89\n",
      "S-1234-5678-89",
    ]) {
      expect(normalizeWalletNumber(typed), typed).toBe(walletNumber);
      expect(isValidWalletNumber(typed), typed).toBe(true);
    }
  });

  it("refuse what is not a wallet number", () => {
    for (const typed of [
      "",
      "S",
      "1234-5678-89",
      "T1234-5678-89",
      "S1234-5678-8",
      "S1234-5678-890",
      "S12345-678-89x",
      "S1234_5678_89",
      "S１２３４-5678-89",
      // 01 is congruent to 98 mod 97 but is not the check pair we issue.
      "S0000-0000-01",
      "S1234-5678-89".repeat(10),
    ]) {
      expect(normalizeWalletNumber(typed), typed).toBeUndefined();
      expect(isValidWalletNumber(typed), typed).toBe(false);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (typed) => {
        const normalized = normalizeWalletNumber(typed);
        if (normalized !== undefined) expect(normalized).toMatch(FORMAT);
      }),
    );
  });
});
