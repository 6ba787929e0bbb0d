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

/** Runs only where a Redis is named (CI sets TEST_REDIS_URL); the limit must span nodes. */
const redisUrl = process.env.TEST_REDIS_URL;
describe.runIf(redisUrl)("rate limiting across nodes through Redis", () => {
  it("counts requests to two API nodes against one limit", async () => {
    const config = { rateLimitPerMinute: 4, redisUrl };
    const nodeA = await buildTestApp({ config });
    const nodeB = await buildTestApp({ config });
    try {
      // A unique client address, so earlier runs against the same Redis do not count.
      const ip = `127.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`;
      const call = (ctx: TestContext) =>
        ctx.app.inject({ method: "GET", url: "/api/v1/errors", remoteAddress: ip }).then((r) => r.statusCode);
      const statuses = [
        await call(nodeA),
        await call(nodeB),
        await call(nodeA),
        await call(nodeB),
        await call(nodeA),
      ];
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      expect(await call(nodeB)).toBe(429);
    } finally {
      await nodeA.close();
      await nodeB.close();
    }
  });
});
