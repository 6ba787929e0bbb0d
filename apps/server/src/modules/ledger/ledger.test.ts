import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transactionWithRetry } from "../../platform/db/retry.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import { buildUser } from "../../test/factories.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import type { Ledger } from "./index.js";

const codeOf = async (p: Promise<unknown>) =>
  p.then(() => "ok").catch((e: unknown) => (e instanceof DomainError ? e.code : String(e)));

describe(`ledger on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let ledger: Ledger;
  beforeAll(async () => {
    ctx = await buildTestApp();
    ledger = ctx.services.ledger;
  });
  afterAll(() => ctx.close());

  const db = () => ctx.platform.db;
  const walletOf = async (currency = "USD") =>
    ledger.customerWallet(db(), (await buildUser(ctx)).id, currency);
  const fund = async (accountId: string, amount: bigint, currency = "USD") => {
    const source = await ledger.platformAccount(db(), "funding", currency);
    return db()
      .transaction()
      .execute((trx) =>
        ledger.post(trx, {
          kind: "funding",
          postings: [
            { accountId: source.id, amount: -amount },
            { accountId, amount },
          ],
        }),
      );
  };

  it("refuses journals that do not balance per currency", async () => {
    const a = await walletOf();
    const b = await walletOf("EUR");
    await fund(a.id, 1000n);
    expect(
      await codeOf(
        ledger.post(db(), {
          kind: "x",
          postings: [
            { accountId: a.id, amount: -100n },
            { accountId: b.id, amount: 100n },
          ],
        }),
      ),
    ).toBe("ledger_unbalanced");
    expect(
      await codeOf(ledger.post(db(), { kind: "x", postings: [{ accountId: a.id, amount: -100n }] })),
    ).toBe("ledger_unbalanced");
    expect((await ledger.trialBalance(db())).USD).toBe(0n);
  });

  it("never takes a customer wallet below zero; platform accounts may", async () => {
    const a = await walletOf();
    const b = await walletOf();
    await fund(a.id, 500n);
    expect(
      await codeOf(
        ledger.post(db(), {
          kind: "t",
          postings: [
            { accountId: a.id, amount: -501n },
            { accountId: b.id, amount: 501n },
          ],
        }),
      ),
    ).toBe("insufficient_funds");
    await ledger.post(db(), {
      kind: "t",
      postings: [
        { accountId: a.id, amount: -500n },
        { accountId: b.id, amount: 500n },
      ],
    });
    expect((await ledger.account(db(), a.id))?.available).toBe(0n);
    expect((await ledger.platformAccount(db(), "funding", "USD")).posted).toBeLessThan(0n);
  });

  it("lets exactly 10 of 50 parallel spends through when the balance covers 10", async () => {
    const spender = await walletOf();
    const shop = await walletOf();
    await fund(spender.id, 1000n);
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        codeOf(
          db()
            .transaction()
            .execute((trx) =>
              ledger.post(trx, {
                kind: "spend",
                postings: [
                  { accountId: spender.id, amount: -100n },
                  { accountId: shop.id, amount: 100n },
                ],
              }),
            ),
        ),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(10);
    expect(results.filter((r) => r === "insufficient_funds")).toHaveLength(40);
    expect((await ledger.account(db(), spender.id))?.posted).toBe(0n);
    expect((await ledger.account(db(), shop.id))?.posted).toBe(1000n);
  });

  it("holds reserve now and post in part or void later, and expire on time", async () => {
    const a = await walletOf();
    const b = await walletOf();
    await fund(a.id, 1000n);
    const h1 = await db()
      .transaction()
      .execute((trx) => ledger.hold(trx, { accountId: a.id, amount: 600n }));
    expect(await ledger.account(db(), a.id)).toMatchObject({ posted: 1000n, held: 600n, available: 400n });
    expect(await codeOf(ledger.hold(db(), { accountId: a.id, amount: 500n }))).toBe("insufficient_funds");
    await db()
      .transaction()
      .execute((trx) =>
        ledger.postHold(trx, h1, { amount: 250n, to: [{ accountId: b.id, amount: 250n }], kind: "payment" }),
      );
    expect(await ledger.account(db(), a.id)).toMatchObject({ posted: 750n, held: 0n, available: 750n });
    expect(await codeOf(ledger.voidHold(db(), h1))).toBe("hold_not_active");

    const h2 = await ledger.hold(db(), {
      accountId: a.id,
      amount: 100n,
      expiresAt: new Date(ctx.clock.now().getTime() + 60_000),
    });
    await ledger.voidHold(db(), h2);
    await ledger.hold(db(), {
      accountId: a.id,
      amount: 100n,
      expiresAt: new Date(ctx.clock.now().getTime() + 60_000),
    });
    expect((await ledger.account(db(), a.id))?.available).toBe(650n);
    ctx.clock.advance(61_000);
    expect(await ledger.expireHolds()).toBe(1);
    expect((await ledger.account(db(), a.id))?.available).toBe(750n);
  });

  it("reverses a journal once, and knows past balances", async () => {
    const a = await walletOf();
    const b = await walletOf();
    await fund(a.id, 300n);
    const before = ctx.clock.now();
    ctx.clock.advance(1000);
    const j = await ledger.post(db(), {
      kind: "t",
      postings: [
        { accountId: a.id, amount: -300n },
        { accountId: b.id, amount: 300n },
      ],
    });
    ctx.clock.advance(1000);
    const middle = ctx.clock.now();
    ctx.clock.advance(1000);
    await db()
      .transaction()
      .execute((trx) => ledger.reverse(trx, j));
    expect(await codeOf(ledger.reverse(db(), j))).toBe("already_reversed");
    expect((await ledger.account(db(), a.id))?.posted).toBe(300n);
    expect(await ledger.postedAt(db(), a.id, before)).toBe(300n);
    expect(await ledger.postedAt(db(), a.id, middle)).toBe(0n);
    expect(await ledger.postedAt(db(), b.id, middle)).toBe(300n);
  });

  it("keeps every invariant under random concurrent transfers, holds, posts, voids and reversals", async () => {
    const wallets = await Promise.all(Array.from({ length: 6 }, () => walletOf()));
    for (const w of wallets) await fund(w.id, 1000n);
    const op = fc.oneof(
      fc.record({
        t: fc.constant("transfer" as const),
        from: fc.nat(5),
        to: fc.nat(5),
        amount: fc.bigInt({ min: 1n, max: 700n }),
      }),
      fc.record({
        t: fc.constant("hold" as const),
        from: fc.nat(5),
        to: fc.nat(5),
        amount: fc.bigInt({ min: 1n, max: 700n }),
        post: fc.boolean(),
        part: fc.bigInt({ min: 1n, max: 700n }),
      }),
      fc.record({
        t: fc.constant("reverse" as const),
        from: fc.nat(5),
        to: fc.nat(5),
        amount: fc.bigInt({ min: 1n, max: 300n }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        const outcomes = await Promise.all(
          ops.map(async (o) => {
            const from = wallets[o.from]?.id ?? "";
            const to = wallets[o.to === o.from ? (o.to + 1) % 6 : o.to]?.id ?? "";
            // Several ledger calls in one transaction may deadlock; PostgreSQL breaks it and the retry runs it again.
            return codeOf(
              transactionWithRetry(db(), async (trx) => {
                if (o.t === "transfer")
                  return ledger.post(trx, {
                    kind: "t",
                    postings: [
                      { accountId: from, amount: -o.amount },
                      { accountId: to, amount: o.amount },
                    ],
                  });
                if (o.t === "reverse") {
                  const j = await ledger.post(trx, {
                    kind: "t",
                    postings: [
                      { accountId: from, amount: -o.amount },
                      { accountId: to, amount: o.amount },
                    ],
                  });
                  return ledger.reverse(trx, j);
                }
                const h = await ledger.hold(trx, { accountId: from, amount: o.amount });
                if (!o.post) return ledger.voidHold(trx, h);
                // biome-ignore lint/complexity/useMathMinMax: bigints, which Math.min does not take.
                const part = o.part > o.amount ? o.amount : o.part;
                return ledger.postHold(trx, h, {
                  amount: part,
                  to: [{ accountId: to, amount: part }],
                  kind: "p",
                });
              }),
            );
          }),
        );
        // Refusals are business answers only: no deadlock, no crash.
        for (const outcome of outcomes) expect(["ok", "insufficient_funds"]).toContain(outcome);
        // Every currency sums to zero; no wallet below zero; held equals the active holds;
        // each account's history is gap-free and replays to its balance.
        expect((await ledger.trialBalance(db())).USD).toBe(0n);
        for (const w of wallets) {
          const a = await ledger.account(db(), w.id);
          if (!a) throw new Error("wallet vanished");
          expect(a.available).toBeGreaterThanOrEqual(0n);
          const holds = await db()
            .selectFrom("ledger_holds")
            .select("remaining")
            .where("account_id", "=", w.id)
            .where("status", "=", "active")
            .execute();
          expect(a.held).toBe(holds.reduce((s, h) => s + h.remaining, 0n));
          const history = await db()
            .selectFrom("ledger_postings")
            .select(["seq", "amount", "posted_after"])
            .where("account_id", "=", w.id)
            .orderBy("seq")
            .execute();
          expect(history.map((h) => h.seq)).toEqual(history.map((_, i) => BigInt(i + 1)));
          let running = 0n;
          for (const h of history) {
            running += h.amount;
            expect(h.posted_after).toBe(running);
          }
          expect(running).toBe(a.posted);
        }
      }),
      { numRuns: 15, endOnFailure: true },
    );
  });
});
