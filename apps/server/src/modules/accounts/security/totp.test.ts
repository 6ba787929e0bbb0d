import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cryptoRandom } from "../../../platform/random.js";
import {
  generateTotpSecret,
  type HotpAlgorithm,
  hotp,
  totpQrCodeDataUrl,
  totpStep,
  totpUri,
  verifyTotp,
} from "./totp.js";

/** The RFC seeds are the ASCII digits "1234567890" repeated to the hash's natural key length. */
function rfcSeed(length: number): Buffer {
  return Buffer.from("1234567890".repeat(7).slice(0, length), "ascii");
}

describe("hotp: RFC 4226 Appendix D", () => {
  const expected = [
    "755224",
    "287082",
    "359152",
    "969429",
    "338314",
    "254676",
    "287922",
    "162583",
    "399871",
    "520489",
  ];
  for (const [counter, code] of expected.entries()) {
    it(`counter ${counter} gives ${code}`, () => {
      expect(hotp(rfcSeed(20), counter, { digits: 6, algorithm: "SHA1" })).toBe(code);
    });
  }
});

describe("totp: RFC 6238 Appendix B", () => {
  const seeds: Record<HotpAlgorithm, Buffer> = {
    SHA1: rfcSeed(20),
    SHA256: rfcSeed(32),
    SHA512: rfcSeed(64),
  };
  const vectors: Array<[number, Record<HotpAlgorithm, string>]> = [
    [59, { SHA1: "94287082", SHA256: "46119246", SHA512: "90693936" }],
    [1111111109, { SHA1: "07081804", SHA256: "68084774", SHA512: "25091201" }],
    [1111111111, { SHA1: "14050471", SHA256: "67062674", SHA512: "99943326" }],
    [1234567890, { SHA1: "89005924", SHA256: "91819424", SHA512: "93441116" }],
    [2000000000, { SHA1: "69279037", SHA256: "90698825", SHA512: "38618901" }],
    [20000000000, { SHA1: "65353130", SHA256: "77737706", SHA512: "47863826" }],
  ];
  for (const [seconds, codes] of vectors) {
    for (const algorithm of ["SHA1", "SHA256", "SHA512"] as const) {
      it(`T=${seconds} ${algorithm} gives ${codes[algorithm]}`, () => {
        const step = totpStep(new Date(seconds * 1000));
        expect(step).toBe(Math.floor(seconds / 30));
        expect(hotp(seeds[algorithm], step, { digits: 8, algorithm })).toBe(codes[algorithm]);
      });
    }
  }

  it("refuses counters and digit counts outside the RFC's range", () => {
    expect(() => hotp(rfcSeed(20), -1, { digits: 6, algorithm: "SHA1" })).toThrow(RangeError);
    expect(() => hotp(rfcSeed(20), 1.5, { digits: 6, algorithm: "SHA1" })).toThrow(RangeError);
    expect(() => hotp(rfcSeed(20), 0, { digits: 5, algorithm: "SHA1" })).toThrow(RangeError);
  });
});

/** An independent RFC 6238 implementation (plain node:crypto), standing in for a phone app. */
function base32Decode(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text.replace(/=+$/, "").toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function referenceTotp(key: Buffer, unixSeconds: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac("sha1", key).update(message).digest();
  const offset = mac.readUInt8(mac.length - 1) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, "0");
}

