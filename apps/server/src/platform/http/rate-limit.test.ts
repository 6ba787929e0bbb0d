import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

describe("rate limiting", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp({ config: { rateLimitPerMinute: 5 } });
  });
  afterAll(() => ctx.close());

  it("answers 429 rate_limited with Retry-After once a client exceeds the API limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await ctx.app.inject({ method: "GET", url: "/api/v1/errors" })).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/errors",
      headers: { "accept-language": "zh-CN" },
    });
    expect(res.headers["retry-after"]).toBeDefined();
    expect(res.json()).toMatchObject({ code: "rate_limited", status: 429, title: "请求过于频繁" });
  });

  it("does not limit health checks", async () => {
    for (let i = 0; i < 10; i++) {
      expect((await ctx.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    }
  });
});
