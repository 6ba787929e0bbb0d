import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHelpArticle } from "../../../test/help-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildStaff } from "../../../test/wallet-helpers.js";

/** Text people (and scripts) might send — every kind of unicode, lone surrogates, control characters, very long. */
const nastyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\u0007bell",
    "\ud800",
    "提现\u0000被拒",
    "%",
    "%%00",
    "'; drop table help_articles; --",
    "<script>alert(1)</script>",
    "x".repeat(201),
    "提".repeat(5000),
    "🙂".repeat(150),
    "\u202e\u200b\ufeff",
    "zh-TW",
    "EN",
    "-1",
    "1e309",
    "NaN",
  ),
);

/** Percent-encodes; a lone surrogate (which encodeURIComponent refuses) goes as raw invalid UTF-8 bytes. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, ""))}%ED%A0%80`;
  }
}

const routes = [
  (v: string) => `/api/v1/help/search?q=${encode(v)}`,
  (v: string) => `/api/v1/help/search?q=fee&lang=${encode(v)}`,
  (v: string) => `/api/v1/help/search?q=fee&limit=${encode(v)}`,
  (v: string) => `/api/v1/help/suggest?q=${encode(v)}&lang=zh`,
  (v: string) => `/api/v1/help/articles/${encode(v)}`,
  (v: string) => `/api/v1/help/articles/fuzz-article?lang=${encode(v)}`,
  (v: string) => `/api/v1/help/categories/${encode(v)}`,
  (v: string) => `/api/v1/help/popular?limit=${encode(v)}`,
  (v: string) => `/api/v1/help/images/${encode(v)}`,
  (v: string) => `/api/v1/admin/help/analytics?from=${encode(v)}`,
  (v: string) => `/api/v1/admin/help/analytics/export.csv?report=daily&to=${encode(v)}`,
  (v: string) => `/api/v1/admin/help/feedback?slug=${encode(v)}&cursor=${encode(v)}`,
];

describe(`help center routes under bad input, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let staff: { auth: Record<string, string> };
  beforeAll(async () => {
    ctx = await buildTestApp({ config: { rateLimitPerMinute: 1_000_000 } });
    staff = await buildStaff(ctx, "admin");
    await buildHelpArticle(ctx, {
      slug: "fuzz-article",
      en: { title: "Fees", body: "Fees and limits." },
      "zh-CN": { title: "费用", body: "费用与限额。" },
    });
  });
  afterAll(() => ctx.close());

  it("answers query and path fuzz with 2xx or a 4xx problem, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: routes.length - 1 }), nastyText, async (which, value) => {
        const route = routes[which];
        if (!route) return;
        const res = await ctx.app.inject({ method: "GET", url: route(value), headers: staff.auth });
        expect(res.statusCode, `${route(value).slice(0, 120)} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.headers["content-type"]).toContain("application/problem+json");
      }),
      { numRuns: 300 },
    );
  });

  it("answers body fuzz on the public writes with 4xx, never a 5xx", async () => {
    const writes = [
      "/api/v1/help/articles/fuzz-article/feedback",
      "/api/v1/help/deflections",
      "/api/v1/help/contact",
      "/api/v1/help/searches/hse_01JD0000000000000000000000/click",
      "/api/v1/help/deflections/hdf_01JD0000000000000000000000/opened",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.record(
          {
            helpful: fc.oneof(fc.boolean(), nastyText),
            comment: nastyText,
            query: nastyText,
            subject: nastyText,
            message: nastyText,
            email: nastyText,
            slug: nastyText,
            position: fc.oneof(fc.integer(), nastyText),
            deflectionId: nastyText,
            lang: nastyText,
          },
          { requiredKeys: [] },
        ),
        async (url, payload) => {
          const res = await ctx.app.inject({ method: "POST", url, payload });
          expect(
            res.statusCode,
            `${url} ${JSON.stringify(payload).slice(0, 200)} → ${res.body.slice(0, 200)}`,
          ).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("names what is wrong with a search", async () => {
    for (const q of ["", "   ", "x".repeat(201), "a\u0000b"]) {
      const res = await ctx.app.inject({ method: "GET", url: `/api/v1/help/search?q=${encode(q)}` });
      expect(res.statusCode, JSON.stringify(q.slice(0, 10))).toBe(400);
      expect(res.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "/q" }] });
    }
    const lang = await ctx.app.inject({ method: "GET", url: "/api/v1/help/search?q=fee&lang=fr" });
    expect(lang.statusCode).toBe(400);
    const limit = await ctx.app.inject({ method: "GET", url: "/api/v1/help/search?q=fee&limit=51" });
    expect(limit.statusCode).toBe(400);
    const ok = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/help/search?q=${encodeURIComponent("  费用  ")}&lang=ZH-cn`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data[0]).toMatchObject({ slug: "fuzz-article", lang: "zh-CN" });
  });

  it("documents the help routes in OpenAPI", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const path of [
      "/api/v1/help/search",
      "/api/v1/help/suggest",
      "/api/v1/help/articles/{slug}",
      "/api/v1/help/contact",
      "/api/v1/help/deflections/{id}/resolve",
      "/api/v1/admin/help/analytics",
      "/api/v1/admin/help/analytics/export.csv",
      "/api/v1/admin/help/feedback",
    ])
      expect(paths).toContain(path);
  });
});
