import { describe, expect, it } from "vitest";
import {
  cardBrand,
  cardNumberProblem,
  checkCard,
  cvcProblem,
  expiryProblem,
  formatCardNumber,
  formatExpiryInput,
  luhnValid,
  parseExpiry,
  showCardProblem,
} from "./card";

const NOW = new Date("2026-11-26T10:00:00Z");

describe("card numbers", () => {
  it("checks Luhn like the server (Stripe's test numbers pass, a changed digit fails)", () => {
    expect(luhnValid("4242424242424242")).toBe(true);
    expect(luhnValid("4000002760003184")).toBe(true);
    expect(luhnValid("5555555555554444")).toBe(true);
    expect(luhnValid("378282246310005")).toBe(true);
    expect(luhnValid("4242424242424241")).toBe(false);
    expect(luhnValid("")).toBe(false);
  });

  it("tells the brand from the first digits", () => {
    expect(cardBrand("4242")).toBe("visa");
    expect(cardBrand("5555555555554444")).toBe("mastercard");
    expect(cardBrand("2223003122003222")).toBe("mastercard");
    expect(cardBrand("3782")).toBe("amex");
    expect(cardBrand("6011")).toBe("unknown");
    expect(cardBrand("")).toBe("unknown");
  });

  it("groups digits as they are typed (American Express 4-6-5)", () => {
    expect(formatCardNumber("42424242")).toBe("4242 4242");
    expect(formatCardNumber("4242-4242-4242-4242")).toBe("4242 4242 4242 4242");
    expect(formatCardNumber("378282246310005")).toBe("3782 822463 10005");
    expect(formatCardNumber("4242abc42")).toBe("4242 42");
    expect(formatCardNumber("４２４２")).toBe("4242");
  });

  it("names what is wrong, and waits while a number may still be typed", () => {
    expect(cardNumberProblem("")).toBe("required");
    expect(cardNumberProblem("4242 42")).toBe("incomplete");
    expect(cardNumberProblem("4242 4242 4242 4242")).toBeNull();
    expect(cardNumberProblem("4242 4242 4242 4241")).toBe("checksum");
    expect(cardNumberProblem("4242 4242 4242 4")).toBe("incomplete"); // 13 digits: a Visa may go on to 16
    expect(cardNumberProblem("5555 5555 5555 4443")).toBe("checksum");
    expect(cardNumberProblem("4242 4242 4242 4242 4242")).toBe("invalid");
    expect(cardNumberProblem("4242x")).toBe("invalid");
  });
});

describe("expiry", () => {
  it("reads MM/YY, M/YY, MM/YYYY and MMYY", () => {
    expect(parseExpiry("04/29")).toEqual({ month: 4, year: 2029 });
    expect(parseExpiry("4/29")).toEqual({ month: 4, year: 2029 });
    expect(parseExpiry("04 / 2029")).toEqual({ month: 4, year: 2029 });
    expect(parseExpiry("0429")).toEqual({ month: 4, year: 2029 });
    expect(parseExpiry("04/2")).toBeNull();
  });

  it("helps typing the slash, and lets it be deleted", () => {
    expect(formatExpiryInput("1")).toBe("1");
    expect(formatExpiryInput("4")).toBe("04/");
    expect(formatExpiryInput("12")).toBe("12/");
    expect(formatExpiryInput("1/")).toBe("01/");
    expect(formatExpiryInput("1229")).toBe("12/29");
    expect(formatExpiryInput("12/", "12/2")).toBe("12/");
    expect(formatExpiryInput("12", "12/")).toBe("12");
  });

  it("refuses past months, impossible months and dates too far ahead (UTC, as the server)", () => {
    expect(expiryProblem("", NOW)).toBe("required");
    expect(expiryProblem("1", NOW)).toBe("incomplete");
    expect(expiryProblem("13/29", NOW)).toBe("month");
    expect(expiryProblem("10/26", NOW)).toBe("past");
    expect(expiryProblem("11/26", NOW)).toBeNull();
    expect(expiryProblem("12/25", NOW)).toBe("past");
    expect(expiryProblem("01/47", NOW)).toBe("tooFar");
    expect(expiryProblem("12/46", NOW)).toBeNull();
  });
});

describe("security code", () => {
  it("needs 3 digits, 4 for American Express", () => {
    expect(cvcProblem("", "visa")).toBe("required");
    expect(cvcProblem("12", "visa")).toBe("incomplete");
    expect(cvcProblem("123", "visa")).toBeNull();
    expect(cvcProblem("1234", "visa")).toBe("length");
    expect(cvcProblem("123", "amex")).toBe("incomplete");
    expect(cvcProblem("1234", "amex")).toBeNull();
    expect(cvcProblem("12a", "visa")).toBe("invalid");
  });
});

describe("checkCard", () => {
  it("gives the API body only when every field is right", () => {
    const ok = checkCard({ number: "4242 4242 4242 4242", expiry: "04/29", cvc: "123" }, NOW);
    expect(ok.brand).toBe("visa");
    expect(ok.card).toEqual({ number: "4242424242424242", expMonth: 4, expYear: 2029, cvc: "123" });
    const bad = checkCard({ number: "4242 4242 4242 4242", expiry: "04/20", cvc: "123" }, NOW);
    expect(bad.card).toBeNull();
    expect(bad.problems).toEqual({ number: null, expiry: "past", cvc: null });
  });

  it("shows a still-being-typed problem only once the field was left", () => {
    expect(showCardProblem("incomplete", false)).toBe(false);
    expect(showCardProblem("incomplete", true)).toBe(true);
    expect(showCardProblem("checksum", false)).toBe(true);
    expect(showCardProblem(null, true)).toBe(false);
  });
});
