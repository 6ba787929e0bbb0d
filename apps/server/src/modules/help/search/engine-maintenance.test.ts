import { describe, expect, it } from "vitest";
import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { shippedSynonyms } from "../content/synonyms.js";
import type { IndexedArticle } from "./engine.js";
import { createMemorySearchEngine, type MemorySearchEngine } from "./memory-engine.js";

function article(
  slug: string,
  locale: HelpLocale,
  title: string,
  body: string,
  popularity = 0,
): IndexedArticle {
  return {
    slug,
    locale,
    title,
    body,
    tags: [],
    kind: "faq",
    sectionSlug: "general",
    categorySlug: "general",
    popularity,
    helpfulYes: 0,
    helpfulNo: 0,
  };
}

const corpus = [
  article(
    "withdrawals",
    "en",
    "How to withdraw to your bank",
    "Choose Withdraw, pick a payout destination, confirm.",
    90,
  ),
  article("withdrawals", "zh-CN", "如何提现到银行卡", "选择提现，选择收款账户并确认。", 90),
  article("withdrawal-rejected", "en", "Why was my withdrawal rejected?", "Names must match.", 10),
  article("withdrawal-rejected", "zh-CN", "提现申请被拒绝的原因", "户名必须一致。", 10),
  article(
    "two-factor",
    "en",
    "Turn on two-factor authentication",
    "Scan the QR code with an authenticator app.",
    50,
  ),
  article("two-factor", "zh-CN", "如何开启双重认证", "用验证器应用扫描二维码。", 50),
  article("wire-only", "en", "Wire transfers from abroad", "SWIFT details for international wires."),
];

function engineWith(articles: IndexedArticle[] = corpus): MemorySearchEngine {
  const engine = createMemorySearchEngine();
  engine.setSynonyms(shippedSynonyms);
  engine.replaceAll(articles);
  return engine;
}

function find(engine: MemorySearchEngine, query: string, locale: HelpLocale): string[] {
  return engine.search({ query, locale, limit: 10 }).map((hit) => `${hit.slug}/${hit.locale}`);
}

describe("keeping the index current", () => {
  it("replaces a translation on upsert and forgets its old words", () => {
    const engine = engineWith();
    engine.upsert(article("two-factor", "en", "Set up passkeys", "Passkeys replace codes."));
    expect(engine.size()).toBe(corpus.length);
    expect(find(engine, "passkeys", "en")).toEqual(["two-factor/en"]);
    expect(find(engine, "authenticator", "en")).not.toContain("two-factor/en");
    expect(find(engine, "authenticator", "zh-CN")).toContain("two-factor/zh-CN");
  });

  it("removes one translation, or all of them", () => {
    const engine = engineWith();
    engine.remove("withdrawals", "zh-CN");
    expect(engine.size()).toBe(corpus.length - 1);
    expect(find(engine, "如何提现到银行卡", "zh-CN")).not.toContain("withdrawals/zh-CN");
    expect(find(engine, "withdraw bank", "en")).toContain("withdrawals/en");
    engine.remove("withdrawals");
    expect(engine.size()).toBe(corpus.length - 2);
    expect(find(engine, "withdraw bank", "en")).not.toContain("withdrawals/en");
    const suggested = engine.suggest({ query: "how to withd", locale: "en", limit: 5 }).map((s) => s.slug);
    expect(suggested).toEqual(["withdrawal-rejected"]);
    engine.remove("no-such-article");
    expect(engine.size()).toBe(corpus.length - 2);
  });

  it("stays consistent through many edits (and the rebuilds they cause)", () => {
    const engine = engineWith();
    for (let round = 0; round < 120; round++) {
      engine.upsert(
        article("churn", "en", `Churn article ${round}`, `Version marker v${round} of the churning text.`),
      );
      if (round % 3 === 0) engine.remove("churn", "en");
    }
    expect(engine.size()).toBe(corpus.length + 1);
    expect(find(engine, "v119", "en")).toEqual(["churn/en"]);
    expect(find(engine, "v118", "en")).toEqual([]);
    expect(find(engine, "churning", "en")).toEqual(["churn/en"]);
    expect(find(engine, "withdrawal rejected", "en")[0]).toBe("withdrawal-rejected/en");
  });

  it("starts over on replaceAll", () => {
    const engine = engineWith();
    engine.replaceAll([article("only", "en", "The only article", "Nothing else.")]);
    expect(engine.size()).toBe(1);
    expect(find(engine, "withdraw", "en")).toEqual([]);
  });

  it("applies new synonyms at once, without reindexing", () => {
    const engine = engineWith();
    expect(find(engine, "moolah", "en")).toEqual([]);
    engine.setSynonyms([["moolah", "withdraw"]]);
    expect(find(engine, "moolah", "en")[0]).toBe("withdrawals/en");
    engine.setSynonyms([["把钱拿出来", "提现"]]);
    expect(find(engine, "怎么把钱拿出来", "zh-CN")[0]).toBe("withdrawals/zh-CN");
    engine.setSynonyms([]);
    expect(find(engine, "moolah", "en")).toEqual([]);
    expect(find(engine, "取款", "zh-CN")).toEqual([]);
  });
});

describe("suggestions as you type", () => {
  const engine = engineWith();

  it("completes the last word as a prefix", () => {
    const titles = engine.suggest({ query: "withd", locale: "en", limit: 5 }).map((s) => s.title);
    expect(titles).toEqual(["How to withdraw to your bank", "Why was my withdrawal rejected?"]);
    expect(engine.suggest({ query: "withdrawal rej", locale: "en", limit: 5 })[0]?.slug).toBe(
      "withdrawal-rejected",
    );
    expect(engine.suggest({ query: "two-fac", locale: "en", limit: 5 })[0]?.slug).toBe("two-factor");
  });

  it("ranks more popular titles first among equal matches", () => {
    const [first] = engine.suggest({ query: "withd", locale: "en", limit: 1 });
    expect(first).toEqual({ slug: "withdrawals", locale: "en", title: "How to withdraw to your bank" });
  });

  it("suggests Chinese titles from bigrams, a single character, and synonyms", () => {
    expect(engine.suggest({ query: "提现被拒", locale: "zh-CN", limit: 5 })[0]?.slug).toBe(
      "withdrawal-rejected",
    );
    expect(engine.suggest({ query: "提", locale: "zh-CN", limit: 5 }).map((s) => s.slug)).toEqual([
      "withdrawals",
      "withdrawal-rejected",
    ]);
    expect(engine.suggest({ query: "取款", locale: "zh-CN", limit: 5 }).map((s) => s.slug)).toContain(
      "withdrawals",
    );
    expect(engine.suggest({ query: "双重", locale: "zh-CN", limit: 5 })[0]).toMatchObject({
      slug: "two-factor",
      locale: "zh-CN",
      title: "如何开启双重认证",
    });
  });

  it("falls back to the other language and respects the limit", () => {
    expect(engine.suggest({ query: "wire tra", locale: "zh-CN", limit: 5 })[0]).toMatchObject({
      slug: "wire-only",
      locale: "en",
    });
    expect(engine.suggest({ query: "w", locale: "en", limit: 2 })).toHaveLength(2);
    expect(engine.suggest({ query: "qqqq", locale: "en", limit: 5 })).toEqual([]);
    expect(engine.suggest({ query: "  ", locale: "en", limit: 5 })).toEqual([]);
  });
});
