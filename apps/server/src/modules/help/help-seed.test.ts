import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMeta } from "../../platform/meta.js";
import { call, helpStaff } from "../../test/help-staff-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { shippedArticles, shippedCategories, shippedSynonyms } from "./content/index.js";
import type { ShippedArticle, ShippedCategory } from "./content/types.js";
import { SEEDED_SLUGS_KEY, seedContent } from "./seed.js";

const category: ShippedCategory = {
  slug: "seed-test",
  icon: "book",
  name: { en: "Seed test", "zh-CN": "种子测试" },
  description: { en: "For the seed test.", "zh-CN": "用于种子测试。" },
  sections: [{ slug: "seed-test-section", name: { en: "Section", "zh-CN": "栏目" } }],
};

const article = (slug: string): ShippedArticle => ({
  slug,
  section: "seed-test-section",
  kind: "faq",
  tags: ["Seed ", "seed", "种子"],
  related: [],
  en: { title: `Title ${slug}`, body: `Body of ${slug} with {{lockout.threshold}}.` },
  "zh-CN": { title: `标题 ${slug}`, body: `${slug} 的正文。` },
});

describe(`help seed on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp({ helpContent: true });
  });
  afterAll(() => ctx.close());

  const count = async (
    table:
      | "help_categories"
      | "help_sections"
      | "help_articles"
      | "help_translations"
      | "help_versions"
      | "help_synonyms",
  ) =>
    Number(
      (
        await ctx.platform.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("seeds every shipped category, section, article (both languages, published v1) and synonym", async () => {
    expect(await count("help_categories")).toBe(shippedCategories.length);
    expect(await count("help_sections")).toBe(shippedCategories.flatMap((c) => c.sections).length);
    expect(await count("help_articles")).toBe(shippedArticles.length);
    expect(await count("help_translations")).toBe(shippedArticles.length * 2);
    expect(await count("help_versions")).toBe(shippedArticles.length * 2);
    expect(await count("help_synonyms")).toBe(shippedSynonyms.length);
    const unpublished = await ctx.platform.db
      .selectFrom("help_translations")
      .select("article_id")
      .where((eb) =>
        eb.or([
          eb("published_version", "!=", 1),
          eb("title", "is", null),
          eb("published_by", "is not", null),
        ]),
      )
      .execute();
    expect(unpublished).toEqual([]);
  });

  it("is idempotent and safe when two processes start at once", async () => {
    const before = await Promise.all([
      count("help_articles"),
      count("help_versions"),
      count("help_synonyms"),
    ]);
    await Promise.all([ctx.services.help.seed(), ctx.services.help.seed()]);
    await ctx.services.help.seed();
    expect(
      await Promise.all([count("help_articles"), count("help_versions"), count("help_synonyms")]),
    ).toEqual(before);
  });

  it("inserts only what is missing, never overwrites, and seeds synonyms only into an empty list", async () => {
    const content = { categories: [category], articles: [article("seed-one")], synonyms: [["aa", "bb"]] };
    await seedContent({ platform: ctx.platform }, content);
    const synonymsBefore = await count("help_synonyms");
    expect(synonymsBefore).toBe(shippedSynonyms.length);
    const one = await ctx.platform.db
      .selectFrom("help_articles")
      .selectAll()
      .where("slug", "=", "seed-one")
      .executeTakeFirstOrThrow();
    expect(one.tags).toEqual(["seed", "种子"]);
    expect(one.created_by).toBeNull();
    // Staff change the shipped article; a second seed with more content leaves that alone.
    await ctx.platform.db
      .updateTable("help_translations")
      .set({ draft_title: "Edited by staff" })
      .where("article_id", "=", one.id)
      .where("locale", "=", "en")
      .execute();
    await seedContent(
      { platform: ctx.platform },
      { ...content, articles: [article("seed-one"), article("seed-two")] },
    );
    const rows = await ctx.platform.db
      .selectFrom("help_translations")
      .innerJoin("help_articles", "help_articles.id", "help_translations.article_id")
      .select(["slug", "locale", "draft_title", "published_version"])
      .where("slug", "in", ["seed-one", "seed-two"])
      .orderBy("slug")
      .orderBy("locale")
      .execute();
    expect(rows.map((r) => [r.slug, r.locale, r.draft_title])).toEqual([
      ["seed-one", "en", "Edited by staff"],
      ["seed-one", "zh-CN", "标题 seed-one"],
      ["seed-two", "en", "Title seed-two"],
      ["seed-two", "zh-CN", "标题 seed-two"],
    ]);
    const two = await ctx.platform.db
      .selectFrom("help_articles")
      .select("position")
      .where("slug", "=", "seed-two")
      .executeTakeFirstOrThrow();
    expect(two.position).toBe(1);
    expect(await count("help_synonyms")).toBe(synonymsBefore);
  });

  it("refuses shipped content that names a section that does not exist", async () => {
    await expect(
      seedContent(
        { platform: ctx.platform },
        {
          categories: [],
          articles: [{ ...article("seed-typo"), section: "no-such-section" }],
          synonyms: [],
        },
      ),
    ).rejects.toThrow(/no-such-section/);
  });

  it("does not bring back shipped sections and categories that staff deleted", async () => {
    const { admin } = await helpStaff(ctx);
    const { db } = ctx.platform;
    // A shipped section emptied by staff (its articles moved), then deleted.
    const [shippedCategory] = shippedCategories;
    const shippedSection = shippedCategory?.sections.at(-1);
    if (!shippedCategory || !shippedSection) throw new Error("no shipped section");
    const elsewhere = await db
      .selectFrom("help_sections")
      .select("id")
      .where("slug", "!=", shippedSection.slug)
      .executeTakeFirstOrThrow();
    const gone = await db
      .selectFrom("help_sections")
      .select("id")
      .where("slug", "=", shippedSection.slug)
      .executeTakeFirstOrThrow();
    await db
      .updateTable("help_articles")
      .set({ section_id: elsewhere.id })
      .where("section_id", "=", gone.id)
      .execute();
    expect((await call(ctx, admin, "DELETE", `/sections/${shippedSection.slug}`)).statusCode).toBe(204);
    // A whole shipped category with its sections, deleted too.
    const content = {
      categories: [
        {
          ...category,
          slug: "seed-gone",
          sections: [{ slug: "seed-gone-a", name: { en: "Gone", "zh-CN": "已删除" } }],
        },
      ],
      articles: [],
      synonyms: [],
    };
    await seedContent({ platform: ctx.platform }, content);
    expect((await call(ctx, admin, "DELETE", "/sections/seed-gone-a")).statusCode).toBe(204);
    expect((await call(ctx, admin, "DELETE", "/categories/seed-gone")).statusCode).toBe(204);

    await ctx.services.help.seed();
    // A later release ships a new article in the deleted section: it waits, the seed does not fail.
    await seedContent(
      { platform: ctx.platform },
      { ...content, articles: [{ ...article("seed-gone-new"), section: "seed-gone-a" }] },
    );
    const sections = await db.selectFrom("help_sections").select("slug").execute();
    expect(sections.map((r) => r.slug)).not.toContain(shippedSection.slug);
    expect(sections.map((r) => r.slug)).not.toContain("seed-gone-a");
    const categories = await db.selectFrom("help_categories").select("slug").execute();
    expect(categories.map((r) => r.slug)).not.toContain("seed-gone");
    const waiting = await db
      .selectFrom("help_articles")
      .select("slug")
      .where("slug", "=", "seed-gone-new")
      .execute();
    expect(waiting).toEqual([]);
    const seeded = await getMeta(db, SEEDED_SLUGS_KEY);
    expect(seeded?.sections).toEqual(expect.arrayContaining([shippedSection.slug, "seed-gone-a"]));
    expect(seeded?.articles).toEqual(expect.arrayContaining(shippedArticles.map((a) => a.slug)));
    expect(seeded?.articles).not.toContain("seed-gone-new");
  });

  it("every shipped article's placeholders are known facts", async () => {
    const facts = ctx.services.help.deps.facts;
    for (const shipped of shippedArticles)
      for (const locale of ["en", "zh-CN"] as const) {
        const { unknown } = await facts.fill(shipped[locale].body, locale);
        expect(unknown, `${shipped.slug} (${locale})`).toEqual([]);
      }
    // The test configuration has a support address: articles quote it as a link.
    expect((await facts.fill("{{support.email}}", "en")).text).toBe(
      "[support@satchel.test](mailto:support@satchel.test)",
    );
  });
});
