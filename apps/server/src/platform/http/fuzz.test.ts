import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeRoute } from "../../test/probe-route.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One malformed request: bad JSON, wrong types, huge strings, unknown fields, bad headers. */
const requestArb = fc.record({
  method: fc.constantFrom<Method>("GET", "POST", "PUT", "PATCH", "DELETE"),
  path: fc.oneof(
    fc.constantFrom(
      "/api/v1/test/probe",
      "/api/v1/dev/messages",
      "/api/v1/errors",
      "/api/v1/errors/%E0%A4%A",
      "/api/v1/errors/../../etc/passwd",
      "/api/v1/dev/messages?limit=abc",
      "/api/v1/auth/register",
      "/api/v1/auth/login",
      "/api/v1/auth/login/mfa",
      "/api/v1/auth/password/forgot",
      "/api/v1/auth/password/reset",
      "/api/v1/auth/password/check",
      "/api/v1/auth/verify-email",
      "/api/v1/auth/unlock",
      "/api/v1/me",
      "/api/v1/me/sessions/%00",
      "/api/v1/auth/login?x=%00",
      "/api/v1/official-channels/check?value=",
      "/api/v1/official-channels/check?value=%F0%9F%99%82@@..",
      "/api/v1/dev/messages?limit=-1&to=",
      "/api/v1/dev/messages?limit=99999999999999999999",
      `/api/v1/dev/messages?to=${"a".repeat(5000)}`,
      "/api/v1/%00",
      `/api/v1/errors/${"x".repeat(300)}`,
    ),
    fc.string({ maxLength: 40 }).map((s) => `/api/v1/${encodeURIComponent(s)}`),
  ),
  contentType: fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/xml",
    "multipart/form-data; boundary=x",
    "application/json; charset=latin1",
    "",
  ),
  body: fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.json({ maxDepth: 4 }),
    fc.constantFrom(
      '{"amount":',
      "[",
      "null",
      "1e999",
      '{"a":"\\ud800"}',
      '{"__proto__":{"admin":true}}',
      '{"login":"a\\u0000b@example.test","password":"x\\u0000y-long-enough"}',
      '{"email":"n\\u0000@example.test","password":"quartz-ember-willow-58","country":"CN","name":"\\u0000"}',
    ),
    fc
      .record({
        amount: fc.oneof(
          fc.string(),
          fc.double(),
          fc.integer(),
          fc.constant(null),
          fc.string({ minLength: 70_000, maxLength: 70_000 }),
        ),
        currency: fc.oneof(fc.string({ maxLength: 5 }), fc.integer()),
        recipient: fc.oneof(fc.record({ email: fc.string() }), fc.string(), fc.constant([])),
        tags: fc.oneof(fc.array(fc.string(), { maxLength: 10 }), fc.string()),
        unknownField: fc.anything(),
      })
      .map((o) => JSON.stringify(o)),
  ),
  accountBody: fc
    .record(
      {
        login: fc.oneof(fc.string({ maxLength: 400 }), fc.integer(), fc.constant(null), fc.emailAddress()),
        email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 300 }), fc.array(fc.string())),
        password: fc.oneof(fc.string({ maxLength: 2000 }), fc.double(), fc.constant({})),
        country: fc.oneof(fc.string({ maxLength: 3 }), fc.constant("CN"), fc.integer()),
        phone: fc.oneof(fc.string({ maxLength: 40 }), fc.constant("+8613800000000")),
        token: fc.oneof(fc.string({ maxLength: 300 }), fc.constant("")),
        code: fc.oneof(fc.string({ maxLength: 40 }), fc.integer()),
        mfaToken: fc.string({ maxLength: 300 }),
        client: fc.oneof(fc.constantFrom("web", "api", "desktop"), fc.integer()),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  acceptLanguage: fc.oneof(
    fc.constantFrom("zh-CN", "en", "*", "zh;q=abc", "🙂", ""),
    fc.string({ maxLength: 100 }),
  ),
});

describe("fuzzing the API with malformed requests", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp({ plugins: [probeRoute] });
  });
  afterAll(() => ctx.close());

  it("answers 200 malformed requests with 4xx problem+json and never a 5xx", async () => {
    const samples = fc.sample(requestArb, { numRuns: 200, seed: 20261126 });
    const statuses = new Map<number, number>();
    for (const r of samples) {
      const sendsBody = r.method !== "GET" && r.method !== "DELETE";
      const res = await ctx.app.inject({
        method: r.method,
        url: r.path,
        headers: {
          ...(r.contentType ? { "content-type": r.contentType } : {}),
          "accept-language": r.acceptLanguage.replace(/[^\x20-\x7e]/g, "?"),
        },
        // Half the bodies look like account requests, so those parsers get exercised too.
        ...(sendsBody
          ? { payload: r.path.includes("/auth/") && r.body.length % 2 === 0 ? r.accountBody : r.body }
          : {}),
      });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      expect(res.statusCode, `${r.method} ${r.path} ${r.body.slice(0, 80)}`).toBeLessThan(500);
      if (res.statusCode >= 400) {
        expect(res.headers["content-type"], `${r.method} ${r.path} ${res.body.slice(0, 200)}`).toMatch(
          /^application\/problem\+json/,
        );
        expect(res.headers["x-request-id"]).toBeTruthy();
        const problem = res.json();
        expect(typeof problem.code).toBe("string");
        expect(problem.status).toBe(res.statusCode);
        expect(typeof problem.title).toBe("string");
      }
    }
    // The server is still up and well.
    expect((await ctx.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(200);
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
  });
});
