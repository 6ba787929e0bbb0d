import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testConfig } from "../../test/test-config.js";
import { createTestDatabase, testDatabaseKind } from "../../test/test-db.js";
import { ManualClock } from "../clock.js";
import type { Database } from "../db/database.js";
import { createPlatform, type Platform } from "../platform.js";
import { cryptoRandom, type Random } from "../random.js";
import { backoffMs } from "./outbox.js";

describe(`outbox on ${testDatabaseKind}`, () => {
  let database: Database;
  let platform: Platform;
  let clock: ManualClock;
  const delivered: string[] = [];
  let failuresLeft = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    clock = new ManualClock("2026-11-26T10:00:00Z");
    platform = createPlatform({ config: testConfig(), database, clock, outbox: { maxAttempts: 3 } });
    platform.outbox.register("test.deliver", async (payload) => {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error("provider down");
      }
      delivered.push(String(payload.n));
    });
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    delivered.length = 0;
    failuresLeft = 0;
    await platform.outbox.drain();
  });

  it("delivers what a committed transaction wrote, exactly once", async () => {
    await platform.db.transaction().execute((trx) => platform.outbox.enqueue(trx, "test.deliver", { n: 1 }));
    await platform.outbox.drain();
    await platform.outbox.drain();
    expect(delivered).toEqual(["1"]);
  });

  it("delivers nothing for a transaction that rolled back", async () => {
    await expect(
      platform.db.transaction().execute(async (trx) => {
        await platform.outbox.enqueue(trx, "test.deliver", { n: 2 });
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow();
    await platform.outbox.drain();
    expect(delivered).toEqual([]);
  });

  it("retries with backoff after a failure, then succeeds", async () => {
    failuresLeft = 1;
    await platform.outbox.enqueue(platform.db, "test.deliver", { n: 3 });
    await platform.outbox.drain();
    expect(delivered).toEqual([]);
    expect(await platform.outbox.pendingCount()).toBe(1);
    clock.advance(1_000);
    await platform.outbox.drain();
    expect(delivered).toEqual([]); // backoff is 2 s after the first attempt
    clock.advance(2_000);
    await platform.outbox.drain();
    expect(delivered).toEqual(["3"]);
  });

  it("parks a row as dead after the last attempt", async () => {
    failuresLeft = 100;
    const id = await platform.outbox.enqueue(platform.db, "test.deliver", { n: 4 });
    for (let i = 0; i < 5; i++) {
      await platform.outbox.drain();
      clock.advance(60_000);
    }
    const row = await platform.db
      .selectFrom("outbox")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("dead");
    expect(row.attempts).toBe(3);
    expect(row.last_error).toBe("provider down");
  });

  it("tells the handler which attempt it is, and when it is the last", async () => {
    const seen: { attempt: number; last: boolean }[] = [];
    platform.outbox.register("test.attempts", async (_payload, { attempt, last }) => {
      seen.push({ attempt, last });
      throw new Error("provider down");
    });
    await platform.outbox.enqueue(platform.db, "test.attempts", {});
    for (let i = 0; i < 5; i++) {
      await platform.outbox.drain();
      clock.advance(60_000);
    }
    expect(seen).toEqual([
      { attempt: 1, last: false },
      { attempt: 2, last: false },
      { attempt: 3, last: true },
    ]);
  });

  it("never delivers one row twice when workers race", async () => {
    for (let n = 10; n < 40; n++) await platform.outbox.enqueue(platform.db, "test.deliver", { n });
    await Promise.all([platform.outbox.drain(), platform.outbox.drain(), platform.outbox.drain()]);
    expect(delivered.sort()).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 10)).sort());
  });

  it("writes a side effect enqueued twice under one dedupe key once, and returns the first row's id", async () => {
    const first = await platform.outbox.enqueue(
      platform.db,
      "test.deliver",
      { n: 50 },
      { dedupeKey: "k:50" },
    );
    const second = await platform.db
      .transaction()
      .execute((trx) => platform.outbox.enqueue(trx, "test.deliver", { n: 51 }, { dedupeKey: "k:50" }));
    expect(second).toBe(first);
    await platform.outbox.drain();
    expect(delivered).toEqual(["50"]);
    // Rows without a key are never deduplicated.
    await platform.outbox.enqueue(platform.db, "test.deliver", { n: 52 });
    await platform.outbox.enqueue(platform.db, "test.deliver", { n: 52 });
    await platform.outbox.drain();
    expect(delivered).toEqual(["50", "52", "52"]);
  });

  it("counts rows waiting and rows parked as dead", async () => {
    const before = await platform.outbox.counts();
    failuresLeft = 100;
    await platform.outbox.enqueue(platform.db, "test.deliver", { n: 60 });
    expect(await platform.outbox.counts()).toEqual({ pending: before.pending + 1, dead: before.dead });
    for (let i = 0; i < 5; i++) {
      await platform.outbox.drain();
      clock.advance(60_000);
    }
    expect(await platform.outbox.counts()).toEqual({ pending: before.pending, dead: before.dead + 1 });
  });
});

describe("outbox backoff", () => {
  const fixed = (pick: "min" | "max"): Random => ({
    bytes: cryptoRandom.bytes,
    int: (min, max) => (pick === "min" ? min : max - 1),
  });

  it("doubles from 2 s up to an hour, plus at most a quarter at random", () => {
    expect([1, 2, 3, 10].map((n) => backoffMs(n, fixed("min")))).toEqual([2_000, 4_000, 8_000, 1_024_000]);
    expect([1, 2, 3].map((n) => backoffMs(n, fixed("max")))).toEqual([2_500, 5_000, 10_000]);
    expect(backoffMs(12, fixed("min"))).toBe(3_600_000);
    expect(backoffMs(40, fixed("max"))).toBe(4_500_000);
  });

  it("takes the jitter from the platform's random source", async () => {
    const database = await createTestDatabase();
    try {
      const clock = new ManualClock("2026-11-26T10:00:00Z");
      const platform = createPlatform({ config: testConfig(), database, clock, random: fixed("max") });
      platform.outbox.register("test.fail", async () => {
        throw new Error("provider down");
      });
      const id = await platform.outbox.enqueue(platform.db, "test.fail", {});
      await platform.outbox.runOnce();
      const row = await platform.db
        .selectFrom("outbox")
        .select("next_attempt_at")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(new Date(row.next_attempt_at).getTime() - clock.now().getTime()).toBe(2_500);
    } finally {
      await database.close();
    }
  });
});
