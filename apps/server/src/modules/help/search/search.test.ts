import { beforeEach, describe, expect, it } from "vitest";
import type { ArticleKind, HelpLocale } from "../../../platform/db/schema-help.js";
import { shippedSynonyms } from "../content/synonyms.js";
import type { IndexedArticle } from "./engine.js";
import { createMemorySearchEngine, type MemorySearchEngine } from "./memory-engine.js";

/** A small bilingual help center, in the spirit of the shipped one. */
function article(
  slug: string,
  locale: HelpLocale,
  title: string,
  body: string,
  extra: { tags?: string[]; kind?: ArticleKind; popularity?: number; yes?: number; no?: number } = {},
): IndexedArticle {
  return {
    slug,
    locale,
    title,
    body,
    tags: extra.tags ?? [],
    kind: extra.kind ?? "faq",
    sectionSlug: "general",
    categorySlug: "general",
    popularity: extra.popularity ?? 0,
    helpfulYes: extra.yes ?? 0,
    helpfulNo: extra.no ?? 0,
  };
}

const corpus: IndexedArticle[] = [
  article(
    "withdrawal-rejected",
    "en",
    "Why was my withdrawal rejected?",
    "A withdrawal is rejected when the bank account name does not match your verified name, when the amount is above your limit, or when we need more documents. The money goes back to your balance.",
    { tags: ["withdrawals", "rejections"], kind: "troubleshooting" },
  ),
  article(
    "withdrawal-rejected",
    "zh-CN",
    "提现申请被拒绝的原因",
    "如果收款银行账户的户名与您认证的姓名不一致、金额超过您的限额，或者我们需要更多材料，提现申请会被拒绝。资金会退回您的余额。",
    { tags: ["提现"], kind: "troubleshooting" },
  ),
  article(
    "deposit-not-arrived",
    "en",
    "My deposit has not arrived",
    "Card deposits are usually credited within minutes. Bank transfers can take up to two business days. Check the reference you used and contact support with the transaction reference if it has not arrived.",
    { tags: ["deposits"], kind: "troubleshooting" },
  ),
  article(
    "deposit-not-arrived",
    "zh-CN",
    "充值还没到账怎么办",
    "银行卡充值通常几分钟内到账，银行转账最多需要两个工作日。请核对您填写的附言；如果仍未到账，请带上交易参考号联系客服。",
    { tags: ["充值"], kind: "troubleshooting" },
  ),
  article(
    "two-factor",
    "en",
    "Turn on two-factor authentication",
    "Open Security settings, choose Two-factor authentication and scan the QR code with an authenticator app. Enter the 6-digit code to confirm, then store your recovery codes somewhere safe.",
    { tags: ["security"], kind: "how_to" },
  ),
  article(
    "two-factor",
    "zh-CN",
    "如何开启双重认证",
    "打开安全设置，选择双重认证，用验证器应用扫描二维码。输入 6 位验证码完成确认，然后把恢复码保存在安全的地方。",
    { tags: ["安全"], kind: "how_to" },
  ),
  article(
    "account-locked",
    "en",
    "Your account is locked",
    "After too many wrong passwords we lock your account for a while to protect it. You can unlock it yourself by resetting your password, or wait until the lock expires.",
    { tags: ["security", "login"] },
  ),
  article(
    "account-locked",
    "zh-CN",
    "账户被锁定了",
    "多次输错密码后，为了保护您的账户，我们会暂时锁定它。您可以通过重置密码自行解锁，或者等待锁定结束。",
    { tags: ["安全", "登录"] },
  ),
  article(
    "forgot-password",
    "en",
    "I forgot my password",
    "On the sign-in page choose Forgot password and enter your email address. We send a link that is valid for 30 minutes. You can also reset it with a code by SMS.",
    { tags: ["login"], kind: "how_to" },
  ),
  article(
    "forgot-password",
    "zh-CN",
    "忘记密码怎么办",
    "在登录页点击“忘记密码”，输入您的邮箱地址。我们会发送一个 30 分钟内有效的链接。您也可以用短信验证码重置密码。",
    { tags: ["登录"], kind: "how_to" },
  ),
  article(
    "card-declined",
    "en",
    "Why was my card declined?",
    "Your bank may decline a card payment because of wrong card details, insufficient funds or a 3DS check that was not completed. Try again or use another card.",
    { tags: ["cards", "payments"], kind: "troubleshooting" },
  ),
  article(
    "card-declined",
    "zh-CN",
    "银行卡付款被拒",
    "发卡行可能因为卡信息有误、余额不足或 3DS 验证未完成而拒绝付款。请重试，或换一张卡。",
    { tags: ["银行卡"], kind: "troubleshooting" },
  ),
  article(
    "limits",
    "en",
    "Limits by verification level",
    "Each verification level has its own limits for deposits, transfers and every withdrawal: per transaction, daily and monthly. A withdrawal above the limit is not possible until you verify more.",
    { tags: ["limits"], kind: "policy", popularity: 500, yes: 40, no: 2 },
  ),
  article(
    "limits",
    "zh-CN",
    "各验证等级的限额",
    "每个验证等级对充值、转账和提现都有单笔、每日和每月限额。超过限额的提现需要先提升验证等级。",
    { tags: ["限额"], kind: "policy", popularity: 500, yes: 40, no: 2 },
  ),
  article(
    "phishing",
    "en",
    "Is this email really from Satchel?",
    "Our emails always show your anti-phishing code. Never paste <script> tags or codes someone sends you, and never share your password: we never ask for it.",
    { tags: ["security", "phishing"] },
  ),
  article(
    "sepa-deposits",
    "en",
    "Deposits by SEPA bank transfer",
    "Send a SEPA transfer to the IBAN shown in the app with your wallet number as the reference.",
    { tags: ["deposits"], kind: "how_to" },
  ),
];

