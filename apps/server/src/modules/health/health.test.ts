import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { createTestDatabase } from "../../test/test-db.js";

describe("health, metrics and API docs", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  it("reports liveness and readiness", async () => {
    const live = await ctx.app.inject({ method: "GET", url: "/healthz" });
    expect(live.json()).toMatchObject({ status: "ok" });
    const ready = await ctx.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: "ok",
      checks: { database: { ok: true }, migrations: { ok: true, pending: [] } },
    });
  });

  it("exposes Prometheus metrics: latency by route and status, the pool, the process", async () => {
    await ctx.app.inject({ method: "GET", url: "/healthz" });
    await ctx.app.inject({ method: "GET", url: "/api/v1/no/such/route" });
    const res = await ctx.app.inject({ method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    const text = res.body;
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{.*method="GET",route="\/healthz",status_code="200"/,
    );
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="unmatched",status_code="404"\}/,
    );
    expect(text).toMatch(/satchel_db_pool_connections\{state="total"\} \d+/);
    expect(text).toMatch(/satchel_outbox_pending \d+/);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
  });

  it("serves an OpenAPI 3.1 document built from the route schemas and a reference page", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
    const doc = res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("Satchel API");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/healthz", "/readyz", "/api/v1/errors", "/api/v1/dev/messages"]),
    );
    expect(doc.paths["/api/v1/dev/messages"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["to", "limit"]),
    );
    const docs = await ctx.app.inject({ method: "GET", url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain("swagger-ui");
  });
});

describe("readiness with pending migrations", () => {
  it("answers 503 and names what is pending", async () => {
    const ctx = await buildTestApp({ database: await createTestDatabase({ migrate: false }) });
    try {
      const res = await ctx.app.inject({ method: "GET", url: "/readyz" });
      expect(res.statusCode).toBe(503);
      expect(res.json().status).toBe("unavailable");
      expect(res.json().checks.migrations.pending.length).toBeGreaterThan(0);
    } finally {
      await ctx.close();
    }
  });
});

describe("metrics behind a token", () => {
  it("answers only the bearer of METRICS_TOKEN", async () => {
    const ctx = await buildTestApp({ config: { metricsToken: "a-long-metrics-token-123" } });
    try {
      expect((await ctx.app.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
      expect(
        (
          await ctx.app.inject({
            method: "GET",
            url: "/metrics",
            headers: { authorization: "Bearer wrong" },
          })
        ).statusCode,
      ).toBe(401);
      const ok = await ctx.app.inject({
        method: "GET",
        url: "/metrics",
        headers: { authorization: "Bearer a-long-metrics-token-123" },
      });
      expect(ok.statusCode).toBe(200);
    } finally {
      await ctx.close();
    }
  });
});
