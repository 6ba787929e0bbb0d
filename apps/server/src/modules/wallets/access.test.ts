import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { balances, buildCustomer, buildStaff, type Customer, send } from "../../test/wallet-helpers.js";

describe(`wallet access, limits, freezes and adjustments on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let gina: Customer;
  let hank: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    gina = await buildCustomer(ctx, { USD: "5000.00" }, "Gina Park");
    hank = await buildCustomer(ctx, { USD: "10.00" }, "Hank Ito");
  });
  afterAll(() => ctx.close());

  it("shows a customer only their own wallets and transactions", async () => {
    const sent = (await send(ctx, gina, { to: hank.walletNumber, amount: "1.00", currency: "USD" })).json();
    const ginaWallet = (
      await ctx.app.inject({ method: "GET", url: "/api/v1/wallets", headers: gina.auth })
    ).json().data[0];
    // Hank cannot read Gina's transaction, filter his way into her history, or adjust her wallet.
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/transactions/${sent.id}`,
      headers: hank.auth,
    });
    expect(detail.statusCode).toBe(404);
    const byRef = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/transactions?reference=${sent.reference}`,
      headers: hank.auth,
    });
    expect(byRef.json().data).toEqual([]);
    const adjust = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/wallets/${ginaWallet.id}/adjustments`,
      headers: hank.auth,
      payload: { amount: "-100.00", currency: "USD", reason: "mine now" },
    });
    expect(adjust.statusCode).toBe(403);
    for (const url of [
      "/api/v1/admin/ledger/trial-balance",
      "/api/v1/admin/ledger/accounts",
      "/api/v1/admin/fx/rates",
    ]) {
      expect((await ctx.app.inject({ method: "GET", url, headers: hank.auth })).statusCode, url).toBe(403);
    }
    const agent = await buildStaff(ctx, "agent");
    expect(
      (
        await ctx.app.inject({
          method: "GET",
          url: "/api/v1/admin/ledger/trial-balance",
          headers: agent.auth,
        })
      ).statusCode,
    ).toBe(403);
    for (const url of [
      "/api/v1/wallets",
      "/api/v1/transactions",
      `/api/v1/transactions/${sent.id}`,
      "/api/v1/limits",
    ]) {
      expect((await ctx.app.inject({ method: "GET", url })).statusCode, url).toBe(401);
    }
    expect(
      (
        await send(
          ctx,
          { ...hank, auth: {} as never },
          { to: gina.walletNumber, amount: "1", currency: "USD" },
        )
      ).statusCode,
    ).toBe(401);
  });

  it("holds a level-0 customer to the per-transaction, daily and monthly limits", async () => {
    const limits = await ctx.app.inject({ method: "GET", url: "/api/v1/limits", headers: gina.auth });
    expect(limits.json()).toMatchObject({ level: 0, currency: "USD", perTransaction: "1000.00" });
    const tooBig = await send(ctx, gina, { to: hank.walletNumber, amount: "1000.01", currency: "USD" });
    expect(tooBig.statusCode).toBe(422);
    expect(tooBig.json()).toMatchObject({
      code: "limit_exceeded",
      limit: "perTransaction",
      remaining: "1000.00",
    });
    expect(
      (await send(ctx, gina, { to: hank.walletNumber, amount: "999.00", currency: "USD" })).statusCode,
    ).toBe(201);
    expect(
      (await send(ctx, gina, { to: hank.walletNumber, amount: "999.00", currency: "USD" })).statusCode,
    ).toBe(201);
    const overDay = await send(ctx, gina, { to: hank.walletNumber, amount: "5.00", currency: "USD" });
    expect(overDay.json()).toMatchObject({ code: "limit_exceeded", limit: "daily", remaining: "1.00" });
    expect(overDay.json().detail).toContain("daily");
    // Limits count in USD whatever the currency: 1,000 EUR is more than 1,000 USD.
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/wallets",
      headers: gina.auth,
      payload: { currency: "EUR" },
    });
    ctx.clock.advance(86_400_000);
    const after = await ctx.app.inject({ method: "GET", url: "/api/v1/limits", headers: gina.auth });
    expect(after.json().daily).toEqual({ limit: "2000.00", used: "0.00", remaining: "2000.00" });
    expect(after.json().monthly).toMatchObject({ used: "1999.00", remaining: "3001.00" });
  });

  it("stops a frozen customer's payments out until support lifts the freeze after identity checks", async () => {
    const agent = await buildStaff(ctx, "agent");
    const freeze = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/customers/${hank.userId}/freeze`,
      headers: agent.auth,
      payload: { reason: "Customer reported a stolen phone" },
    });
    expect(freeze.statusCode).toBe(204);
    const refused = await send(ctx, hank, { to: gina.walletNumber, amount: "1.00", currency: "USD" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "account_frozen", transactionId: expect.any(String) });
    // Money can still come in.
    const incoming = await send(ctx, gina, { to: hank.walletNumber, amount: "2.00", currency: "USD" });
    expect(incoming.statusCode, incoming.body).toBe(201);
    const unfreeze = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/customers/${hank.userId}/unfreeze`,
      headers: agent.auth,
      payload: { reason: "Verified on a call", checks: ["date_of_birth", "phone_callback"] },
    });
    expect(unfreeze.statusCode).toBe(204);
    expect(
      (await send(ctx, hank, { to: gina.walletNumber, amount: "1.00", currency: "USD" })).statusCode,
    ).toBe(201);
    const actions = (await ctx.services.audit.list({ targetType: "user", targetId: hank.userId })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["account.frozen", "account.unfrozen"]));
  });

  it("lets an admin credit or debit a wallet against the adjustments account, audited and balanced", async () => {
    const admin = await buildStaff(ctx, "admin");
    const wallet = (
      await ctx.app.inject({ method: "GET", url: "/api/v1/wallets", headers: hank.auth })
    ).json().data[0];
    const before = (await balances(ctx, hank)).USD;
    const adjust = (amount: string, key: string, currency = "USD") =>
      ctx.app.inject({
        method: "POST",
        url: `/api/v1/admin/wallets/${wallet.id}/adjustments`,
        headers: { ...admin.auth, "idempotency-key": key },
        payload: { amount, currency, reason: "Goodwill credit for ticket #100234" },
      });
    const credit = await adjust("5.00", "adj-1");
    expect(credit.statusCode).toBe(201);
    expect(credit.json()).toMatchObject({
      type: "adjustment",
      direction: "in",
      amount: "5.00",
      note: "Goodwill credit for ticket #100234",
    });
    expect((await adjust("5.00", "adj-1")).headers["idempotency-replayed"]).toBe("true");
    expect((await adjust("-3.00", "adj-2")).json()).toMatchObject({ direction: "out", amount: "3.00" });
    expect((await adjust("-100000.00", "adj-3")).json().code).toBe("insufficient_funds");
    expect((await adjust("1.00", "adj-4", "EUR")).json().code).toBe("currency_mismatch");
    expect((await balances(ctx, hank)).USD).toBe((Number(before) + 2).toFixed(2));
    const trial = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/ledger/trial-balance",
      headers: admin.auth,
    });
    expect(trial.json().balanced).toBe(true);
    expect(trial.json().data.find((r: { currency: string }) => r.currency === "USD")).toMatchObject({
      total: "0.00",
    });
    const accounts = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/ledger/accounts",
      headers: admin.auth,
    });
    expect(accounts.json().data).toContainEqual(
      expect.objectContaining({ code: "adjustments", currency: "USD", posted: "-2.00" }),
    );
    const audit = await ctx.services.audit.list({ targetType: "wallet", targetId: wallet.id });
    expect(audit.map((a) => a.action)).toEqual(["ledger.adjusted", "ledger.adjusted"]);
  });

  it("tells a wallet's balance at any past moment from its history", async () => {
    const wallet = (
      await ctx.app.inject({ method: "GET", url: "/api/v1/wallets", headers: hank.auth })
    ).json().data[0];
    const before = ctx.clock.now().toISOString();
    ctx.clock.advance(1000);
    await send(ctx, gina, { to: hank.walletNumber, amount: "4.00", currency: "USD" });
    const then = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/wallets/${wallet.id}?at=${before}`,
      headers: hank.auth,
    });
    const now = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/wallets/${wallet.id}`,
      headers: hank.auth,
    });
    expect(then.statusCode, then.body).toBe(200);
    expect(Number(now.json().posted) - Number(then.json().postedAt)).toBeCloseTo(4, 2);
    expect(
      (
        await ctx.app.inject({
          method: "GET",
          url: `/api/v1/wallets/${wallet.id}?at=yesterday`,
          headers: hank.auth,
        })
      ).statusCode,
    ).toBe(400);
  });

  it("stops a payer who tries unknown recipient after unknown recipient", async () => {
    const prober = await buildCustomer(ctx, { USD: "1.00" }, "Pat Probe");
    const probe = (to: string) =>
      ctx.app.inject({
        method: "POST",
        url: "/api/v1/transfers/preview",
        headers: { ...prober.auth, "x-forwarded-for": "10.0.0.1" },
        payload: { to, amount: "1.00", currency: "USD" },
      });
    for (let i = 0; i < 20; i++)
      expect((await probe(`guess${i}@example.test`)).json().code).toBe("recipient_not_found");
    // Now even a real customer is refused, or the answer would still tell who exists.
    const blocked = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/transfers",
      headers: prober.auth,
      payload: { to: hank.walletNumber, amount: "0.50", currency: "USD" },
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(3000);
    ctx.clock.advance(3_600_001);
    expect((await probe(hank.walletNumber)).statusCode).toBe(200);
  });
});
