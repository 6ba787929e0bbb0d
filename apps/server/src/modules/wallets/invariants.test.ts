import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildCustomer, buildStaff, type Customer, send } from "../../test/wallet-helpers.js";

const CURRENCIES = ["USD", "EUR", "JPY"] as const;

/**
 * Random mixes of transfers, exchanges and admin corrections, all fired at once through
 * the HTTP API (so through the batcher, idempotency and the ledger together). Whatever
 * the mix and interleaving, the books must balance and nobody may go below zero.
 */
describe(`wallet invariants under random concurrent traffic on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let people: Customer[];
  let admin: { auth: Record<string, string> };
  beforeAll(async () => {
    ctx = await buildTestApp();
    people = [];
    for (let i = 0; i < 4; i++)
      people.push(await buildCustomer(ctx, { USD: "50.00", EUR: "50.00", JPY: "5000" }));
    admin = await buildStaff(ctx, "admin");
  });
  afterAll(() => ctx.close());

  const amountFor = (currency: string, units: number) =>
    currency === "JPY" ? String(units * 10) : `${units}.${units % 100}`.slice(0, 6);

  const op = fc.oneof(
    fc.record({
      t: fc.constant("transfer" as const),
      from: fc.nat(3),
      to: fc.nat(3),
      c: fc.nat(2),
      units: fc.integer({ min: 1, max: 40 }),
      retry: fc.boolean(),
    }),
    fc.record({
      t: fc.constant("exchange" as const),
      from: fc.nat(3),
      c: fc.nat(2),
      to: fc.nat(2),
      units: fc.integer({ min: 1, max: 40 }),
    }),
    fc.record({
      t: fc.constant("adjust" as const),
      from: fc.nat(3),
      c: fc.nat(2),
      units: fc.integer({ min: -30, max: 30 }),
    }),
  );

  let keys = 0;
  type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
  async function run(o: Op): Promise<number[]> {
    const who = people[o.from] as Customer;
    const currency = CURRENCIES[o.c] as string;
    if (o.t === "transfer") {
      const to = people[o.to === o.from ? (o.to + 1) % 4 : o.to] as Customer;
      const key = `prop-${keys++}`;
      const payload = { to: to.walletNumber, amount: amountFor(currency, o.units), currency };
      const attempts = o.retry
        ? [send(ctx, who, payload, key), send(ctx, who, payload, key)]
        : [send(ctx, who, payload, key)];
      return (await Promise.all(attempts)).map((r) => r.statusCode);
    }
    if (o.t === "exchange") {
      const target = CURRENCIES[o.to === o.c ? (o.to + 1) % 3 : o.to] as string;
      const quote = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/exchanges/quotes",
        headers: who.auth,
        payload: { from: currency, to: target, amount: amountFor(currency, o.units) },
      });
      if (quote.statusCode !== 201) return [quote.statusCode];
      const res = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/exchanges",
        headers: { ...who.auth, "idempotency-key": `prop-${keys++}` },
        payload: { quoteId: quote.json().id },
      });
      return [res.statusCode];
    }
    const wallets = await ctx.app.inject({ method: "GET", url: "/api/v1/wallets", headers: who.auth });
    const wallet = (wallets.json().data as { id: string; currency: string }[]).find(
      (w) => w.currency === currency,
    );
    if (!wallet || o.units === 0) return [];
    const res = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/wallets/${wallet.id}/adjustments`,
      headers: { ...admin.auth, "idempotency-key": `prop-${keys++}` },
      payload: {
        amount: `${o.units < 0 ? "-" : ""}${amountFor(currency, Math.abs(o.units))}`,
        currency,
        reason: "property test",
      },
    });
    return [res.statusCode];
  }

  it("balances every currency, keeps wallets at or above zero and histories whole", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), async (ops) => {
        const statuses = (await Promise.all(ops.map(run))).flat();
        // Only business answers: done, refused for money or limits. Never a 5xx, never a 409 on an honest retry.
        for (const status of statuses) expect([201, 422]).toContain(status);

        const db = ctx.platform.db;
        const trial = await ctx.services.ledger.trialBalance(db);
        for (const currency of CURRENCIES) expect(trial[currency], currency).toBe(0n);
        const accounts = await db.selectFrom("ledger_accounts").selectAll().execute();
        for (const a of accounts) {
          if (a.kind === "customer") expect(a.posted - a.held).toBeGreaterThanOrEqual(0n);
          const history = await db
            .selectFrom("ledger_postings")
            .select(["seq", "amount", "posted_after"])
            .where("account_id", "=", a.id)
            .orderBy("seq")
            .execute();
          expect(history.map((h) => h.seq)).toEqual(history.map((_, i) => BigInt(i + 1)));
          expect(history.reduce((sum, h) => sum + h.amount, 0n)).toBe(a.posted);
          expect(history.at(-1)?.posted_after ?? 0n).toBe(a.posted);
        }
        // Each completed transfer shows on both sides, each refused one only on the sender's.
        const counts = await db
          .selectFrom("transactions")
          .select(["type", "status", db.fn.countAll<string>().as("n")])
          .where("type", "in", ["transfer_in", "transfer_out"])
          .groupBy(["type", "status"])
          .execute();
        const n = (type: string, status: string) =>
          Number(counts.find((c) => c.type === type && c.status === status)?.n ?? 0);
        expect(n("transfer_in", "completed")).toBe(n("transfer_out", "completed"));
        expect(n("transfer_in", "failed")).toBe(0);
      }),
      { numRuns: 10, endOnFailure: true },
    );
  });
});
