import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, setCsrfToken } from "./client";
import { call, noContent, stub } from "./fetchStub";
import {
  getArticle,
  getCategory,
  listCategories,
  listPopular,
  markDeflectionOpened,
  parseArticle,
  recordSearchClick,
  resolveDeflection,
  searchHelp,
  sendFeedback,
  startDeflection,
  suggestHelp,
  updateDeflection,
} from "./help";

const article = {
  slug: "account-locked",
  title: "My account is locked",
  body: "After 5 failed attempts…",
  html: "<p>After 5 failed attempts…</p>",
  lang: "en",
  requestedLang: "zh-CN",
  translationMissing: true,
  updatedAt: "2026-11-26T10:00:00.000Z",
  author: null,
  kind: "troubleshooting",
  tags: ["lock", 7, "login"],
  category: { slug: "login-and-security", name: "Login and security" },
  section: { slug: "signing-in", name: "Signing in" },
  related: [{ slug: "forgot-password", title: "I forgot my password" }, { title: "no slug" }],
  translations: [
    { lang: "en", title: "My account is locked", updatedAt: "2026-11-26T10:00:00.000Z" },
    { lang: "fr", title: "?" },
  ],
  helpful: { yes: 3, no: 1 },
};

const category = {
  slug: "withdrawals",
  name: "Withdrawing money",
  description: "Payout destinations…",
  icon: "wallet",
  articleCount: 2,
  sections: [
    { slug: "withdrawing", name: "Withdrawing", articles: [{ slug: "withdraw", title: "Withdraw" }] },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("help articles", () => {
  it("reads an article, dropping pieces of the wrong shape", () => {
    const read = parseArticle(article);
    expect(read).toMatchObject({
      slug: "account-locked",
      lang: "en",
      requestedLang: "zh-CN",
      translationMissing: true,
      author: null,
      tags: ["lock", "login"],
      related: [{ slug: "forgot-password", title: "I forgot my password" }],
      helpful: { yes: 3, no: 1 },
    });
    expect(read.translations).toEqual([
      { lang: "en", title: "My account is locked", updatedAt: "2026-11-26T10:00:00.000Z" },
    ]);
  });

  it("takes the author as a name or a person", () => {
    expect(parseArticle({ ...article, author: "Ana" }).author).toBe("Ana");
    expect(parseArticle({ ...article, author: { id: "u1", name: "Bo" } }).author).toBe("Bo");
  });

  it("refuses an answer without a slug", () => {
    expect(() => parseArticle({ title: "x" })).toThrow();
  });

  it("asks in the chosen language, with the slug escaped", async () => {
    const fetchMock = stub(200, article);
    await getArticle("a/b", "zh-CN");
    expect(call(fetchMock).url).toBe("/api/v1/help/articles/a%2Fb?lang=zh-CN");
  });

  it("asks for an excerpt without counting a page view", async () => {
    const fetchMock = stub(200, article);
    await getArticle("limits", "en", undefined, { countView: false });
    expect(call(fetchMock).url).toBe("/api/v1/help/articles/limits?lang=en&count=false");
  });

  it("turns a missing article into an ApiError with its code", async () => {
    stub(
      404,
      {
        code: "help_article_not_found",
        title: "Article not found",
        detail: "There is no published help article",
      },
      "application/problem+json",
    );
    const error = await getArticle("nope", "en").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: "help_article_not_found", title: "Article not found" });
  });
});

describe("help search", () => {
  it("reads results and the search id", async () => {
    const fetchMock = stub(200, {
      data: [
        {
          slug: "withdrawal-rejected",
          title: "Rejected",
          snippet: "<mark>提现</mark>被拒",
          score: 3.2,
          lang: "zh-CN",
        },
        { title: "no slug" },
      ],
      searchId: 42,
    });
    const answer = await searchHelp("提现被拒", "zh-CN", 10);
    expect(answer).toEqual({
      results: [
        {
          slug: "withdrawal-rejected",
          title: "Rejected",
          snippet: "<mark>提现</mark>被拒",
          score: 3.2,
          lang: "zh-CN",
        },
      ],
      searchId: "42",
    });
    expect(call(fetchMock).url).toBe(
      `/api/v1/help/search?q=${encodeURIComponent("提现被拒")}&lang=zh-CN&limit=10`,
    );
  });

  it("reads suggestions", async () => {
    stub(200, { data: [{ slug: "two-factor-authentication", title: "2FA", lang: "en" }] });
    expect(await suggestHelp("2fa", "en")).toEqual([
      { slug: "two-factor-authentication", title: "2FA", lang: "en" },
    ]);
  });

  it("passes a validation problem on", async () => {
    stub(
      400,
      { code: "validation_failed", title: "Invalid", errors: [{ path: "/q", message: "too short" }] },
      "application/problem+json",
    );
    const error = await searchHelp("", "en").catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: "validation_failed" });
    expect((error as ApiError).errors[0]?.path).toBe("/q");
  });

  it("records a click without waiting, with keepalive and the CSRF token", () => {
    setCsrfToken("csrf-1");
    const fetchMock = noContent();
    recordSearchClick("s 1", "limits", 2);
    const sent = call(fetchMock);
    expect(sent.url).toBe("/api/v1/help/searches/s%201/click");
    expect(sent.method).toBe("POST");
    expect(sent.json()).toEqual({ slug: "limits", position: 2 });
    expect(sent.headers["X-CSRF-Token"]).toBe("csrf-1");
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.keepalive).toBe(true);
  });

  it("never throws when recording a click fails", () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("offline");
      }),
    );
    expect(() => recordSearchClick("1", "x", 0)).not.toThrow();
  });
});

