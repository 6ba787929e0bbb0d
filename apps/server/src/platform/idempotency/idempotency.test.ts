import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ledger } from "../../modules/ledger/index.js";
import { buildUser } from "../../test/factories.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { DomainError } from "../errors/domain-error.js";
import { Idempotency, requestHash } from "./idempotency.js";

describe(`idempotency keys on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let ledger: Ledger;
  let idem: Idempotency;
  let from: string;
  let to: string;
  beforeAll(async () => {
    ctx = await buildTestApp();
    ledger = ctx.services.ledger;
    idem = new Idempotency(ctx.platform.db, ctx.clock);
    from = (await ledger.customerWallet(ctx.platform.db, (await buildUser(ctx)).id, "USD")).id;
    to = (await ledger.customerWallet(ctx.platform.db, (await buildUser(ctx)).id, "USD")).id;
    const source = await ledger.platformAccount(ctx.platform.db, "funding", "USD");
    await ledger.post(ctx.platform.db, {
      kind: "funding",
      postings: [
        { accountId: source.id, amount: -1000n },
        { accountId: from, amount: 1000n },
      ],
    });
  });
  afterAll(() => ctx.close());

  /** "Pay 100 cents": a real movement of money behind the key. */
  const pay = (key: string | undefined, amount = 100n) =>
    idem.run(
      {
        scope: "usr_test:POST /api/v1/transfers",
        key,
        hash: requestHash("POST", "/api/v1/transfers", { amount: String(amount) }),
      },
      async (trx) => {
        const journal = await ledger.post(trx, {
          kind: "transfer",
          postings: [
            { accountId: from, amount: -amount },
            { accountId: to, amount },
          ],
        });
        return { status: 201, body: { journal } };
      },
    );
  const balanceTo = async () => (await ledger.account(ctx.platform.db, to))?.posted;

  it("replays the first answer to a retry and never pays twice", async () => {
    const first = await pay("key-1");
    const again = await pay("key-1");
    expect(again).toEqual({ ...first, replayed: true });
    expect(first.replayed).toBe(false);
    expect(await balanceTo()).toBe(100n);
  });

  it("refuses the same key for a different request", async () => {
    await expect(pay("key-1", 200n)).rejects.toMatchObject({ code: "idempotency_key_reused" });
    expect(await balanceTo()).toBe(100n);
  });

  it("executes once when the same key arrives many times at once", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => pay("key-concurrent")));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(await balanceTo()).toBe(200n);
  });

  it("keeps nothing for a request that failed, so its retry runs afresh", async () => {
    await expect(pay("key-big", 5000n)).rejects.toBeInstanceOf(DomainError);
    const source = await ledger.platformAccount(ctx.platform.db, "funding", "USD");
    await ledger.post(ctx.platform.db, {
      kind: "funding",
      postings: [
        { accountId: source.id, amount: -5000n },
        { accountId: from, amount: 5000n },
      ],
    });
    expect((await pay("key-big", 5000n)).replayed).toBe(false);
    expect(await balanceTo()).toBe(5200n);
  });

  it("forgets keys after 24 hours", async () => {
    await pay("key-old");
    ctx.clock.advance(24 * 3_600_000 + 1);
    expect((await pay("key-old")).replayed).toBe(false);
    expect(await idem.purgeExpired()).toBeGreaterThan(0);
  });

  it("rejects malformed keys", async () => {
    await expect(pay("")).rejects.toMatchObject({ code: "validation_failed" });
    await expect(pay("x".repeat(256))).rejects.toMatchObject({ code: "validation_failed" });
  });
});
