import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testConfig } from "../../../test/test-config.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildStaff } from "../../../test/wallet-helpers.js";

type Change = { path: string; before: unknown; after: unknown; description: string };

describe(`public deposit and withdrawal policies, versioned, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let admin: Awaited<ReturnType<typeof buildStaff>>;
  beforeAll(async () => {
    ctx = await buildTestApp();
    admin = await buildStaff(ctx, "admin");
  });
  afterAll(() => ctx.close());

  const policies = (language = "en") =>
    ctx.app.inject({ method: "GET", url: "/api/v1/policies", headers: { "accept-language": language } });
  const versions = async (query = "") =>
    (await ctx.app.inject({ method: "GET", url: `/api/v1/policies/versions${query}` })).json();
  const patchMethod = (id: string, payload: object) =>
    ctx.app.inject({
      method: "PATCH",
      url: `/api/v1/admin/payment-methods/${id}`,
      headers: admin.auth,
      payload,
    });
  const recordChore = () => {
    const chore = ctx.services.payments.chores().find(([what]) => what === "policy versions recorded");
    if (!chore) throw new Error("no policy chore");
    return chore[1]();
  };

  it("publishes the live terms to anyone, without signing in, as version 1", async () => {
    const res = await policies();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      version: 1,
      effectiveFrom: "2026-11-26T10:00:00.000Z",
      changes: [],
      currency: "USD",
      withdrawalReviewOver: "3000.00",
      payoutDestinationHoldHours: 24,
      bankDepositExpiryDays: 14,
    });
    const card = body.methods.find((m: { id: string }) => m.id === "card");
    expect(card).toMatchObject({
      name: "Debit or credit card (Visa, Mastercard)",
      directions: ["deposit", "withdrawal"],
      minAmount: "1.00",
      maxAmount: "5000.00",
      fee: { fixed: "0.30", percent: "2.9" },
      processingTime: { key: "instant", text: "Instant" },
      verificationLevel: { deposit: 0, withdrawal: 1 },
      state: "active",
      maintenance: null,
    });
    expect(body.methods.map((m: { id: string }) => m.id)).toEqual(
      (await ctx.services.payments.methods.all()).map((m) => m.id),
    );
    expect(body.limits.withdrawal[0]).toEqual({
      level: 0,
      perTransaction: "0.00",
      daily: "0.00",
      monthly: "0.00",
    });
    expect(body.limits.deposit[1]).toEqual({
      level: 1,
      perTransaction: "10000.00",
      daily: "20000.00",
      monthly: "50000.00",
    });
    expect(body.limits.transfer).toHaveLength(3);
    const zh = (await policies("zh-CN")).json();
    expect(zh.methods.find((m: { id: string }) => m.id === "card")).toMatchObject({
      name: "借记卡或信用卡（Visa、万事达卡）",
      processingTime: { text: "即时到账" },
    });
    expect(zh.version).toBe(1);
  });

  it("makes no new version while nothing changes", async () => {
    ctx.clock.advance(60_000);
    expect((await policies()).json().version).toBe(1);
    expect(await recordChore()).toBe(0);
    expect((await versions()).data).toEqual([
      { version: 1, effectiveFrom: "2026-11-26T10:00:00.000Z", changes: [] },
    ]);
  });

  it("turns an admin's fee change into version 2 that says what changed and when", async () => {
    ctx.clock.set(new Date("2026-11-27T09:30:00.000Z"));
    expect((await patchMethod("card", { feePercent: "3.5" })).statusCode).toBe(200);
    const body = (await policies()).json();
    expect(body.version).toBe(2);
    expect(body.effectiveFrom).toBe("2026-11-27T09:30:00.000Z");
    expect(body.changes).toEqual([
      {
        path: "methods.card.fee.percent",
        before: "2.9",
        after: "3.5",
        description: "Debit or credit card (Visa, Mastercard): percentage fee changed from 2.9% to 3.5%",
      },
    ]);
    expect(body.methods.find((m: { id: string }) => m.id === "card").fee.percent).toBe("3.5");
    const zh = (await policies("zh-CN")).json();
    expect(zh.changes[0].description).toBe(
      "借记卡或信用卡（Visa、万事达卡）：按比例收取的手续费由 2.9% 调整为 3.5%",
    );
    // Read again, or by the chore: still version 2.
    expect((await policies()).json().version).toBe(2);
    expect(await recordChore()).toBe(0);
    const history = await versions();
    expect(history.data.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history.data[0].changes[0].path).toBe("methods.card.fee.percent");
  });

  it("shows a paused method as paused without rewriting the policies", async () => {
    await patchMethod("bank_swift", { state: "paused" });
    const body = (await policies()).json();
    expect(body.version).toBe(2);
    expect(body.methods.find((m: { id: string }) => m.id === "bank_swift").state).toBe("paused");
    await patchMethod("bank_swift", { state: "active" });
  });

  it("records changes by the housekeeping chore too, and a return to earlier terms is a version of its own", async () => {
    ctx.clock.advance(3_600_000);
    await patchMethod("card", { feePercent: "2.9", minAmount: "2.00", withdrawalLevel: 2 });
    expect(await recordChore()).toBe(1);
    const body = (await policies()).json();
    expect(body.version).toBe(3);
    expect(body.changes.map((c: Change) => [c.path, c.before, c.after])).toEqual([
      ["methods.card.fee.percent", "3.5", "2.9"],
      ["methods.card.minAmount", "1.00", "2.00"],
      ["methods.card.verificationLevel.withdrawal", 1, 2],
    ]);
    expect(body.changes[1].description).toBe(
      "Debit or credit card (Visa, Mastercard): minimum amount changed from 1.00 USD to 2.00 USD",
    );
  });

  it("versions changes of configuration: limits per level, hold hours", async () => {
    // The same database under a restarted server with other settings.
    const restarted = await buildTestApp({
      database: ctx.database,
      config: {
        payments: {
          ...testConfig().payments,
          withdrawalLimits: [
            { perTransaction: 0n, daily: 0n, monthly: 0n },
            { perTransaction: 200_000n, daily: 600_000n, monthly: 2_000_000n },
            { perTransaction: 5_000_000n, daily: 10_000_000n, monthly: 50_000_000n },
          ],
          destinationHoldHours: 48,
        },
      },
    });
    try {
      const body = (
        await restarted.app.inject({
          method: "GET",
          url: "/api/v1/policies",
          headers: { "accept-language": "zh-CN" },
        })
      ).json();
      expect(body.version).toBe(4);
      expect(body.changes.map((c: Change) => [c.path, c.before, c.after])).toEqual([
        ["limits.withdrawal.level1.daily", "5000.00", "6000.00"],
        ["payoutDestinationHoldHours", 24, 48],
      ]);
      expect(body.changes[0].description).toBe("1 级认证的每日提现限额由 5000.00 USD 调整为 6000.00 USD");
    } finally {
      await restarted.app.close();
    }
  });

  it("records one version however many readers race for it", async () => {
    await patchMethod("ewallet_alipay", { feeFixed: "0.10" });
    const answers = await Promise.all(Array.from({ length: 8 }, () => policies()));
    // Each reader finds the new terms and tries to record them: one wins, the others see its row.
    expect(answers.map((a) => a.json().version)).toEqual(Array(8).fill(5));
    await patchMethod("ewallet_alipay", { feeFixed: "0.20" });
    const recorded = await Promise.all(
      Array.from({ length: 6 }, () => ctx.services.payments.policies.record()),
    );
    expect(recorded.filter((r) => r.created)).toHaveLength(1);
    expect(recorded.map((r) => r.version.version)).toEqual(Array(6).fill(6));
    expect((await versions()).data.map((v: { version: number }) => v.version)).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it("pages the history with a cursor", async () => {
    const first = await versions("?limit=2");
    expect(first.data.map((v: { version: number }) => v.version)).toEqual([6, 5]);
    expect(first.nextCursor).toBe("5");
    const rest = await versions(`?limit=10&cursor=${first.nextCursor}`);
    expect(rest).toMatchObject({ nextCursor: null });
    expect(rest.data.map((v: { version: number }) => v.version)).toEqual([4, 3, 2, 1]);
    const bad = await ctx.app.inject({ method: "GET", url: "/api/v1/policies/versions?cursor=abc" });
    expect(bad.statusCode).toBe(400);
  });
});
