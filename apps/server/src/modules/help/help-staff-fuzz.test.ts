import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createArticle, helpStaff, type Staff } from "../../test/help-staff-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

describe(`help staff API under malformed input and the search index, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let admin: Staff;
  let slug: string;
  beforeAll(async () => {
    ctx = await buildTestApp({ helpContent: true });
    ({ agent, admin } = await helpStaff(ctx));
    ({ slug } = await createArticle(ctx, agent));
  });
  afterAll(() => ctx.close());

  it("never answers a 5xx, signed in as an admin, to nearly valid or broken bodies", async () => {
    const routes: [Method, string][] = [
      ["GET", "/articles?q=%25_%5C&status=draft&limit=5"],
      ["POST", "/articles"],
      ["PATCH", `/articles/${slug}`],
      ["PUT", `/articles/${slug}/translations/en`],
      ["PUT", `/articles/${slug}/translations/zh-CN`],
      ["POST", `/articles/${slug}/translations/en/publish`],
      ["POST", `/articles/${slug}/translations/en/versions/1/restore`],
      ["GET", `/articles/${slug}/translations/en/diff?from=1&to=99999999999`],
      ["POST", "/preview"],
      ["POST", "/categories"],
      ["PATCH", "/categories/deposits"],
      ["POST", "/sections"],
      ["PATCH", "/sections/withdrawing"],
      ["POST", "/synonyms"],
      ["PUT", "/synonyms/hsy_nope"],
    ];
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.constantFrom(null, true, -1, 1e308, "a\u0000b", "x".repeat(300), "Bad Slug", "zh", "deposits", slug),
      fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 4 }),
    );
    const body = fc.oneof(
      fc.record(
        {
          slug: value,
          section: value,
          category: value,
          kind: fc.oneof(value, fc.constantFrom("faq", "how_to")),
          tags: value,
          related: value,
          title: value,
          body: value,
          lang: value,
          baseVersion: value,
          version: value,
          terms: value,
          name: fc.oneof(value, fc.record({ en: value, "zh-CN": value })),
          description: value,
          position: value,
          translations: fc.oneof(value, fc.record({ en: fc.record({ title: value, body: value }) })),
        },
        { requiredKeys: [] },
      ),
      fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text) as unknown),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async ([method, url], payload) => {
        const res = await call(ctx, admin, method, url, method === "GET" ? undefined : payload);
        expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload).slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  it("publishing makes an article searchable and unpublishing removes it", async () => {
    const word = "zyxwvutsq";
    const { slug: fresh } = await createArticle(ctx, agent, {
      translations: { en: { title: `The ${word} article`, body: `All about ${word}.` } },
    });
    const search = async () =>
      (await ctx.app.inject({ method: "GET", url: `/api/v1/help/search?q=${word}&lang=en` }))
        .json()
        .data.map((hit: { slug: string }) => hit.slug);
    await ctx.services.help.warm();
    expect(await search()).not.toContain(fresh);
    await call(ctx, admin, "POST", `/articles/${fresh}/translations/en/publish`, {});
    expect(await search()).toContain(fresh);
    await call(ctx, admin, "POST", `/articles/${fresh}/translations/en/unpublish`, {});
    expect(await search()).not.toContain(fresh);
  });
});
