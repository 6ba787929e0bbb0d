import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cryptoRandom, type Random } from "../../../platform/random.js";
import {
  hashCode,
  hashToken,
  newNumericCode,
  newOpaqueToken,
  newRecoveryCodes,
  normalizeRecoveryCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_BITS,
  safeEqual,
} from "./tokens.js";

/** A Random that always picks the lowest value, to make the edges visible. */
const lowest: Random = { bytes: (n) => Buffer.alloc(n), int: (min) => min };

describe("opaque tokens", () => {
  it("carry 32 random bytes in base64url and come with their SHA-256", () => {
    const { token, hash } = newOpaqueToken(cryptoRandom);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashToken(token)).toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("are unique", () => {
    const tokens = new Set(Array.from({ length: 2000 }, () => newOpaqueToken(cryptoRandom).token));
    expect(tokens.size).toBe(2000);
  });

  it("hash to a known value", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("numeric codes", () => {
  it("have the requested number of digits, leading zeros kept", () => {
    expect(newNumericCode(lowest)).toBe("000000");
    expect(newNumericCode(lowest, 8)).toBe("00000000");
    for (let i = 0; i < 500; i++) expect(newNumericCode(cryptoRandom)).toMatch(/^\d{6}$/);
    expect(newNumericCode(cryptoRandom, 20)).toMatch(/^\d{20}$/);
  });

  it("refuse silly lengths", () => {
    for (const digits of [0, -1, 1.5, 65, Number.NaN])
      expect(() => newNumericCode(cryptoRandom, digits)).toThrow(RangeError);
  });

  it("are spread evenly (sanity check, not a statistical test)", () => {
    const samples = 20_000;
    const firstDigit = new Array<number>(10).fill(0);
    const digitCounts = new Array<number>(10).fill(0);
    let leadingZero = 0;
    const seen = new Set<string>();
    for (let i = 0; i < samples; i++) {
      const code = newNumericCode(cryptoRandom);
      seen.add(code);
      if (code.startsWith("0")) leadingZero++;
      firstDigit[Number(code[0])] = (firstDigit[Number(code[0])] ?? 0) + 1;
      for (const digit of code) digitCounts[Number(digit)] = (digitCounts[Number(digit)] ?? 0) + 1;
    }
    // ~10% start with 0; the bounds are many standard deviations wide, so this does not flake.
    expect(leadingZero).toBeGreaterThan(samples * 0.08);
    expect(leadingZero).toBeLessThan(samples * 0.12);
    for (const count of firstDigit) expect(count).toBeGreaterThan(samples * 0.08);
    for (const count of digitCounts) {
      expect(count).toBeGreaterThan(samples * 6 * 0.09);
      expect(count).toBeLessThan(samples * 6 * 0.11);
    }
    // 20,000 draws from a million: about 200 collisions expected, far from all.
    expect(seen.size).toBeGreaterThan(samples * 0.97);
  });
});

describe("hashCode", () => {
  it("is an HMAC keyed by the server secret and bound to the purpose", () => {
    const hash = hashCode("server-secret", "mfa_sms", "123456");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCode("server-secret", "mfa_sms", "123456")).toBe(hash);
    expect(hashCode("another-secret", "mfa_sms", "123456")).not.toBe(hash);
    expect(hashCode("server-secret", "reset_password_sms", "123456")).not.toBe(hash);
    expect(hashCode("server-secret", "mfa_sms", "123457")).not.toBe(hash);
    // Without the key, the plain hash of the code does not match.
    expect(hash).not.toBe(createHash("sha256").update("123456").digest("hex"));
  });

  it("cannot confuse where the purpose ends and the code begins", () => {
    expect(hashCode("k", "a:b", "c")).not.toBe(hashCode("k", "a", "b:c"));
    expect(hashCode("k", "ab", "c")).not.toBe(hashCode("k", "a", "bc"));
  });
});

describe("safeEqual", () => {
  it("compares strings", () => {
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("", "")).toBe(true);
    expect(safeEqual("abc", "abd")).toBe(false);
    expect(safeEqual("abc", "ABC")).toBe(false);
    expect(safeEqual("\u00e9", "e\u0301")).toBe(false); // composed vs decomposed: different bytes
  });

  it("returns false on a length mismatch without throwing", () => {
    expect(safeEqual("abc", "abcd")).toBe(false);
    expect(safeEqual("", "a")).toBe(false);
    expect(safeEqual("a".repeat(10_000), "a")).toBe(false);
  });

  it("agrees with === on anything", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(safeEqual(a, b)).toBe(a === b);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (a) => {
        expect(safeEqual(a, a)).toBe(true);
      }),
    );
  });
});

describe("recovery codes", () => {
  it("look like xxxx-xxxx-xx from an unambiguous alphabet", () => {
    const codes = newRecoveryCodes(cryptoRandom);
    expect(codes).toHaveLength(10);
    for (const code of codes)
      expect(code).toMatch(/^[23456789abcdefghjkmnpqrstuvwxyz]{4}-[2-9a-z]{4}-[2-9a-z]{2}$/);
    expect(RECOVERY_CODE_ALPHABET).toHaveLength(31);
    for (const ambiguous of "0o1li") expect(RECOVERY_CODE_ALPHABET).not.toContain(ambiguous);
    expect(newRecoveryCodes(cryptoRandom, 3)).toHaveLength(3);
  });

  it("carry about 49.5 bits each (31 symbols, 10 of them)", () => {
    expect(RECOVERY_CODE_BITS).toBeCloseTo(49.54, 2);
  });

  it("use every symbol of the alphabet", () => {
    const used = new Set(
      Array.from({ length: 100 }, () => newRecoveryCodes(cryptoRandom))
        .flat()
        .join("")
        .replace(/-/g, ""),
    );
    expect([...used].sort().join("")).toBe(RECOVERY_CODE_ALPHABET);
  });

  it("are unique, within a set and across sets", () => {
    const all = Array.from({ length: 500 }, () => newRecoveryCodes(cryptoRandom)).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it("never repeat within one set, even from a poor random source", () => {
    let calls = 0;
    // Repeats the same 10-symbol sequence twice before moving on.
    const repetitive: Random = {
      bytes: (n) => Buffer.alloc(n),
      int: (min, max) => min + (Math.floor(calls++ / 20) % (max - min)),
    };
    const codes = newRecoveryCodes(repetitive, 5);
    expect(new Set(codes).size).toBe(5);
  });

  it("normalize what the user types to the hashed form", () => {
    expect(normalizeRecoveryCode("k7mq-x3vd-9p")).toBe("k7mqx3vd9p");
    expect(normalizeRecoveryCode(" K7MQ X3VD 9P ")).toBe("k7mqx3vd9p");
    expect(normalizeRecoveryCode("k7mq–x3vd—9p")).toBe("k7mqx3vd9p");
    expect(normalizeRecoveryCode("k7mqx3vd9p")).toBe("k7mqx3vd9p");
    for (const code of newRecoveryCodes(cryptoRandom)) {
      expect(normalizeRecoveryCode(code.toUpperCase().replace(/-/g, " "))).toBe(code.replace(/-/g, ""));
    }
  });
});