describe("help categories and popular articles", () => {
  it("reads the categories with their sections", async () => {
    stub(200, { data: [category, { name: "no slug" }] });
    expect(await listCategories("en")).toEqual([category]);
  });

  it("reads one category and 404s as a problem", async () => {
    stub(200, category);
    expect((await getCategory("withdrawals", "en")).sections[0]?.articles).toEqual([
      { slug: "withdraw", title: "Withdraw" },
    ]);
    stub(404, { code: "help_category_not_found", title: "Category not found" }, "application/problem+json");
    await expect(getCategory("x", "en")).rejects.toMatchObject({ code: "help_category_not_found" });
  });

  it("reads popular articles", async () => {
    const fetchMock = stub(200, { data: [{ slug: "limits", title: "Limits", views: 12 }] });
    expect(await listPopular("zh-CN", 5)).toEqual([{ slug: "limits", title: "Limits", views: 12 }]);
    expect(call(fetchMock).url).toBe("/api/v1/help/popular?lang=zh-CN&limit=5");
  });
});

describe("feedback, deflection and contact", () => {
  it("sends feedback and reads whether to offer contact", async () => {
    setCsrfToken("csrf-1");
    const fetchMock = stub(201, { id: "f1", contactSupport: true });
    expect(await sendFeedback("limits", { helpful: false, comment: "Too vague", lang: "en" })).toEqual({
      id: "f1",
      contactSupport: true,
    });
    const sent = call(fetchMock);
    expect(sent.url).toBe("/api/v1/help/articles/limits/feedback");
    expect(sent.json()).toEqual({ helpful: false, comment: "Too vague", lang: "en" });
    expect(sent.headers["X-CSRF-Token"]).toBe("csrf-1");
  });

  it("passes a rate limit on with its Retry-After", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(JSON.stringify({ code: "rate_limited", title: "Too many requests" }), {
            status: 429,
            headers: { "content-type": "application/problem+json", "retry-after": "30" },
          }),
      ),
    );
    await expect(sendFeedback("limits", { helpful: true })).rejects.toMatchObject({
      status: 429,
      retryAfter: 30,
    });
  });

  it("starts and updates a deflection", async () => {
    const answer = {
      id: "d1",
      suggestions: [
        { slug: "account-locked", title: "Locked", snippet: "<mark>locked</mark>", lang: "en" },
        {},
      ],
    };
    let fetchMock = stub(201, answer);
    expect(await startDeflection("my account is locked", "en")).toEqual({
      id: "d1",
      suggestions: [{ slug: "account-locked", title: "Locked", snippet: "<mark>locked</mark>", lang: "en" }],
    });
    expect(call(fetchMock).json()).toEqual({ query: "my account is locked", lang: "en" });
    fetchMock = stub(200, { id: "d1", suggestions: [] });
    expect(await updateDeflection("d1", "my account is locked since monday")).toEqual({
      id: "d1",
      suggestions: [],
    });
    expect(call(fetchMock).method).toBe("PUT");
    expect(call(fetchMock).url).toBe("/api/v1/help/deflections/d1");
  });

  it("refuses a deflection answer without an id", async () => {
    stub(201, { suggestions: [] });
    await expect(startDeflection("abc", "en")).rejects.toThrow();
  });

  it("records an opened article and the resolution", async () => {
    let fetchMock = noContent();
    await markDeflectionOpened("d1", "account-locked");
    expect(call(fetchMock).url).toBe("/api/v1/help/deflections/d1/opened");
    expect(call(fetchMock).json()).toEqual({ slug: "account-locked" });
    fetchMock = noContent();
    await resolveDeflection("d1");
    expect(call(fetchMock).json()).toEqual({ outcome: "deflected" });
  });
});
