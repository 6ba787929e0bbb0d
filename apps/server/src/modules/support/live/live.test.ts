import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../platform/db/database.js";
import { eventually } from "../../../test/support-helpers-live.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { createTestDatabase, TEST_POSTGRES_URL, testDatabaseKind } from "../../../test/test-db.js";
import { parseSupportEvent } from "./create.js";
import type { SupportEvent } from "./index.js";

/** Everything a SupportLive's listener hears. */
function recorder(ctx: TestContext) {
  const heard: SupportEvent[] = [];
  const stop = ctx.services.support.deps.live.listen((event) => heard.push(event));
  return { heard, stop };
}

describe(`live console events across two nodes on one database, on ${testDatabaseKind}`, () => {
  let first: TestContext;
  let second: TestContext;
  beforeAll(async () => {
    const config = { databaseUrl: TEST_POSTGRES_URL };
    const database = await createTestDatabase();
    if (database.kind === "postgres" && TEST_POSTGRES_URL) {
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
      // The second node has its own pool and its own LISTEN connection, as another process would.
      const again = await openDatabase({
        url: TEST_POSTGRES_URL,
        searchPath: rows[0]?.schema ?? "public",
        maxConnections: 3,
      });
      second = await buildTestApp({ database: again, config });
    } else {
      // The embedded database lives in this process: the second app shares it (and must not close it).
      second = await buildTestApp({ database: { ...database, close: async () => {} }, config });
    }
    first = await buildTestApp({ database, config });
    await first.services.support.warm();
    await second.services.support.warm();
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it("an event published on one node reaches the other node's listeners, and its own once", async () => {
    const atFirst = recorder(first);
    const atSecond = recorder(second);
    const event: SupportEvent = {
      type: "ticket.created",
      ticketId: "tkt_1",
      number: "100001",
      groupKey: "general",
    };
    await first.services.support.deps.live.publish(event);
    // Local listeners hear it at once, before any round trip.
    expect(atFirst.heard).toEqual([event]);
    await eventually(() => atSecond.heard.length === 1);
    expect(atSecond.heard).toEqual([event]);

    const reply: SupportEvent = {
      type: "message.created",
      ticketId: "tkt_1",
      messageId: "msg_1",
      internal: true,
      authorType: "agent",
    };
    await second.services.support.deps.live.publish(reply);
    await eventually(() => atFirst.heard.length === 2);
    expect(atFirst.heard[1]).toEqual(reply);
    // Nobody hears an echo of their own event.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(atFirst.heard).toHaveLength(2);
    expect(atSecond.heard).toHaveLength(2);
    atFirst.stop();
    atSecond.stop();
  });

  it("a listener that stopped hears nothing more, and a failing listener does not stop the others", async () => {
    const { live } = first.services.support.deps;
    const heard: string[] = [];
    const stopBroken = live.listen(() => {
      throw new Error("broken console");
    });
    const stop = live.listen((event) => heard.push(event.ticketId));
    await expect(live.publish({ type: "ticket.updated", ticketId: "tkt_2" })).resolves.toBeUndefined();
    stop();
    stopBroken();
    await live.publish({ type: "ticket.updated", ticketId: "tkt_3" });
    expect(heard).toEqual(["tkt_2"]);
  });
});

describe("events from other nodes are checked", () => {
  it("keeps the known shapes and drops the rest", () => {
    expect(parseSupportEvent({ type: "viewers.changed", ticketId: "tkt_1" })).toEqual({
      type: "viewers.changed",
      ticketId: "tkt_1",
    });
    expect(
      parseSupportEvent({ type: "ticket.created", ticketId: "tkt_1", number: "100001" }),
    ).toBeUndefined();
    expect(
      parseSupportEvent({
        type: "message.created",
        ticketId: "t",
        messageId: "m",
        internal: "no",
        authorType: "agent",
      }),
    ).toBeUndefined();
    expect(parseSupportEvent({ type: "ticket.deleted", ticketId: "tkt_1" })).toBeUndefined();
    expect(parseSupportEvent({ type: "ticket.updated", ticketId: "" })).toBeUndefined();
  });
});
