import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { buildCustomer, buildStaff, type Customer } from "../../../test/wallet-helpers.js";

describe("payment methods", () => {
  let ctx: TestContext;
  let cn: Customer;
  let us: Customer;
  let admin: Awaited<ReturnType<typeof buildStaff>>;

  beforeAll(async () => {
    ctx = await buildTestApp();
    cn = await buildCustomer(ctx, {}, "Li Wei");
    us = await buildCustomer(ctx, {}, "Ann Lee", { country: "US" });
    admin = await buildStaff(ctx, "admin");
  });
  afterAll(() => ctx.close());

  const list = (who: Customer, query: string, language = "en") =>
    ctx.app.inject({
      method: "GET",
      url: `/api/v1/payment-methods?${query}`,
      headers: { ...who.auth, "accept-language": language },
    });

  it("shows a customer only what works in their country and currency, with fees, limits and times", async () => {
    const usd = await list(us, "direction=deposit&currency=USD");
    expect(usd.statusCode).toBe(200);
    const ids = usd.json().data.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["card", "bank_us_ach", "ewallet_paypal", "bank_swift"]));
    expect(ids).not.toContain("bank_cn");
    expect(ids).not.toContain("ewallet_alipay");
    const card = usd.json().data.find((m: { id: string }) => m.id === "card");
    expect(card).toMatchObject({
      currency: "USD",
      minAmount: "1.00",
      maxAmount: "5000.00",
      fee: { fixed: "0.30", percent: "2.9" },
      processingTime: { key: "instant", text: "Instant" },
      verificationLevel: 0,
      state: "active",
    });

    const cny = await list(cn, "direction=deposit&currency=CNY", "zh-CN");
    const cnIds = cny.json().data.map((m: { id: string; name: string }) => m.id);
    expect(cnIds).toEqual(expect.arrayContaining(["card", "bank_cn", "ewallet_alipay"]));
    expect(cnIds).not.toContain("bank_us_ach");
    expect(cny.json().data.find((m: { id: string }) => m.id === "ewallet_alipay").name).toBe("支付宝");
  });

  it("converts limits into the asked currency and refuses bad queries with a clear error", async () => {
    const eur = await list(cn, "direction=withdrawal&currency=EUR");
    expect(eur.statusCode).toBe(200);
    for (const m of eur.json().data) expect(m.currency).toBe("EUR");
    const bad = await list(cn, "direction=sideways");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
    const anonymous = await ctx.app.inject({ method: "GET", url: "/api/v1/payment-methods" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("refuses a method outside the customer's region, naming the ones that work", async () => {
    const checked = ctx.services.payments.methods.check({
      methodId: "bank_us_ach",
      direction: "deposit",
      profile: { country: "CN", verificationLevel: 0 },
      amount: 10_000n,
      currency: "USD",
    });
    const error: unknown = await checked.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    const { code, extensions } = error as DomainError;
    expect(code).toBe("method_unavailable_in_region");
    const offered = (extensions.methods as { id: string }[]).map((m) => m.id);
    expect(offered).toContain("card");
    expect(offered).not.toContain("bank_us_ach");
  });

  it("checks level and amount bounds, and computes the fee rounded up", async () => {
    const { methods } = ctx.services.payments;
    const base = { direction: "deposit" as const, profile: { country: "US", verificationLevel: 0 } };
    await expect(
      methods.check({ ...base, methodId: "bank_swift", amount: 100_000n, currency: "USD" }),
    ).rejects.toMatchObject({ code: "kyc_required", extensions: { requiredLevel: 1, currentLevel: 0 } });
    await expect(
      methods.check({ ...base, methodId: "card", amount: 99n, currency: "USD" }),
    ).rejects.toMatchObject({
      code: "amount_below_minimum",
      extensions: { minimum: "1.00" },
    });
    await expect(
      methods.check({ ...base, methodId: "card", amount: 500_001n, currency: "USD" }),
    ).rejects.toMatchObject({ code: "amount_above_maximum", extensions: { maximum: "5000.00" } });
    // 2.9% of 10.01 = 0.29029 → 0.30 (up), plus 0.30 fixed.
    const { fee } = await methods.check({ ...base, methodId: "card", amount: 1_001n, currency: "USD" });
    expect(fee).toBe(60n);
  });

  it("lets an admin schedule maintenance: refused with its end time while open, fine after, no restart", async () => {
    const now = ctx.clock.now();
    const startsAt = new Date(now.getTime() + 60 * 60_000).toISOString();
    const endsAt = new Date(now.getTime() + 3 * 60 * 60_000).toISOString();
    const patched = await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/admin/payment-methods/card",
      headers: admin.auth,
      payload: { maintenance: { startsAt, endsAt } },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ currentState: "active", maintenance: { startsAt, endsAt } });

    const input = {
      methodId: "card",
      direction: "deposit" as const,
      profile: { country: "US", verificationLevel: 0 },
      amount: 1_000n,
      currency: "USD",
    };
    const { methods } = ctx.services.payments;
    await expect(methods.check(input)).resolves.toMatchObject({ method: { id: "card" } });
    ctx.clock.advance(2 * 60 * 60_000);
    await expect(methods.check(input)).rejects.toMatchObject({ code: "maintenance", extensions: { endsAt } });
    const shown = (await list(us, "direction=deposit&currency=USD"))
      .json()
      .data.find((m: { id: string }) => m.id === "card");
    expect(shown).toMatchObject({ state: "maintenance", maintenance: { endsAt } });
    ctx.clock.advance(60 * 60_000);
    await expect(methods.check(input)).resolves.toMatchObject({ method: { id: "card" } });

    const audit = await ctx.platform.db
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("action", "=", "payment_method.updated")
      .execute();
    expect(audit).toContainEqual({ action: "payment_method.updated", actor_id: admin.userId });
  });

  it("pauses a method at once", async () => {
    const paused = await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/admin/payment-methods/ewallet_paypal",
      headers: admin.auth,
      payload: { state: "paused" },
    });
    expect(paused.json().currentState).toBe("paused");
    await expect(
      ctx.services.payments.methods.check({
        methodId: "ewallet_paypal",
        direction: "deposit",
        profile: { country: "US", verificationLevel: 0 },
        amount: 1_000n,
        currency: "USD",
      }),
    ).rejects.toMatchObject({ code: "method_paused" });
  });

  it("lets admins add a method, validating what they send, and nobody else", async () => {
    const body = {
      id: "bank_uk_fps",
      kind: "bank_transfer",
      provider: "bank_sim",
      name: { en: "UK Faster Payments", "zh-CN": "英国快速支付" },
      direction: "both",
      countries: ["GB"],
      currencies: ["GBP"],
      minAmount: "5.00",
      maxAmount: "25000.00",
      feeFixed: "0.00",
      feePercent: "0",
      processingTime: "minutes",
      depositLevel: 0,
      withdrawalLevel: 1,
      state: "active",
      maintenance: null,
    };
    const forbidden = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/payment-methods",
      headers: us.auth,
      payload: body,
    });
    expect(forbidden.statusCode).toBe(403);
    const created = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/payment-methods",
      headers: admin.auth,
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ id: "bank_uk_fps", minAmount: "5.00", countries: ["GB"] });
    const again = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/payment-methods",
      headers: admin.auth,
      payload: body,
    });
    expect(again.statusCode).toBe(409);
    const inverted = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/payment-methods",
      headers: admin.auth,
      payload: { ...body, id: "bank_uk_2", minAmount: "50.00", maxAmount: "10.00" },
    });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().errors[0].path).toBe("/maxAmount");
    const unknownProvider = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/payment-methods",
      headers: admin.auth,
      payload: { ...body, id: "bank_uk_3", provider: "nope" },
    });
    expect(unknownProvider.statusCode).toBe(400);
  });
});
