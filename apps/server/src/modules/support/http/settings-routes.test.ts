import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAndLogin } from "../../../test/accounts-helpers.js";
import {
  buildDeskStaff,
  type DeskStaff,
  deskCall,
  openTicketNow,
} from "../../../test/support-helpers-sla.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";

describe(`desk settings: SLA, calendar, holidays, groups on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: DeskStaff;
  let supervisor: DeskStaff;
  let admin: DeskStaff;
  let customer: { auth: Record<string, string>; userId: string };
  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await buildDeskStaff(ctx, "agent");
    supervisor = await buildDeskStaff(ctx, "supervisor");
    admin = await buildDeskStaff(ctx, "admin");
    customer = await registerAndLogin(ctx, `settings-customer-${Date.now()}@example.test`);
  });
  afterAll(() => ctx.close());

  const audited = async (type: string, id: string) =>
    (await ctx.services.audit.list({ targetType: type, targetId: id, limit: 20 }))
      .map((r) => r.action)
      .reverse();

  it("shows the seeded policies, calendar, holidays and groups to every support role", async () => {
    const sla = await deskCall(ctx, agent, "GET", "/admin/support/sla");
    expect(sla.statusCode).toBe(200);
    expect(sla.json().policies).toEqual([
      { priority: "urgent", firstResponseMinutes: 60, resolutionMinutes: 480, businessHours: false },
      { priority: "high", firstResponseMinutes: 240, resolutionMinutes: 1620, businessHours: true },
      { priority: "normal", firstResponseMinutes: 540, resolutionMinutes: 2700, businessHours: true },
      { priority: "low", firstResponseMinutes: 1080, resolutionMinutes: 5400, businessHours: true },
    ]);
    const calendar = (await deskCall(ctx, agent, "GET", "/admin/support/calendar")).json();
    expect(calendar.timeZone).toBe("Asia/Shanghai");
    expect(calendar.days[0]).toEqual({ weekday: 0, closed: true, open: null, close: null });
    expect(calendar.days[1]).toEqual({ weekday: 1, closed: false, open: "09:00", close: "18:00" });
    const holidays = (await deskCall(ctx, agent, "GET", "/admin/support/holidays?year=2027")).json().holidays;
    expect(holidays).toHaveLength(1 + 7 + 1 + 5 + 1 + 1 + 7);
    expect(holidays[0]).toEqual({ day: "2027-01-01", name: { en: "New Year's Day", "zh-CN": "元旦" } });
    expect((await deskCall(ctx, agent, "GET", "/admin/support/holidays?year=2026")).json().holidays).toEqual(
      [],
    );
    const groups = (await deskCall(ctx, agent, "GET", "/admin/support/groups")).json().groups;
    expect(groups.map((g: { key: string }) => g.key)).toEqual([
      "general",
      "payments",
      "security",
      "compliance",
    ]);
    expect(groups[1]).toMatchObject({
      name: { en: "Payments", "zh-CN": "支付" },
      categories: ["transaction", "deposit", "withdrawal"],
    });
    for (const url of ["/admin/support/sla", "/admin/support/groups", "/agent/agents"]) {
      expect((await deskCall(ctx, customer, "GET", url)).statusCode, url).toBe(403);
      expect((await deskCall(ctx, undefined, "GET", url)).statusCode, url).toBe(401);
    }
  });

  it("documents every settings route in the OpenAPI document", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const routes: [string, string, string][] = [
      ["/api/v1/admin/support/sla", "get", "Support admin"],
      ["/api/v1/admin/support/sla", "put", "Support admin"],
      ["/api/v1/admin/support/calendar", "put", "Support admin"],
      ["/api/v1/admin/support/holidays", "post", "Support admin"],
      ["/api/v1/admin/support/holidays/{day}", "delete", "Support admin"],
      ["/api/v1/admin/support/groups", "get", "Support admin"],
      ["/api/v1/admin/staff/{userId}/groups", "put", "Support admin"],
      ["/api/v1/agent/presence", "post", "Support console"],
      ["/api/v1/agent/agents", "get", "Support console"],
    ];
    for (const [path, method, tag] of routes) {
      const operation = doc.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toMatchObject({ tags: [tag], security: [{ bearerAuth: [] }] });
      expect(operation.summary.length).toBeGreaterThan(10);
    }
  });

  it("lets supervisors change the SLA (agents get 403); new tickets count with it, audited", async () => {
    const change = {
      policies: [
        { priority: "normal", firstResponseMinutes: 120, resolutionMinutes: 1080, businessHours: true },
      ],
    };
    const refused = await deskCall(ctx, agent, "PUT", "/admin/support/sla", change);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("forbidden");
    const saved = await deskCall(ctx, supervisor, "PUT", "/admin/support/sla", change);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().policies[2]).toEqual(change.policies[0]);
    expect(saved.json().policies[0].firstResponseMinutes).toBe(60);
    expect(await audited("support_settings", "sla")).toEqual(["support.sla_updated"]);

    ctx.clock.set("2026-11-30T01:00:00Z"); // Monday 09:00 in Shanghai
    const ticket = await openTicketNow(ctx);
    expect(ticket.first_response_due_at).toEqual(new Date("2026-11-30T03:00:00Z"));
    expect(await ctx.services.support.deps.sla.expectation(ctx.platform.db, "normal")).toEqual({
      minutes: 120,
      businessHours: true,
    });

    for (const bad of [
      { policies: [] },
      {
        policies: [
          { priority: "normal", firstResponseMinutes: 0, resolutionMinutes: 10, businessHours: true },
        ],
      },
      {
        policies: [
          { priority: "normal", firstResponseMinutes: 600, resolutionMinutes: 10, businessHours: true },
        ],
      },
      { policies: [change.policies[0], change.policies[0]] },
      {
        policies: [{ priority: "asap", firstResponseMinutes: 1, resolutionMinutes: 10, businessHours: true }],
      },
    ])
      expect(
        (await deskCall(ctx, supervisor, "PUT", "/admin/support/sla", bad)).statusCode,
        JSON.stringify(bad),
      ).toBe(400);
    await deskCall(ctx, admin, "PUT", "/admin/support/sla", {
      policies: [
        { priority: "normal", firstResponseMinutes: 540, resolutionMinutes: 2700, businessHours: true },
      ],
    });
  });

  it("validates the calendar: a real time zone and closing after opening (422 calendar_invalid)", async () => {
    const week = (open: string, close: string) =>
      [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open, close }));
    expect(
      (
        await deskCall(ctx, agent, "PUT", "/admin/support/calendar", {
          timeZone: "Europe/London",
          days: week("09:00", "17:00"),
        })
      ).statusCode,
    ).toBe(403);
    for (const bad of [
      { timeZone: "Mars/Olympus", days: week("09:00", "17:00") },
      { timeZone: "Europe/London", days: week("17:00", "09:00") },
      { timeZone: "Europe/London", days: week("09:00", "09:00") },
      { timeZone: "Europe/London", days: [] },
      {
        timeZone: "Europe/London",
        days: [
          { weekday: 1, open: "09:00", close: "17:00" },
          { weekday: 1, closed: true },
        ],
      },
      { timeZone: "Europe/London", days: [{ weekday: 1, open: "9am", close: "17:00" }] },
    ]) {
      const res = await deskCall(ctx, supervisor, "PUT", "/admin/support/calendar", bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(422);
      expect(res.json().code).toBe("calendar_invalid");
    }
    const saved = await deskCall(ctx, supervisor, "PUT", "/admin/support/calendar", {
      timeZone: "Europe/London",
      days: [...week("09:00", "17:30"), { weekday: 6, closed: true }],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().days[1]).toEqual({ weekday: 1, closed: false, open: "09:00", close: "17:30" });
    expect(saved.json().days[6]).toEqual({ weekday: 6, closed: true, open: null, close: null });
    expect(await audited("support_settings", "calendar")).toEqual(["support.calendar_updated"]);

    // Friday 17:00 in London (GMT), 540 minutes: half an hour on Friday, the whole 8½-hour Monday.
    ctx.clock.set("2026-12-04T17:00:00Z");
    expect((await openTicketNow(ctx)).first_response_due_at).toEqual(new Date("2026-12-07T17:30:00Z"));

    await deskCall(ctx, supervisor, "PUT", "/admin/support/calendar", {
      timeZone: "Asia/Shanghai",
      days: week("09:00", "18:00"),
    });
  });

  it("adds, renames and removes holidays (supervisors), audited", async () => {
    const holiday = { day: "2026-12-24", name: { en: "Christmas Eve", "zh-CN": "平安夜" } };
    expect((await deskCall(ctx, agent, "POST", "/admin/support/holidays", holiday)).statusCode).toBe(403);
    const added = await deskCall(ctx, supervisor, "POST", "/admin/support/holidays", holiday);
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual(holiday);
    const renamed = await deskCall(ctx, supervisor, "POST", "/admin/support/holidays", {
      ...holiday,
      name: { en: "Office closed", "zh-CN": "办公室关闭" },
    });
    expect(renamed.statusCode).toBe(200);
    const list = (await deskCall(ctx, agent, "GET", "/admin/support/holidays?year=2026")).json().holidays;
    expect(list).toEqual([{ day: "2026-12-24", name: { en: "Office closed", "zh-CN": "办公室关闭" } }]);
    for (const day of ["2026-02-30", "24-12-2026", "2026-13-01"])
      expect(
        (await deskCall(ctx, supervisor, "POST", "/admin/support/holidays", { ...holiday, day })).statusCode,
        day,
      ).toBe(400);
    expect((await deskCall(ctx, agent, "DELETE", "/admin/support/holidays/2026-12-24")).statusCode).toBe(403);
    expect((await deskCall(ctx, supervisor, "DELETE", "/admin/support/holidays/2026-12-24")).statusCode).toBe(
      204,
    );
    expect((await deskCall(ctx, supervisor, "DELETE", "/admin/support/holidays/2026-12-24")).statusCode).toBe(
      204,
    );
    expect(await audited("support_holiday", "2026-12-24")).toEqual([
      "support.holiday_added",
      "support.holiday_renamed",
      "support.holiday_removed",
    ]);
  });

  it("seeds again without undoing supervisors' changes", async () => {
    const { db } = ctx.platform;
    await deskCall(ctx, supervisor, "DELETE", "/admin/support/holidays/2027-10-07");
    await db
      .updateTable("support_groups")
      .set({ name: JSON.stringify({ en: "Money", "zh-CN": "资金" }) })
      .where("key", "=", "payments")
      .execute();
    await db.deleteFrom("support_sla_policies").where("priority", "=", "low").execute();
    await ctx.services.support.seed();
    ctx.services.support.deps.sla.invalidate();
    const days = (await deskCall(ctx, agent, "GET", "/admin/support/holidays?year=2027")).json().holidays;
    expect(days.map((h: { day: string }) => h.day)).not.toContain("2027-10-07");
    expect(days.map((h: { day: string }) => h.day)).toContain("2027-10-06");
    const groups = (await deskCall(ctx, agent, "GET", "/admin/support/groups")).json().groups;
    expect(groups[1].name).toEqual({ en: "Money", "zh-CN": "资金" });
    const low = (
      await db.selectFrom("support_sla_policies").selectAll().where("priority", "=", "low").execute()
    )[0];
    expect(low).toMatchObject({ first_response_minutes: 1080, resolution_minutes: 5400 });
  });

  it("puts staff in groups (supervisors, audited) and lists them with presence", async () => {
    const url = `/admin/staff/${agent.userId}/groups`;
    expect((await deskCall(ctx, agent, "PUT", url, { groups: ["payments"] })).statusCode).toBe(403);
    const saved = await deskCall(ctx, supervisor, "PUT", url, {
      groups: ["security", "payments", "payments"],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ userId: agent.userId, groups: ["payments", "security"] });
    const unknown = await deskCall(ctx, supervisor, "PUT", url, { groups: ["billing"] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe("support_group_not_found");
    const notStaff = await deskCall(ctx, supervisor, "PUT", `/admin/staff/${customer.userId}/groups`, {
      groups: [],
    });
    expect(notStaff.statusCode).toBe(404);
    expect(notStaff.json().code).toBe("staff_not_found");
    expect(await audited("user", agent.userId)).toContain("staff.groups_changed");

    const presence = await deskCall(ctx, agent, "POST", "/agent/presence", { status: "online" });
    expect(presence.json()).toEqual({ status: "online" });
    expect((await deskCall(ctx, agent, "POST", "/agent/presence", { status: "busy" })).statusCode).toBe(400);
    const groups = (await deskCall(ctx, agent, "GET", "/admin/support/groups")).json().groups;
    const security = groups.find((g: { key: string }) => g.key === "security");
    expect(security.members).toEqual([
      expect.objectContaining({
        id: agent.userId,
        role: "agent",
        status: "online",
        groups: ["payments", "security"],
      }),
    ]);
    const agents = (await deskCall(ctx, agent, "GET", "/agent/agents")).json();
    expect(agents.map((a: { id: string }) => a.id).sort()).toEqual(
      [agent.userId, supervisor.userId, admin.userId].sort(),
    );
    expect(await audited("user", agent.userId)).toContain("support.presence_changed");

    const emptied = await deskCall(ctx, supervisor, "PUT", url, { groups: [] });
    expect(emptied.json().groups).toEqual([]);
  });
});
