import { afterEach, describe, expect, it, vi } from "vitest";
import { checkReadiness, isOperational, parseReadyz } from "./health";

const healthy = {
  status: "ok",
  checks: { database: { ok: true, latencyMs: 3 }, migrations: { ok: true, pending: [] } },
};

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubFetch(status: number, body: unknown) {
  vi.stubGlobal(
    "fetch",
    async () =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
  );
}

describe("parseReadyz", () => {
  it("accepts the documented shape", () => {
    expect(parseReadyz(healthy)).toEqual(healthy);
  });

  it("rejects other shapes", () => {
    expect(parseReadyz(null)).toBeNull();
    expect(parseReadyz({ status: "ok" })).toBeNull();
    expect(parseReadyz({ status: "fine", checks: healthy.checks })).toBeNull();
  });

  it("keeps the optional redis check", () => {
    const withRedis = {
      ...healthy,
      checks: { ...healthy.checks, redis: { ok: false, error: "ECONNREFUSED" } },
    };
    const report = parseReadyz(withRedis);
    expect(report?.checks.redis).toEqual({ ok: false, error: "ECONNREFUSED" });
    if (!report) throw new Error("expected a report");
    expect(isOperational({ kind: "report", report })).toBe(false);
  });
});

describe("checkReadiness", () => {
  it("reads a 200 report as operational", async () => {
    stubFetch(200, healthy);
    expect(isOperational(await checkReadiness())).toBe(true);
  });

  it("reads a 503 report as a disruption, keeping the details", async () => {
    const down = {
      status: "unavailable",
      checks: { database: { ok: false, error: "timeout" }, migrations: { ok: false, pending: ["0002_x"] } },
    };
    stubFetch(503, down);
    const result = await checkReadiness();
    expect(isOperational(result)).toBe(false);
    expect(result).toEqual({ kind: "report", report: down });
  });

  it("treats a network failure as a disruption", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const result = await checkReadiness();
    expect(result).toEqual({ kind: "unreachable" });
    expect(isOperational(result)).toBe(false);
  });

  it("treats other statuses as a disruption", async () => {
    stubFetch(500, { title: "boom" });
    expect(await checkReadiness()).toEqual({ kind: "http", status: 500 });
  });
});
