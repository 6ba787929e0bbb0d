import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildStaff } from "../../../test/wallet-helpers.js";
import {
  ACH,
  booksBalance,
  buildWithdrawer,
  freeze,
  historyRow,
  platformBalance,
  readWithdrawal,
  readyDestination,
  review,
  runPayouts,
  type Withdrawer,
  walletOf,
  withdraw,
} from "../../../test/withdrawal-helpers.js";

const HOUR = 3_600_000;

describe(`payouts through the provider simulators on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let compliance: Awaited<ReturnType<typeof buildStaff>>;
  let admin: Awaited<ReturnType<typeof buildStaff>>;
  beforeAll(async () => {
    ctx = await buildTestApp();
    compliance = await buildStaff(ctx, "compliance");
    admin = await buildStaff(ctx, "admin");
  });
  afterAll(() => ctx.close());

  /** A first withdrawal to a new destination, approved by compliance and handed to the worker. */
  async function approvedWithdrawal(who: Withdrawer, destination: Record<string, unknown>, amount: string) {
    const destinationId = await readyDestination(ctx, who, destination);
    const res = await withdraw(ctx, who, { destinationId, amount });
    if (res.statusCode !== 201) throw new Error(res.body);
    const approved = await review(ctx, compliance, res.json().id, "approve");
    if (approved.statusCode !== 200) throw new Error(approved.body);
    return res.json() as { id: string; transactionId: string };
  }

  const setMode = async (provider: string, mode: "normal" | "timeout" | "error") => {
    const res = await ctx.app.inject({
      method: "PUT",
      url: `/api/v1/admin/simulators/${provider}`,
      headers: admin.auth,
      payload: { mode },
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  };

  it("does not send a payout for an account frozen after the request: it waits for review, money held", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "300.00" });
    const destinationId = await readyDestination(ctx, wendy, ACH("000123459876"));
    const first = await withdraw(ctx, wendy, { destinationId, amount: "20.00" });
    await review(ctx, compliance, first.json().id, "approve");
    await runPayouts(ctx);
    // Paid to before: the next one goes straight to the worker, unless something changed meanwhile.
    const second = await withdraw(ctx, wendy, { destinationId, amount: "30.00" });
    expect(second.json().status).toBe("requested");
    await freeze(ctx, await buildStaff(ctx, "agent"), wendy);
    await runPayouts(ctx);
    const after = await readWithdrawal(ctx, wendy, second.json().id);
    expect(after.status).toBe("in_review");
    expect(after.reviewReasons).toContain("account_frozen");
    expect((await walletOf(ctx, wendy)).held).not.toBe("0.00");
    expect(await booksBalance(ctx)).toBe(true);
  });

  it("posts a paid withdrawal, and puts the money back when the bank returns it", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "400.00" });
    const providerBefore = await platformBalance(ctx, "provider:bank_sim");
    // An account number ending 0003: the bank simulator pays, then sends it back an hour later.
    const w = await approvedWithdrawal(wendy, ACH("000123450003"), "150.00");
    await runPayouts(ctx);
    expect((await readWithdrawal(ctx, wendy, w.id)).status).toBe("paid");
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "250.00", held: "0.00", posted: "250.00" });
    expect((await platformBalance(ctx, "provider:bank_sim")) - providerBefore).toBe(15_000n);

    await runPayouts(ctx, HOUR);
    const returned = await readWithdrawal(ctx, wendy, w.id);
    expect(returned).toMatchObject({
      status: "returned",
      reason: { code: "returned_by_bank", title: "Returned by the receiving bank" },
      cancelable: false,
    });
    expect(returned.timeline.map((e: { status: string }) => e.status)).toEqual([
      "requested",
      "in_review",
      "processing",
      "paid",
      "returned",
    ]);
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "400.00", posted: "400.00" });
    expect(await platformBalance(ctx, "provider:bank_sim")).toBe(providerBefore);
    expect(await historyRow(ctx, wendy, w.transactionId)).toMatchObject({
      status: "reversed",
      reasonCode: "returned_by_bank",
    });
    const mail = await lastMessage(ctx, wendy.email);
    expect(mail.subject).toBe("Your withdrawal of 150.00 USD was returned");
    expect(mail.text).toContain("Check the account details with your bank");
    expect(await booksBalance(ctx)).toBe(true);
  });

  it("releases the hold when the provider refuses the payout (bank, e-wallet, card)", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [ACH("000123450002"), "100.00"],
      [{ methodId: "ewallet_paypal", details: { account: "wendy+fail@example.com" } }, "103.70"],
      [{ methodId: "card", details: { number: "4000000000000002", expMonth: 12, expYear: 2030 } }, "103.20"],
    ];
    for (const [destination, total] of cases) {
      const wendy = await buildWithdrawer(ctx, { USD: "300.00" });
      const w = await approvedWithdrawal(wendy, destination, "100.00");
      expect((await walletOf(ctx, wendy)).held).toBe(total);
      await runPayouts(ctx);
      const failed = await readWithdrawal(ctx, wendy, w.id);
      expect(failed).toMatchObject({
        status: "failed",
        reason: { code: "destination_invalid", title: "The payout details were refused" },
        total,
      });
      expect(await walletOf(ctx, wendy)).toMatchObject({
        available: "300.00",
        held: "0.00",
        posted: "300.00",
      });
      expect(await historyRow(ctx, wendy, w.transactionId)).toMatchObject({
        status: "failed",
        reasonCode: "destination_invalid",
      });
      expect((await lastMessage(ctx, wendy.email)).subject).toBe(
        "Your withdrawal of 100.00 USD did not go through",
      );
    }
    expect(await booksBalance(ctx)).toBe(true);
  });

  it("changes nothing for repeated or late news about a settled payout", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "100.00" });
    const w = await approvedWithdrawal(wendy, ACH(), "40.00");
    await runPayouts(ctx);
    const paid = await readWithdrawal(ctx, wendy, w.id);
    expect(paid.status).toBe("paid");
    const { provider_reference } = await ctx.platform.db
      .selectFrom("withdrawals")
      .select("provider_reference")
      .where("id", "=", w.id)
      .executeTakeFirstOrThrow();
    const event = {
      type: "payout.failed",
      kind: "payout" as const,
      reference: w.id,
      providerReference: provider_reference ?? "",
      occurredAt: ctx.clock.now(),
    };
    await ctx.platform.db.transaction().execute(async (trx) => {
      const { withdrawals } = ctx.services.payments;
      await withdrawals.onPayoutEvent(trx, { ...event, id: "evt_again", status: "succeeded" }, "bank_sim");
      await withdrawals.onPayoutEvent(
        trx,
        {
          ...event,
          id: "evt_late_fail",
          status: "failed",
          reasonCode: "destination_invalid",
        },
        "bank_sim",
      );
      await withdrawals.onPayoutEvent(
        trx,
        {
          ...event,
          id: "evt_wrong_amount",
          status: "returned",
          amount: 1n,
        },
        "bank_sim",
      );
      await withdrawals.onPayoutEvent(
        trx,
        {
          ...event,
          id: "evt_other_payout",
          status: "returned",
          providerReference: "spo_someone_else",
        },
        "bank_sim",
      );
      // Validly signed by another provider: that provider did not make this payout.
      await withdrawals.onPayoutEvent(
        trx,
        { ...event, id: "evt_other_provider", status: "returned" },
        "card_sim",
      );
    });
    expect(await readWithdrawal(ctx, wendy, w.id)).toEqual(paid);
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "60.00", held: "0.00" });
    expect(await booksBalance(ctx)).toBe(true);
  });

  it("keeps a payout processing while the provider is down, and the reconciler sends it later", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "100.00" });
    await setMode("bank_sim", "error");
    const w = await approvedWithdrawal(wendy, ACH(), "25.00");
    await runPayouts(ctx);
    expect(await readWithdrawal(ctx, wendy, w.id)).toMatchObject({ status: "processing", cancelable: false });
    expect((await walletOf(ctx, wendy)).held).toBe("25.00");
    const [, reconcile] = ctx.services.payments.withdrawals.chores[0] ?? [];
    ctx.clock.advance(2 * 60_000);
    await reconcile?.();
    expect((await readWithdrawal(ctx, wendy, w.id)).status).toBe("processing");

    await setMode("bank_sim", "normal");
    ctx.clock.advance(10 * 60_000);
    expect(await reconcile?.()).toBe(1);
    await runPayouts(ctx);
    expect((await readWithdrawal(ctx, wendy, w.id)).status).toBe("paid");
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "75.00", held: "0.00", posted: "75.00" });
  });

  it("takes a payout whose answer timed out as paid when the provider's webhook says so", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "100.00" });
    await setMode("bank_sim", "timeout");
    try {
      const w = await approvedWithdrawal(wendy, ACH(), "30.00");
      await runPayouts(ctx);
      expect((await readWithdrawal(ctx, wendy, w.id)).status).toBe("paid");
      expect(await walletOf(ctx, wendy)).toMatchObject({ available: "70.00", posted: "70.00" });
    } finally {
      await setMode("bank_sim", "normal");
    }
  });
});
