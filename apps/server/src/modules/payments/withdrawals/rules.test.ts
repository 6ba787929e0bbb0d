import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, buildStaff } from "../../../test/wallet-helpers.js";
import {
  booksBalance,
  buildWithdrawer,
  freeze,
  readyDestination,
  type Withdrawer,
  walletOf,
  withdraw,
} from "../../../test/withdrawal-helpers.js";

const HOUR = 3_600_000;

describe(`withdrawal rules on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let admin: Awaited<ReturnType<typeof buildStaff>>;
  beforeAll(async () => {
    ctx = await buildTestApp();
    admin = await buildStaff(ctx, "admin");
  });
  afterAll(() => ctx.close());

  const patchMethod = async (id: string, body: Record<string, unknown>) => {
    const res = await ctx.app.inject({
      method: "PATCH",
      url: `/api/v1/admin/payment-methods/${id}`,
      headers: admin.auth,
      payload: body,
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  };
  const withdrawalsOf = async (who: Withdrawer) =>
    (await ctx.app.inject({ method: "GET", url: "/api/v1/withdrawals", headers: who.auth })).json().data as {
      id: string;
    }[];

  it("needs verification: level 0 cannot withdraw at all", async () => {
    const newcomer = await buildWithdrawer(ctx, { USD: "100.00" }, { level: 0 });
    const destinationId = await readyDestination(ctx, newcomer);
    const refused = await withdraw(ctx, newcomer, { destinationId, amount: "20.00" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "kyc_required", requiredLevel: 1, currentLevel: 0 });
    // Even where a method asks for no level, the level-0 limits (all zero) refuse a withdrawal.
    await patchMethod("bank_us_ach", { withdrawalLevel: 0 });
    try {
      const still = await withdraw(ctx, newcomer, { destinationId, amount: "20.00" });
      expect(still.json()).toMatchObject({ code: "kyc_required", requiredLevel: 1, currentLevel: 0 });
    } finally {
      await patchMethod("bank_us_ach", { withdrawalLevel: 1 });
    }
    expect(await walletOf(ctx, newcomer)).toMatchObject({ available: "100.00", held: "0.00" });
    expect(await withdrawalsOf(newcomer)).toEqual([]);
  });

  it("keeps to the per-transaction and daily limits of the level, counting what is held", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "10000.00" });
    const destinationId = await readyDestination(ctx, wendy);
    const tooBig = await withdraw(ctx, wendy, { destinationId, amount: "2000.01" });
    expect(tooBig.statusCode).toBe(422);
    expect(tooBig.json()).toMatchObject({ code: "limit_exceeded", limit: "perTransaction" });
    expect((await withdraw(ctx, wendy, { destinationId, amount: "2000.00" })).statusCode).toBe(201);
    expect((await withdraw(ctx, wendy, { destinationId, amount: "2000.00" })).statusCode).toBe(201);
    const overDaily = await withdraw(ctx, wendy, { destinationId, amount: "1500.00" });
    expect(overDaily.json()).toMatchObject({ code: "limit_exceeded", limit: "daily", remaining: "1000.00" });
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "6000.00", held: "4000.00" });
    expect(await withdrawalsOf(wendy)).toHaveLength(2);

    // A canceled withdrawal gives its share of the limit back.
    const [latest] = await withdrawalsOf(wendy);
    await ctx.app.inject({
      method: "POST",
      url: `/api/v1/withdrawals/${latest?.id}/cancel`,
      headers: wendy.auth,
    });
    expect((await withdraw(ctx, wendy, { destinationId, amount: "1500.00" })).statusCode).toBe(201);
  });

  it("lets two withdrawals that together exceed the balance race: exactly one holds the money", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "100.00" });
    const destinationId = await readyDestination(ctx, wendy);
    // Recovery codes are independent of each other, unlike two TOTP codes of neighbouring steps.
    const [first = "", second = ""] = wendy.recoveryCodes;
    const results = await Promise.all([
      withdraw(ctx, wendy, { destinationId, amount: "60.00", code: first }),
      withdraw(ctx, wendy, { destinationId, amount: "60.00", code: second }),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses, results.map((r) => r.body).join("\n")).toEqual([201, 422]);
    expect(results.find((r) => r.statusCode === 422)?.json().code).toBe("insufficient_funds");
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "40.00", held: "60.00", posted: "100.00" });
    expect(await withdrawalsOf(wendy)).toHaveLength(1);
  });

  it("replays an Idempotency-Key retry without holding twice, and refuses the key for another request", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "100.00" });
    const destinationId = await readyDestination(ctx, wendy);
    const code = wendy.recoveryCodes[0] ?? "";
    const first = await withdraw(ctx, wendy, { destinationId, amount: "30.00", code }, "wd-key-1");
    expect(first.statusCode, first.body).toBe(201);
    // The same code again: the replay answers before the code is looked at.
    const retry = await withdraw(ctx, wendy, { destinationId, amount: "30.00", code }, "wd-key-1");
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotency-replayed"]).toBe("true");
    expect(retry.json().id).toBe(first.json().id);
    const fresh = await withdraw(ctx, wendy, { destinationId, amount: "30.00" }, "wd-key-1");
    expect(fresh.json().id).toBe(first.json().id);
    const other = await withdraw(ctx, wendy, { destinationId, amount: "31.00" }, "wd-key-1");
    expect(other.json().code).toBe("idempotency_key_reused");
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "70.00", held: "30.00" });
    expect(await withdrawalsOf(wendy)).toHaveLength(1);
  });

  it("shows a withdrawal only to its owner", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "100.00" });
    const destinationId = await readyDestination(ctx, wendy);
    const w = (await withdraw(ctx, wendy, { destinationId, amount: "20.00" })).json();
    const olga = await buildCustomer(ctx, {}, "Olga Other", { country: "US" });
    const read = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/withdrawals/${w.id}`,
      headers: olga.auth,
    });
    expect(read.statusCode).toBe(404);
    const cancel = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/withdrawals/${w.id}/cancel`,
      headers: olga.auth,
    });
    expect(cancel.statusCode).toBe(404);
    const list = await ctx.app.inject({ method: "GET", url: "/api/v1/withdrawals", headers: olga.auth });
    expect(list.json()).toEqual({ data: [], nextCursor: null });
    const queue = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/withdrawals",
      headers: olga.auth,
    });
    expect(queue.statusCode).toBe(403);
    // Staff hold no money: the customer side is not theirs, even for an admin.
    const staff = await ctx.app.inject({ method: "GET", url: "/api/v1/withdrawals", headers: admin.auth });
    expect(staff.statusCode).toBe(403);
    expect(await walletOf(ctx, wendy)).toMatchObject({ held: "20.00" });
  });

  it("refuses during the method's maintenance with its end, and holds nothing", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "100.00" });
    const destinationId = await readyDestination(ctx, wendy);
    const now = ctx.clock.now().getTime();
    const endsAt = new Date(now + 2 * HOUR).toISOString();
    await patchMethod("bank_us_ach", {
      maintenance: { startsAt: new Date(now - HOUR).toISOString(), endsAt },
    });
    try {
      const refused = await withdraw(ctx, wendy, { destinationId, amount: "20.00" });
      expect(refused.statusCode).toBe(503);
      expect(refused.json()).toMatchObject({ code: "maintenance", endsAt });
    } finally {
      await patchMethod("bank_us_ach", { maintenance: null });
    }
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "100.00", held: "0.00" });
    expect(await withdrawalsOf(wendy)).toEqual([]);
  });

  it("refuses a frozen account, withdrawals on a security hold, amounts under the minimum and removed destinations", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "100.00" });
    const destinationId = await readyDestination(ctx, wendy);
    const agent = await buildStaff(ctx, "agent");
    await freeze(ctx, agent, wendy);
    const frozen = await withdraw(ctx, wendy, { destinationId, amount: "20.00" });
    expect(frozen.statusCode).toBe(403);
    expect(frozen.json().code).toBe("account_frozen");
    await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/customers/${wendy.userId}/unfreeze`,
      headers: agent.auth,
      payload: { reason: "Verified on a call", checks: ["date_of_birth", "phone_callback"] },
    });

    // As after a password or two-factor reset by support.
    const heldUntil = new Date(ctx.clock.now().getTime() + 48 * HOUR);
    await ctx.platform.db
      .updateTable("users")
      .set({ withdrawals_held_until: heldUntil })
      .where("id", "=", wendy.userId)
      .execute();
    const held = await withdraw(ctx, wendy, { destinationId, amount: "20.00" });
    expect(held.statusCode).toBe(403);
    expect(held.json()).toMatchObject({ code: "withdrawals_on_hold", heldUntil: heldUntil.toISOString() });
    ctx.clock.advance(49 * HOUR);

    const small = await withdraw(ctx, wendy, { destinationId, amount: "9.99" });
    expect(small.json()).toMatchObject({ code: "amount_below_minimum", minimum: "10.00" });
    await ctx.app.inject({
      method: "DELETE",
      url: `/api/v1/payout-destinations/${destinationId}`,
      headers: wendy.auth,
    });
    const removed = await withdraw(ctx, wendy, { destinationId, amount: "20.00" });
    expect(removed.json().code).toBe("destination_removed");
    expect(await walletOf(ctx, wendy)).toMatchObject({ available: "100.00", held: "0.00" });
    expect(await withdrawalsOf(wendy)).toEqual([]);
    expect(await booksBalance(ctx)).toBe(true);
  });
});
