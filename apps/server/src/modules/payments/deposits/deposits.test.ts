import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import {
  CARDS,
  card,
  type DepositJson,
  depositByCard,
  getDeposit,
  platformBalance,
  postDeposit,
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

describe(`deposits on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let ann: Customer;
  let admin: Awaited<ReturnType<typeof buildStaff>>;
  beforeAll(async () => {
    ctx = await buildTestApp();
    ann = await buildCustomer(ctx, {}, "Ann Lee", { country: "US" });
    admin = await buildStaff(ctx, "admin");
  });
  afterAll(() => ctx.close());

  const depositCount = async (userId: string) =>
    Number(
      (
        await ctx.platform.db
          .selectFrom("deposits")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("user_id", "=", userId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("a 4242 card deposit is pending until the provider's webhook credits amount less fee", async () => {
    const before = await depositCount(ann.userId);
    const deposit = await depositByCard(ctx, ann, CARDS.visa, "100.00");
    expect(deposit).toMatchObject({
      methodId: "card",
      kind: "card",
      status: "pending",
      providerStatus: "processing",
      amount: "100.00",
      fee: "3.20",
      netAmount: "96.80",
      currency: "USD",
      card: { brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 },
      nextAction: null,
      reason: null,
    });
    expect(deposit.reference).toMatch(/^T/);
    expect(await depositCount(ann.userId)).toBe(before + 1);
    expect(await balances(ctx, ann)).toEqual({});

    await ctx.platform.outbox.drain();
    const settled = await getDeposit(ctx, ann, deposit.id);
    expect(settled).toMatchObject({
      status: "succeeded",
      providerStatus: null,
      completedAt: expect.any(String),
    });
    expect(settled.timeline.map((t) => t.status)).toEqual(["created", "succeeded"]);
    expect(await balances(ctx, ann)).toEqual({ USD: "96.80" });
    expect(await platformBalance(ctx, "fees", "USD")).toBe(320n);
    expect(await platformBalance(ctx, "provider:card_sim", "USD")).toBe(-10_000n);
    expect(await trialBalance(ctx)).toEqual({ USD: 0n });

    const history = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/transactions/${deposit.transactionId}`,
      headers: ann.auth,
    });
    expect(history.json()).toMatchObject({
      type: "deposit",
      status: "completed",
      direction: "in",
      amount: "96.80",
      fee: "3.20",
    });
    const mail = await lastMessage(ctx, ann.email);
    expect(mail.subject).toBe("Your deposit of 100.00 USD has arrived");
    expect(mail.text).toContain("96.80 USD");
  });

  it("a Mastercard is any other valid number: it succeeds too", async () => {
    const deposit = await depositByCard(ctx, ann, CARDS.mastercard, "10.00");
    expect(deposit.card).toMatchObject({ brand: "mastercard", last4: "4444" });
    await ctx.platform.outbox.drain();
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("succeeded");
  });

  it("an Idempotency-Key retry answers with the same deposit, never a second one", async () => {
    const payload = { methodId: "card", amount: "20.00", currency: "USD", card: card(CARDS.visa) };
    const before = await depositCount(ann.userId);
    const first = await postDeposit(ctx, ann, payload, "dep-key-1");
    expect(first.statusCode).toBe(201);
    await ctx.platform.outbox.drain();
    const again = await postDeposit(ctx, ann, payload, "dep-key-1");
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotency-replayed"]).toBe("true");
    // The replay shows where the deposit is now.
    expect(again.json()).toMatchObject({ id: first.json().id, status: "succeeded" });
    expect(await depositCount(ann.userId)).toBe(before + 1);

    const changed = await postDeposit(ctx, ann, { ...payload, amount: "21.00" }, "dep-key-1");
    expect(changed.statusCode).toBe(409);
    expect(changed.json().code).toBe("idempotency_key_reused");
    const otherCard = await postDeposit(ctx, ann, { ...payload, card: card(CARDS.mastercard) }, "dep-key-1");
    expect(otherCard.json().code).toBe("idempotency_key_reused");
    expect(await depositCount(ann.userId)).toBe(before + 1);
  });

  it("concurrent retries with one key make one deposit", async () => {
    const payload = { methodId: "card", amount: "5.00", currency: "USD", card: card(CARDS.visa) };
    const before = await depositCount(ann.userId);
    const answers = await Promise.all([1, 2, 3].map(() => postDeposit(ctx, ann, payload, "dep-key-race")));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await depositCount(ann.userId)).toBe(before + 1);
    await ctx.platform.outbox.drain();
  });

  it("a method not offered in the customer's region is refused with the methods that are", async () => {
    const bo = await buildCustomer(ctx, {}, "Bo Chen"); // CN
    const res = await postDeposit(ctx, bo, { methodId: "bank_us_ach", amount: "50.00", currency: "USD" });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe("method_unavailable_in_region");
    const ids = (body.methods as { id: string }[]).map((m) => m.id);
    expect(ids).toContain("card");
    expect(ids).not.toContain("bank_us_ach");
    expect(await depositCount(bo.userId)).toBe(0);
  });

  it("a method in maintenance refuses with its end and writes nothing; after the end it works without a restart", async () => {
    const startsAt = ctx.clock.now().toISOString();
    const endsAt = new Date(ctx.clock.now().getTime() + 20 * 60_000).toISOString();
    const patch = await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/admin/payment-methods/card",
      headers: admin.auth,
      payload: { maintenance: { startsAt, endsAt } },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const before = await depositCount(ann.userId);
    const outboxBefore = await ctx.platform.outbox.pendingCount();
    const refused = await postDeposit(ctx, ann, {
      methodId: "card",
      amount: "10.00",
      currency: "USD",
      card: card(CARDS.visa),
    });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: "maintenance", endsAt });
    expect(await depositCount(ann.userId)).toBe(before);
    expect(await ctx.platform.outbox.pendingCount()).toBe(outboxBefore);

    ctx.clock.advance(21 * 60_000);
    const accepted = await depositByCard(ctx, ann, CARDS.visa, "10.00");
    expect(accepted.status).toBe("pending");
    await ctx.platform.outbox.drain();
  });

  it("level 0 may deposit up to 500 USD at once: more is limit_exceeded and nothing is written", async () => {
    const cy = await buildCustomer(ctx, {}, "Cy Park", { country: "US" });
    const res = await postDeposit(ctx, cy, {
      methodId: "card",
      amount: "600.00",
      currency: "USD",
      card: card(CARDS.visa),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "limit_exceeded", limit: expect.any(String) });
    expect(await depositCount(cy.userId)).toBe(0);
    const ok = await depositByCard(ctx, cy, CARDS.visa, "500.00");
    expect(ok.status).toBe("pending");
    await ctx.platform.outbox.drain();
  });

  it("a fee as large as the amount is amount_below_minimum", async () => {
    await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/admin/payment-methods/ewallet_paypal",
      headers: admin.auth,
      payload: { feeFixed: "5.00" },
    });
    const res = await postDeposit(ctx, ann, { methodId: "ewallet_paypal", amount: "4.00", currency: "USD" });
    expect(res.statusCode).toBe(422);
    // 5.19 is the first amount whose fee (5.00 + 3.4%, rounded up) leaves something to credit.
    expect(res.json()).toMatchObject({ code: "amount_below_minimum", minimum: "5.19" });
    await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/admin/payment-methods/ewallet_paypal",
      headers: admin.auth,
      payload: { feeFixed: "0.30" },
    });
  });

  it("a card method needs a card, and only card methods take one", async () => {
    const noCard = await postDeposit(ctx, ann, { methodId: "card", amount: "10.00", currency: "USD" });
    expect(noCard.statusCode).toBe(400);
    expect(noCard.json().errors[0].path).toBe("/card");
    const extra = await postDeposit(ctx, ann, {
      methodId: "ewallet_paypal",
      amount: "10.00",
      currency: "USD",
      card: card(CARDS.visa),
    });
    expect(extra.statusCode).toBe(400);
  });

  it("a frozen account may still deposit (a freeze stops money going out)", async () => {
    const dee = await buildCustomer(ctx, {}, "Dee Fox", { country: "US" });
    const agent = await buildStaff(ctx, "agent");
    const freeze = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/customers/${dee.userId}/freeze`,
      headers: agent.auth,
      payload: { reason: "suspicious sign-ins" },
    });
    expect(freeze.statusCode, freeze.body).toBe(204);
    const deposit = await depositByCard(ctx, dee, CARDS.visa, "10.00");
    await ctx.platform.outbox.drain();
    expect((await getDeposit(ctx, dee, deposit.id)).status).toBe("succeeded");
  });

  it("customers see only their own deposits; staff cannot deposit", async () => {
    const eve = await buildCustomer(ctx, {}, "Eve Ng", { country: "US" });
    const mine = await depositByCard(ctx, ann, CARDS.visa, "1.00");
    const peek = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/deposits/${mine.id}`,
      headers: eve.auth,
    });
    expect(peek.statusCode).toBe(404);
    const list = await ctx.app.inject({ method: "GET", url: "/api/v1/deposits", headers: eve.auth });
    expect(list.json()).toEqual({ data: [], nextCursor: null });
    const staff = await postDeposit(ctx, admin as unknown as Customer, {
      methodId: "card",
      amount: "10.00",
      currency: "USD",
      card: card(CARDS.visa),
    });
    expect(staff.statusCode).toBe(403);
    await ctx.platform.outbox.drain();
  });

  it("lists the caller's deposits newest first, page by page", async () => {
    const first = await ctx.app.inject({ method: "GET", url: "/api/v1/deposits?limit=2", headers: ann.auth });
    const page = first.json() as { data: DepositJson[]; nextCursor: string };
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).toBe(page.data[1]?.id);
    const next = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/deposits?limit=2&cursor=${page.nextCursor}`,
      headers: ann.auth,
    });
    const ids = (next.json().data as DepositJson[]).map((d) => d.id);
    expect(ids.every((id) => id < page.nextCursor)).toBe(true);
    expect(await trialBalance(ctx)).toEqual({ USD: 0n });
  });
});
