import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CARDS,
  depositByCard,
  getDeposit,
  platformBalance,
  runDepositChores,
  setSimulatorMode,
} from "../../../test/deposit-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import {
  balances,
  buildCustomer,
  buildStaff,
  type Customer,
  trialBalance,
} from "../../../test/wallet-helpers.js";
import { callProvider, isAnswer } from "../deposits/provider-call.js";
import type { PaymentProvider } from "../providers/provider.js";

describe(`provider outages on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let ann: Customer;
  let admin: Awaited<ReturnType<typeof buildStaff>>;
  beforeAll(async () => {
    ctx = await buildTestApp();
    ann = await buildCustomer(ctx, {}, "Ann Lee", { country: "US" });
    admin = await buildStaff(ctx, "admin");
  });
  afterAll(() => ctx.close());

  const remoteRows = (reference: string) =>
    ctx.platform.db
      .selectFrom("simulator_payments")
      .selectAll()
      .where("merchant_reference", "=", reference)
      .execute();

  it("admins list the simulators and switch their modes; each change is audited", async () => {
    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/simulators",
      headers: admin.auth,
    });
    expect(list.json().data).toEqual([
      { provider: "card_sim", kind: "card", mode: "normal", updatedAt: null },
      { provider: "bank_sim", kind: "bank_transfer", mode: "normal", updatedAt: null },
      { provider: "ewallet_sim", kind: "ewallet", mode: "normal", updatedAt: null },
    ]);
    expect(await setSimulatorMode(ctx, admin, "ewallet_sim", "timeout")).toMatchObject({
      provider: "ewallet_sim",
      mode: "timeout",
      updatedAt: ctx.clock.now().toISOString(),
    });
    const one = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/simulators/ewallet_sim",
      headers: admin.auth,
    });
    expect(one.json().mode).toBe("timeout");
    await setSimulatorMode(ctx, admin, "ewallet_sim", "normal");
    const audit = await ctx.services.audit.list({ targetType: "provider", targetId: "ewallet_sim" });
    expect(audit.map((a) => a.detail)).toEqual(
      expect.arrayContaining([
        { from: "normal", to: "timeout" },
        { from: "timeout", to: "normal" },
      ]),
    );

    const put = (provider: string, mode: string, auth = admin.auth) =>
      ctx.app.inject({
        method: "PUT",
        url: `/api/v1/admin/simulators/${provider}`,
        headers: auth,
        payload: { mode },
      });
    expect((await put("acme_pay", "error")).statusCode).toBe(404);
    expect((await put("card_sim", "sleepy")).statusCode).toBe(400);
    const customer = await put("card_sim", "error", ann.auth);
    expect(customer.statusCode).toBe(403);
  });

  it("timeout: the provider records the payment but the answer is lost; the late webhook credits once", async () => {
    await setSimulatorMode(ctx, admin, "card_sim", "timeout");
    const deposit = await depositByCard(ctx, ann, CARDS.visa, "50.00");
    expect(deposit).toMatchObject({ status: "pending", providerStatus: "pending_at_provider", reason: null });
    expect(await remoteRows(deposit.id)).toHaveLength(1);

    await ctx.platform.outbox.drain();
    expect(await getDeposit(ctx, ann, deposit.id)).toMatchObject({ status: "succeeded" });
    await setSimulatorMode(ctx, admin, "card_sim", "normal");
    ctx.clock.advance(2 * 3_600_000);
    await runDepositChores(ctx);
    await ctx.platform.outbox.drain();
    expect(await balances(ctx, ann)).toEqual({ USD: "48.25" });
    expect(await platformBalance(ctx, "provider:card_sim", "USD")).toBe(-5_000n);
  });

  it("error: nothing reaches the provider; the reconciler asks again once it is back, and credits once", async () => {
    await setSimulatorMode(ctx, admin, "card_sim", "error");
    const deposit = await depositByCard(ctx, ann, CARDS.visa, "30.00");
    expect(deposit).toMatchObject({ status: "pending", providerStatus: "pending_at_provider" });
    expect(await remoteRows(deposit.id)).toHaveLength(0);
    await ctx.platform.outbox.drain();

    // Still down at the first retry: the next one waits longer.
    ctx.clock.advance(61_000);
    expect(await runDepositChores(ctx)).toBe(1);
    expect(await remoteRows(deposit.id)).toHaveLength(0);
    const row = await ctx.platform.db
      .selectFrom("deposits")
      .select(["attempts", "next_check_at"])
      .where("id", "=", deposit.id)
      .executeTakeFirstOrThrow();
    expect(row.attempts).toBe(2);
    expect(row.next_check_at?.getTime()).toBe(ctx.clock.now().getTime() + 120_000);

    await setSimulatorMode(ctx, admin, "card_sim", "normal");
    expect(await runDepositChores(ctx)).toBe(0); // not due yet
    ctx.clock.advance(121_000);
    expect(await runDepositChores(ctx)).toBe(1);
    expect(await getDeposit(ctx, ann, deposit.id)).toMatchObject({
      status: "pending",
      providerStatus: "processing",
    });
    await ctx.platform.outbox.drain();
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("succeeded");
    // Asking again changes nothing: the payment exists once at the provider and is credited once.
    ctx.clock.advance(3_600_000);
    await runDepositChores(ctx);
    await ctx.platform.outbox.drain();
    expect(await remoteRows(deposit.id)).toHaveLength(1);
    expect(await balances(ctx, ann)).toEqual({ USD: "77.08" });
  });

  it("a lost webhook: the reconciler's getStatus credits the deposit; the webhook arriving later changes nothing", async () => {
    const { deposits, deps } = ctx.services.payments;
    // The endpoint is unreachable for a while: the provider's deliveries fail and wait to retry.
    deps.providers.connectWebhookEndpoint(async () => {
      throw new Error("connection refused");
    });
    const deposit = await depositByCard(ctx, ann, CARDS.visa, "10.00");
    await ctx.platform.outbox.drain();
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("pending");

    // getStatus during an error outage: no answer, tried again later.
    await setSimulatorMode(ctx, admin, "card_sim", "error");
    ctx.clock.advance(10 * 60_000 + 1);
    await runDepositChores(ctx);
    expect(await getDeposit(ctx, ann, deposit.id)).toMatchObject({
      status: "pending",
      providerStatus: "processing",
    });
    await setSimulatorMode(ctx, admin, "card_sim", "normal");
    ctx.clock.advance(61_000);
    await runDepositChores(ctx);
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("succeeded");

    deps.providers.connectWebhookEndpoint((call) => deposits.receiveWebhook(call));
    ctx.clock.advance(3_600_000);
    await ctx.platform.outbox.drain();
    expect(await balances(ctx, ann)).toEqual({ USD: "86.49" });
    expect(await trialBalance(ctx)).toEqual({ USD: 0n });
  });

  it("a provider that does not answer within PROVIDER_TIMEOUT_MS counts as no answer", async () => {
    const { deps } = ctx.services.payments;
    const quick = {
      ...deps,
      platform: {
        ...deps.platform,
        config: {
          ...deps.platform.config,
          payments: { ...deps.platform.config.payments, providerTimeoutMs: 50 },
        },
      },
    };
    const silent = { key: "silent", kind: "card" } as PaymentProvider;
    const started = Date.now();
    const answer = await callProvider(quick, silent, () => new Promise(() => {}));
    expect(isAnswer(answer)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
