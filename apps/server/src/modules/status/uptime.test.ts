import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPONENT_KEYS, type ComponentKey, type ComponentState } from "../../platform/db/schema-status.js";
import {
  buildStatusAdmin,
  openIncident,
  scheduleMaintenance,
  updateIncident,
} from "../../test/status-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { type StateChange, uptimeOf } from "./history.js";

const at = (iso: string) => new Date(iso);
const change = (state: ComponentState, iso: string): StateChange => ({ state, startedAt: at(iso) });
const HOUR = 3600;

describe("uptime per UTC day (pure)", () => {
  it("weighs several changes within a day: major outage fully, partial outage at 0.3, degraded as up", () => {
    const changes = [
      change("operational", "2026-11-20T00:00:00Z"),
      change("major_outage", "2026-11-25T01:00:00Z"), // 1 h major
      change("operational", "2026-11-25T02:00:00Z"),
      change("partial_outage", "2026-11-25T10:00:00Z"), // 2 h partial
      change("degraded_performance", "2026-11-25T12:00:00Z"), // 3 h degraded: up
      change("operational", "2026-11-25T15:00:00Z"),
    ];
    const result = uptimeOf(changes, 3, at("2026-11-27T12:00:00Z"));
    const day = result.days.find((d) => d.date === "2026-11-25");
    expect(day).toMatchObject({ outageSeconds: HOUR, partialSeconds: 2 * HOUR, worst: "major_outage" });
    expect(day?.uptime).toBeCloseTo(1 - (HOUR + 0.3 * 2 * HOUR) / 86_400, 6);
    expect(result.days.map((d) => d.date)).toEqual(["2026-11-25", "2026-11-26", "2026-11-27"]);
    expect(result.days[1]).toMatchObject({ uptime: 1, worst: "operational", outageSeconds: 0 });
    // Today is observed up to now (12 hours), all up.
    expect(result.days[2]?.uptime).toBe(1);
    // Over the period: 60 observed hours, 1 h major and 2 h partial.
    expect(result.uptime).toBeCloseTo(1 - (HOUR + 0.3 * 2 * HOUR) / (60 * HOUR), 6);
  });

  it("splits a state that runs across midnight between the two days", () => {
    const changes = [
      change("operational", "2026-11-01T00:00:00Z"),
      change("major_outage", "2026-11-25T22:00:00Z"),
      change("operational", "2026-11-26T03:00:00Z"),
    ];
    const result = uptimeOf(changes, 3, at("2026-11-27T00:00:00Z"));
    expect(result.days.slice(0, 2)).toEqual([
      {
        date: "2026-11-25",
        uptime: expect.closeTo(1 - (2 * HOUR) / 86_400, 6),
        worst: "major_outage",
        outageSeconds: 2 * HOUR,
        partialSeconds: 0,
      },
      {
        date: "2026-11-26",
        uptime: expect.closeTo(1 - (3 * HOUR) / 86_400, 6),
        worst: "major_outage",
        outageSeconds: 3 * HOUR,
        partialSeconds: 0,
      },
    ]);
  });

  it("counts maintenance as up, and shows it as the day's worst over operational", () => {
    const changes = [
      change("operational", "2026-11-01T00:00:00Z"),
      change("under_maintenance", "2026-11-26T02:00:00Z"),
      change("operational", "2026-11-26T06:00:00Z"),
    ];
    const day = uptimeOf(changes, 1, at("2026-11-26T23:59:59Z")).days[0];
    expect(day).toMatchObject({ uptime: 1, worst: "under_maintenance", outageSeconds: 0, partialSeconds: 0 });
  });

  it("has no data (null) for days before the first record, and counts the first day from the record on", () => {
    const changes = [
      change("operational", "2026-11-26T12:00:00Z"),
      change("major_outage", "2026-11-26T18:00:00Z"),
    ];
    const result = uptimeOf(changes, 4, at("2026-11-27T00:00:00Z"));
    expect(result.days.slice(0, 2)).toEqual([
      { date: "2026-11-24", uptime: null, worst: null, outageSeconds: 0, partialSeconds: 0 },
      { date: "2026-11-25", uptime: null, worst: null, outageSeconds: 0, partialSeconds: 0 },
    ]);
    // Observed 12 hours (from noon), 6 of them in major outage.
    expect(result.days[2]).toMatchObject({ date: "2026-11-26", uptime: 0.5, outageSeconds: 6 * HOUR });
    // Today at midnight exactly: nothing observed yet.
    expect(result.days[3]).toMatchObject({ date: "2026-11-27", uptime: null, worst: null });
    expect(result.uptime).toBe(0.5);
    expect(uptimeOf([], 3, at("2026-11-27T00:00:00Z")).uptime).toBeNull();
  });
});

