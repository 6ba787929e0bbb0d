import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../test/factories.js";
import { buildHelpArticle, helpSearch } from "../../test/help-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildStaff } from "../../test/wallet-helpers.js";
import { shippedArticles } from "./content/index.js";

describe(`reading and searching the help center, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp({ helpContent: true });
    await buildHelpArticle(ctx, {
      slug: "parcel-tracking",
      category: "reading-tests",
      section: "reading-basics",
      tags: ["parcel", "包裹"],
      related: ["parcel-lost", "never-published"],
      en: {
        title: "Tracking your parcel",
        body: "Open **Orders** and choose the parcel to see where it is.",
      },
      "zh-CN": { title: "查询包裹物流", body: "打开**订单**，选择包裹即可查看物流位置。" },
    });
    await buildHelpArticle(ctx, {
      slug: "parcel-lost",
      section: "reading-basics",
      en: { title: "My parcel is lost", body: "When a parcel has not moved for 10 days, write to us." },
    });
    await buildHelpArticle(ctx, {
      slug: "never-published",
      section: "reading-basics",
      drafts: { en: { title: "Secret draft parcel", body: "Nobody may read this parcel text yet." } },
    });
  });
  afterAll(() => ctx.close());

  it("finds published articles, best first, with a highlighted snippet and a searchId", async () => {
    const res = await helpSearch(ctx, "parcel", { lang: "en" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.searchId).toMatch(/^hse_/);
    const slugs = body.data.map((hit: { slug: string }) => hit.slug);
    expect(slugs).toContain("parcel-tracking");
    expect(slugs).toContain("parcel-lost");
    expect(slugs).not.toContain("never-published");
    const hit = body.data.find((h: { slug: string }) => h.slug === "parcel-tracking");
    expect(hit).toMatchObject({ title: "Tracking your parcel", lang: "en" });
    expect(hit.snippet).toContain("<mark>");
    expect(hit.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    const logged = await ctx.platform.db
      .selectFrom("help_searches")
      .where("id", "=", body.searchId)
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(logged).toMatchObject({
      query: "parcel",
      source: "search",
      locale: "en",
      results: body.data.length,
    });
  });

  it("searches Chinese without spaces and answers in the reader's language", async () => {
    const res = await helpSearch(ctx, "包裹物流在哪", { lang: "zh" });
    expect(res.statusCode).toBe(200);
    expect(res.json().data[0]).toMatchObject({
      slug: "parcel-tracking",
      title: "查询包裹物流",
      lang: "zh-CN",
    });
  });

  it.runIf(shippedArticles.some((a) => a.slug === "forgot-password"))(
    "finds the shipped articles the way customers ask, in both languages",
    async () => {
      for (const [q, lang] of [
        ["I forgot my password", "en"],
        ["忘记密码了怎么办", "zh-CN"],
      ] as const) {
        const res = await helpSearch(ctx, q, { lang });
        expect(res.statusCode).toBe(200);
        const hits = res.json().data as { slug: string; snippet: string; score: number; lang: string }[];
        expect(hits.slice(0, 3).map((h) => h.slug)).toContain("forgot-password");
        expect(hits[0]?.lang).toBe(lang);
        // Best first.
        expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
      }
    },
  );

  it("serves article images with long caching and no sniffing", async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from("0000000d49484452000000010000000108060000001f15c489", "hex"),
    ]);
    const agent = await buildStaff(ctx, "agent");
    const upload = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/help/images",
      headers: { ...agent.auth, "content-type": "image/png" },
      payload: png,
    });
    expect(upload.statusCode).toBe(201);
    const served = await ctx.app.inject({ method: "GET", url: upload.json().url });
    expect(served.statusCode).toBe(200);
    expect(served.headers).toMatchObject({
      "content-type": "image/png",
      "cache-control": "public, max-age=86400",
      "x-content-type-options": "nosniff",
    });
    expect(served.rawPayload.equals(png)).toBe(true);
    for (const id of ["him_01JD0000000000000000000000", "..%2F..%2Fetc%2Fpasswd"]) {
      const missing = await ctx.app.inject({ method: "GET", url: `/api/v1/help/images/${id}` });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe("help_image_not_found");
    }
  });

  it("records the first click of a search and ignores later ones", async () => {
    const { searchId } = (await helpSearch(ctx, "parcel", { lang: "en" })).json();
    const click = (slug: string, position: number) =>
      ctx.app.inject({
        method: "POST",
        url: `/api/v1/help/searches/${searchId}/click`,
        payload: { slug, position },
      });
    const clicked = () =>
      ctx.platform.db
        .selectFrom("help_searches")
        .where("id", "=", searchId)
        .select(["clicked_slug", "clicked_position", "results"])
        .executeTakeFirstOrThrow();
    // Clicks that cannot be one of the results are answered 204 and not recorded.
    const { results } = await clicked();
    for (const [slug, position] of [
      ["no-such-article", 0],
      ["parcel-lost", results],
      ["parcel-lost", 999],
    ] as const)
      expect((await click(slug, position)).statusCode).toBe(204);
    expect(await clicked()).toMatchObject({ clicked_slug: null, clicked_position: null });
    expect((await click("parcel-lost", 1)).statusCode).toBe(204);
    expect((await click("parcel-tracking", 0)).statusCode).toBe(204);
    expect(await clicked()).toMatchObject({ clicked_slug: "parcel-lost", clicked_position: 1 });
    const unknown = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/help/searches/hse_01JD0000000000000000000000/click`,
      payload: { slug: "parcel-lost", position: 0 },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe("not_found");
  });

  it("suggests titles as the customer types, without logging", async () => {
    const before = await ctx.platform.db
      .selectFrom("help_searches")
      .select(ctx.platform.db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const res = await ctx.app.inject({ method: "GET", url: "/api/v1/help/suggest?q=track&lang=en" });
    expect(res.statusCode).toBe(200);
    expect(res.json().data[0]).toEqual({
      slug: "parcel-tracking",
      title: "Tracking your parcel",
      lang: "en",
    });
    const after = await ctx.platform.db
      .selectFrom("help_searches")
      .select(ctx.platform.db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
  });

  it("reads an article with facts, html, taxonomy names, related titles and translations", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/help/articles/parcel-tracking?lang=zh-CN",
    });
    expect(res.statusCode).toBe(200);
    const article = res.json();
    expect(article).toMatchObject({
      slug: "parcel-tracking",
      title: "查询包裹物流",
      lang: "zh-CN",
      requestedLang: "zh-CN",
      translationMissing: false,
      author: "Satchel",
      kind: "faq",
      tags: ["parcel", "包裹"],
      category: { slug: "reading-tests", name: "分类 reading-tests" },
      section: { slug: "reading-basics", name: "栏目 reading-basics" },
      // Only published related articles, titled in the other language when that is all they have.
      related: [{ slug: "parcel-lost", title: "My parcel is lost" }],
      helpful: { yes: 0, no: 0 },
    });
    expect(article.html).toContain("<strong>订单</strong>");
    expect(article.translations.map((t: { lang: string }) => t.lang).sort()).toEqual(["en", "zh-CN"]);
  });

  it("answers the other language with translationMissing when the asked one is not published", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/help/articles/parcel-lost",
      headers: { "accept-language": "zh-CN,zh;q=0.9" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ lang: "en", requestedLang: "zh-CN", translationMissing: true });
    expect(res.json().translations).toHaveLength(1);
  });

  it("names the staff author of a published version", async () => {
    const author = await buildUser(ctx, { role: "agent", name: "Mei Lin" });
    await buildHelpArticle(ctx, {
      slug: "authored-article",
      authorId: author.id,
      en: { title: "Written by staff", body: "Body." },
    });
    const res = await ctx.app.inject({ method: "GET", url: "/api/v1/help/articles/authored-article" });
    expect(res.json().author).toBe("Mei Lin");
  });

  it("hides unpublished and unknown articles", async () => {
    for (const slug of ["never-published", "no-such-article", "BAD%00slug"]) {
      const res = await ctx.app.inject({ method: "GET", url: `/api/v1/help/articles/${slug}` });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe("help_article_not_found");
    }
  });

  it("counts views in memory and writes them in one batch", async () => {
    const { id } = await buildHelpArticle(ctx, {
      slug: "viewed-article",
      en: { title: "Viewed", body: "Body." },
    });
    for (let i = 0; i < 3; i++)
      await ctx.app.inject({ method: "GET", url: "/api/v1/help/articles/viewed-article?lang=en" });
    await ctx.app.inject({ method: "GET", url: "/api/v1/help/articles/viewed-article?lang=zh-CN" });
    // Shown inline (count=false): answered in full, not counted.
    const inline = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/help/articles/viewed-article?lang=en&count=false",
    });
    expect(inline.statusCode).toBe(200);
    expect(inline.json().title).toBe("Viewed");
    const bad = await ctx.app.inject({ method: "GET", url: "/api/v1/help/articles/viewed-article?count=no" });
    expect(bad.statusCode).toBe(400);
    const unwritten = await ctx.platform.db
      .selectFrom("help_articles")
      .where("id", "=", id)
      .select("views")
      .executeTakeFirstOrThrow();
    expect(unwritten.views).toBe(0n);
    await ctx.services.help.reader.flushViews();
    const article = await ctx.platform.db
      .selectFrom("help_articles")
      .where("id", "=", id)
      .select("views")
      .executeTakeFirstOrThrow();
    expect(article.views).toBe(4n);
    const days = await ctx.platform.db
      .selectFrom("help_article_views")
      .where("article_id", "=", id)
      .select(["locale", "views"])
      .execute();
    // The Chinese reader got the English text (the only one): the view counts for English.
    expect(days).toEqual([{ locale: "en", views: 4 }]);
    const popular = await ctx.app.inject({ method: "GET", url: "/api/v1/help/popular?lang=en&limit=1" });
    expect(popular.json().data).toEqual([{ slug: "viewed-article", title: "Viewed", views: 4 }]);
  });

  it("lists categories with their sections and published articles only", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/v1/help/categories/reading-tests?lang=en" });
    expect(res.statusCode).toBe(200);
    const category = res.json();
    const section = category.sections.find((s: { slug: string }) => s.slug === "reading-basics");
    const slugs = section.articles.map((a: { slug: string }) => a.slug);
    expect(slugs).toContain("parcel-tracking");
    expect(slugs).not.toContain("never-published");
    expect(category.articleCount).toBe(slugs.length);
    const all = await ctx.app.inject({ method: "GET", url: "/api/v1/help/categories?lang=zh-CN" });
    expect(all.json().data.some((c: { slug: string }) => c.slug === "reading-tests")).toBe(true);
    const missing = await ctx.app.inject({ method: "GET", url: "/api/v1/help/categories/nothing-here" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("help_category_not_found");
  });
});
