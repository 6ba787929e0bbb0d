import { describe, expect, it } from "vitest";
import { DEFAULT_QUOTE_TTL_MS, quoteDeadline, secondsLeft } from "./countdown";

describe("quote countdown", () => {
  const received = Date.parse("2026-11-26T10:00:00.000Z");

  it("counts down to the server's expiry", () => {
    expect(quoteDeadline("2026-11-26T10:00:30.000Z", received)).toBe(received + 30_000);
    expect(quoteDeadline("2026-11-26T10:00:25.000Z", received)).toBe(received + 25_000);
  });

  it("falls back to the default lifetime when the clocks disagree or the time is unreadable", () => {
    expect(quoteDeadline("2026-11-26T09:59:00.000Z", received)).toBe(received + DEFAULT_QUOTE_TTL_MS);
    expect(quoteDeadline("2026-11-26T11:00:00.000Z", received)).toBe(received + DEFAULT_QUOTE_TTL_MS);
    expect(quoteDeadline("soon", received)).toBe(received + DEFAULT_QUOTE_TTL_MS);
  });

  it("shows whole seconds, rounded up, never below zero", () => {
    expect(secondsLeft(received + 30_000, received)).toBe(30);
    expect(secondsLeft(received + 30_000, received + 29_001)).toBe(1);
    expect(secondsLeft(received + 30_000, received + 30_000)).toBe(0);
    expect(secondsLeft(received + 30_000, received + 99_000)).toBe(0);
  });
});
