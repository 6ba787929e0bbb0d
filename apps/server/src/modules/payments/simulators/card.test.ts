import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import {
  CARDS,
  card,
  completeOnPage,
  depositByCard,
  getDeposit,
  postDeposit,
  runDepositChores,
  simulatorIdOf,
} from "../../../test/deposit-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { balances, buildCustomer, type Customer, trialBalance } from "../../../test/wallet-helpers.js";

describe(`card simulator on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let ann: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    ann = await buildCustomer(ctx, {}, "Ann Lee", { country: "US" });
  });
  afterAll(() => ctx.close());

  const count = async (table: "deposits" | "simulator_payments") =>
    Number(
      (
        await ctx.platform.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it.each([
    [CARDS.declined, "card_declined"],
    [CARDS.insufficientFunds, "card_insufficient_funds"],
    [CARDS.lost, "lost_card"],
    [CARDS.stolen, "stolen_card"],
    [CARDS.expired, "expired_card"],
    [CARDS.incorrectCvc, "incorrect_cvc"],
    [CARDS.processingError, "processing_error"],
  ])("test card %s is declined at once with %s, explained, and nothing is credited", async (number, code) => {
    const deposit = await depositByCard(ctx, ann, number, "25.00");
    expect(deposit).toMatchObject({
      status: "failed",
      providerStatus: null,
      reason: {
        code,
        title: expect.any(String),
        explanation: expect.any(String),
        nextStep: expect.any(String),
      },
      card: { last4: number.slice(-4) },
    });
    // The provider's own payment.failed webhook follows; it changes nothing.
    await ctx.platform.outbox.drain();
    expect(await getDeposit(ctx, ann, deposit.id)).toMatchObject({ status: "failed", reason: { code } });
    expect(await balances(ctx, ann)).toEqual({});
    const history = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/transactions/${deposit.transactionId}`,
      headers: ann.auth,
    });
    expect(history.json()).toMatchObject({ status: "failed", reasonCode: code });
    expect((await lastMessage(ctx, ann.email)).subject).toBe("Your deposit of 25.00 USD did not go through");
  });

  it("explains a decline in the reader's language", async () => {
    const res = await postDeposit(
      ctx,
      ann,
      { methodId: "card", amount: "5.00", currency: "USD", card: card(CARDS.lost) },
      undefined,
      { "accept-language": "zh-CN" },
    );
    expect(res.json().reason).toMatchObject({
      code: "lost_card",
      title: expect.stringMatching(/[\u4e00-\u9fff]/),
    });
    await ctx.platform.outbox.drain();
  });

  it.each([
    ["number", { number: "4242424242424241" }],
    ["number", { number: "4242 4242 42" }],
    ["expMonth", { expMonth: 13 }],
    ["expMonth", { expMonth: 10, expYear: 2026 }],
    ["expYear", { expYear: 2020 }],
    ["expYear", { expYear: "soon" }],
    ["cvc", { cvc: "12" }],
    ["cvc", { cvc: "12a" }],
  ])(
    "a bad card %s is incorrect_card_details naming the field, and nothing is created",
    async (field, change) => {
      const deposits = await count("deposits");
      const remote = await count("simulator_payments");
      const res = await postDeposit(ctx, ann, {
        methodId: "card",
        amount: "10.00",
        currency: "USD",
        card: card(CARDS.visa, change),
      });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body).toMatchObject({ code: "incorrect_card_details", field });
      expect(body.errors[0].path).toBe(`/card/${field}`);
      expect(await count("deposits")).toBe(deposits);
      expect(await count("simulator_payments")).toBe(remote);
    },
  );

  it("3-D Secure: waits for the challenge; coming back changes nothing; approval credits by webhook", async () => {
    const deposit = await depositByCard(ctx, ann, CARDS.threeDSecure, "40.00");
    expect(deposit).toMatchObject({ status: "pending", providerStatus: "requires_action" });
    const url = deposit.nextAction?.url as string;
    expect(deposit.nextAction?.type).toBe("redirect");
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:8080\/simulator\/3ds\/sim_[\w-]+\?return=/);
    const returnUrl = decodeURIComponent(url.split("?return=")[1] ?? "");
    expect(returnUrl).toBe(`http://127.0.0.1:8080/deposits/${deposit.id}`);

    const page = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/simulator/payments/${simulatorIdOf(url)}`,
    });
    expect(page.json()).toEqual({
      id: simulatorIdOf(url),
      provider: "card_sim",
      kind: "3ds",
      amount: "40.00",
      currency: "USD",
      merchant: "Satchel",
      status: "requires_action",
      returnUrl,
    });
    // The browser returning (polling the deposit) moves nothing.
    await ctx.platform.outbox.drain();
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("pending");

    const done = await completeOnPage(ctx, url, "approve");
    expect(done.json()).toEqual({ returnUrl });
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("pending");
    await ctx.platform.outbox.drain();
    expect(await getDeposit(ctx, ann, deposit.id)).toMatchObject({ status: "succeeded", nextAction: null });
    expect(await balances(ctx, ann)).toEqual({ USD: "38.54" });

    const again = await completeOnPage(ctx, url, "decline");
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("simulator_payment_closed");
  });

  it("3-D Secure declined on the challenge page fails with authentication_failed", async () => {
    const deposit = await depositByCard(ctx, ann, CARDS.threeDSecure, "15.00");
    await completeOnPage(ctx, deposit.nextAction?.url as string, "decline");
    await ctx.platform.outbox.drain();
    expect(await getDeposit(ctx, ann, deposit.id)).toMatchObject({
      status: "failed",
      reason: { code: "authentication_failed" },
    });
  });

  it("a challenge left unfinished for an hour expires the deposit and closes the page", async () => {
    const deposit = await depositByCard(ctx, ann, CARDS.threeDSecure, "12.00");
    ctx.clock.advance(30 * 60_000);
    await runDepositChores(ctx);
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("pending");
    ctx.clock.advance(31 * 60_000);
    await runDepositChores(ctx);
    expect(await getDeposit(ctx, ann, deposit.id)).toMatchObject({
      status: "expired",
      reason: { code: "authentication_failed" },
    });
    const late = await completeOnPage(ctx, deposit.nextAction?.url as string, "approve");
    expect(late.statusCode).toBe(409);
    await ctx.platform.outbox.drain();
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("expired");
  });

  it("the provider pages show only payments waiting on a customer", async () => {
    const unknown = await ctx.app.inject({ method: "GET", url: "/api/v1/simulator/payments/sim_nothing" });
    expect(unknown.statusCode).toBe(404);
    const token = await ctx.platform.db
      .selectFrom("simulator_payments")
      .select("id")
      .where("status", "=", "token")
      .executeTakeFirstOrThrow();
    const tokenPage = await ctx.app.inject({ method: "GET", url: `/api/v1/simulator/payments/${token.id}` });
    expect(tokenPage.statusCode).toBe(404);
    const complete = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/simulator/payments/${token.id}/complete`,
      payload: { outcome: "approve" },
    });
    expect(complete.statusCode).toBe(404);
  });

  it("never stores a card number anywhere: only brand, last 4 and expiry", async () => {
    const payload = { methodId: "card", amount: "3.00", currency: "USD", card: card(CARDS.visa) };
    expect((await postDeposit(ctx, ann, payload, "never-stored")).statusCode).toBe(201);
    await ctx.platform.outbox.drain();
    for (const table of ["deposits", "simulator_payments", "idempotency_keys", "outbox", "transactions"]) {
      const found = await sql<{ n: string }>`
        select count(*)::text as n from ${sql.table(table)} t
        where t::text like ${"%4242424242424242%"} or t::text like ${"%4000002760003184%"}`.execute(
        ctx.platform.db,
      );
      expect(found.rows[0]?.n, table).toBe("0");
    }
    expect(await trialBalance(ctx)).toEqual({ USD: 0n });
  });
});
