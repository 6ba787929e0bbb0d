import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHelpArticle } from "../../../test/help-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, buildStaff } from "../../../test/wallet-helpers.js";
import { normalizeQuery } from "../search/normalize.js";

// The test clock stands at 2026-11-26T10:00Z: the default range is 2026-10-28 to 2026-11-26.
const IN_RANGE = new Date("2026-11-25T08:00:00Z");
const BEFORE_RANGE = new Date("2026-09-01T08:00:00Z");

describe(`help center analytics, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let staff: { auth: Record<string, string> };
  let n = 0;

  async function search(
    query: string,
    results: number,
    options: { clicked?: string; at?: Date; source?: "search" | "contact" } = {},
  ) {
    n += 1;
    const at = options.at ?? IN_RANGE;
    await ctx.platform.db
      .insertInto("help_searches")
      .values({
        id: ctx.platform.ids.next("helpSearch"),
        query,
        normalized: normalizeQuery(query),
        locale: "en",
        source: options.source ?? "search",
        results,
        top_slug: null,
        user_id: null,
        created_at: new Date(at.getTime() + n),
        clicked_slug: options.clicked ?? null,
        clicked_position: options.clicked ? 0 : null,
        clicked_at: options.clicked ? at : null,
      })
      .execute();
  }

  beforeAll(async () => {
    ctx = await buildTestApp();
    staff = await buildStaff(ctx, "agent");
    const fees = await buildHelpArticle(ctx, {
      slug: "fees-explained",
      en: { title: "Fees explained", body: "Fees." },
    });
    const limits = await buildHelpArticle(ctx, {
      slug: "limits-explained",
      "zh-CN": { title: "限额说明", body: "限额。" },
    });
    await search("fees", 2, { clicked: "fees-explained" });
    await search("Fees", 2, { clicked: "fees-explained" });
    await search("fees", 2);
    await search("limits", 1);
    await search("crypto wallet", 0);
    await search("crypto wallet", 0);
    await search("Crypto Wallet?", 0);
    await search("crypto wallets", 0);
    await search("比特币提现", 0);
    await search("crypto wallet support", 0, { source: "contact" });
    await search("fees", 2, { at: BEFORE_RANGE, clicked: "fees-explained" });
    await ctx.platform.db
      .insertInto("help_article_views")
      .values([
        { article_id: fees.id, day: "2026-11-20", locale: "en", views: 10 },
        { article_id: fees.id, day: "2026-11-25", locale: "zh-CN", views: 5 },
        { article_id: limits.id, day: "2026-11-25", locale: "zh-CN", views: 3 },
        { article_id: fees.id, day: "2026-09-01", locale: "en", views: 100 },
      ])
      .execute();
    for (const [articleId, helpful] of [
      [fees.id, true],
      [fees.id, true],
      [fees.id, true],
      [fees.id, false],
      [limits.id, false],
    ] as const)
      await ctx.platform.db
        .insertInto("help_feedback")
        .values({
          id: ctx.platform.ids.next("helpFeedback"),
          article_id: articleId,
          locale: "en",
          helpful,
          comment: null,
          user_id: null,
          created_at: IN_RANGE,
        })
        .execute();
    for (const outcome of [
      "deflected",
      "deflected",
      "deflected",
      "contacted",
      "abandoned",
      "pending",
    ] as const)
      await ctx.platform.db
        .insertInto("help_deflections")
        .values({
          id: ctx.platform.ids.next("helpDeflection"),
          user_id: null,
          locale: "en",
          query: "some question",
          suggested: [],
          opened: [],
          outcome,
          created_at: IN_RANGE,
          updated_at: IN_RANGE,
          resolved_at: outcome === "pending" ? null : IN_RANGE,
        })
        .execute();
  });
  afterAll(() => ctx.close());

  const analytics = (query = "") =>
    ctx.app.inject({ method: "GET", url: `/api/v1/admin/help/analytics${query}`, headers: staff.auth });

  it("adds up searches, clicks, views, helpfulness and deflections over the range", async () => {
    const res = await analytics();
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ from: "2026-10-28", to: "2026-11-26" });
    expect(report.totals).toEqual({
      searches: 9,
      noResults: 5,
      noClick: 2,
      clicks: 2,
      clickThroughRate: 0.2222,
      views: 18,
      helpfulYes: 3,
      helpfulNo: 2,
      deflections: 6,
      deflected: 3,
      contacted: 1,
      abandoned: 1,
      deflectionRate: 0.6,
    });
    expect(report.daily).toHaveLength(30);
    expect(report.daily.find((d: { day: string }) => d.day === "2026-11-25")).toEqual({
      day: "2026-11-25",
      searches: 9,
      noResults: 5,
      clicks: 2,
      views: 8,
      deflected: 3,
      contacted: 1,
    });
    expect(report.daily.find((d: { day: string }) => d.day === "2026-11-20").views).toBe(10);
  });

  it("lists top searches, no-result and no-click searches, and articles", async () => {
    const report = (await analytics()).json();
    expect(report.topSearches.slice(0, 2)).toEqual(
      expect.arrayContaining([
        { query: "fees", count: 3, clickThroughRate: 0.6667 },
        { query: "crypto wallet", count: 3, clickThroughRate: 0 },
      ]),
    );
    expect(report.noResults[0]).toMatchObject({ query: "crypto wallet", count: 3 });
    expect(report.noResults.map((r: { query: string }) => r.query)).not.toContain("crypto wallet support");
    expect(report.noClick).toEqual(
      expect.arrayContaining([
        { query: "fees", count: 1 },
        { query: "limits", count: 1 },
      ]),
    );
    expect(report.articles[0]).toEqual({
      slug: "fees-explained",
      title: "Fees explained",
      views: 15,
      clicks: 2,
      helpfulYes: 3,
      helpfulNo: 1,
      helpfulness: 0.75,
    });
    // Titled in the caller's language when it has one, the other language otherwise.
    expect(report.articles[1]).toMatchObject({ slug: "limits-explained", title: "限额说明", helpfulness: 0 });
  });

  it("groups no-result searches that share most words into content gaps", async () => {
    const { gaps } = (await analytics()).json();
    expect(gaps[0]).toMatchObject({ query: "crypto wallet", count: 5 });
    expect(gaps[0].examples).toEqual(
      expect.arrayContaining(["crypto wallet", "Crypto Wallet?", "crypto wallets", "crypto wallet support"]),
    );
    expect(gaps[1]).toMatchObject({ query: "比特币提现", count: 1, examples: ["比特币提现"] });
  });

  it("narrows to the days asked for", async () => {
    const report = (await analytics("?from=2026-09-01&to=2026-09-01")).json();
    expect(report.totals).toMatchObject({
      searches: 1,
      clicks: 1,
      views: 100,
      deflections: 0,
      deflectionRate: 0,
    });
    expect(report.daily).toEqual([
      { day: "2026-09-01", searches: 1, noResults: 0, clicks: 1, views: 100, deflected: 0, contacted: 0 },
    ]);
  });

  it("exports CSV with a byte-order mark and defused formulas", async () => {
    await search("=cmd|' /C calc'!A0", 0);
    await search('-2+3, "quoted"', 0);
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/help/analytics/export.csv?report=no-results",
      headers: staff.auth,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["content-disposition"]).toContain("satchel-help-no-results-2026-10-28-2026-11-26.csv");
    const text = res.rawPayload.toString("utf8");
    expect(text.startsWith("\uFEFFQuery,Searches,Last searched (UTC)\r\n")).toBe(true);
    expect(text).toContain("'=cmd|' /C calc'!A0,1,");
    expect(text).toContain(`"'-2+3, ""quoted""",1,`);
    expect(text).not.toMatch(/\n=/);
    for (const report of ["searches", "articles", "daily"]) {
      const other = await ctx.app.inject({
        method: "GET",
        url: `/api/v1/admin/help/analytics/export.csv?report=${report}`,
        headers: { ...staff.auth, "accept-language": "zh-CN" },
      });
      expect(other.statusCode).toBe(200);
      expect(other.rawPayload.toString("utf8").charCodeAt(0)).toBe(0xfeff);
    }
  });

  it("refuses bad ranges and non-staff callers", async () => {
    for (const query of [
      "?from=2026-11-20&to=2026-11-01",
      "?from=2025-01-01&to=2026-11-26",
      "?from=yesterday",
      "?to=2026-02-30",
    ]) {
      const res = await analytics(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code).toBe("validation_failed");
    }
    const badReport = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/help/analytics/export.csv?report=users",
      headers: staff.auth,
    });
    expect(badReport.statusCode).toBe(400);
    const customer = await buildCustomer(ctx);
    const forbidden = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/help/analytics",
      headers: customer.auth,
    });
    expect(forbidden.statusCode).toBe(403);
    const anonymous = await ctx.app.inject({ method: "GET", url: "/api/v1/admin/help/analytics" });
    expect(anonymous.statusCode).toBe(401);
  });
});
