import { afterEach, describe, expect, it, vi } from "vitest";
import { call, stub } from "./fetchStub";
import {
  createCategory,
  createSynonyms,
  deleteSection,
  listCategories,
  listSynonyms,
  parseAdminCategory,
  parseBilingual,
  splitTerms,
  termsProblem,
  updateSynonyms,
} from "./staffHelpTaxonomy";

afterEach(() => {
  vi.unstubAllGlobals();
});

const CATEGORY = {
  slug: "account",
  name: { en: "Your account", "zh-CN": "您的账户" },
  description: { en: "Sign in and security", "zh-CN": "登录与安全" },
  icon: "user",
  position: 2,
  articleCount: 12,
  sections: [
    { slug: "security", name: { en: "Security", "zh-CN": "安全" }, position: 2, articleCount: 7 },
    { slug: "signing-in", name: { en: "Signing in", "zh-CN": "登录" }, position: 1, articleCount: 5 },
  ],
};

describe("categories and sections", () => {
  it("reads both languages' names and orders sections", () => {
    const category = parseAdminCategory(CATEGORY);
    expect(category?.name).toEqual({ en: "Your account", "zh-CN": "您的账户" });
    expect(category?.sections.map((s) => s.slug)).toEqual(["signing-in", "security"]);
    expect(category?.sections[0]).toEqual({
      slug: "signing-in",
      category: "account",
      name: { en: "Signing in", "zh-CN": "登录" },
      position: 1,
      articleCount: 5,
    });
  });

  it("adds up section counts when the category has none, and accepts a plain name", () => {
    const category = parseAdminCategory({ ...CATEGORY, articleCount: undefined, name: "Account" });
    expect(category?.articleCount).toBe(12);
    expect(category?.name).toEqual({ en: "Account", "zh-CN": "Account" });
    expect(parseBilingual(undefined)).toEqual({ en: "", "zh-CN": "" });
  });

  it("lists categories in order", async () => {
    stub(200, { data: [CATEGORY, { ...CATEGORY, slug: "money", position: 1 }, { nope: 1 }] });
    const categories = await listCategories();
    expect(categories.map((c) => c.slug)).toEqual(["money", "account"]);
  });

  it("creates a category without the empty optional fields", async () => {
    const fetchMock = stub(201, CATEGORY);
    await createCategory({
      slug: "account",
      name: CATEGORY.name,
      description: CATEGORY.description,
      icon: "",
      position: undefined,
    });
    expect(call(fetchMock).json()).toEqual({
      slug: "account",
      name: CATEGORY.name,
      description: CATEGORY.description,
    });
  });

  it("deletes a section by its slug", async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal("fetch", fetchMock);
    await deleteSection("signing-in");
    expect(call(fetchMock).url).toBe("/api/v1/admin/help/sections/signing-in");
    expect(call(fetchMock).method).toBe("DELETE");
  });
});

describe("synonyms", () => {
  it("splits terms on Latin and Chinese commas, enumeration commas and lines, not on spaces", () => {
    expect(splitTerms("提现, 取款，出金、withdraw;  cash   out\nWithdraw")).toEqual([
      "提现",
      "取款",
      "出金",
      "withdraw",
      "cash out",
    ]);
    expect(splitTerms(" , ，")).toEqual([]);
  });

  it("says what is wrong with a group before it is sent", () => {
    expect(termsProblem(["one"])).toEqual({ kind: "tooFew" });
    expect(termsProblem(Array.from({ length: 21 }, (_, i) => `t${i}`))).toEqual({ kind: "tooMany" });
    expect(termsProblem(["ok", "x".repeat(41)])).toEqual({ kind: "tooLong", term: "x".repeat(41) });
    expect(termsProblem(["到账", "到帐"])).toBeNull();
  });

  it("reads groups with numeric or string ids", async () => {
    stub(200, {
      data: [
        { id: 7, terms: ["到账", "到帐"], updatedAt: "2026-11-26T08:00:00.000Z" },
        { id: "s2", terms: ["2FA", "two-factor", 3] },
        { terms: ["x", "y"] },
      ],
    });
    await expect(listSynonyms()).resolves.toEqual([
      { id: "7", terms: ["到账", "到帐"], updatedAt: "2026-11-26T08:00:00.000Z" },
      { id: "s2", terms: ["2FA", "two-factor"], updatedAt: null },
    ]);
  });

  it("creates and replaces a group's terms", async () => {
    const fetchMock = stub(201, { id: 9, terms: ["a", "b"] });
    await expect(createSynonyms(["a", "b"])).resolves.toMatchObject({ id: "9" });
    await updateSynonyms("9", ["a", "b", "c"]);
    expect(call(fetchMock, 0).json()).toEqual({ terms: ["a", "b"] });
    expect(call(fetchMock, 1).url).toBe("/api/v1/admin/help/synonyms/9");
    expect(call(fetchMock, 1).method).toBe("PUT");
  });
});
