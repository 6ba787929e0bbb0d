import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildStaff } from "../../../test/wallet-helpers.js";
import {
  booksBalance,
  buildWithdrawer,
  freeze,
  historyRow,
  readWithdrawal,
  readyDestination,
  review,
  runPayouts,
  walletOf,
  withdraw,
} from "../../../test/withdrawal-helpers.js";

describe(`withdrawals: hold, cancel, review on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let compliance: Awaited<ReturnType<typeof buildStaff>>;
  beforeAll(async () => {
    ctx = await buildTestApp();
    compliance = await buildStaff(ctx, "compliance");
  });
  afterAll(() => ctx.close());

  it("holds amount + fee when requested, and a cancel gives it all back", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "500.00" });
    const destinationId = await readyDestination(ctx, wendy);
    const res = await withdraw(ctx, wendy, { destinationId, amount: "120.00" });
    expect(res.statusCode, res.body).toBe(201);
    const w = res.json();
    expect(w).toMatchObject({
      status: "in_review",
      reviewReasons: ["new_destination"],
      amount: "120.00",
      fee: "0.00",
      total: "120.00",
      currency: "USD",
      cancelable: true,
      reason: null,
      destination: { id: destinationId, label: "Harbor Bank •••• 0001" },
      reference: expect.any(String),
    });
    expect(w.timeline.map((e: { status: string }) => e.status)).toEqual(["requested", "in_review"]);
    expect(await walletOf(ctx, wendy)).toMatchObject({
      available: "380.00",
      held: "120.00",
      posted: "500.00",
    });
    expect((await lastMessage(ctx, wendy.email)).subject).toBe(
      "Your withdrawal of 120.00 USD is being reviewed",
    );
    const history = await ctx.app.inject({ method: "GET", url: "/api/v1/transactions", headers: wendy.auth });
    expect(history.json().data[0]).toMatchObject({
      id: w.transactionId,
      type: "withdrawal",
      status: "pending",
      direction: "out",
      amount: "120.00",
    });

    const cancel = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/withdrawals/${w.id}/cancel`,
      headers: wendy.auth,
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json()).toMatchObject({
      status: "canceled",
      cancelable: false,
      reason: { code: "cancelled_by_customer", title: "Cancelled by you" },
    });
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "500.00", held: "0.00", posted: "500.00" });
    expect((await lastMessage(ctx, wendy.email)).subject).toBe("Your withdrawal of 120.00 USD is canceled");
    const row = await historyRow(ctx, wendy, w.transactionId);
    expect(row).toMatchObject({ status: "failed", reasonCode: "cancelled_by_customer" });
    const again = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/withdrawals/${w.id}/cancel`,
      headers: wendy.auth,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("withdrawal_not_cancelable");
  });

  it("lets compliance reject with a reason and a note the customer reads; the money is released", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "300.00" });
    const destinationId = await readyDestination(ctx, wendy);
    const w = (await withdraw(ctx, wendy, { destinationId, amount: "200.00" })).json();

    const customerTries = await review(ctx, wendy, w.id, "reject", { note: "Nope" });
    expect(customerTries.statusCode).toBe(403);
    const queue = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/withdrawals",
      headers: compliance.auth,
    });
    expect(queue.json().data.find((q: { id: string }) => q.id === w.id)).toMatchObject({
      status: "in_review",
      customer: { email: wendy.email, walletNumber: wendy.walletNumber, verificationLevel: 1 },
    });

    const rejected = await review(ctx, compliance, w.id, "reject", {
      note: "The account holder's name does not match yours.",
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const seen = await readWithdrawal(ctx, wendy, w.id);
    expect(seen).toMatchObject({
      status: "rejected",
      reason: { code: "compliance_rejected", title: "Not approved by our review" },
      reasonNote: "The account holder's name does not match yours.",
      cancelable: false,
    });
    expect(seen.timeline.at(-1)).toMatchObject({
      status: "rejected",
      reasonCode: "compliance_rejected",
      note: "The account holder's name does not match yours.",
    });
    const zh = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/withdrawals/${w.id}`,
      headers: { ...wendy.auth, "accept-language": "zh-CN" },
    });
    expect(zh.json().reason.title).toBe("未通过审核");
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "300.00", held: "0.00" });
    const mail = await lastMessage(ctx, wendy.email);
    expect(mail.subject).toBe("Your withdrawal of 200.00 USD was not approved");
    expect(mail.text).toContain("The account holder's name does not match yours.");
    const audit = await ctx.services.audit.list({ targetType: "withdrawal", targetId: w.id });
    expect(audit.map((a) => a.action)).toEqual(["withdrawal.rejected"]);
    expect((await review(ctx, compliance, w.id, "approve")).json().code).toBe("withdrawal_not_in_review");
  });

  it("sends an approved withdrawal to the provider; paid posts the hold to the provider and fee accounts", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "500.00" });
    const destinationId = await readyDestination(ctx, wendy, {
      methodId: "ewallet_paypal",
      details: { account: "wendy@example.com" },
    });
    const w = (await withdraw(ctx, wendy, { destinationId, amount: "100.00" })).json();
    // PayPal: 3.4% + 0.30 on top.
    expect(w).toMatchObject({ status: "in_review", fee: "3.70", total: "103.70" });
    const approved = await review(ctx, compliance, w.id, "approve");
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: "processing", cancelable: false });
    const late = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/withdrawals/${w.id}/cancel`,
      headers: wendy.auth,
    });
    expect(late.json().code).toBe("withdrawal_not_cancelable");

    await runPayouts(ctx);
    const paid = await readWithdrawal(ctx, wendy, w.id);
    expect(paid.status).toBe("paid");
    expect(paid.timeline.map((e: { status: string }) => e.status)).toEqual([
      "requested",
      "in_review",
      "processing",
      "paid",
    ]);
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "396.30", held: "0.00", posted: "396.30" });
    expect((await lastMessage(ctx, wendy.email)).subject).toBe("Your withdrawal of 100.00 USD was paid");
    const row = await historyRow(ctx, wendy, w.transactionId);
    expect(row).toMatchObject({ status: "completed", amount: "100.00", fee: "3.70" });
    expect(await booksBalance(ctx)).toBe(true);
    const audit = await ctx.services.audit.list({ targetType: "withdrawal", targetId: w.id });
    expect(audit.map((a) => a.action)).toEqual(["withdrawal.approved"]);

    // The destination has been paid once: the next withdrawal to it needs no review.
    const second = (await withdraw(ctx, wendy, { destinationId, amount: "10.00" })).json();
    expect(second).toMatchObject({ status: "requested", reviewReasons: [] });
    await runPayouts(ctx);
    expect((await readWithdrawal(ctx, wendy, second.id)).status).toBe("paid");
  });

  it("sends large amounts to review even to a destination paid before", async () => {
    const big = await buildWithdrawer(ctx, { USD: "10000.00" }, { level: 2 });
    const destinationId = await readyDestination(ctx, big);
    const first = (await withdraw(ctx, big, { destinationId, amount: "50.00" })).json();
    await review(ctx, compliance, first.id, "approve");
    await runPayouts(ctx);
    expect((await readWithdrawal(ctx, big, first.id)).status).toBe("paid");
    const large = await withdraw(ctx, big, { destinationId, amount: "3000.00" });
    expect(large.json()).toMatchObject({ status: "in_review", reviewReasons: ["large_amount"] });
    const small = await withdraw(ctx, big, { destinationId, amount: "2999.99" });
    expect(small.json()).toMatchObject({ status: "requested", reviewReasons: [] });
  });

  it("does not let a reviewer approve while the account is frozen; rejecting still releases the money", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "100.00" });
    const destinationId = await readyDestination(ctx, wendy);
    const w = (await withdraw(ctx, wendy, { destinationId, amount: "50.00" })).json();
    const agent = await buildStaff(ctx, "agent");
    await freeze(ctx, agent, wendy);
    const approve = await review(ctx, compliance, w.id, "approve");
    expect(approve.statusCode).toBe(403);
    expect(approve.json().code).toBe("account_frozen");
    expect((await readWithdrawal(ctx, wendy, w.id)).status).toBe("in_review");
    const reject = await review(ctx, compliance, w.id, "reject", {
      reasonCode: "suspected_fraud",
      note: "Stopped while your account is frozen.",
    });
    expect(reject.json()).toMatchObject({ status: "rejected", reason: { code: "suspected_fraud" } });
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "100.00", held: "0.00" });
    const unknown = await review(ctx, compliance, w.id, "reject", { reasonCode: "because", note: "No." });
    expect(unknown.statusCode).toBe(400);
  });
});