describe("verifyTotp", () => {
  const secret = generateTotpSecret(cryptoRandom);
  const key = base32Decode(secret);
  const now = new Date("2026-03-14T15:09:26.000Z");
  const seconds = now.getTime() / 1000;
  const codeAt = (offsetSteps: number) => referenceTotp(key, seconds + offsetSteps * 30);

  it("makes 160-bit secrets in unpadded base32", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(key).toHaveLength(20);
    expect(generateTotpSecret(cryptoRandom)).not.toBe(secret);
  });

  it("accepts what an independent HMAC implementation computes, at several times", () => {
    for (const at of [0, 59, 1_700_000_000, 1_767_225_599, 2_000_000_000, 4_102_444_800]) {
      const expected = referenceTotp(key, at);
      const result = verifyTotp({ secret, code: expected, now: new Date(at * 1000), lastUsedStep: null });
      expect(result).toEqual({ ok: true, step: Math.floor(at / 30) });
    }
  });

  it("accepts one step of drift either way and nothing further", () => {
    const step = totpStep(now);
    expect(verifyTotp({ secret, code: codeAt(0), now, lastUsedStep: null })).toEqual({ ok: true, step });
    expect(verifyTotp({ secret, code: codeAt(-1), now, lastUsedStep: null })).toEqual({
      ok: true,
      step: step - 1,
    });
    expect(verifyTotp({ secret, code: codeAt(1), now, lastUsedStep: null })).toEqual({
      ok: true,
      step: step + 1,
    });
    expect(verifyTotp({ secret, code: codeAt(-2), now, lastUsedStep: null })).toEqual({ ok: false });
    expect(verifyTotp({ secret, code: codeAt(2), now, lastUsedStep: null })).toEqual({ ok: false });
  });

  it("refuses a code from a step already used, or from before it", () => {
    const step = totpStep(now);
    expect(verifyTotp({ secret, code: codeAt(0), now, lastUsedStep: step })).toEqual({ ok: false });
    expect(verifyTotp({ secret, code: codeAt(-1), now, lastUsedStep: step })).toEqual({ ok: false });
    expect(verifyTotp({ secret, code: codeAt(-1), now, lastUsedStep: step - 1 })).toEqual({ ok: false });
    expect(verifyTotp({ secret, code: codeAt(0), now, lastUsedStep: step - 1 })).toEqual({ ok: true, step });
    // The next code is still fine after the current one was used.
    expect(verifyTotp({ secret, code: codeAt(1), now, lastUsedStep: step })).toEqual({
      ok: true,
      step: step + 1,
    });
  });

  it("takes the code with spaces, as apps display it", () => {
    const code = codeAt(0);
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    expect(verifyTotp({ secret, code: spaced, now, lastUsedStep: null }).ok).toBe(true);
    expect(verifyTotp({ secret, code: ` ${code}\n`, now, lastUsedStep: null }).ok).toBe(true);
  });

  it("refuses garbage without throwing", () => {
    const code = codeAt(0);
    for (const garbage of [
      "",
      "12345",
      "1234567",
      `${code}0`,
      code.slice(1),
      "abcdef",
      "12345a",
      "١٢٣٤٥٦",
      "+12345",
      "-12345",
      "1e5000",
      "x".repeat(10_000),
      `${code.slice(0, 3)}-${code.slice(3)}`,
    ]) {
      expect(verifyTotp({ secret, code: garbage, now, lastUsedStep: null })).toEqual({ ok: false });
    }
  });

  it("refuses another secret's code", () => {
    const other = generateTotpSecret(cryptoRandom);
    const code = referenceTotp(base32Decode(other), seconds);
    // One in a million chance the two secrets agree on this step; regenerate rather than flake.
    if (code === codeAt(0) || code === codeAt(-1) || code === codeAt(1)) return;
    expect(verifyTotp({ secret, code, now, lastUsedStep: null })).toEqual({ ok: false });
  });
});

describe("totpUri", () => {
  it("carries everything an authenticator app needs", () => {
    const secret = generateTotpSecret(cryptoRandom);
    const uri = totpUri({ secret, account: "alice@demo.satchel.test" });
    expect(uri.startsWith("otpauth://totp/Satchel:alice%40demo.satchel.test?")).toBe(true);
    const params = new URL(uri).searchParams;
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("issuer=Satchel");
    expect(uri).toContain("algorithm=SHA1");
    expect(uri).toContain("digits=6");
    expect(uri).toContain("period=30");
    expect(params.get("secret")).toBe(secret);
    expect(params.get("issuer")).toBe("Satchel");
  });

  it("escapes a custom issuer and account", () => {
    const uri = totpUri({ secret: "JBSWY3DPEHPK3PXP", account: "bob smith", issuer: "Satchel Test & Co" });
    expect(uri).toContain("otpauth://totp/Satchel%20Test%20%26%20Co:bob%20smith?");
    expect(new URL(uri).searchParams.get("issuer")).toBe("Satchel Test & Co");
  });
});

describe("totpQrCodeDataUrl", () => {
  it("renders a PNG data URL", async () => {
    const url = await totpQrCodeDataUrl(
      totpUri({ secret: generateTotpSecret(cryptoRandom), account: "a@b.c" }),
    );
    expect(url.startsWith("data:image/png;base64,")).toBe(true);
    const png = Buffer.from(url.slice("data:image/png;base64,".length), "base64");
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  });
});
