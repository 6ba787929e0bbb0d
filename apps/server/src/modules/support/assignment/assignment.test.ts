import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../../test/factories.js";
import { buildDeskStaff, type DeskStaff, deskCall, onDuty } from "../../../test/support-helpers-sla.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";

describe(`round-robin assignment among online agents on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let supervisor: DeskStaff;
  let agents: DeskStaff[];
  let offline: DeskStaff;
  beforeAll(async () => {
    ctx = await buildTestApp();
    supervisor = await buildDeskStaff(ctx, "supervisor");
    agents = [];
    for (const name of ["Ann", "Bo", "Cai"]) {
      const agent = await buildDeskStaff(ctx, "agent", name);
      await onDuty(ctx, supervisor, agent, ["payments", "general"]);
      agents.push(agent);
    }
    offline = await buildDeskStaff(ctx, "agent", "Dee");
    await onDuty(ctx, supervisor, offline, ["payments"]);
    await deskCall(ctx, offline, "POST", "/agent/presence", { status: "offline" });
  });
  afterAll(() => ctx.close());

  const pick = (group = "payments") =>
    ctx.platform.db
      .transaction()
      .execute((trx) => ctx.services.support.deps.assignment.pickAssignee(trx, group, ctx.clock.now()));
  const names = (ids: (string | null)[]) =>
    ids.map((id) => [...agents, offline].findIndex((a) => a.userId === id)).map((i) => "ABCD"[i] ?? "-");

  it("routes categories to their groups", async () => {
    const { db } = ctx.platform;
    const groupFor = ctx.services.support.deps.assignment.groupFor;
    expect(await groupFor(db, "transaction")).toBe("payments");
    expect(await groupFor(db, "withdrawal")).toBe("payments");
    expect(await groupFor(db, "security")).toBe("security");
    expect(await groupFor(db, "login_access")).toBe("general");
    expect(await groupFor(db, "other")).toBe("general");
  });

  it("gives three online agents tickets in turn and the offline one none", async () => {
    const picked: (string | null)[] = [];
    for (let i = 0; i < 6; i += 1) picked.push(await pick());
    expect(names(picked)).toEqual(["A", "B", "C", "A", "B", "C"]);
    // Each group keeps its own turn.
    expect(names([await pick("general"), await pick("general")])).toEqual(["A", "B"]);
    expect(names([await pick()])).toEqual(["A"]);
  });

  it("sends two tickets arriving at once to two agents", async () => {
    if (testDatabaseKind === "postgres") {
      // The first assignment is still in its transaction while the second one picks.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let firstPicked: (value: string | null) => void = () => {};
      const first = new Promise<string | null>((resolve) => {
        firstPicked = resolve;
      });
      const slow = ctx.platform.db.transaction().execute(async (trx) => {
        firstPicked(
          await ctx.services.support.deps.assignment.pickAssignee(trx, "payments", ctx.clock.now()),
        );
        await held;
      });
      const a = await first;
      const b = await pick();
      release();
      await slow;
      expect(a).not.toBeNull();
      expect(b).not.toBeNull();
      expect(a).not.toBe(b);
    }
    const [x, y] = await Promise.all([pick(), pick()]);
    expect(x).not.toBe(y);
    expect(names([x, y]).sort()).not.toContain("D");
  });

  it("skips deactivated and away agents, and leaves tickets unassigned when nobody is online", async () => {
    const [ann, bo, cai] = agents as [DeskStaff, DeskStaff, DeskStaff];
    await ctx.platform.db
      .updateTable("users")
      .set({ deactivated_at: ctx.clock.now() })
      .where("id", "=", cai.userId)
      .execute();
    await deskCall(ctx, bo, "POST", "/agent/presence", { status: "away" });
    expect(names([await pick(), await pick()])).toEqual(["A", "A"]);
    expect(await ctx.services.support.deps.assignment.isEligible(ctx.platform.db, cai.userId)).toBe(false);
    expect(await ctx.services.support.deps.assignment.isEligible(ctx.platform.db, ann.userId)).toBe(true);
    const customer = await buildUser(ctx);
    expect(await ctx.services.support.deps.assignment.isEligible(ctx.platform.db, customer.id)).toBe(false);
    await ctx.platform.db
      .updateTable("users")
      .set({ deactivated_at: null })
      .where("id", "=", cai.userId)
      .execute();

    // Heartbeats stop: after two minutes nobody counts as online.
    ctx.clock.advance(2 * 60_000 + 1000);
    expect(await pick()).toBeNull();
    expect(await pick("security")).toBeNull();
    const listed = await deskCall(ctx, supervisor, "GET", "/agent/agents");
    expect(listed.statusCode).toBe(200);
    const byId = new Map(
      (listed.json() as { id: string; status: string; groups: string[] }[]).map((a) => [a.id, a]),
    );
    expect(byId.get(ann.userId)).toMatchObject({ status: "offline", groups: ["general", "payments"] });
    expect(byId.has(customer.id)).toBe(false);

    await deskCall(ctx, bo, "POST", "/agent/presence", { status: "online" });
    expect(names([await pick(), await pick()])).toEqual(["B", "B"]);
    const again = await deskCall(ctx, bo, "GET", "/agent/agents");
    expect((again.json() as { id: string; status: string }[]).find((a) => a.id === bo.userId)?.status).toBe(
      "online",
    );
  });
});