describe("uptime from recorded states (API)", () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await buildTestApp();
  });
  afterEach(() => ctx.close());

  const uptime = async (days = 3) => {
    const res = await ctx.app.inject({ method: "GET", url: `/api/v1/status/uptime?days=${days}` });
    expect(res.statusCode).toBe(200);
    return res.json() as {
      days: number;
      components: { id: string; uptime: number | null; days: { date: string; uptime: number | null }[] }[];
    };
  };
  const recorded = (component: ComponentKey) =>
    ctx.platform.db
      .selectFrom("status_component_states")
      .select(["state", "started_at"])
      .where("component", "=", component)
      .orderBy("started_at")
      .orderBy("id")
      .execute();

  it("records each change of the effective state, window boundaries at their own time, and computes uptime from them", async () => {
    // The test clock starts at 2026-11-26T10:00Z; seeding recorded every component operational then.
    const admin = await buildStatusAdmin(ctx);
    const incident = await openIncident(ctx, admin, { components: ["transfers"], impact: "critical" });
    ctx.clock.advance(2 * HOUR * 1000);
    await updateIncident(ctx, admin, incident.id, { status: "identified", componentState: "partial_outage" });
    ctx.clock.advance(HOUR * 1000);
    await updateIncident(ctx, admin, incident.id, { status: "resolved" });
    // A window from 14:00 to 15:00 that nobody touches: the minute chore records its start and end at their times.
    await scheduleMaintenance(ctx, admin, {
      components: ["transfers"],
      startsAt: "2026-11-26T14:00:00Z",
      endsAt: "2026-11-26T15:00:00Z",
    });
    ctx.clock.set("2026-11-26T16:30:00Z");
    const chore = ctx.services.status.chores().find(([name]) => name === "status component states recorded");
    expect(chore).toBeDefined();
    await chore?.[1]();
    expect((await recorded("transfers")).map((r) => [r.state, r.started_at.toISOString()])).toEqual([
      ["operational", "2026-11-26T10:00:00.000Z"],
      ["major_outage", "2026-11-26T10:00:00.000Z"],
      ["partial_outage", "2026-11-26T12:00:00.000Z"],
      ["operational", "2026-11-26T13:00:00.000Z"],
      ["under_maintenance", "2026-11-26T14:00:00.000Z"],
      ["operational", "2026-11-26T15:00:00.000Z"],
    ]);
    // Nothing changed since: running it again records nothing.
    expect(await chore?.[1]()).toBe(0);

    ctx.clock.set("2026-11-27T00:00:00Z");
    await ctx.services.status.snapshot.rebuild();
    const body = await uptime(3);
    expect(body.days).toBe(3);
    expect(body.components.map((c) => c.id)).toEqual([...COMPONENT_KEYS]);
    const transfers = body.components.find((c) => c.id === "transfers");
    // 14 hours observed on the 26th (from 10:00): 2 h major, 1 h partial, 1 h maintenance (up).
    const expected = 1 - (2 * HOUR + 0.3 * HOUR) / (14 * HOUR);
    expect(transfers?.days.map((d) => d.date)).toEqual(["2026-11-25", "2026-11-26", "2026-11-27"]);
    expect(transfers?.days[0]?.uptime).toBeNull();
    expect(transfers?.days[1]?.uptime).toBeCloseTo(expected, 6);
    expect(transfers?.days[2]?.uptime).toBeNull();
    expect(transfers?.uptime).toBeCloseTo(expected, 6);
    expect(body.components.find((c) => c.id === "login")?.days[1]?.uptime).toBe(1);
  });

  it("records a window scheduled after its start from now on: history is not rewritten", async () => {
    const admin = await buildStatusAdmin(ctx);
    await openIncident(ctx, admin, { components: ["api"], impact: "critical" });
    ctx.clock.advance(2 * HOUR * 1000);
    await scheduleMaintenance(ctx, admin, {
      components: ["api"],
      startsAt: -HOUR * 1000,
      endsAt: HOUR * 1000,
    });
    expect((await recorded("api")).map((r) => [r.state, r.started_at.toISOString()])).toEqual([
      ["operational", "2026-11-26T10:00:00.000Z"],
      ["major_outage", "2026-11-26T10:00:00.000Z"],
      ["under_maintenance", "2026-11-26T12:00:00.000Z"],
    ]);
  });

  it("refuses a number of days out of range with 400", async () => {
    for (const days of ["0", "91", "abc"]) {
      const res = await ctx.app.inject({ method: "GET", url: `/api/v1/status/uptime?days=${days}` });
      expect(res.statusCode).toBe(400);
    }
  });
});