function slugs(engine: MemorySearchEngine, query: string, locale: HelpLocale = "zh-CN"): string[] {
  return engine.search({ query, locale, limit: 5 }).map((hit) => hit.slug);
}

describe("help search engine", () => {
  let engine: MemorySearchEngine;
  beforeEach(() => {
    engine = createMemorySearchEngine();
    engine.setSynonyms(shippedSynonyms);
    engine.replaceAll(corpus);
  });

  it("indexes every translation", () => {
    expect(engine.size()).toBe(corpus.length);
  });

  describe("Chinese without spaces", () => {
    it("finds 提现申请被拒绝 for 提现被拒", () => {
      const hits = engine.search({ query: "提现被拒", locale: "zh-CN", limit: 5 });
      expect(hits[0]).toMatchObject({
        slug: "withdrawal-rejected",
        locale: "zh-CN",
        title: "提现申请被拒绝的原因",
      });
    });

    it("finds the withdrawal article through 取款 and 出金", () => {
      expect(slugs(engine, "取款失败")[0]).toBe("withdrawal-rejected");
      expect(slugs(engine, "出金")).toContain("withdrawal-rejected");
      expect(slugs(engine, "我的提款怎么被拒绝了")[0]).toBe("withdrawal-rejected");
    });

    it("treats 到帐 like 到账", () => {
      expect(slugs(engine, "充值没到帐")[0]).toBe("deposit-not-arrived");
      expect(slugs(engine, "入金还没到")[0]).toBe("deposit-not-arrived");
    });

    it("finds the two-factor article by any of its names, in both languages", () => {
      for (const query of ["两步验证", "二次验证", "2FA", "双因素认证", "２ＦＡ"]) {
        expect(slugs(engine, query, "zh-CN")[0], query).toBe("two-factor");
        expect(slugs(engine, query, "en")[0], query).toBe("two-factor");
      }
      expect(slugs(engine, "two-step verification", "en")[0]).toBe("two-factor");
    });

    it("understands mixed Chinese and English", () => {
      const hits = engine.search({ query: "2FA 怎么开", locale: "zh-CN", limit: 5 });
      expect(hits[0]).toMatchObject({ slug: "two-factor", locale: "zh-CN" });
    });

    it("finds the locked account through 冻结 and 被封", () => {
      expect(slugs(engine, "账号被冻结")[0]).toBe("account-locked");
      expect(slugs(engine, "账户被封了怎么办")[0]).toBe("account-locked");
    });
  });

  describe("English", () => {
    it("tolerates typos", () => {
      expect(slugs(engine, "withdrawl rejectd", "en")[0]).toBe("withdrawal-rejected");
      expect(slugs(engine, "forgot pasword", "en")[0]).toBe("forgot-password");
      expect(slugs(engine, "pasword", "en")).toContain("forgot-password");
      expect(slugs(engine, "autenticator app", "en")[0]).toBe("two-factor");
    });

    it("matches word forms", () => {
      for (const query of ["locked", "locking", "lock", "account lockout"]) {
        expect(slugs(engine, query, "en")[0], query).toBe("account-locked");
      }
      expect(slugs(engine, "withdrawals rejections", "en")[0]).toBe("withdrawal-rejected");
    });

    it("finds articles through synonyms", () => {
      expect(slugs(engine, "cash out declined", "en")[0]).toBe("withdrawal-rejected");
      expect(slugs(engine, "top up not credited", "en")[0]).toBe("deposit-not-arrived");
      expect(slugs(engine, "reset password", "en")[0]).toBe("forgot-password");
    });

    it("answers an English query in Chinese through synonyms, or falls back to English", () => {
      const zh = engine.search({ query: "withdrawal rejected", locale: "zh-CN", limit: 5 });
      expect(zh[0]).toMatchObject({ slug: "withdrawal-rejected", locale: "zh-CN" });
      // Nothing in Chinese says IBAN, not even through a synonym: the English article answers.
      const fallback = engine.search({ query: "IBAN", locale: "zh-CN", limit: 5 });
      expect(fallback[0]).toMatchObject({ slug: "sepa-deposits", locale: "en" });
    });

    it("finds nothing for words no article has", () => {
      expect(engine.search({ query: "zebra giraffe", locale: "en", limit: 5 })).toEqual([]);
      expect(engine.search({ query: "   ！！ ", locale: "en", limit: 5 })).toEqual([]);
    });
  });

  describe("ranking", () => {
    it("puts a title match above a body-only match, even a popular one", () => {
      const hits = slugs(engine, "withdrawal", "en");
      expect(hits[0]).toBe("withdrawal-rejected");
      expect(hits).toContain("limits");
      expect(hits.indexOf("limits")).toBeGreaterThan(0);
    });

    it("puts the article whose title is the query first", () => {
      expect(slugs(engine, "forgot my password", "en")[0]).toBe("forgot-password");
      expect(slugs(engine, "忘记密码", "zh-CN")[0]).toBe("forgot-password");
    });

    it("lets helpfulness and popularity decide between equal matches", () => {
      const twin = (slug: string, extra: { popularity?: number; yes?: number; no?: number }) =>
        article(slug, "en", "Card fees explained", "What a card payment costs.", extra);
      engine.replaceAll([
        twin("a-plain", {}),
        twin("b-helpful", { yes: 30, no: 1, popularity: 50 }),
        twin("c-unhelpful", { yes: 1, no: 30 }),
      ]);
      expect(slugs(engine, "card fees", "en")).toEqual(["b-helpful", "a-plain", "c-unhelpful"]);
    });
  });

  describe("snippets", () => {
    it("marks the matched words and escapes the body", () => {
      const [hit] = engine.search({ query: "paste script", locale: "en", limit: 1 });
      expect(hit?.slug).toBe("phishing");
      expect(hit?.snippet).toContain("&lt;<mark>script</mark>&gt;");
      expect(hit?.snippet).toContain("<mark>paste</mark>");
      expect(hit?.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    });

    it("marks Chinese matches, synonyms included, as whole words", () => {
      const [hit] = engine.search({ query: "取款被拒", locale: "zh-CN", limit: 1 });
      expect(hit?.snippet).toContain("<mark>提现</mark>");
      expect(hit?.snippet).toContain("<mark>被拒绝</mark>");
    });

    it("cuts long bodies around the best passage with ellipses", () => {
      const filler = "Nothing to see in this sentence. ".repeat(20);
      engine.upsert(article("long", "en", "A long story", `${filler}The zeppelin code is here.${filler}`));
      const [hit] = engine.search({ query: "zeppelin", locale: "en", limit: 1 });
      expect(hit?.snippet).toMatch(/^….*<mark>zeppelin<\/mark>.*…$/);
      expect(hit?.snippet.replace(/<\/?mark>/g, "").length).toBeLessThanOrEqual(162);
    });

    it("shows the beginning of the body when only the title matched", () => {
      const [hit] = engine.search({ query: "satchel", locale: "en", limit: 1 });
      expect(hit?.slug).toBe("phishing");
      expect(hit?.snippet.startsWith("Our emails always show")).toBe(true);
    });
  });
});
