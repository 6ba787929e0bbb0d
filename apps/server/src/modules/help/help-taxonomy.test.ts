import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createArticle, helpStaff, type Staff } from "../../test/help-staff-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("0000000d49484452000000010000000108060000001f15c489", "hex"),
]);

describe(`help categories, sections, synonyms and images on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let admin: Staff;
  beforeAll(async () => {
    ctx = await buildTestApp({ helpContent: true });
    ({ agent, admin } = await helpStaff(ctx));
  });
  afterAll(() => ctx.close());

  const audited = async (type: string, id: string) =>
    (await ctx.services.audit.list({ targetType: type, targetId: id, limit: 20 }))
      .map((r) => r.action)
      .reverse();

  it("lists the shipped categories with sections and counts in both languages", async () => {
    const res = await call(ctx, agent, "GET", "/categories");
    expect(res.statusCode).toBe(200);
    const first = res.json().data[0];
    expect(first).toMatchObject({
      slug: "getting-started",
      name: { en: "Getting started", "zh-CN": "新手入门" },
      icon: "user",
      sections: [{ slug: "account-basics", category: "getting-started", name: { "zh-CN": "您的账户" } }],
    });
    expect(first.articleCount).toBeGreaterThan(0);
  });

  it("lets admins create, change and delete categories and sections; refuses non-empty ones", async () => {
    const category = {
      slug: "cards",
      name: { en: "Cards", "zh-CN": "银行卡" },
      description: { en: "About cards.", "zh-CN": "关于银行卡。" },
    };
    expect((await call(ctx, agent, "POST", "/categories", category)).statusCode).toBe(403);
    const created = await call(ctx, admin, "POST", "/categories", category);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ slug: "cards", icon: "book", articleCount: 0, sections: [] });
    expect((await call(ctx, admin, "POST", "/categories", category)).json().code).toBe("help_slug_taken");

    const patched = await call(ctx, admin, "PATCH", "/categories/cards", { icon: "card", position: 0 });
    expect(patched.json()).toMatchObject({ icon: "card", position: 0, name: { en: "Cards" } });
    expect((await call(ctx, admin, "PATCH", "/categories/nope", { icon: "card" })).statusCode).toBe(404);
    const camel = await call(ctx, admin, "PATCH", "/categories/cards", { icon: "moneyOut" });
    expect(camel.json()).toMatchObject({ icon: "moneyOut" });
    for (const icon of ["money out", "<svg>", "x".repeat(41), ""])
      expect((await call(ctx, admin, "PATCH", "/categories/cards", { icon })).statusCode, icon).toBe(400);

    const section = {
      slug: "card-limits",
      category: "cards",
      name: { en: "Card limits", "zh-CN": "银行卡限额" },
    };
    expect((await call(ctx, agent, "POST", "/sections", section)).statusCode).toBe(403);
    const createdSection = await call(ctx, admin, "POST", "/sections", section);
    expect(createdSection.statusCode).toBe(201);
    expect(createdSection.json()).toMatchObject({ slug: "card-limits", category: "cards", articleCount: 0 });
    expect((await call(ctx, admin, "POST", "/sections", { ...section, category: "nope" })).json().code).toBe(
      "help_category_not_found",
    );

    const { slug } = await createArticle(ctx, agent, { section: "card-limits" });
    const full = await call(ctx, admin, "DELETE", "/categories/cards");
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe("help_not_empty");
    const fullSection = await call(ctx, admin, "DELETE", "/sections/card-limits");
    expect(fullSection.json().code).toBe("help_not_empty");

    // Move the article out, move the section, then both can go.
    expect((await call(ctx, agent, "PATCH", `/articles/${slug}`, { section: "signing-in" })).statusCode).toBe(
      403,
    );
    await call(ctx, admin, "PATCH", `/articles/${slug}`, { section: "signing-in" });
    const moved = await call(ctx, admin, "PATCH", "/sections/card-limits", {
      category: "deposits",
      name: { en: "Limits", "zh-CN": "限额" },
    });
    expect(moved.json()).toMatchObject({ category: "deposits", name: { en: "Limits" } });
    expect((await call(ctx, admin, "DELETE", "/categories/cards")).statusCode).toBe(204);
    expect((await call(ctx, agent, "DELETE", "/sections/card-limits")).statusCode).toBe(403);
    expect((await call(ctx, admin, "DELETE", "/sections/card-limits")).statusCode).toBe(204);
    expect((await call(ctx, admin, "DELETE", "/sections/card-limits")).json().code).toBe(
      "help_section_not_found",
    );
    expect(await audited("help_category", "cards")).toEqual([
      "help.category_created",
      "help.category_updated",
      "help.category_updated",
      "help.category_deleted",
    ]);
    expect(await audited("help_section", "card-limits")).toEqual([
      "help.section_created",
      "help.section_updated",
      "help.section_deleted",
    ]);
    const bad = await call(ctx, admin, "POST", "/categories", {
      slug: "x",
      name: { en: "X" },
      description: { en: "", "zh-CN": "" },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("lets any staff member manage synonym groups and tells the index", async () => {
    let told = 0;
    const index = ctx.services.help.deps.index;
    const original = index.synonymsChanged;
    index.synonymsChanged = async () => {
      told += 1;
    };
    try {
      const created = await call(ctx, agent, "POST", "/synonyms", {
        terms: [" Payout ", "出金", "payout", "cash  out"],
      });
      expect(created.statusCode).toBe(201);
      const group = created.json();
      expect(group.terms).toEqual(["payout", "出金", "cash out"]);
      expect(
        (await call(ctx, agent, "GET", "/synonyms")).json().data.map((g: { id: string }) => g.id),
      ).toContain(group.id);
      const updated = await call(ctx, agent, "PUT", `/synonyms/${group.id}`, { terms: ["payout", "提款"] });
      expect(updated.json()).toMatchObject({ id: group.id, terms: ["payout", "提款"] });
      expect((await call(ctx, agent, "POST", "/synonyms", { terms: ["same", "SAME"] })).statusCode).toBe(400);
      expect((await call(ctx, agent, "POST", "/synonyms", { terms: ["only"] })).statusCode).toBe(400);
      expect((await call(ctx, agent, "DELETE", `/synonyms/${group.id}`)).statusCode).toBe(204);
      const gone = await call(ctx, agent, "PUT", `/synonyms/${group.id}`, { terms: ["a", "b"] });
      expect(gone.statusCode).toBe(404);
      expect(gone.json().code).toBe("help_synonym_not_found");
      expect(told).toBe(3);
      expect(await audited("help_synonym", group.id)).toEqual([
        "help.synonyms_created",
        "help.synonyms_updated",
        "help.synonyms_deleted",
      ]);
    } finally {
      index.synonymsChanged = original;
    }
  });

  it("accepts PNG images by their bytes, serves them, and refuses anything else", async () => {
    const upload = (payload: Buffer, type: string, who: Staff | null = agent) =>
      ctx.app.inject({
        method: "POST",
        url: "/api/v1/admin/help/images",
        headers: { ...(who?.auth ?? {}), "content-type": type },
        payload,
      });
    const res = await upload(PNG, "image/png");
    expect(res.statusCode).toBe(201);
    const { id, url, markdown } = res.json();
    expect(url).toBe(`/api/v1/help/images/${id}`);
    expect(markdown).toBe(`![](${url})`);
    const image = await ctx.services.help.content.openImage(id);
    expect(image.contentType).toBe("image/png");
    expect(image.bytes.equals(PNG)).toBe(true);
    expect(await audited("help_image", id)).toEqual(["help.image_uploaded"]);
    const served = await ctx.app.inject({ method: "GET", url });
    expect(served.statusCode).toBe(200);
    expect(served.headers["content-type"]).toBe("image/png");
    expect(served.rawPayload.equals(PNG)).toBe(true);

    const renamed = await upload(Buffer.from("just some text, named picture.png"), "image/png");
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().code).toBe("help_image_unsupported");
    const pdf = await upload(Buffer.from("%PDF-1.7 fake"), "application/pdf");
    expect(pdf.json().code).toBe("help_image_unsupported");
    expect((await upload(Buffer.alloc(0), "image/png")).json().code).toBe("help_image_unsupported");
    const big = await upload(Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]), "image/png");
    expect(big.statusCode).toBe(413);
    expect((await upload(PNG, "image/png", null)).statusCode).toBe(401);
    await expect(ctx.services.help.content.openImage("him_missing")).rejects.toMatchObject({
      code: "help_image_not_found",
    });
  });
  it("documents every staff route in OpenAPI under Help center (staff)", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const staff = Object.entries(doc.paths as Record<string, Record<string, { tags?: string[] }>>).filter(
      ([path]) =>
        path.startsWith("/api/v1/admin/help/") && !path.includes("analytics") && !path.includes("feedback"),
    );
    const operations = staff.flatMap(([, ops]) => Object.values(ops));
    expect(operations.length).toBe(26);
    expect(operations.every((op) => op.tags?.includes("Help center (staff)"))).toBe(true);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/admin/help/articles/{slug}/translations/{lang}/versions/{version}/restore",
        "/api/v1/admin/help/images",
        "/api/v1/admin/help/synonyms/{id}",
      ]),
    );
  });
});
