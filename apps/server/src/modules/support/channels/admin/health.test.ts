import { describe, expect, it } from "vitest";
import { healthStatus, IDLE_AFTER_MS } from "./health.js";

const now = new Date("2026-11-26T10:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const base = {
  enabled: true,
  configured: true,
  lastInboundAt: null,
  lastOutboundAt: null,
  lastErrorAt: null,
};

describe("channel health", () => {
  it("is off when turned off, not_configured without its secrets, whatever happened before", () => {
    expect(healthStatus({ ...base, enabled: false, lastInboundAt: ago(1000) }, now)).toBe("off");
    expect(healthStatus({ ...base, configured: false, lastErrorAt: ago(1000) }, now)).toBe("not_configured");
  });

  it("is idle before the first message and after a quiet week", () => {
    expect(healthStatus(base, now)).toBe("idle");
    expect(healthStatus({ ...base, lastOutboundAt: ago(IDLE_AFTER_MS) }, now)).toBe("ok");
    expect(healthStatus({ ...base, lastOutboundAt: ago(IDLE_AFTER_MS + 1) }, now)).toBe("idle");
  });

  it("is in error until a message goes in or out after the error", () => {
    expect(healthStatus({ ...base, lastErrorAt: ago(5000) }, now)).toBe("error");
    expect(healthStatus({ ...base, lastInboundAt: ago(6000), lastErrorAt: ago(5000) }, now)).toBe("error");
    expect(healthStatus({ ...base, lastInboundAt: ago(4000), lastErrorAt: ago(5000) }, now)).toBe("ok");
    expect(
      healthStatus(
        { ...base, lastInboundAt: ago(9000), lastOutboundAt: ago(1000), lastErrorAt: ago(5000) },
        now,
      ),
    ).toBe("ok");
  });
});
