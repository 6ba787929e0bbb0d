import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, helpStaff } from "../../test/help-staff-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testConfig } from "../../test/test-config.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { WITHDRAWAL_HOLD_AFTER_RESET_MS } from "../accounts/index.js";
import { formatDuration, formatFee, formatUsd } from "./render/fact-format.js";
import { FACTS_CACHE_MS } from "./render/facts.js";

describe(`help facts on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    const base = testConfig();
    ctx = await buildTestApp({
      config: {
        security: { ...base.security, lockoutThreshold: 7 },
        wallets: { ...base.wallets, transferFeePpm: 5_000n, transferFeeFixed: 30n },
        supportEmail: undefined,
      },
    });
  });
  afterAll(() => ctx.close());
  const fill = (text: string, locale: "en" | "zh-CN" = "en") =>
    ctx.services.help.deps.facts.fill(text, locale);

  it("formats amounts, fees and durations the way each language reads them", () => {
    expect(formatUsd("2000.00", "en")).toBe("US$2,000.00");
    expect(formatUsd(200_000n, "zh-CN")).toBe("2,000.00 美元");
    expect(formatUsd(5n, "en")).toBe("US$0.05");
    expect(formatFee({ percent: "0", fixed: "0.00" }, "en")).toBe("free");
    expect(formatFee({ percent: "0", fixed: "0.00" }, "zh-CN")).toBe("免费");
    expect(formatFee({ percent: "2.9", fixed: "0.30" }, "zh-CN")).toBe("2.9% + 0.30 美元");
    expect(formatDuration(15, "minute", "en")).toBe("15 minutes");
    expect(formatDuration(1, "hour", "en")).toBe("1 hour");
    expect(formatDuration(24, "hour", "zh-CN")).toBe("24 小时");
  });

  it("fills configuration facts in both languages", async () => {
    const en = await fill(
      "{{lockout.threshold}} tries, {{ lockout.minutes }}, {{session.absoluteHours}}, {{withdrawals.pauseAfterResetHours}}, {{transfer.fee}}, {{fx.spread}}, {{wallet.currencies}}, {{support.email}}",
    );
    expect(en.unknown).toEqual([]);
    expect(en.text).toBe(
      "7 tries, 15 minutes, 12 hours, 24 hours, 0.5% + US$0.30, 0.5%, USD, EUR, GBP, CNY, HKD, SGD, JPY, [the contact page](/contact)",
    );
    const zh = await fill(
      "{{lockout.minutes}}，{{withdrawals.pauseAfterResetHours}}，{{wallet.currencies}}",
      "zh-CN",
    );
    expect(zh.text).toBe("15 分钟，24 小时，USD、EUR、GBP、CNY、HKD、SGD、JPY");
    // The pause is the accounts module's own constant, not a copy.
    expect(WITHDRAWAL_HOLD_AFTER_RESET_MS).toBe(24 * 3_600_000);
  });

  it("fills limits and payment-method facts from the policies", async () => {
    const en = await fill(
      "{{limits.withdrawal.level1.daily}} {{limits.deposit.level0.perTransaction}} {{withdrawals.reviewOver}} {{method.card.fee}} {{method.card.min}} {{method.card.name}} {{method.card.processingTime}}",
    );
    expect(en.unknown).toEqual([]);
    expect(en.text).toBe(
      "US$5,000.00 US$500.00 US$3,000.00 2.9% + US$0.30 US$1.00 Debit or credit card (Visa, Mastercard) Instant",
    );
    const zh = await fill(
      "{{limits.withdrawal.level1.daily}} {{method.card.fee}} {{method.ewallet_alipay.name}}",
      "zh-CN",
    );
    expect(zh.text).toBe("5,000.00 美元 2.9% + 0.30 美元 支付宝");
  });

  it("renders tables with localized headers; level 0 cannot withdraw", async () => {
    const { text } = await fill("Limits:\n{{table.limits}}\nMethods:\n{{table.depositMethods}}");
    expect(text).toContain("| Type | Verification level | Per transaction | Per day | Per month |");
    expect(text).toContain("| Withdrawing | Unverified | Not available | Not available | Not available |");
    expect(text).toContain("| Debit or credit card (Visa, Mastercard) | All countries |");
    const zh = await fill("{{table.withdrawalMethods}}", "zh-CN");
    expect(zh.text).toContain(
      "| 方式 | 国家和地区 | 币种 | 最低金额 | 最高金额 | 手续费 | 处理时间 | 所需认证 |",
    );
    expect(zh.text).toContain("基础认证");
  });

  it("leaves unknown names as written and reports each once", async () => {
    const result = await fill("{{nope}} and {{nope}} and {{method.unknown.fee}} and {{lockout.threshold}}");
    expect(result.text).toBe("{{nope}} and {{nope}} and {{method.unknown.fee}} and 7");
    expect(result.unknown).toEqual(["nope", "method.unknown.fee"]);
  });

  it("lists every name, including each limit and each method's facts", () => {
    const names = ctx.services.help.deps.facts.names();
    expect(names).toContain("lockout.threshold");
    expect(names).toContain("limits.transfer.level2.monthly");
    expect(names).toContain("method.bank_sepa.processingTime");
    expect(names).toContain("table.withdrawalMethods");
    expect(new Set(names).size).toBe(names.length);
  });

  it("previews with facts from configuration, sanitized, and lists the facts for the editor", async () => {
    const { agent } = await helpStaff(ctx);
    const preview = await call(ctx, agent, "POST", "/preview", {
      lang: "en",
      body: 'After {{lockout.threshold}} wrong passwords {{no.such.fact}} <script>alert(1)</script> [x](javascript:alert(1)) <a onclick="x()">a</a> ![pic](https://cdn.example.com/p.png)',
    });
    expect(preview.statusCode).toBe(200);
    const { html, unknownFacts, droppedImages } = preview.json();
    expect(droppedImages).toEqual(["https://cdn.example.com/p.png"]);
    expect(html).not.toContain("<img");
    expect(html).toContain("After 7 wrong passwords {{no.such.fact}}");
    expect(html).not.toMatch(/<script|<a onclick|href="javascript/i);
    expect(unknownFacts).toEqual(["no.such.fact"]);
    const zh = await call(ctx, agent, "POST", "/preview", {
      lang: "zh",
      body: "连续 {{lockout.threshold}} 次，锁定 {{lockout.minutes}}",
    });
    expect(zh.json().html).toBe("<p>连续 7 次，锁定 15 分钟</p>\n");
    const facts = await call(ctx, agent, "GET", "/facts");
    const threshold = facts.json().data.find((f: { name: string }) => f.name === "lockout.threshold");
    expect(threshold).toMatchObject({
      en: "7",
      "zh-CN": "7",
      description: expect.stringContaining("LOGIN_LOCKOUT_THRESHOLD"),
    });
    const zhFacts = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/help/facts",
      headers: { ...agent.auth, "accept-language": "zh-CN" },
    });
    const minutes = zhFacts.json().data.find((f: { name: string }) => f.name === "lockout.minutes");
    expect(minutes).toMatchObject({
      en: "15 minutes",
      "zh-CN": "15 分钟",
      description: expect.stringContaining("临时锁定"),
    });
    expect((await call(ctx, agent, "POST", "/preview", { lang: "fr", body: "x" })).statusCode).toBe(400);
  });

  it("sees a changed payment method after the cache time", async () => {
    const before = await fill("{{method.card.fee}}");
    await ctx.platform.db
      .updateTable("payment_methods")
      .set({ fee_ppm: 10_000n })
      .where("id", "=", "card")
      .execute();
    expect((await fill("{{method.card.fee}}")).text).toBe(before.text);
    ctx.clock.advance(FACTS_CACHE_MS + 1);
    expect((await fill("{{method.card.fee}}")).text).toBe("1% + US$0.30");
  });
});
