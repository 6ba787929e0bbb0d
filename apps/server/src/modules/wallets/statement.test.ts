import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildCustomer, type Customer, send } from "../../test/wallet-helpers.js";
import { buildStatement } from "./statement.js";

describe(`monthly statements on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let kim: Customer;
  let lee: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    kim = await buildCustomer(ctx, { USD: "100.00" }, "Kim Sun");
    lee = await buildCustomer(ctx, { USD: "20.00" }, "Lee Ma");
    await send(ctx, kim, { to: lee.walletNumber, amount: "30.00", currency: "USD" });
    // Next month: a transfer back and an exchange, which must not blur November's figures.
    ctx.clock.set(new Date("2026-12-02T09:00:00.000Z"));
    await send(ctx, lee, { to: kim.walletNumber, amount: "5.00", currency: "USD" });
    const quote = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/exchanges/quotes",
      headers: kim.auth,
      payload: { from: "USD", to: "EUR", amount: "10.00" },
    });
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/exchanges",
      headers: kim.auth,
      payload: { quoteId: quote.json().id },
    });
  });
  afterAll(() => ctx.close());

  it("reconciles: opening + money in − money out = closing, month by month", async () => {
    const november = await buildStatement(ctx.services.wallets.deps, kim.userId, "2026-11", { locale: "en" });
    expect(november.sections).toEqual([
      expect.objectContaining({
        currency: "USD",
        opening: "0.00",
        moneyIn: "100.00",
        moneyOut: "30.00",
        closing: "70.00",
      }),
      expect.objectContaining({ currency: "EUR", opening: "0.00", closing: "0.00", rows: [] }),
    ]);
    const december = await buildStatement(ctx.services.wallets.deps, kim.userId, "2026-12", {
      locale: "zh-CN",
    });
    expect(december.title).toBe("月度对账单");
    expect(december.period).toBe("2026年12月");
    const usd = december.sections.find((s) => s.currency === "USD");
    expect(usd).toMatchObject({ opening: "70.00", moneyIn: "5.00", moneyOut: "10.00", closing: "65.00" });
    expect(usd?.rows.map((r) => r.amount)).toEqual(["5.00", "-10.00"]);
    expect(december.sections.find((s) => s.currency === "EUR")).toMatchObject({
      opening: "0.00",
      closing: "9.45",
    });
  });

  it("serves the PDF to its owner only, in their language", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/statements/2026-11.pdf",
      headers: { ...kim.auth, "accept-language": "zh-CN" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.rawPayload.subarray(0, 8).toString()).toBe("%PDF-1.4");
    expect(res.rawPayload.subarray(-6).toString()).toContain("%%EOF");
    const bad = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/statements/2026-13.pdf",
      headers: kim.auth,
    });
    expect(bad.statusCode).toBe(400);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/statements/2026-11.pdf" })).statusCode).toBe(
      401,
    );
  });
});
