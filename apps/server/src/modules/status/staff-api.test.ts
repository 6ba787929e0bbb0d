import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerAndLogin } from "../../test/accounts-helpers.js";
import {
  buildStatusAdmin,
  buildStatusSupervisor,
  openIncident,
  postMaintenance,
  scheduleMaintenance,
  setComponentState,
  updateIncident,
} from "../../test/status-helpers.js";
import { buildStaffMember, type StaffMember } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { SUBSCRIBER_NOTICE_TOPIC } from "./deps.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe("staff status API", () => {
  let ctx: TestContext;
  let admin: StaffMember;
  beforeEach(async () => {
    ctx = await buildTestApp();
    admin = await buildStatusAdmin(ctx);
  });
  afterEach(() => ctx.close());

  const call = (
    method: "GET" | "POST" | "PATCH",
    url: string,
    auth: Record<string, string>,
    payload?: object,
  ) => ctx.app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
  const audit = (targetId: string) =>
    ctx.platform.db
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("target_id", "=", targetId)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
  const notices = async () =>
    (
      await ctx.platform.db
        .selectFrom("outbox")
        .select("payload")
        .where("topic", "=", SUBSCRIBER_NOTICE_TOPIC)
        .orderBy("id")
        .execute()
    ).map((r) => r.payload as { event: string; updateId: string });

  it("opens an incident, posts updates in both languages, resolves it, and refuses updates after", async () => {
    const supervisor = await buildStatusSupervisor(ctx);
    const opened = await openIncident(ctx, supervisor, {
      components: ["withdrawals"],
      impact: "critical",
      title: { en: "Withdrawals failing", "zh-CN": "提现失败" },
      message: "Investigating.",
    });
    expect(opened).toMatchObject({
      status: "investigating",
      impact: "critical",
      componentState: "major_outage",
      draft: false,
      resolvedAt: null,
      updates: [{ status: "investigating", body: { en: "Investigating.", "zh-CN": "Investigating." } }],
    });
    ctx.clock.advance(MINUTE);
    const identified = await updateIncident(ctx, supervisor, opened.id, {
      status: "identified",
      message: "The bank's gateway is down.",
      componentState: "partial_outage",
    });
    expect(identified).toMatchObject({ status: "identified", componentState: "partial_outage" });
    expect(identified.updates.map((u) => u.status)).toEqual(["identified", "investigating"]);
    ctx.clock.advance(MINUTE);
    const resolved = await updateIncident(ctx, supervisor, opened.id, {
      status: "resolved",
      message: "Fixed.",
    });
    expect(resolved.resolvedAt).toBe(ctx.clock.now().toISOString());

    const again = await call("POST", `/api/v1/admin/status/incidents/${opened.id}/updates`, supervisor.auth, {
      status: "monitoring",
      message: "Still?",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("incident_resolved");

    expect((await audit(opened.id)).map((a) => [a.action, a.actor_id])).toEqual([
      ["status.incident_opened", supervisor.userId],
      ["status.incident_updated", supervisor.userId],
      ["status.incident_resolved", supervisor.userId],
    ]);
    // Subscribers hear of the opening, the update and the resolution (the fan-out is the outbox's).
    expect(await notices()).toEqual(
      resolved.updates.reverse().map((u) => ({ event: "incident_update", updateId: u.id })),
    );

    const missing = await call("POST", "/api/v1/admin/status/incidents/inc_nope/updates", supervisor.auth, {
      status: "resolved",
      message: "x",
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("incident_not_found");
  });

  it("lists incidents by state with a cursor, and shows one", async () => {
    const open = await openIncident(ctx, admin, { components: ["api"] });
    const closed = await openIncident(ctx, admin, { components: ["login"], impact: "minor" });
    await updateIncident(ctx, admin, closed.id, { status: "resolved" });
    const ids = async (query: string) =>
      (await call("GET", `/api/v1/admin/status/incidents?${query}`, admin.auth))
        .json()
        .data.map((i: { id: string }) => i.id);
    expect(await ids("state=open")).toEqual([open.id]);
    expect(await ids("state=resolved")).toEqual([closed.id]);
    expect(await ids("state=all")).toEqual([closed.id, open.id]);
    const first = (await call("GET", "/api/v1/admin/status/incidents?limit=1", admin.auth)).json();
    expect(first.data.map((i: { id: string }) => i.id)).toEqual([closed.id]);
    expect(await ids(`limit=1&cursor=${first.nextCursor}`)).toEqual([open.id]);
    const one = await call("GET", `/api/v1/admin/status/incidents/${open.id}`, admin.auth);
    expect(one.json()).toMatchObject({ id: open.id, source: "staff", components: ["api"] });
  });

  it("validates incident input: known components, one string or both languages, no resolved start", async () => {
    for (const payload of [
      { components: [], impact: "major", title: "t", message: "m" },
      { components: ["nope"], impact: "major", title: "t", message: "m" },
      { components: ["api"], impact: "huge", title: "t", message: "m" },
      { components: ["api"], impact: "major", title: { en: "only English" }, message: "m" },
      { components: ["api"], impact: "major", title: "  ", message: "m" },
      { components: ["api"], impact: "major", title: "t", message: "m", status: "resolved" },
    ]) {
      const res = await call("POST", "/api/v1/admin/status/incidents", admin.auth, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it("schedules, moves, ends and cancels maintenance, each audited", async () => {
    const made = await scheduleMaintenance(ctx, admin, {
      components: ["bank_deposits", "withdrawals"],
      startsAt: HOUR,
      endsAt: 3 * HOUR,
      title: { en: "Bank upgrade", "zh-CN": "银行升级" },
      announceSocial: true,
    });
    expect(made).toMatchObject({
      state: "scheduled",
      methodIds: null,
      components: ["bank_deposits", "withdrawals"],
    });

    const moved = await call("PATCH", `/api/v1/admin/status/maintenances/${made.id}`, admin.auth, {
      startsAt: new Date(ctx.clock.now().getTime() + 2 * HOUR).toISOString(),
      description: "Longer text.",
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      startsAt: new Date(ctx.clock.now().getTime() + 2 * HOUR).toISOString(),
      description: { en: "Longer text.", "zh-CN": "Longer text." },
      announceSocial: true,
    });
    const inverted = await call("PATCH", `/api/v1/admin/status/maintenances/${made.id}`, admin.auth, {
      endsAt: new Date(ctx.clock.now().getTime() + HOUR).toISOString(),
    });
    expect(inverted.statusCode).toBe(422);
    expect(inverted.json().code).toBe("maintenance_window_invalid");

    // Ending one that has not started is refused (cancel it instead).
    const early = await call("POST", `/api/v1/admin/status/maintenances/${made.id}/end`, {
      ...admin.auth,
      "accept-language": "zh-CN",
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().errors[0].message).toBe("维护尚未开始：请取消维护，而不是提前结束");

    ctx.clock.advance(2 * HOUR + MINUTE);
    const ended = await call("POST", `/api/v1/admin/status/maintenances/${made.id}/end`, admin.auth);
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ state: "completed", endsAt: ctx.clock.now().toISOString() });
    for (const action of ["end", "cancel"]) {
      const res = await call("POST", `/api/v1/admin/status/maintenances/${made.id}/${action}`, admin.auth);
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe("maintenance_finished");
    }

    const other = await scheduleMaintenance(ctx, admin, {
      components: ["api"],
      startsAt: HOUR,
      endsAt: 2 * HOUR,
    });
    const canceled = await call("POST", `/api/v1/admin/status/maintenances/${other.id}/cancel`, admin.auth);
    expect(canceled.json()).toMatchObject({ state: "canceled", canceledAt: ctx.clock.now().toISOString() });
    const patchCanceled = await call("PATCH", `/api/v1/admin/status/maintenances/${other.id}`, admin.auth, {
      title: "x",
    });
    expect(patchCanceled.statusCode).toBe(409);

    expect((await audit(made.id)).map((a) => a.action)).toEqual([
      "status.maintenance_scheduled",
      "status.maintenance_changed",
      "status.maintenance_ended",
    ]);
    expect((await audit(other.id)).map((a) => a.action)).toEqual([
      "status.maintenance_scheduled",
      "status.maintenance_canceled",
    ]);
    const missing = await call("POST", "/api/v1/admin/status/maintenances/mnt_nope/cancel", admin.auth);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("maintenance_not_found");
  });

  it("refuses a maintenance window that ends before it starts or has already ended (422)", async () => {
    for (const [startsAt, endsAt] of [
      [2 * HOUR, HOUR],
      [HOUR, HOUR],
      [-2 * HOUR, -HOUR],
    ] as const) {
      const res = await postMaintenance(ctx, admin, { components: ["api"], startsAt, endsAt });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: "maintenance_window_invalid" });
      expect(res.json().errors[0].path).toBe("/endsAt");
    }
    // The reasons are written in the caller's language, like every other field error.
    for (const [language, endsBeforeStart, endsInPast] of [
      ["en", "Must be after the start", "Must be in the future"],
      ["zh-CN", "结束时间必须晚于开始时间", "结束时间必须晚于当前时间"],
    ] as const) {
      const refused = (startsAt: number, endsAt: number) =>
        ctx.app.inject({
          method: "POST",
          url: "/api/v1/admin/status/maintenances",
          headers: { ...admin.auth, "accept-language": language },
          payload: {
            components: ["api"],
            title: "Window",
            startsAt: new Date(ctx.clock.now().getTime() + startsAt).toISOString(),
            endsAt: new Date(ctx.clock.now().getTime() + endsAt).toISOString(),
          },
        });
      const inverted = (await refused(2 * HOUR, HOUR)).json();
      expect(inverted.errors).toEqual([
        { in: "body", path: "/endsAt", code: "maintenance_window_invalid", message: endsBeforeStart },
      ]);
      expect((await refused(-2 * HOUR, -HOUR)).json().errors[0].message).toBe(endsInPast);
    }

    // Started already but not over: fine (it is in progress at once).
    const ongoing = await scheduleMaintenance(ctx, admin, {
      components: ["api"],
      startsAt: -HOUR,
      endsAt: HOUR,
    });
    expect(ongoing.state).toBe("in_progress");
    const bad = await postMaintenance(ctx, admin, {
      components: ["api"],
      startsAt: "tomorrow",
      endsAt: HOUR,
    });
    expect(bad.statusCode).toBe(400);
  });

  it("sets a component's manual state and shows the overview", async () => {
    const set = await setComponentState(ctx, admin, "exchange", "degraded_performance");
    expect(set).toMatchObject({
      key: "exchange",
      manualState: "degraded_performance",
      state: "degraded_performance",
    });
    expect((await audit("exchange")).map((a) => a.action)).toEqual(["status.component_state_set"]);
    await scheduleMaintenance(ctx, admin, { components: ["exchange"], startsAt: -MINUTE, endsAt: HOUR });
    await openIncident(ctx, admin, { components: ["api"], impact: "minor" });

    const overview = await call("GET", "/api/v1/admin/status", admin.auth);
    expect(overview.statusCode).toBe(200);
    const body = overview.json();
    expect(body.components.find((c: { key: string }) => c.key === "exchange")).toMatchObject({
      manualState: "degraded_performance",
      state: "under_maintenance",
      name: { en: "Currency exchange", "zh-CN": "货币兑换" },
    });
    expect(body.components.find((c: { key: string }) => c.key === "api").state).toBe("degraded_performance");
    expect(body.incidents).toHaveLength(1);
    expect(body.maintenances).toHaveLength(1);
    expect(body.subscribers).toEqual({ confirmed: 0, pending: 0 });
  });

  it("lets supervisors run incidents but not maintenance or component states; agents and customers nothing", async () => {
    const supervisor = await buildStatusSupervisor(ctx);
    const agent = await buildStaffMember(ctx, "agent");
    const customer = await registerAndLogin(ctx, "status-customer@example.test");
    const maintenance = {
      components: ["api"],
      startsAt: new Date(ctx.clock.now().getTime() + HOUR).toISOString(),
      endsAt: new Date(ctx.clock.now().getTime() + 2 * HOUR).toISOString(),
      title: "t",
    };
    const incident = { components: ["api"], impact: "minor", title: "t", message: "m" };

    expect((await call("POST", "/api/v1/admin/status/incidents", supervisor.auth, incident)).statusCode).toBe(
      201,
    );
    expect((await call("GET", "/api/v1/admin/status", supervisor.auth)).statusCode).toBe(200);
    for (const [auth, code] of [
      [supervisor.auth, 403],
      [agent.auth, 403],
      [customer.auth, 403],
      [{}, 401],
    ] as const) {
      expect((await call("POST", "/api/v1/admin/status/maintenances", auth, maintenance)).statusCode).toBe(
        code,
      );
      expect(
        (await call("PATCH", "/api/v1/admin/status/components/api", auth, { state: "major_outage" }))
          .statusCode,
      ).toBe(code);
    }
    for (const [auth, code] of [
      [agent.auth, 403],
      [customer.auth, 403],
      [{}, 401],
    ] as const) {
      expect((await call("POST", "/api/v1/admin/status/incidents", auth, incident)).statusCode).toBe(code);
      expect((await call("GET", "/api/v1/admin/status", auth)).statusCode).toBe(code);
      expect((await call("GET", "/api/v1/admin/status/incidents", auth)).statusCode).toBe(code);
    }
  });
});
