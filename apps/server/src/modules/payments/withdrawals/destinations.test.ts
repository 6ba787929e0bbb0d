import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer } from "../../../test/wallet-helpers.js";
import {
  ACH,
  addDestination,
  buildWithdrawer,
  nextCode,
  type Withdrawer,
  withdraw,
} from "../../../test/withdrawal-helpers.js";

describe(`payout destinations on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let wendy: Withdrawer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    wendy = await buildWithdrawer(ctx);
  });
  afterAll(() => ctx.close());

  it("needs two-factor authentication switched on, and a right code", async () => {
    const plain = await buildWithdrawer(ctx, {}, { totp: false });
    const refused = await addDestination(ctx, plain, ACH(), "123456");
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("two_factor_setup_required");

    const missing = await addDestination(ctx, wendy, ACH(), null);
    expect(missing.json().code).toBe("mfa_required");
    const wrong = await addDestination(ctx, wendy, ACH(), "000000");
    expect(wrong.json().code).toBe("invalid_mfa_code");
    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/payout-destinations",
      headers: wendy.auth,
    });
    expect(list.json().data).toEqual([]);
  });

  it("saves a bank account masked and sealed, holds it for 24 hours and emails the customer", async () => {
    const res = await addDestination(ctx, wendy, ACH("000123456789"));
    expect(res.statusCode, res.body).toBe(201);
    const destination = res.json();
    expect(destination).toMatchObject({
      methodId: "bank_us_ach",
      kind: "bank_transfer",
      label: "Harbor Bank •••• 6789",
      display: { holder: "Wendy Withdraw", bankName: "Harbor Bank", last4: "6789", account: "•••• 6789" },
      status: "active",
      ready: false,
    });
    expect(new Date(destination.usableAfter).getTime() - ctx.clock.now().getTime()).toBe(24 * 3_600_000);
    const row = await ctx.platform.db
      .selectFrom("payout_destinations")
      .selectAll()
      .where("id", "=", destination.id)
      .executeTakeFirstOrThrow();
    expect(row.details_sealed).not.toContain("000123456789");
    expect(JSON.parse(ctx.services.payments.deps.customers.open(row.details_sealed))).toMatchObject({
      accountNumber: "000123456789",
      routingNumber: "110000000",
    });
    expect((await lastMessage(ctx, wendy.email)).subject).toBe(
      "A payout destination was added to your account",
    );

    const early = await withdraw(ctx, wendy, { destinationId: destination.id, amount: "20.00" });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: "destination_not_ready",
      usableAfter: destination.usableAfter,
    });
    expect(
      (await ctx.app.inject({ method: "GET", url: "/api/v1/wallets", headers: wendy.auth })).json().data[0],
    ).toMatchObject({
      held: "0.00",
    });

    ctx.clock.advance(24 * 3_600_000);
    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/payout-destinations",
      headers: wendy.auth,
    });
    expect(list.json().data).toMatchObject([{ id: destination.id, ready: true }]);
    const now = await withdraw(ctx, wendy, { destinationId: destination.id, amount: "20.00" });
    expect(now.statusCode, now.body).toBe(201);
  });

  it("refuses the same account twice while it is saved, and takes it again once removed", async () => {
    const first = await addDestination(ctx, wendy, ACH("000555550001"));
    expect(first.statusCode).toBe(201);
    const again = await addDestination(ctx, wendy, {
      ...ACH("0005-5555-0001"),
      label: "Same account, typed differently",
    });
    expect(again.json().code).toBe("destination_duplicate");
    const removed = await ctx.app.inject({
      method: "DELETE",
      url: `/api/v1/payout-destinations/${first.json().id}`,
      headers: wendy.auth,
    });
    expect(removed.statusCode).toBe(204);
    expect((await addDestination(ctx, wendy, ACH("000555550001"))).statusCode).toBe(201);
  });

  it("checks bank details field by field", async () => {
    const sepa = {
      methodId: "bank_sepa",
      details: {
        accountHolder: "W",
        iban: "DE89 3704 0044 0532 0130 01",
        bankName: "Sparkasse",
        swift: "NOPE",
      },
    };
    const res = await addDestination(ctx, wendy, sepa);
    // A US customer cannot use SEPA: the region is checked before anything else.
    expect(res.json()).toMatchObject({ code: "method_unavailable_in_region" });
    expect(res.json().methods.map((m: { id: string }) => m.id)).toContain("bank_us_ach");

    const eu = await buildWithdrawer(ctx, { EUR: "100.00" }, { country: "DE" });
    const bad = await addDestination(ctx, eu, sepa);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("payout_details_invalid");
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["/details/accountHolder", "/details/iban", "/details/swift"]);
    const good = await addDestination(ctx, eu, {
      methodId: "bank_sepa",
      details: { accountHolder: "Erika Muster", iban: "DE89 3704 0044 0532 0130 00", bankName: "Sparkasse" },
    });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().display).toMatchObject({ account: "DE •••• 3000", last4: "3000" });
  });

  it("exchanges a card for the provider's token and never keeps the number", async () => {
    const wrong = await addDestination(ctx, wendy, {
      methodId: "card",
      details: { number: "4242 4242 4242 4241", expMonth: 12, expYear: 2030 },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: "incorrect_card_details", field: "number" });
    expect(wrong.json().errors[0].path).toBe("/details/number");

    const res = await addDestination(ctx, wendy, {
      methodId: "card",
      details: { number: "4242 4242 4242 4242", expMonth: 12, expYear: 2030 },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: "card",
      label: "Visa •••• 4242",
      display: { brand: "Visa", last4: "4242" },
    });
    const row = await ctx.platform.db
      .selectFrom("payout_destinations")
      .selectAll()
      .where("id", "=", res.json().id)
      .executeTakeFirstOrThrow();
    const opened = ctx.services.payments.deps.customers.open(row.details_sealed);
    expect(opened).not.toContain("4242424242424242");
    expect(JSON.parse(opened)).toMatchObject({ kind: "card", token: expect.any(String), last4: "4242" });
    expect(JSON.stringify(row)).not.toContain("4242424242424242");
  });

  it("takes an e-wallet by email or international phone number", async () => {
    const cn = await buildWithdrawer(ctx, { CNY: "100.00" }, { country: "CN" });
    const bad = await addDestination(ctx, cn, {
      methodId: "ewallet_alipay",
      details: { account: "13800138000" },
    });
    expect(bad.json()).toMatchObject({
      code: "payout_details_invalid",
      errors: [{ path: "/details/account" }],
    });
    const phone = await addDestination(ctx, cn, {
      methodId: "ewallet_alipay",
      details: { account: "+86 138 0013 8000" },
    });
    expect(phone.json()).toMatchObject({ label: "+86••••8000", display: { account: "+86••••8000" } });
    const email = await addDestination(ctx, cn, {
      methodId: "ewallet_alipay",
      label: "My Alipay",
      details: { account: "Li.Lei@Example.com" },
    });
    expect(email.json()).toMatchObject({ label: "My Alipay", display: { account: "l••••@example.com" } });
  });

  it("shows and removes only the caller's own destinations", async () => {
    const mine = await addDestination(ctx, wendy, ACH("000777770001"));
    const other = await buildCustomer(ctx, {}, "Olga Other", { country: "US" });
    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/payout-destinations",
      headers: other.auth,
    });
    expect(list.json().data).toEqual([]);
    const remove = await ctx.app.inject({
      method: "DELETE",
      url: `/api/v1/payout-destinations/${mine.json().id}`,
      headers: other.auth,
    });
    expect(remove.statusCode).toBe(404);
    const use = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/withdrawals",
      headers: other.auth,
      payload: {
        destinationId: mine.json().id,
        amount: "10.00",
        currency: "USD",
        code: nextCode(ctx, wendy),
      },
    });
    expect(use.statusCode).toBe(404);
  });

  it("documents its routes in the OpenAPI description", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/payout-destinations",
        "/api/v1/payout-destinations/{id}",
        "/api/v1/withdrawals",
        "/api/v1/withdrawals/{id}",
        "/api/v1/withdrawals/{id}/cancel",
        "/api/v1/admin/withdrawals",
        "/api/v1/admin/withdrawals/{id}/approve",
        "/api/v1/admin/withdrawals/{id}/reject",
      ]),
    );
    expect(doc.paths["/api/v1/withdrawals"].post.summary).toContain("second factor");
  });
});
