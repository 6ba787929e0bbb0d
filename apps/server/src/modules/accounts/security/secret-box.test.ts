import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSecretBox } from "./secret-box.js";

const MASTER = "a-long-random-master-secret-for-tests-0123456789";

/** Flips one bit of byte `index` inside a base64url part and re-encodes it. */
function flipByte(part: string, index: number): string {
  const bytes = Buffer.from(part, "base64url");
  bytes[index % bytes.length] = (bytes[index % bytes.length] ?? 0) ^ 0x01;
  return bytes.toString("base64url");
}

describe("secret box", () => {
  const box = createSecretBox(MASTER);

  it("opens what it sealed", () => {
    for (const plaintext of ["JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "", "ünïcødé ✓ 秘密", "x".repeat(10_000)]) {
      expect(box.open(box.seal(plaintext))).toBe(plaintext);
    }
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (plaintext) => {
        expect(box.open(box.seal(plaintext))).toBe(plaintext);
      }),
    );
  });

  it("writes v1.<iv>.<ciphertext>.<tag> in base64url", () => {
    const sealed = box.seal("JBSWY3DPEHPK3PXP");
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    const [, iv, ciphertext, tag] = sealed.split(".");
    expect(Buffer.from(iv ?? "", "base64url")).toHaveLength(12);
    expect(Buffer.from(ciphertext ?? "", "base64url")).toHaveLength("JBSWY3DPEHPK3PXP".length);
    expect(Buffer.from(tag ?? "", "base64url")).toHaveLength(16);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
  });

  it("uses a fresh IV every time", () => {
    const ivs = new Set<string>();
    const sealedValues = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const sealed = box.seal("same secret");
      sealedValues.add(sealed);
      ivs.add(sealed.split(".")[1] ?? "");
    }
    expect(ivs.size).toBe(1000);
    expect(sealedValues.size).toBe(1000);
  });

  it("refuses a value tampered with anywhere", () => {
    const sealed = box.seal("JBSWY3DPEHPK3PXP");
    const parts = sealed.split(".");
    for (const partIndex of [1, 2, 3]) {
      const part = parts[partIndex] ?? "";
      const length = Buffer.from(part, "base64url").length;
      for (let byte = 0; byte < length; byte++) {
        const tampered = parts.map((p, i) => (i === partIndex ? flipByte(p, byte) : p)).join(".");
        expect(() => box.open(tampered), `part ${partIndex} byte ${byte}`).toThrow(Error);
      }
    }
  });

  it("refuses malformed values with the same plain Error", () => {
    const sealed = box.seal("JBSWY3DPEHPK3PXP");
    const [, iv = "", ciphertext = "", tag = ""] = sealed.split(".");
    for (const bad of [
      "",
      "v1",
      `v2.${iv}.${ciphertext}.${tag}`,
      `v1.${iv}.${ciphertext}`,
      `v1.${iv}.${ciphertext}.${tag}.extra`,
      `v1.${iv}.${ciphertext}.${tag.slice(0, 16)}`,
      `v1.${iv.slice(0, 8)}.${ciphertext}.${tag}`,
      `v1.${iv}.${ciphertext}!.${tag}`,
      `v1.${iv}.${ciphertext}=.${tag}`,
      `v1.${iv}.${ciphertext}.${tag}`.replace(/\./g, ":"),
    ]) {
      expect(() => box.open(bad), bad).toThrow(/^secret-box: cannot open/);
    }
  });

  it("refuses to open with another key", () => {
    const sealed = box.seal("JBSWY3DPEHPK3PXP");
    expect(() => createSecretBox(`${MASTER}x`).open(sealed)).toThrow(Error);
    expect(createSecretBox(MASTER).open(sealed)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses an empty master secret", () => {
    expect(() => createSecretBox("")).toThrow(Error);
  });
});
