import { describe, expect, it } from "vitest";
import { isRefusal, RECONNECT_MAX_MS, reconnectDelay, throttle } from "./chatBackoff";

describe("reconnect backoff", () => {
  it("doubles from half a second and stops at 30 seconds", () => {
    const top = () => 1;
    expect([0, 1, 2, 3, 4].map((n) => reconnectDelay(n, top))).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(reconnectDelay(20, top)).toBe(RECONNECT_MAX_MS);
    expect(reconnectDelay(10_000, top)).toBe(RECONNECT_MAX_MS);
  });

  it("spreads clients over the upper half of each step", () => {
    expect(reconnectDelay(3, () => 0)).toBe(2000);
    expect(reconnectDelay(3, () => 0.5)).toBe(3000);
    const seen = new Set(Array.from({ length: 50 }, (_, i) => reconnectDelay(5, () => i / 50)));
    expect(seen.size).toBeGreaterThan(40);
    for (const delay of seen) expect(delay).toBeGreaterThanOrEqual(8000);
  });

  it("never waits a negative or unbounded time for odd inputs", () => {
    expect(reconnectDelay(-3, () => 2)).toBe(500);
    expect(reconnectDelay(1, () => -1)).toBe(500);
  });
});

describe("typing throttle", () => {
  it("lets one frame through per interval and per chat", () => {
    let now = 0;
    const gate = throttle(3_000, () => now);
    expect(gate.pass("a")).toBe(true);
    expect(gate.pass("a")).toBe(false);
    expect(gate.pass("b")).toBe(true);
    now = 2_999;
    expect(gate.pass("a")).toBe(false);
    now = 3_000;
    expect(gate.pass("a")).toBe(true);
    gate.reset("a");
    expect(gate.pass("a")).toBe(true);
  });
});

describe("close codes", () => {
  it("gives up on refusals and retries everything else", () => {
    for (const code of [4400, 4401, 4403, 4404]) expect(isRefusal(code), String(code)).toBe(true);
    // Dropped, restarted, idle, too slow to read, rate limited: worth another try.
    for (const code of [1000, 1001, 1006, 1008, 1011, 4000, 4408, 4429])
      expect(isRefusal(code), String(code)).toBe(false);
  });
});
