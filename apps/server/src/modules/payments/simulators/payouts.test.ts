import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CARDS, setSimulatorMode } from "../../../test/deposit-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildStaff } from "../../../test/wallet-helpers.js";
import { validateCard } from "../providers/card-validation.js";
import {
  type PaymentProvider,
  type ProviderEvent,
  ProviderPaymentNotFoundError,
  ProviderUnavailableError,
} from "../providers/provider.js";

/**
 * Payouts through the provider interface, as the withdrawals part uses it: the outcome of
 * each documented scenario arrives by signed webhook, through the webhook endpoint's own
 * verification, to the payout receiver (captured here).
 */
describe(`simulator payouts on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let events: ProviderEvent[] = [];
  let n = 0;
  beforeAll(async () => {
    ctx = await buildTestApp();
    ctx.services.payments.deposits.connectPayouts({
      onPayoutEvent: async (_executor, event) => {
        events.push(event);
      },
    });
  });
  beforeEach(() => {
    events = [];
  });
  afterAll(() => ctx.close());

  const provider = (key: string): PaymentProvider => ctx.services.payments.deps.providers.get(key);
  const payout = (key: string, destination: Record<string, string>, reference = `wdr_test_${++n}`) =>
    provider(key).createPayout({ reference, amount: 12_345n, currency: "USD", destination });
  const outcomes = () => events.map((e) => [e.type, e.status, e.reasonCode ?? null]);

  it("a bank payout is processing, then paid by webhook", async () => {
    const answer = await payout("bank_sim", { accountHolder: "Ann Lee", accountNumber: "000123456789" });
    expect(answer).toMatchObject({ status: "pending", providerReference: expect.stringMatching(/^spo_/) });
    await ctx.platform.outbox.drain();
    expect(outcomes()).toEqual([["payout.paid", "succeeded", null]]);
    expect(events[0]).toMatchObject({ kind: "payout", amount: 12_345n, currency: "USD" });
    const status = await provider("bank_sim").getStatus({
      reference: events[0]?.reference as string,
      kind: "payout",
    });
    expect(status.status).toBe("succeeded");
  });

  it("an account ending 0002 is refused: payout.failed destination_invalid", async () => {
    await payout("bank_sim", { iban: "DE89 3704 0044 0532 0100 02" });
    await ctx.platform.outbox.drain();
    expect(outcomes()).toEqual([["payout.failed", "failed", "destination_invalid"]]);
  });

  it("an account ending 0003 is paid, then returned by the bank an hour later", async () => {
    await payout("bank_sim", { accountNumber: "9876540003" });
    await ctx.platform.outbox.drain();
    expect(outcomes()).toEqual([["payout.paid", "succeeded", null]]);
    ctx.clock.advance(60 * 60_000);
    await ctx.platform.outbox.drain();
    expect(outcomes()).toEqual([
      ["payout.paid", "succeeded", null],
      ["payout.returned", "returned", "returned_by_bank"],
    ]);
  });

  it("card payouts: to a declining test card's token fail; to 4242's are paid", async () => {
    const card = provider("card_sim");
    const now = ctx.clock.now();
    const good = await card.tokenizeCard?.(
      validateCard({ number: CARDS.visa, expMonth: 1, expYear: 2030, cvc: "123" }, now),
    );
    const bad = await card.tokenizeCard?.(
      validateCard({ number: CARDS.declined, expMonth: 1, expYear: 2030, cvc: "123" }, now),
    );
    await payout("card_sim", { token: good?.token as string });
    await payout("card_sim", { token: bad?.token as string });
    await ctx.platform.outbox.drain();
    expect(outcomes()).toEqual([
      ["payout.paid", "succeeded", null],
      ["payout.failed", "failed", "destination_invalid"],
    ]);
  });

  it("e-wallet payouts: an account containing +fail is refused", async () => {
    await payout("ewallet_sim", { account: "alice@example.com" });
    await payout("ewallet_sim", { account: "alice+fail@example.com" });
    await ctx.platform.outbox.drain();
    expect(outcomes()).toEqual([
      ["payout.paid", "succeeded", null],
      ["payout.failed", "failed", "destination_invalid"],
    ]);
  });

  it("is idempotent per reference, cancels only until paid, and knows nothing of references it never saw", async () => {
    const bank = provider("bank_sim");
    const first = await payout("bank_sim", { accountNumber: "11112222" }, "wdr_same");
    const again = await payout("bank_sim", { accountNumber: "11112222" }, "wdr_same");
    expect(again.providerReference).toBe(first.providerReference);
    expect(await bank.cancel({ reference: "wdr_same", kind: "payout" })).toMatchObject({
      status: "canceled",
    });
    await ctx.platform.outbox.drain();
    expect(outcomes()).toEqual([["payout.canceled", "canceled", null]]);

    await payout("bank_sim", { accountNumber: "33334444" }, "wdr_paid");
    await ctx.platform.outbox.drain();
    expect(await bank.cancel({ reference: "wdr_paid", kind: "payout" })).toMatchObject({
      status: "succeeded",
    });

    await expect(bank.getStatus({ reference: "wdr_never", kind: "payout" })).rejects.toBeInstanceOf(
      ProviderPaymentNotFoundError,
    );
  });

  it("in error mode nothing is recorded; in timeout mode the payout is made but the answer lost", async () => {
    const admin = await buildStaff(ctx, "admin");
    await setSimulatorMode(ctx, admin, "bank_sim", "error");
    await expect(payout("bank_sim", { accountNumber: "55556666" }, "wdr_down")).rejects.toBeInstanceOf(
      ProviderUnavailableError,
    );
    await expect(
      provider("bank_sim").getStatus({ reference: "wdr_down", kind: "payout" }),
    ).rejects.toBeInstanceOf(ProviderUnavailableError);
    await setSimulatorMode(ctx, admin, "bank_sim", "timeout");
    await expect(payout("bank_sim", { accountNumber: "55556666" }, "wdr_down")).rejects.toMatchObject({
      why: "timeout",
    });
    await setSimulatorMode(ctx, admin, "bank_sim", "normal");
    await ctx.platform.outbox.drain();
    expect(outcomes()).toEqual([["payout.paid", "succeeded", null]]);
    expect(await provider("bank_sim").getStatus({ reference: "wdr_down", kind: "payout" })).toMatchObject({
      status: "succeeded",
    });
  });
});
