import { afterEach, describe, expect, it, vi } from "vitest";
import { call, stub } from "./fetchStub";
import {
  exportUrl,
  getAnalytics,
  listFeedback,
  parseAnalytics,
  parseFeedback,
  share,
} from "./staffHelpInsights";

afterEach(() => {
  vi.unstubAllGlobals();
});

const ANALYTICS = {
  from: "2026-11-01",
  to: "2026-11-30",
  totals: {
    searches: 120,
    noResults: 12,
    noClick: 30,
    clicks: 80,
    clickThroughRate: 0.75,
    views: 400,
    helpfulYes: 40,
    helpfulNo: 10,
    deflections: 20,
    deflected: 12,
    contacted: 6,
    abandoned: 2,
    deflectionRate: 0.6,
  },
  daily: [
    { day: "2026-11-02", searches: 5, noResults: 1, clicks: 3, views: 10, deflected: 1, contacted: 0 },
    {
      day: "2026-11-01T00:00:00.000Z",
      searches: 4,
      noResults: 0,
      clicks: 2,
      views: 8,
      deflected: 0,
      contacted: 1,
    },
  ],
  topSearches: [{ query: "提现", count: 30, clickThroughRate: 0.9 }, { count: 3 }],
  noResults: [{ query: "crypto", count: 4, lastAt: "2026-11-20T10:00:00.000Z" }],
  noClick: [{ query: "fees", count: 5 }],
  articles: [
    { slug: "fees", title: "Fees", views: 50, clicks: 20, helpfulYes: 9, helpfulNo: 1, helpfulness: 0.9 },
  ],
  gaps: [{ query: "bitcoin deposit", count: 6, lastAt: null, examples: ["deposit bitcoin", "btc"] }],
};

describe("analytics", () => {
  it("reads every part of the answer and orders days", () => {
    const analytics = parseAnalytics(ANALYTICS);
    expect(analytics?.totals).toEqual(ANALYTICS.totals);
    expect(analytics?.daily.map((d) => d.day)).toEqual(["2026-11-01", "2026-11-02"]);
    expect(analytics?.topSearches).toEqual([{ query: "提现", count: 30, clickThroughRate: 0.9 }]);
    expect(analytics?.noResults[0]?.lastAt).toBe("2026-11-20T10:00:00.000Z");
    expect(analytics?.articles[0]?.helpfulness).toBe(0.9);
    expect(analytics?.gaps[0]).toEqual({
      query: "bitcoin deposit",
      count: 6,
      lastAt: null,
      examples: ["deposit bitcoin", "btc"],
    });
  });

  it("keeps rates between 0 and 1 and null when there is none", () => {
    expect(share(0.25)).toBe(0.25);
    expect(share(3)).toBe(1);
    expect(share(null)).toBeNull();
    expect(parseAnalytics({ totals: {} })?.totals.clickThroughRate).toBeNull();
    expect(parseAnalytics("nope")).toBeNull();
  });

  it("asks for a date range", async () => {
    const fetchMock = stub(200, ANALYTICS);
    await getAnalytics({ from: "2026-11-01", to: "2026-11-30" });
    expect(call(fetchMock).url).toBe("/api/v1/admin/help/analytics?from=2026-11-01&to=2026-11-30");
  });

  it("builds the CSV export address of each report", () => {
    expect(exportUrl("no-results", { from: "2026-11-01", to: "2026-11-30" })).toBe(
      "/api/v1/admin/help/analytics/export.csv?report=no-results&from=2026-11-01&to=2026-11-30",
    );
  });
});

describe("feedback", () => {
  it("reads comments as plain strings and the customer when known", () => {
    expect(
      parseFeedback({
        id: 5,
        slug: "fees",
        lang: "zh-CN",
        helpful: false,
        comment: "<script>alert(1)</script>",
        createdAt: "2026-11-26T08:00:00.000Z",
        user: { id: "u_1", name: "Alice" },
      }),
    ).toEqual({
      id: "5",
      slug: "fees",
      lang: "zh-CN",
      helpful: false,
      comment: "<script>alert(1)</script>",
      createdAt: "2026-11-26T08:00:00.000Z",
      user: { id: "u_1", name: "Alice" },
    });
    expect(parseFeedback({ slug: "x" })).toBeNull();
  });

  it("filters by article and helpfulness", async () => {
    const fetchMock = stub(200, { data: [{ id: "f1", helpful: true, comment: "" }], nextCursor: null });
    const page = await listFeedback({ slug: "fees", helpful: false, limit: 20 });
    expect(page.data[0]).toMatchObject({ id: "f1", helpful: true, comment: null, user: null });
    expect(call(fetchMock).url).toBe("/api/v1/admin/help/feedback?slug=fees&helpful=false&limit=20");
  });
});
