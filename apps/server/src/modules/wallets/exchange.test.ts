import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import {
  balances,
  buildCustomer,
  buildStaff,
  type Customer,
  trialBalance,
} from "../../test/wallet-helpers.js";

describe(`currency exchange on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let carol: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    carol = await buildCustomer(ctx, { USD: "100.00" });
  });
  afterAll(() => ctx.close());

  const quote = (payload: Record<string, unknown>, who: Customer = carol) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/exchanges/quotes", headers: who.auth, payload });
  const convert = (quoteId: string, key?: string, who: Customer = carol) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/v1/exchanges",
      headers: { ...who.auth, ...(key ? { "idempotency-key": key } : {}) },
      payload: { quoteId },
    });

  it("quotes at the operator's rate less the spread, rounding down what the customer gets", async () => {
    const res = await quote({ from: "USD", to: "CNY", amount: "10.00" });
    expect(res.statusCode).toBe(201);
    // 7.25 CNY per USD less 0.5%: 7.21375; 10 USD buys 72.1375 → 72.13 CNY.
    expect(res.json()).toMatchObject({
      from: "USD",
      to: "CNY",
      sellAmount: "10.00",
      buyAmount: "72.13",
      rate: "7.21375",
      midRate: "7.25",
      spreadPercent: "0.5",
      expiresAt: new Date(ctx.clock.now().getTime() + 30_000).toISOString(),
    });
  });

  it("converts at the quote once; each currency's books still balance", async () => {
    const { id } = (await quote({ from: "USD", to: "JPY", amount: "20.00" })).json();
    const res = await convert(id, "x-1");
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      type: "exchange",
      status: "completed",
      amount: "20.00",
      currency: "USD",
      counterAmount: "3084",
      counterCurrency: "JPY",
      rate: "154.225",
    });
    expect(await balances(ctx, carol)).toEqual({ USD: "80.00", JPY: "3084" });
    const replay = await convert(id, "x-1");
    expect(replay.json().id).toBe(res.json().id);
    const reuse = await convert(id, "x-2");
    expect(reuse.statusCode).toBe(410);
    expect(reuse.json().code).toBe("quote_expired");
    expect(Object.values(await trialBalance(ctx)).every((sum) => sum === 0n)).toBe(true);
  });

  it("honours a quote for 30 seconds and not a moment longer", async () => {
    const { id } = (await quote({ from: "USD", to: "EUR", amount: "1.00" })).json();
    ctx.clock.advance(30_001);
    expect((await convert(id)).json().code).toBe("quote_expired");
  });

  it("records an exchange the wallet cannot cover as failed, with the reason", async () => {
    const { id } = (await quote({ from: "USD", to: "EUR", amount: "500.00" })).json();
    const res = await convert(id);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("insufficient_funds");
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/transactions/${res.json().transactionId}`,
      headers: carol.auth,
    });
    expect(detail.json()).toMatchObject({
      type: "exchange",
      status: "failed",
      reason: { code: "insufficient_funds" },
    });
  });

  it("refuses a frozen customer's exchange and records it as failed, until the freeze is lifted", async () => {
    const erik = await buildCustomer(ctx, { USD: "30.00" });
    const agent = await buildStaff(ctx, "agent");
    const staffCall = (action: string, payload: object) =>
      ctx.app.inject({
        method: "POST",
        url: `/api/v1/agent/customers/${erik.userId}/${action}`,
        headers: agent.auth,
        payload,
      });
    expect((await staffCall("freeze", { reason: "Customer reported a stolen phone" })).statusCode).toBe(204);
    const { id } = (await quote({ from: "USD", to: "EUR", amount: "10.00" }, erik)).json();
    const refused = await convert(id, "frozen-1", erik);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "account_frozen", transactionId: expect.any(String) });
    expect(await balances(ctx, erik)).toEqual({ USD: "30.00" });
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/transactions/${refused.json().transactionId}`,
      headers: erik.auth,
    });
    expect(detail.json()).toMatchObject({
      type: "exchange",
      status: "failed",
      reason: { code: "account_frozen" },
    });
    // A retry with the same key gets the same answer, not a second record.
    expect((await convert(id, "frozen-1", erik)).json().transactionId).toBe(refused.json().transactionId);

    const lifted = await staffCall("unfreeze", {
      reason: "Verified on a call",
      checks: ["date_of_birth", "phone_callback"],
    });
    expect(lifted.statusCode).toBe(204);
    const again = await convert(id, "after-unfreeze", erik);
    expect(again.statusCode, again.body).toBe(201);
    expect(await balances(ctx, erik)).toMatchObject({ USD: "20.00" });
    expect(Object.values(await trialBalance(ctx)).every((sum) => sum === 0n)).toBe(true);
  });

  it("forgets quotes a day after they expired", async () => {
    await quote({ from: "USD", to: "EUR", amount: "1.00" });
    ctx.clock.advance(86_400_000 + 31_000);
    expect(await ctx.services.wallets.fx.purgeQuotes()).toBeGreaterThan(0);
    expect(await ctx.services.wallets.fx.purgeQuotes()).toBe(0);
  });

  it("keeps quotes private to whoever asked for them", async () => {
    const dave = await buildCustomer(ctx, { USD: "5.00" });
    const { id } = (await quote({ from: "USD", to: "EUR", amount: "1.00" })).json();
    expect((await convert(id, undefined, dave)).json().code).toBe("quote_not_found");
  });

  it("refuses nonsense: same currency, unknown currency, too small", async () => {
    expect((await quote({ from: "USD", to: "USD", amount: "1" })).json().code).toBe("exchange_same_currency");
    expect((await quote({ from: "USD", to: "XAU", amount: "1" })).json().code).toBe("unsupported_currency");
    expect((await quote({ from: "JPY", to: "USD", amount: "0" })).json().code).toBe(
      "amount_must_be_positive",
    );
  });

  it("uses the rate an admin sets, and audits the change", async () => {
    const admin = await buildStaff(ctx, "admin");
    const set = await ctx.app.inject({
      method: "PUT",
      url: "/api/v1/admin/fx/rates/CNY",
      headers: admin.auth,
      payload: { rate: "7.10" },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      currency: "CNY",
      rate: "7.1",
      updatedBy: expect.stringContaining("@example.test"),
    });
    expect((await quote({ from: "USD", to: "CNY", amount: "10.00" })).json().midRate).toBe("7.1");
    const rates = await ctx.app.inject({ method: "GET", url: "/api/v1/admin/fx/rates", headers: admin.auth });
    expect(rates.json()).toMatchObject({ base: "USD", spreadPercent: "0.5" });
    const audit = await ctx.services.audit.list({ targetType: "currency", targetId: "CNY" });
    expect(audit[0]?.action).toBe("fx.rate_set");
    expect(
      (await ctx.app.inject({ method: "GET", url: "/api/v1/admin/fx/rates", headers: carol.auth }))
        .statusCode,
    ).toBe(403);
  });
});
