import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../platform/db/database.js";
import { buildHelpArticle, helpSearch } from "../../../test/help-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { createTestDatabase, TEST_POSTGRES_URL, testDatabaseKind } from "../../../test/test-db.js";
import { isMaintainedIndex } from "./help-index.js";

const slugsOf = async (ctx: TestContext, q: string, lang = "en") =>
  (await helpSearch(ctx, q, { lang })).json().data.map((hit: { slug: string }) => hit.slug) as string[];

/** Waits until the check holds (a notification travels asynchronously). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`the help search index on one node, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  it("builds once for concurrent first searches and keeps up with published changes", async () => {
    await buildHelpArticle(ctx, {
      slug: "lantern-guide",
      en: { title: "Lantern guide", body: "Lanterns glow." },
    });
    // A build fills the facts of each published translation once: count the fills.
    const { facts } = ctx.services.help.deps;
    const fill = facts.fill;
    let fills = 0;
    facts.fill = (markdown, locale) => {
      fills += 1;
      return fill(markdown, locale);
    };
    const answers = await Promise.all([1, 2, 3, 4].map(() => slugsOf(ctx, "lantern")));
    facts.fill = fill;
    for (const slugs of answers) expect(slugs).toEqual(["lantern-guide"]);
    expect(fills).toBe(1);

    await ctx.platform.db
      .updateTable("help_translations")
      .set({ title: null, body: null, published_version: null })
      .where("article_id", "=", (await articleId(ctx, "lantern-guide")) ?? "")
      .execute();
    await ctx.services.help.index.articleChanged("lantern-guide");
    expect(await slugsOf(ctx, "lantern")).toEqual([]);
  });

  it("applies synonym changes", async () => {
    await buildHelpArticle(ctx, {
      slug: "kettle-care",
      en: { title: "Kettle care", body: "Descale the kettle." },
    });
    expect(await slugsOf(ctx, "samovar")).toEqual([]);
    await insertSynonyms(ctx, ["kettle", "samovar"]);
    await ctx.services.help.index.synonymsChanged();
    expect(await slugsOf(ctx, "samovar")).toEqual(["kettle-care"]);
  });

  it("rebuilds when the database changed without a notification (the chore and the timer's check)", async () => {
    await slugsOf(ctx, "warm");
    const chore = ctx.services.help.chores().find(([what]) => what.startsWith("help search index"));
    if (!chore) throw new Error("no index chore");
    expect(await chore[1]()).toBe(0);
    // Written behind the index's back, as another node whose notification was lost would.
    await buildHelpArticleQuietly(ctx, "quiet-harbour", "Quiet harbour", "Boats rest in the harbour.");
    expect(await slugsOf(ctx, "harbour")).toEqual([]);
    expect(await chore[1]()).toBe(1);
    expect(await slugsOf(ctx, "harbour")).toEqual(["quiet-harbour"]);
    expect(await chore[1]()).toBe(0);
  });

  it("still rebuilds for a missed change after one article is reloaded here (another article, a section moved)", async () => {
    const index = ctx.services.help.index;
    if (!isMaintainedIndex(index)) throw new Error("the index has no freshness check");
    await buildHelpArticle(ctx, { slug: "atlas-a", en: { title: "Atlas A", body: "Maps of the sea." } });
    await slugsOf(ctx, "warm");
    await index.refreshIfStale();

    // Only this node's own change: the reload makes the index current, no rebuild needed.
    await retagQuietly(ctx, "atlas-a", ["maps"]);
    await index.articleChanged("atlas-a");
    expect(await index.refreshIfStale()).toBe(false);

    // Article B published without a notification, then A's metadata changed on this node.
    await buildHelpArticleQuietly(ctx, "beacon-b", "Beacon B", "Lighthouse keepers.");
    await retagQuietly(ctx, "atlas-a", ["maps", "charts"]);
    await index.articleChanged("atlas-a");
    expect(await slugsOf(ctx, "lighthouse")).toEqual([]);
    expect(await index.refreshIfStale()).toBe(true);
    expect(await slugsOf(ctx, "lighthouse")).toEqual(["beacon-b"]);

    // A section moved to another category (taxonomy edits notify nobody), then A reloaded.
    await buildHelpArticle(ctx, {
      slug: "harbour-map",
      category: "second-category",
      section: "second-section",
      en: { title: "Harbour map", body: "Docks." },
    });
    // The category and section it brought are taxonomy changes nobody announced: rebuilt too.
    expect(await index.refreshIfStale()).toBe(true);
    const second = await ctx.platform.db
      .selectFrom("help_categories")
      .where("slug", "=", "second-category")
      .select("id")
      .executeTakeFirstOrThrow();
    await ctx.platform.db
      .updateTable("help_sections")
      .set({ category_id: second.id, updated_at: ctx.platform.clock.now() })
      .where("slug", "=", "test-section")
      .execute();
    await index.articleChanged("atlas-a");
    expect(await index.refreshIfStale()).toBe(true);

    // Synonyms reloaded while an article was missed: also still stale.
    await buildHelpArticleQuietly(ctx, "drift-c", "Drift C", "Currents and tides.");
    await insertSynonyms(ctx, ["tide", "ebb"]);
    await index.synonymsChanged();
    expect(await index.refreshIfStale()).toBe(true);
    expect(await slugsOf(ctx, "ebb")).toEqual(["drift-c"]);
  });
});

describe.skipIf(testDatabaseKind !== "postgres")(
  "the help search index across two nodes, on postgres",
  () => {
    let first: TestContext;
    let second: TestContext;
    beforeAll(async () => {
      const config = { databaseUrl: TEST_POSTGRES_URL };
      const database = await createTestDatabase();
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
      // The second node has its own pool and its own listener, as another process would.
      const again = await openDatabase({
        url: TEST_POSTGRES_URL,
        searchPath: rows[0]?.schema ?? "public",
        maxConnections: 3,
      });
      first = await buildTestApp({ database, config });
      second = await buildTestApp({ database: again, config });
      await first.services.help.warm();
      await second.services.help.warm();
    });
    afterAll(async () => {
      await second?.close();
      await first?.close();
    });

    it("publishing on one node updates search on the other", async () => {
      expect(await slugsOf(second, "compass")).toEqual([]);
      await buildHelpArticle(first, {
        slug: "compass-basics",
        en: { title: "Compass basics", body: "North is up." },
      });
      await eventually(async () => (await slugsOf(second, "compass")).includes("compass-basics"));

      await first.platform.db
        .updateTable("help_translations")
        .set({ title: null, body: null, published_version: null })
        .where("article_id", "=", (await articleId(first, "compass-basics")) ?? "")
        .execute();
      await first.services.help.index.articleChanged("compass-basics");
      await eventually(async () => (await slugsOf(second, "compass")).length === 0);
    });

    it("synonym changes on one node reach the other", async () => {
      await buildHelpArticle(first, {
        slug: "umbrella-faq",
        en: { title: "Umbrella FAQ", body: "Open it in rain." },
      });
      await eventually(async () => (await slugsOf(second, "umbrella")).includes("umbrella-faq"));
      await insertSynonyms(first, ["umbrella", "brolly"]);
      await first.services.help.index.synonymsChanged();
      await eventually(async () => (await slugsOf(second, "brolly")).includes("umbrella-faq"));
    });
  },
);

async function articleId(ctx: TestContext, slug: string): Promise<string | undefined> {
  const row = await ctx.platform.db
    .selectFrom("help_articles")
    .where("slug", "=", slug)
    .select("id")
    .executeTakeFirst();
  return row?.id;
}

async function insertSynonyms(ctx: TestContext, terms: string[]): Promise<void> {
  const now = ctx.platform.clock.now();
  await ctx.platform.db
    .insertInto("help_synonyms")
    .values({
      id: ctx.platform.ids.next("helpSynonym"),
      terms,
      updated_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** An article's metadata edited in the database (as the editor's PATCH does), with nobody told yet. */
async function retagQuietly(ctx: TestContext, slug: string, tags: string[]): Promise<void> {
  ctx.clock.advance(1_000);
  await ctx.platform.db
    .updateTable("help_articles")
    .set({ tags, updated_at: ctx.platform.clock.now() })
    .where("slug", "=", slug)
    .execute();
}

/** An article published straight in the database, with nobody told. */
async function buildHelpArticleQuietly(ctx: TestContext, slug: string, title: string, body: string) {
  const index = ctx.services.help.index;
  const articleChanged = index.articleChanged;
  index.articleChanged = async () => {};
  try {
    // A later publication time than anything before: the fingerprint moves.
    ctx.clock.advance(1_000);
    await buildHelpArticle(ctx, { slug, en: { title, body } });
  } finally {
    index.articleChanged = articleChanged;
  }
}
