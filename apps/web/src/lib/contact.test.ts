import { describe, expect, it } from "vitest";
import { checkNewEmail, checkNewPhone, normalizePhone } from "./contact";

describe("checkNewEmail", () => {
  it("accepts a well-formed new address, trimmed", () => {
    expect(checkNewEmail("  new@example.com ", "alice@example.com")).toEqual({
      ok: true,
      email: "new@example.com",
    });
    expect(checkNewEmail("Bob.Li+wallet@mail.example.cn", "alice@example.com")).toEqual({
      ok: true,
      email: "Bob.Li+wallet@mail.example.cn",
    });
  });

  it("refuses what is not an email address", () => {
    for (const input of ["", "   ", "alice", "alice@", "alice@example", "a b@example.com", "@example.com"]) {
      expect(checkNewEmail(input, "alice@example.com")).toEqual({ ok: false, problem: "invalid" });
    }
    const long = `${"a".repeat(250)}@example.com`;
    expect(checkNewEmail(long, "alice@example.com")).toEqual({ ok: false, problem: "invalid" });
  });

  it("refuses the current address, whatever its case", () => {
    expect(checkNewEmail("ALICE@Example.com", "alice@example.com")).toEqual({ ok: false, problem: "same" });
    expect(checkNewEmail("alice@example.com ", "alice@example.com")).toEqual({ ok: false, problem: "same" });
  });
});

describe("normalizePhone", () => {
  it("keeps E.164 numbers and tidies what people type", () => {
    expect(normalizePhone("+8613800000000")).toBe("+8613800000000");
    expect(normalizePhone(" +86 138-0000-0000 ")).toBe("+8613800000000");
    expect(normalizePhone("+1 (415) 555.0100")).toBe("+14155550100");
    expect(normalizePhone("008613800000000")).toBe("+8613800000000");
  });

  it("refuses numbers without a country code, too short, too long or with letters", () => {
    for (const input of [
      "",
      "13800000000",
      "+0123456789",
      "+1234567",
      "+1234567890123456",
      "+86 138 abc",
      "+",
    ]) {
      expect(normalizePhone(input)).toBeNull();
    }
  });
});

describe("checkNewPhone", () => {
  it("gives the normalized new number", () => {
    expect(checkNewPhone("+86 139 0000 0000", null)).toEqual({ ok: true, phone: "+8613900000000" });
    expect(checkNewPhone("+8613900000000", "+8613800000000")).toEqual({ ok: true, phone: "+8613900000000" });
  });

  it("refuses an invalid number", () => {
    expect(checkNewPhone("138 0000 0000", null)).toEqual({ ok: false, problem: "invalid" });
  });

  it("refuses the number the account already has, however it is written", () => {
    expect(checkNewPhone("+86 138-0000-0000", "+8613800000000")).toEqual({ ok: false, problem: "same" });
  });
});
