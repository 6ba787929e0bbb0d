import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { balances, buildCustomer, type Customer, send, trialBalance } from "../../test/wallet-helpers.js";
import { runTransferBatch } from "./transfer-batch.js";
import { prepareTransfer } from "./transfers.js";

describe(`transfers on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let alice: Customer;
  let bob: Customer;
  beforeAll(async () => {
    // 1% plus 0.30 USD, like a card network, so fees show up in every figure.
    ctx = await buildTestApp({
      config: {
        wallets: {
          ...(await import("../../test/test-config.js")).testConfig().wallets,
          transferFeePpm: 10_000n,
          transferFeeFixed: 30n,
        },
      },
    });
    alice = await buildCustomer(ctx, { USD: "100.00" }, "Alice Wong");
    bob = await buildCustomer(ctx, {}, "Bob Chen");
  });
  afterAll(() => ctx.close());

  it("previews the recipient's masked name, the fee and the total", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/transfers/preview",
      headers: alice.auth,
      payload: { to: bob.email, amount: "10.00", currency: "USD" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      recipient: { walletNumber: bob.walletNumber, maskedName: "Bo*** Ch***" },
      amount: "10.00",
      fee: "0.40",
      total: "10.40",
      currency: "USD",
    });
  });

  it("moves the money, charges the fee, and shows it in both histories", async () => {
    const res = await send(
      ctx,
      alice,
      { to: bob.walletNumber, amount: "10.00", currency: "USD", note: "Dinner" },
      "k-1",
    );
    expect(res.statusCode).toBe(201);
    const sent = res.json();
    expect(sent).toMatchObject({
      type: "transfer_out",
      status: "completed",
      direction: "out",
      amount: "10.00",
      fee: "0.40",
      currency: "USD",
      note: "Dinner",
      counterparty: { walletNumber: bob.walletNumber, maskedName: "Bo*** Ch***" },
    });
    expect(sent.reference).toMatch(/^T[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(await balances(ctx, alice)).toEqual({ USD: "89.60" });
    expect(await balances(ctx, bob)).toEqual({ USD: "10.00" });

    const bobs = await ctx.app.inject({ method: "GET", url: "/api/v1/transactions", headers: bob.auth });
    expect(bobs.json().data[0]).toMatchObject({
      type: "transfer_in",
      direction: "in",
      amount: "10.00",
      fee: "0.00",
      counterparty: { walletNumber: alice.walletNumber, maskedName: "Al*** Wo***" },
    });
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/transactions/${sent.id}`,
      headers: alice.auth,
    });
    expect(detail.json()).toMatchObject({ balanceAfter: "89.60", reason: null });
    expect(detail.json().timeline.map((t: { status: string }) => t.status)).toEqual(["pending", "completed"]);
    expect(Object.values(await trialBalance(ctx)).every((sum) => sum === 0n)).toBe(true);
  });

  it("replays a retry with the same key, and refuses the key for a different transfer", async () => {
    const payload = { to: bob.walletNumber, amount: "1.00", currency: "USD" };
    const first = await send(ctx, alice, payload, "k-retry");
    const again = await send(ctx, alice, payload, "k-retry");
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotency-replayed"]).toBe("true");
    expect(again.json()).toEqual(first.json());
    expect(await balances(ctx, alice)).toEqual({ USD: "88.29" });
    const other = await send(ctx, alice, { ...payload, amount: "2.00" }, "k-retry");
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe("idempotency_key_reused");
  });

  it("executes once when the same key arrives many times at once", async () => {
    const payload = { to: bob.walletNumber, amount: "1.00", currency: "USD" };
    const before = await balances(ctx, alice);
    const answers = await Promise.all(Array.from({ length: 12 }, () => send(ctx, alice, payload, "k-storm")));
    expect(answers.filter((a) => a.statusCode !== 201).map((a) => `${a.statusCode} ${a.body}`)).toEqual([]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(Number(before.USD) - Number((await balances(ctx, alice)).USD)).toBeCloseTo(1.31, 2);
  });

  it("pays an email address only once its owner has proven it", async () => {
    const { registerAndLogin } = await import("../../test/accounts-helpers.js");
    await registerAndLogin(ctx, "squatter@example.test", { name: "Victor Real" });
    const res = await send(ctx, alice, { to: "squatter@example.test", amount: "1.00", currency: "USD" });
    expect(res.json().code).toBe("recipient_not_found");
  });

  it("replays a retry even when the request would no longer pass its checks", async () => {
    const carol = await buildCustomer(ctx, {}, "Carol Xu");
    const payload = { to: carol.email, amount: "1.00", currency: "USD" };
    const first = await send(ctx, alice, payload, "k-moved");
    expect(first.statusCode).toBe(201);
    // Carol's address stops matching (as if she changed it); the retry still gets the first answer.
    await ctx.platform.db
      .updateTable("users")
      .set({ email_verified_at: null })
      .where("id", "=", carol.userId)
      .execute();
    const again = await send(ctx, alice, payload, "k-moved");
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect((await send(ctx, alice, payload)).json().code).toBe("recipient_not_found");
  });

  it("refuses control characters in what people type", async () => {
    const res = await send(ctx, alice, {
      to: bob.walletNumber,
      amount: "1.00",
      currency: "USD",
      note: "a\u0000b",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("/note");
  });

  it("explains who cannot be paid, and what cannot be sent", async () => {
    const codeOf = async (payload: Record<string, unknown>) => (await send(ctx, alice, payload)).json().code;
    expect(await codeOf({ to: "nobody@example.test", amount: "1", currency: "USD" })).toBe(
      "recipient_not_found",
    );
    expect(await codeOf({ to: "S0000-0000-00", amount: "1", currency: "USD" })).toBe("recipient_not_found");
    expect(await codeOf({ to: alice.walletNumber, amount: "1", currency: "USD" })).toBe(
      "cannot_pay_yourself",
    );
    expect(await codeOf({ to: bob.walletNumber, amount: "1", currency: "XYZ" })).toBe("unsupported_currency");
    expect(await codeOf({ to: bob.walletNumber, amount: "1.001", currency: "USD" })).toBe(
      "amount_too_precise",
    );
    expect(await codeOf({ to: bob.walletNumber, amount: "-5", currency: "USD" })).toBe(
      "amount_must_be_positive",
    );
    expect(await codeOf({ to: bob.walletNumber, amount: "1e3", currency: "USD" })).toBe("invalid_amount");
  });

  it("records a refused transfer as failed, with the reason in the reader's language", async () => {
    const res = await send(
      ctx,
      bob,
      { to: alice.walletNumber, amount: "500.00", currency: "USD" },
      "k-poor",
      {
        "accept-language": "zh-CN",
      },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "insufficient_funds", title: "余额不足" });
    const { transactionId, reference } = res.json();
    expect(reference).toMatch(/^T/);
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/transactions/${transactionId}`,
      headers: { ...bob.auth, "accept-language": "zh-CN" },
    });
    expect(detail.json()).toMatchObject({
      status: "failed",
      reasonCode: "insufficient_funds",
      reason: { code: "insufficient_funds", title: "钱包余额不足", helpArticle: "insufficient-funds" },
    });
    // The retry replays the refusal, in whichever language it is asked.
    const again = await send(
      ctx,
      bob,
      { to: alice.walletNumber, amount: "500.00", currency: "USD" },
      "k-poor",
    );
    expect(again.json()).toMatchObject({
      code: "insufficient_funds",
      title: "Not enough money",
      transactionId,
    });
    expect(await balances(ctx, bob)).toEqual({ USD: "12.00" });
  });

  it("lets exactly as many of 50 parallel spends through as the balance covers", async () => {
    const spender = await buildCustomer(ctx, { EUR: "10.00" });
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        send(ctx, spender, { to: bob.walletNumber, amount: "0.99", currency: "EUR" }, `p-${i}`),
      ),
    );
    const codes = answers.map((a) => a.statusCode);
    // 0.99 + 1% fee (0.01) + 0.30 USD in EUR (0.29) = 1.29 each: 7 fit in 10.00 EUR.
    expect(codes.filter((c) => c === 201)).toHaveLength(7);
    expect(codes.filter((c) => c === 422)).toHaveLength(43);
    expect(await balances(ctx, spender)).toEqual({ EUR: "0.97" });
    // They arrived together, so they were written in fewer transactions than transfers.
    const metrics = (await ctx.app.inject({ method: "GET", url: "/metrics" })).body;
    const count = Number(/satchel_transfer_batch_size_count (\d+)/.exec(metrics)?.[1]);
    const sum = Number(/satchel_transfer_batch_size_sum (\d+)/.exec(metrics)?.[1]);
    expect(sum).toBeGreaterThanOrEqual(50);
    expect(count).toBeLessThan(sum);
    expect(Object.values(await trialBalance(ctx)).every((sum) => sum === 0n)).toBe(true);
  });

  it("keeps a transfer that breaks unexpectedly from failing the rest of its batch", async () => {
    const deps = ctx.services.wallets.deps;
    const good = await prepareTransfer(deps, alice.userId, {
      to: bob.walletNumber,
      amount: "1.00",
      currency: "USD",
    });
    // A payee that vanished between the check and the batch: the whole batch transaction fails.
    const poisoned = { ...good, payee: { ...good.payee, id: "usr_gone" } };
    const before = await balances(ctx, bob);
    const answers = await runTransferBatch(deps, [
      { prepared: good },
      { prepared: poisoned },
      { prepared: good },
    ]);
    expect(answers.map((a) => ("thrown" in a ? "thrown" : a.status))).toEqual([201, "thrown", 201]);
    expect(Number((await balances(ctx, bob)).USD) - Number(before.USD)).toBeCloseTo(2, 2);
  });

  it("answers a batch made only of retries of a finished transfer", async () => {
    const deps = ctx.services.wallets.deps;
    const payload = { to: bob.walletNumber, amount: "1.00", currency: "USD" };
    const first = await send(ctx, alice, payload, "k-only-retries");
    const prepared = await prepareTransfer(deps, alice.userId, payload);
    const { requestHash } = await import("../../platform/idempotency/idempotency.js");
    const idempotency = { key: "k-only-retries", hash: requestHash("POST", "/api/v1/transfers", payload) };
    // Nothing left to lock or post: the batch must still answer (it once sent `in ()` to PostgreSQL).
    const answers = await runTransferBatch(deps, [
      { prepared, idempotency },
      { prepared, idempotency },
    ]);
    expect(answers.map((a) => ("thrown" in a ? "thrown" : [a.status, a.replayed]))).toEqual([
      [201, true],
      [201, true],
    ]);
    expect(answers.map((a) => ("body" in a ? (a.body as { id: string }).id : null))).toEqual([
      first.json().id,
      first.json().id,
    ]);
  });

  it("does not charge a refused transfer against the limit of the next one in its batch", async () => {
    const deps = ctx.services.wallets.deps;
    const dan = await buildCustomer(ctx, { USD: "1510.00" }, "Dan Wu");
    expect(
      (await send(ctx, dan, { to: bob.walletNumber, amount: "990.00", currency: "USD" })).statusCode,
    ).toBe(201);
    // Dan has 510.00 (less fees) and 1,010 of today's 2,000 left: 900 is unaffordable, 200 fits both.
    const big = await prepareTransfer(deps, dan.userId, {
      to: bob.walletNumber,
      amount: "900.00",
      currency: "USD",
    });
    const small = await prepareTransfer(deps, dan.userId, {
      to: bob.walletNumber,
      amount: "200.00",
      currency: "USD",
    });
    const answers = await runTransferBatch(deps, [{ prepared: big }, { prepared: small }]);
    expect(answers.map((a) => ("thrown" in a ? "thrown" : a.status))).toEqual([422, 201]);
  });
});
