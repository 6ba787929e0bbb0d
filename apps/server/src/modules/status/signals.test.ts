import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ComponentKey } from "../../platform/db/schema-status.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { createSignals, type Signals } from "./signals.js";

const MINUTE = 60_000;

describe("automatic signals", () => {
  let ctx: TestContext;
  let node: Signals;
  beforeEach(async () => {
    ctx = await buildTestApp();
    node = createSignals(ctx.services.status.deps);
  });
  afterEach(async () => {
    await node.close();
    await ctx.close();
  });

  const calls = (
    signals: Signals,
    component: ComponentKey,
    outcomes: Record<"ok" | "failure" | "timeout", number>,
  ) => {
    for (const [outcome, count] of Object.entries(outcomes) as ["ok" | "failure" | "timeout", number][])
      for (let i = 0; i < count; i++) signals.record(component, outcome);
  };
  const component = (key: ComponentKey) =>
    ctx.platform.db
      .selectFrom("status_components")
      .selectAll()
      .where("key", "=", key)
      .executeTakeFirstOrThrow();
  const incidentsOf = (key: ComponentKey) =>
    ctx.platform.db
      .selectFrom("status_incidents")
      .selectAll()
      .where(({ eb, val }) => eb(val(key), "=", eb.fn.any("components")))
      .orderBy("created_at")
      .execute();
  const lastState = async (key: ComponentKey) =>
    (
      await ctx.platform.db
        .selectFrom("status_component_states")
        .select("state")
        .where("component", "=", key)
        .orderBy("started_at", "desc")
        .orderBy("id", "desc")
        .executeTakeFirst()
    )?.state;

  it("marks a component whose calls fail (10 of 12 in the window) and opens a draft incident; recovery clears it and resolves the draft", async () => {
    calls(node, "card_deposits", { ok: 2, failure: 8, timeout: 2 });
    expect(await node.evaluate()).toBe(1);
    const marked = await component("card_deposits");
    // 10 of 12 is at or above STATUS_SIGNAL_OUTAGE_RATE (0.75): more than degraded.
    expect(marked.signal_state).toBe("partial_outage");
    expect(marked.signal_since?.toISOString()).toBe(ctx.clock.now().toISOString());
    const [draft] = await incidentsOf("card_deposits");
    expect(draft).toMatchObject({
      draft: true,
      source: "signal",
      status: "investigating",
      impact: "major",
      component_state: "partial_outage",
      title: { en: "Elevated errors on card deposits", "zh-CN": "银行卡充值错误率升高" },
    });
    expect(await lastState("card_deposits")).toBe("partial_outage");
    // Evaluated again with nothing new: nothing changes, no second draft.
    expect(await node.evaluate()).toBe(0);
    expect(await incidentsOf("card_deposits")).toHaveLength(1);

    // Calls work again, but the window still holds the failures' minute: the signal stays a whole window.
    ctx.clock.advance(MINUTE);
    calls(node, "card_deposits", { ok: 40, failure: 0, timeout: 0 });
    expect(await node.evaluate()).toBe(0);
    expect((await component("card_deposits")).signal_state).toBe("partial_outage");

    ctx.clock.advance(4 * MINUTE);
    calls(node, "card_deposits", { ok: 5, failure: 0, timeout: 0 });
    expect(await node.evaluate()).toBe(1);
    const cleared = await component("card_deposits");
    expect(cleared.signal_state).toBeNull();
    expect(cleared.signal_since).toBeNull();
    const [resolved] = await incidentsOf("card_deposits");
    expect(resolved?.status).toBe("resolved");
    expect(resolved?.resolved_at?.toISOString()).toBe(ctx.clock.now().toISOString());
    expect(await lastState("card_deposits")).toBe("operational");
  });

  it("calls a lower error rate degraded, and too few calls nothing", async () => {
    calls(node, "withdrawals", { ok: 8, failure: 4, timeout: 0 });
    calls(node, "transfers", { ok: 0, failure: 5, timeout: 4 });
    expect(await node.evaluate()).toBe(1);
    expect((await component("withdrawals")).signal_state).toBe("degraded_performance");
    expect((await incidentsOf("withdrawals"))[0]?.impact).toBe("minor");
    expect((await component("transfers")).signal_state).toBeNull();
    expect(await incidentsOf("transfers")).toHaveLength(0);
  });

  it("adds up the counts of two nodes", async () => {
    const other = createSignals(ctx.services.status.deps);
    // Six calls each: neither node alone has enough to say anything.
    calls(node, "exchange", { ok: 0, failure: 6, timeout: 0 });
    calls(other, "exchange", { ok: 2, failure: 2, timeout: 2 });
    await other.close();
    const bucket = await ctx.platform.db
      .selectFrom("status_signal_buckets")
      .selectAll()
      .where("component", "=", "exchange")
      .execute();
    expect(bucket.map((b) => [b.calls, b.failures, b.timeouts])).toEqual([[6, 2, 2]]);
    expect(await node.evaluate()).toBe(1);
    const [added] = await ctx.platform.db
      .selectFrom("status_signal_buckets")
      .selectAll()
      .where("component", "=", "exchange")
      .execute();
    expect([added?.calls, added?.failures, added?.timeouts]).toEqual([12, 8, 2]);
    expect((await component("exchange")).signal_state).toBe("partial_outage");
  });

  it("leaves an incident staff opened alone and opens no draft beside it", async () => {
    const now = ctx.clock.now();
    await ctx.platform.db
      .insertInto("status_incidents")
      .values({
        id: ctx.platform.ids.next("incident"),
        title: JSON.stringify({ en: "Known problem", "zh-CN": "已知问题" }),
        impact: "major",
        status: "identified",
        components: ["live_chat"],
        created_by: null,
        created_at: now,
        updated_at: now,
        resolved_at: null,
      })
      .execute();
    calls(node, "live_chat", { ok: 0, failure: 12, timeout: 0 });
    expect(await node.evaluate()).toBe(1);
    ctx.clock.advance(5 * MINUTE);
    calls(node, "live_chat", { ok: 12, failure: 0, timeout: 0 });
    expect(await node.evaluate()).toBe(1);
    const incidents = await incidentsOf("live_chat");
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.resolved_at).toBeNull();
  });
});
