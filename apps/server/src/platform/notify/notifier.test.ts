import { sql } from "kysely";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../test/test-config.js";
import { createTestDatabase, TEST_POSTGRES_URL, testDatabaseKind } from "../../test/test-db.js";
import { type Database, openDatabase } from "../db/database.js";
import { createNotifier, type Notifier, type NotifyPayload } from "./notifier.js";

const log = pino({ level: "silent" });

/** Resolves with the next payload the handler list receives, or rejects after a while. */
function inbox() {
  const received: NotifyPayload[] = [];
  const waiters: (() => void)[] = [];
  return {
    received,
    handler: (payload: NotifyPayload) => {
      received.push(payload);
      for (const wake of waiters.splice(0)) wake();
    },
    async next(count: number, timeoutMs = 5_000): Promise<NotifyPayload[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${received.length} of ${count} notifications`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received.slice(0, count);
    },
  };
}

describe(`change notifications between nodes, on ${testDatabaseKind}`, () => {
  let first: Database;
  let second: Database;
  let a: Notifier;
  let b: Notifier;
  const config = testConfig({ databaseUrl: TEST_POSTGRES_URL });

  beforeAll(async () => {
    first = await createTestDatabase({ migrate: false });
    if (first.kind === "postgres" && TEST_POSTGRES_URL) {
      // The second node: its own pool on the same schema, as another process would have.
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(first.db);
      second = await openDatabase({ url: TEST_POSTGRES_URL, searchPath: rows[0]?.schema ?? "public" });
    } else {
      second = first;
    }
    a = createNotifier(first, config, log);
    b = createNotifier(second, config, log);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    if (second !== first) await second.close();
    await first.close();
  });

  it("delivers a message to the other node and not back to the sender", async () => {
    const atA = inbox();
    const atB = inbox();
    await a.subscribe("help", atA.handler);
    await b.subscribe("help", atB.handler);
    await a.publish("help", { kind: "article", slug: "reset-password" });
    expect(await atB.next(1)).toEqual([{ kind: "article", slug: "reset-password" }]);
    await b.publish("help", { kind: "synonyms" });
    expect(await atA.next(1)).toEqual([{ kind: "synonyms" }]);
    // Each heard only the other one.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(atA.received).toHaveLength(1);
    expect(atB.received).toHaveLength(1);
  });

  it("keeps channels apart and refuses payloads NOTIFY cannot carry", async () => {
    const other = inbox();
    await b.subscribe("elsewhere", other.handler);
    await a.publish("help", { kind: "synonyms" });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(other.received).toHaveLength(0);
    await expect(a.publish("help", { text: "x".repeat(9_000) })).rejects.toThrow(/too large/);
  });

  it.skipIf(testDatabaseKind !== "postgres")(
    "listens again after its connection is cut, and asks the node to catch up",
    async () => {
      let resyncs = 0;
      b.onResync(() => {
        resyncs += 1;
      });
      const atB = inbox();
      await b.subscribe("after-cut", atB.handler);
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
                where application_name = ${`satchel-notify-${b.nodeId.slice(0, 8)}`}`.execute(first.db);
      const deadline = Date.now() + 10_000;
      while (resyncs === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(resyncs).toBe(1);
      await a.publish("after-cut", { n: 1 });
      expect(await atB.next(1)).toEqual([{ n: 1 }]);
    },
  );
});

/** Runs only where a Redis is named (CI sets TEST_REDIS_URL): the same exchange through Redis pub/sub. */
const redisUrl = process.env.TEST_REDIS_URL;
describe.runIf(redisUrl)(`change notifications through Redis, on ${testDatabaseKind}`, () => {
  let database: Database;
  let a: Notifier;
  let b: Notifier;
  let elsewhere: Notifier;
  let other: Database;
  const config = testConfig({ databaseUrl: TEST_POSTGRES_URL, redisUrl });

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    other = await createTestDatabase({ migrate: false });
    a = createNotifier(database, config, log);
    b = createNotifier(database, config, log);
    // Another deployment (another schema or embedded database) on the same Redis.
    elsewhere = createNotifier(other, config, log);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await elsewhere.close();
    await other.close();
    await database.close();
  });

  it("delivers to the other node, not back to the sender, and not to another database's nodes", async () => {
    const atA = inbox();
    const atB = inbox();
    const stranger = inbox();
    await a.subscribe("chat", atA.handler);
    await b.subscribe("chat", atB.handler);
    await elsewhere.subscribe("chat", stranger.handler);
    await a.publish("chat", { ticketId: "t1", seq: 5 });
    expect(await atB.next(1)).toEqual([{ ticketId: "t1", seq: 5 }]);
    await b.publish("chat", { ticketId: "t2", typing: true });
    expect(await atA.next(1)).toEqual([{ ticketId: "t2", typing: true }]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(atA.received).toHaveLength(1);
    expect(atB.received).toHaveLength(1);
    expect(stranger.received).toHaveLength(0);
    await expect(a.publish("chat", { text: "x".repeat(9_000) })).rejects.toThrow(/too large/);
  });

  it("subscribes again after its connection is cut, and asks the node to catch up", async () => {
    let resyncs = 0;
    b.onResync(() => {
      resyncs += 1;
    });
    const atB = inbox();
    await b.subscribe("after-cut", atB.handler);
    const { Redis } = await import("ioredis");
    const admin = new Redis(redisUrl ?? "");
    try {
      const list = String(await admin.client("LIST"));
      const line = list.split("\n").find((l) => l.includes(`name=satchel-notify-${b.nodeId.slice(0, 8)}`));
      const id = line && /\bid=(\d+)/.exec(line)?.[1];
      if (!id) throw new Error("the listener's connection is not in CLIENT LIST");
      await admin.client("KILL", "ID", id);
    } finally {
      admin.disconnect();
    }
    const deadline = Date.now() + 10_000;
    while (resyncs === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(resyncs).toBe(1);
    // Subscribed again: a message published now arrives.
    let received = false;
    for (let attempt = 0; attempt < 50 && !received; attempt++) {
      await a.publish("after-cut", { n: attempt });
      await new Promise((resolve) => setTimeout(resolve, 100));
      received = atB.received.length > 0;
    }
    expect(received).toBe(true);
  });
});
