import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditActions,
  call,
  createArticle,
  helpStaff,
  type Staff,
  uniqueSlug,
} from "../../test/help-staff-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildCustomer } from "../../test/wallet-helpers.js";

describe(`help editing: articles, translations and publishing, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let admin: Staff;
  beforeAll(async () => {
    ctx = await buildTestApp({ helpContent: true });
    ({ agent, admin } = await helpStaff(ctx));
  });
  afterAll(() => ctx.close());

  const publicArticle = (slug: string, lang: string) =>
    ctx.app.inject({ method: "GET", url: `/api/v1/help/articles/${slug}?lang=${lang}` });

  it("creates an article with one language, adds the other, and shows both linked", async () => {
    const { slug, status, body } = await createArticle(ctx, agent);
    expect(status).toBe(201);
    expect(body).toMatchObject({
      slug,
      kind: "how_to",
      section: { slug: "signing-in" },
      category: { slug: "login-and-security" },
      tags: ["test"],
      translations: { en: { draftTitle: "How to test", draftVersion: 1, status: "draft", title: null } },
    });
    expect((body.translations as Record<string, unknown>)["zh-CN"]).toBeUndefined();
    const zh = await call(ctx, agent, "PUT", `/articles/${slug}/translations/zh-CN`, {
      title: "如何测试",
      body: "正文。",
      baseVersion: 0,
    });
    expect(zh.statusCode).toBe(200);
    const detail = (await call(ctx, agent, "GET", `/articles/${slug}`)).json();
    expect(detail.translations.en.draftTitle).toBe("How to test");
    expect(detail.translations["zh-CN"]).toMatchObject({
      draftTitle: "如何测试",
      draftVersion: 1,
      status: "draft",
    });
    expect(detail.translations["zh-CN"].draftUpdatedBy).toMatchObject({
      id: agent.userId,
      name: expect.any(String),
    });
    // "zh" in the path is zh-CN.
    const viaZh = await call(ctx, agent, "GET", `/articles/${slug}/translations/zh/versions`);
    expect(viaZh.json().data).toHaveLength(1);
  });

  it("runs the workflow: agent saves and submits, agent cannot publish, admin publishes one language, then unpublishes", async () => {
    const { slug } = await createArticle(ctx, agent, {
      translations: {
        en: { title: "Workflow", body: "English v1" },
        "zh-CN": { title: "流程", body: "中文第一版" },
      },
    });
    expect((await publicArticle(slug, "en")).statusCode).toBe(404);
    const saved = await call(ctx, agent, "PUT", `/articles/${slug}/translations/en`, {
      title: "Workflow",
      body: "English v2",
      note: "clearer",
      baseVersion: 1,
    });
    expect(saved.json().translations.en.draftVersion).toBe(2);
    const submitted = await call(ctx, agent, "POST", `/articles/${slug}/translations/en/submit`, {});
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().translations.en.submittedBy).toMatchObject({ id: agent.userId });
    const listed = (await call(ctx, agent, "GET", "/articles?status=submitted&limit=100")).json();
    expect(listed.data.map((a: { slug: string }) => a.slug)).toContain(slug);

    const refused = await call(ctx, agent, "POST", `/articles/${slug}/translations/en/publish`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("forbidden");

    const published = await call(ctx, admin, "POST", `/articles/${slug}/translations/en/publish`, {});
    expect(published.statusCode).toBe(200);
    const en = published.json().translations.en;
    expect(en).toMatchObject({
      status: "published",
      publishedVersion: 2,
      title: "Workflow",
      body: "English v2",
      submittedAt: null,
    });
    expect(en.publishedBy).toMatchObject({ id: admin.userId });
    // Only English is published: Chinese stays a draft.
    expect(published.json().translations["zh-CN"].status).toBe("draft");
    expect(
      (await call(ctx, admin, "POST", `/articles/${slug}/translations/en/publish`, {})).json().code,
    ).toBe("help_nothing_to_publish");

    const read = await publicArticle(slug, "en");
    expect(read.statusCode).toBe(200);
    expect(read.json().body).toBe("English v2");
    const fallback = (await publicArticle(slug, "zh-CN")).json();
    expect(fallback).toMatchObject({ lang: "en", requestedLang: "zh-CN", translationMissing: true });

    // A newer draft makes it "changed" until published.
    await call(ctx, agent, "PUT", `/articles/${slug}/translations/en`, {
      title: "Workflow",
      body: "English v3",
    });
    const changed = (await call(ctx, agent, "GET", `/articles/${slug}`)).json();
    expect(changed.translations.en).toMatchObject({
      status: "changed",
      draftVersion: 3,
      publishedVersion: 2,
    });
    expect((await publicArticle(slug, "en")).json().body).toBe("English v2");

    expect(
      (await call(ctx, agent, "POST", `/articles/${slug}/translations/en/unpublish`, {})).statusCode,
    ).toBe(403);
    const unpublished = await call(ctx, admin, "POST", `/articles/${slug}/translations/en/unpublish`, {});
    expect(unpublished.json().translations.en).toMatchObject({
      status: "unpublished",
      title: null,
      publishedVersion: null,
    });
    expect((await publicArticle(slug, "en")).statusCode).toBe(404);
    const again = await call(ctx, admin, "POST", `/articles/${slug}/translations/en/unpublish`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("help_not_published");

    expect(await auditActions(ctx, slug)).toEqual([
      "help.article_created",
      "help.draft_saved",
      "help.submitted",
      "help.published",
      "help.draft_saved",
      "help.unpublished",
    ]);
    const [entry] = await ctx.services.audit.list({ targetType: "help_article", targetId: slug, limit: 1 });
    expect(entry).toMatchObject({ actorId: admin.userId, detail: { locale: "en", version: 2 } });
  });

  it("publishes a given earlier version", async () => {
    const { slug } = await createArticle(ctx, agent);
    await call(ctx, agent, "PUT", `/articles/${slug}/translations/en`, {
      title: "How to test",
      body: "Newer body.",
    });
    const res = await call(ctx, admin, "POST", `/articles/${slug}/translations/en/publish`, { version: 1 });
    expect(res.json().translations.en).toMatchObject({
      publishedVersion: 1,
      body: "First body.\n\nSecond line.",
      status: "changed",
    });
    const missing = await call(ctx, admin, "POST", `/articles/${slug}/translations/en/publish`, {
      version: 9,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("help_version_not_found");
  });

  it("withdraws a submission when the draft changes, and publishes exactly the version approved", async () => {
    const { slug } = await createArticle(ctx, agent);
    const submitted = await call(ctx, agent, "POST", `/articles/${slug}/translations/en/submit`, {});
    expect(submitted.json().translations.en).toMatchObject({ submittedVersion: 1, draftVersion: 1 });
    const listed = (await call(ctx, admin, "GET", `/articles?status=submitted&q=${slug}`)).json();
    expect(listed.data[0].translations.en).toMatchObject({ submittedVersion: 1 });

    // The agent keeps writing after "submit": the submission is withdrawn.
    const saved = await call(ctx, agent, "PUT", `/articles/${slug}/translations/en`, {
      title: "How to test",
      body: "Written after submitting.",
    });
    expect(saved.json().translations.en).toMatchObject({
      draftVersion: 2,
      submittedAt: null,
      submittedBy: null,
      submittedVersion: null,
    });
    const stillListed = (await call(ctx, admin, "GET", `/articles?status=submitted&q=${slug}`)).json();
    expect(stillListed.data).toHaveLength(0);

    // The admin approves what was reviewed (version 1): customers read v1, v2 waits as a draft.
    const published = await call(ctx, admin, "POST", `/articles/${slug}/translations/en/publish`, {
      version: 1,
    });
    expect(published.json().translations.en).toMatchObject({
      publishedVersion: 1,
      body: "First body.\n\nSecond line.",
      draftBody: "Written after submitting.",
      draftVersion: 2,
      status: "changed",
    });
    expect((await publicArticle(slug, "en")).json().body).toBe("First body.\n\nSecond line.");
    const [saveEntry] = (
      await ctx.services.audit.list({ targetType: "help_article", targetId: slug, limit: 10 })
    ).filter((e) => e.action === "help.draft_saved");
    expect(saveEntry?.detail).toMatchObject({ version: 2, withdrewSubmission: 1 });

    // A submission of v3 survives publishing the older v2, and is settled by publishing v3.
    await call(ctx, agent, "PUT", `/articles/${slug}/translations/en`, { title: "How to test", body: "v3" });
    await call(ctx, agent, "POST", `/articles/${slug}/translations/en/submit`, {});
    const older = await call(ctx, admin, "POST", `/articles/${slug}/translations/en/publish`, { version: 2 });
    expect(older.json().translations.en).toMatchObject({ publishedVersion: 2, submittedVersion: 3 });
    const approved = await call(ctx, admin, "POST", `/articles/${slug}/translations/en/publish`, {
      version: 3,
    });
    expect(approved.json().translations.en).toMatchObject({
      publishedVersion: 3,
      status: "published",
      submittedVersion: null,
      submittedAt: null,
    });
  });

  it("keeps slugs unique and immutable, and checks sections and related articles", async () => {
    const { slug } = await createArticle(ctx, agent);
    const taken = await createArticle(ctx, agent, { slug });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe("help_slug_taken");
    const shipped = await createArticle(ctx, agent, { slug: "forgot-password" });
    expect(shipped.status).toBe(409);
    // The web's own help pages (/help/search, /help/categories/…) cannot be shadowed by an article.
    for (const reserved of ["search", "categories", "contact", "new"]) {
      const refused = await createArticle(ctx, agent, { slug: reserved });
      expect(refused.status, reserved).toBe(400);
      expect(refused.body).toMatchObject({ code: "validation_failed", errors: [{ path: "/slug" }] });
    }
    expect((await call(ctx, agent, "GET", "/articles/search")).statusCode).toBe(404);

    // Moving an article is for admins; agents may change kind, tags and related articles.
    for (const move of [{ section: "two-factor" }, { position: 0 }, { section: "two-factor", kind: "faq" }]) {
      const refused = await call(ctx, agent, "PATCH", `/articles/${slug}`, move);
      expect(refused.statusCode, JSON.stringify(move)).toBe(403);
      expect(refused.json().code).toBe("forbidden");
    }
    const byAgent = await call(ctx, agent, "PATCH", `/articles/${slug}`, { kind: "faq", tags: ["x"] });
    expect(byAgent.statusCode).toBe(200);
    const patched = await call(ctx, admin, "PATCH", `/articles/${slug}`, {
      slug: "renamed",
      section: "two-factor",
      kind: "faq",
      tags: ["A", "a ", "b"],
      related: ["forgot-password"],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      slug,
      kind: "faq",
      section: { slug: "two-factor" },
      tags: ["a", "b"],
      related: ["forgot-password"],
    });
    expect((await call(ctx, agent, "GET", "/articles/renamed")).statusCode).toBe(404);
    const unknown = await call(ctx, agent, "PATCH", `/articles/${slug}`, { related: ["no-such-article"] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe("help_related_unknown");
    const self = await call(ctx, agent, "PATCH", `/articles/${slug}`, { related: [slug] });
    expect(self.json().code).toBe("help_related_unknown");
    const section = await call(ctx, admin, "PATCH", `/articles/${slug}`, { section: "no-such-section" });
    expect(section.statusCode).toBe(404);
    expect(section.json().code).toBe("help_section_not_found");
    expect(await auditActions(ctx, slug)).toEqual([
      "help.article_created",
      "help.article_updated",
      "help.article_updated",
    ]);
  });

  it("lists with filters and a cursor", async () => {
    const tag = uniqueSlug("needle");
    for (let i = 0; i < 3; i++) await createArticle(ctx, agent, { tags: [tag], section: "staying-safe" });
    const first = (await call(ctx, agent, "GET", `/articles?q=${tag}&limit=2`)).json();
    expect(first.data).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await call(ctx, agent, "GET", `/articles?q=${tag}&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.data).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const slugs = [...first.data, ...second.data].map((a: { slug: string }) => a.slug);
    expect(new Set(slugs).size).toBe(3);
    const bySection = (
      await call(ctx, agent, "GET", "/articles?section=staying-safe&status=draft&limit=100")
    ).json();
    expect(
      bySection.data.every((a: { section: { slug: string } }) => a.section.slug === "staying-safe"),
    ).toBe(true);
    const published = (await call(ctx, agent, "GET", "/articles?status=published&q=forgot-password")).json();
    expect(published.data[0]).toMatchObject({
      slug: "forgot-password",
      translations: { en: { status: "published" } },
    });
    const bad = await call(ctx, agent, "GET", "/articles?cursor=not-a-cursor");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
  });

  it("refuses customers and guests, and answers bad input with 400, never 500", async () => {
    const customer = await buildCustomer(ctx);
    expect((await call(ctx, customer, "GET", "/articles")).statusCode).toBe(403);
    expect((await call(ctx, undefined, "GET", "/articles")).statusCode).toBe(401);
    const bad: [string, string, unknown][] = [
      [
        "POST",
        "/articles",
        {
          slug: "Bad Slug",
          section: "signing-in",
          kind: "faq",
          translations: { en: { title: "x", body: "y" } },
        },
      ],
      ["POST", "/articles", { slug: "no-language", section: "signing-in", kind: "faq", translations: {} }],
      [
        "POST",
        "/articles",
        {
          slug: "bad-kind",
          section: "signing-in",
          kind: "novel",
          translations: { en: { title: "x", body: "y" } },
        },
      ],
      [
        "POST",
        "/articles",
        {
          slug: "x".repeat(81),
          section: "signing-in",
          kind: "faq",
          translations: { en: { title: "x", body: "y" } },
        },
      ],
      [
        "POST",
        "/articles",
        {
          slug: "nul-body",
          section: "signing-in",
          kind: "faq",
          translations: { en: { title: "x", body: "a\u0000b" } },
        },
      ],
      ["PUT", "/articles/forgot-password/translations/fr", { title: "x", body: "y" }],
      ["PUT", "/articles/forgot-password/translations/en", { title: "", body: "y" }],
      ["PUT", "/articles/forgot-password/translations/en", { title: "x", body: "   " }],
      ["PUT", "/articles/forgot-password/translations/en", { title: "x", body: "y", baseVersion: -1 }],
      ["GET", "/articles/forgot-password/translations/en/versions/abc", undefined],
      ["GET", "/articles/forgot-password/translations/en/diff?from=1", undefined],
      ["PATCH", "/articles/forgot-password", { position: "first" }],
      ["GET", "/articles?limit=0", undefined],
    ];
    for (const [method, url, payload] of bad) {
      const res = await call(ctx, agent, method as "POST", url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(400);
      expect(res.json().code, `${method} ${url}`).toBe("validation_failed");
    }
    const malformed = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/help/articles",
      headers: { ...agent.auth, "content-type": "application/json" },
      payload: "{not json",
    });
    expect(malformed.statusCode).toBe(400);
    const missingArticle = await call(ctx, agent, "PUT", "/articles/no-such-article/translations/en", {
      title: "x",
      body: "y",
    });
    expect(missingArticle.statusCode).toBe(404);
    expect(missingArticle.json().code).toBe("help_article_not_found");
    const { slug } = await createArticle(ctx, agent);
    const noZh = await call(ctx, agent, "POST", `/articles/${slug}/translations/zh-CN/submit`, {});
    expect(noZh.statusCode).toBe(404);
    expect(noZh.json().code).toBe("help_translation_not_found");
  });
});
