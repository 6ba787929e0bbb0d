import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import {
  completeOnPage,
  type DepositJson,
  getDeposit,
  postDeposit,
  runDepositChores,
  signInAgain,
  simulatorIdOf,
} from "../../../test/deposit-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { balances, buildCustomer, type Customer, trialBalance } from "../../../test/wallet-helpers.js";

describe(`e-wallet and bank-transfer simulators on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let li: Customer; // CN
  let ann: Customer; // US
  beforeAll(async () => {
    ctx = await buildTestApp();
    li = await buildCustomer(ctx, {}, "Li Wei");
    ann = await buildCustomer(ctx, {}, "Ann Lee", { country: "US" });
  });
  afterAll(() => ctx.close());

  const deposit = async (who: Customer, payload: Record<string, unknown>): Promise<DepositJson> => {
    const res = await postDeposit(ctx, who, payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it("e-wallet: the customer approves on the wallet's page; the webhook credits", async () => {
    const d = await deposit(li, { methodId: "ewallet_alipay", amount: "200.00", currency: "CNY" });
    expect(d).toMatchObject({
      kind: "ewallet",
      status: "pending",
      providerStatus: "requires_action",
      fee: "2.00",
      nextAction: {
        type: "redirect",
        url: expect.stringMatching(/\/simulator\/ewallet\/sim_[\w-]+\?return=/),
      },
    });
    const page = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/simulator/payments/${simulatorIdOf(d.nextAction?.url as string)}`,
    });
    expect(page.json()).toMatchObject({
      kind: "ewallet",
      provider: "ewallet_sim",
      amount: "200.00",
      currency: "CNY",
    });
    expect((await completeOnPage(ctx, d.nextAction?.url as string, "approve")).statusCode).toBe(200);
    await ctx.platform.outbox.drain();
    expect(await getDeposit(ctx, li, d.id)).toMatchObject({ status: "succeeded" });
    expect(await balances(ctx, li)).toEqual({ CNY: "198.00" });
  });

  it.each(["cancel", "decline"] as const)(
    "e-wallet: %s on the wallet's page fails it as payment_canceled",
    async (outcome) => {
      const d = await deposit(li, { methodId: "ewallet_alipay", amount: "50.00", currency: "CNY" });
      await completeOnPage(ctx, d.nextAction?.url as string, outcome);
      await ctx.platform.outbox.drain();
      expect(await getDeposit(ctx, li, d.id)).toMatchObject({
        status: "failed",
        reason: { code: "payment_canceled" },
      });
      expect(await balances(ctx, li)).toEqual({ CNY: "198.00" });
    },
  );

  it("bank transfer: instructions with a unique reference; the statement line credits it", async () => {
    const d = await deposit(ann, { methodId: "bank_us_ach", amount: "250.00", currency: "USD" });
    const expiresAt = new Date(ctx.clock.now().getTime() + 14 * 86_400_000).toISOString();
    expect(d).toMatchObject({
      kind: "bank_transfer",
      status: "pending",
      providerStatus: "awaiting_transfer",
      fee: "0.00",
      expiresAt,
      nextAction: {
        type: "bank_transfer",
        bankName: expect.stringContaining("simulator"),
        accountName: "Satchel Payments Ltd",
        accountNumber: "000123456789",
        routingNumber: "110000000",
        reference: expect.stringMatching(/^SAT-[0-9A-HJKMNP-TV-Z]{8}$/),
        amount: "250.00",
        currency: "USD",
        expiresAt,
      },
    });
    const reference = d.nextAction?.reference as string;
    const other = await deposit(ann, { methodId: "bank_us_ach", amount: "250.00", currency: "USD" });
    expect(other.nextAction?.reference).not.toBe(reference);

    // What the bank part does with a statement line quoting the reference (in any case and spacing).
    const { deposits } = ctx.services.payments;
    const found = await deposits.findByBankReference(ctx.platform.db, ` ${reference.toLowerCase()} `);
    expect(found?.id).toBe(d.id);
    await ctx.platform.db.transaction().execute((trx) => deposits.settle(trx, d.id, { status: "succeeded" }));
    expect(await getDeposit(ctx, ann, d.id)).toMatchObject({ status: "succeeded", nextAction: null });
    expect(await balances(ctx, ann)).toEqual({ USD: "250.00" });
  });

  it.each([
    ["DE", "bank_sepa", "EUR", { iban: "DE89370400440532013000", swift: "SIMLDEFFXXX" }],
    ["CN", "bank_cn", "CNY", { accountNumber: "121909876510201" }],
  ])(
    "bank transfer from %s (%s) names the account the way its banks do",
    async (country, methodId, currency, fields) => {
      const who = await buildCustomer(ctx, {}, "Bank Customer", { country });
      const d = await deposit(who, { methodId, amount: "100.00", currency });
      expect(d.nextAction).toMatchObject({
        type: "bank_transfer",
        accountName: "Satchel Payments Ltd",
        ...fields,
      });
    },
  );

  it("international wires need verification level 1", async () => {
    const res = await postDeposit(ctx, ann, { methodId: "bank_swift", amount: "100.00", currency: "USD" });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: "kyc_required", requiredLevel: 1, currentLevel: 0 });
  });

  it("bank instructions nobody paid expire with deposit_expired, and the customer is told", async () => {
    const d = await deposit(ann, { methodId: "bank_us_ach", amount: "75.00", currency: "USD" });
    ctx.clock.advance(14 * 86_400_000 - 60_000);
    await runDepositChores(ctx);
    ann = await signInAgain(ctx, ann);
    expect((await getDeposit(ctx, ann, d.id)).status).toBe("pending");
    ctx.clock.advance(60_000);
    await runDepositChores(ctx);
    const expired = await getDeposit(ctx, ann, d.id);
    expect(expired).toMatchObject({
      status: "expired",
      nextAction: null,
      reason: { code: "deposit_expired" },
    });
    expect(expired.timeline.map((t) => t.status)).toEqual(["created", "expired"]);
    expect((await lastMessage(ctx, ann.email)).subject).toBe("Your deposit of 75.00 USD did not go through");
    // A late statement line finds the deposit final: nothing is credited to it.
    const late = await ctx.platform.db
      .transaction()
      .execute((trx) => ctx.services.payments.deposits.settle(trx, d.id, { status: "succeeded" }));
    expect(late.changed).toBe(false);
    expect(await balances(ctx, ann)).toEqual({ USD: "250.00" });
    expect(Object.values(await trialBalance(ctx)).every((total) => total === 0n)).toBe(true);
  });
});
