import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { HELP_RETENTION_DAYS } from "./retention.js";

const DAY = 24 * 60 * 60_000;

describe(`help searches and deflections kept ${HELP_RETENTION_DAYS} days, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  const addSearch = (at: Date) =>
    ctx.platform.db
      .insertInto("help_searches")
      .values({
        id: ctx.platform.ids.next("helpSearch"),
        query: "old words",
        normalized: "old words",
        locale: "en",
        source: "search",
        results: 0,
        top_slug: null,
        user_id: null,
        created_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
  const addDeflection = (at: Date) =>
    ctx.platform.db
      .insertInto("help_deflections")
      .values({
        id: ctx.platform.ids.next("helpDeflection"),
        user_id: null,
        locale: "en",
        query: "old question",
        suggested: [],
        opened: [],
        outcome: "abandoned",
        created_at: at,
        updated_at: at,
        resolved_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();

  it("deletes what is older than the retention period, in batches, and keeps the rest", async () => {
    const now = ctx.clock.now().getTime();
    const old = new Date(now - (HELP_RETENTION_DAYS + 1) * DAY);
    const recent = new Date(now - (HELP_RETENTION_DAYS - 1) * DAY);
    const oldSearches = await Promise.all(Array.from({ length: 1005 }, () => addSearch(old)));
    const keptSearch = await addSearch(recent);
    const oldDeflection = await addDeflection(old);
    const keptDeflection = await addDeflection(recent);

    const chore = ctx.services.help
      .chores()
      .find(([what]) => what.startsWith("help searches and deflections older"));
    if (!chore) throw new Error("no retention chore");
    expect(await chore[1]()).toBe(oldSearches.length + 1);
    expect(await chore[1]()).toBe(0);

    const searches = await ctx.platform.db.selectFrom("help_searches").select("id").execute();
    expect(searches.map((row) => row.id)).toEqual([keptSearch.id]);
    const deflections = await ctx.platform.db.selectFrom("help_deflections").select("id").execute();
    expect(deflections.map((row) => row.id)).toEqual([keptDeflection.id]);
    expect(deflections.map((row) => row.id)).not.toContain(oldDeflection.id);
  });
});
