import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStaffMember, insertRawTicket, type StaffMember } from "../../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { buildCustomer } from "../../../test/wallet-helpers.js";

/** An instant `minutes` after another (ISO strings, as the data set is written). */
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/**
 * A small desk whose figures are worked out by hand. The desk's days are Asia/Shanghai days
 * (UTC+8): 2026-11-01 runs from 2026-10-31T16:00Z to 2026-11-01T16:00Z.
 *
 * First responses (created in range): 10, 20, 30, 40 min → median 25, p90 37.
 * Resolutions (solved in range): 60, 120, 240, 27540 min → median 180, p90 19350.
 * SLA: first response met T1 T2 T4, missed T3 (T5 still running) → 75 %;
 *      resolution met T1 T3, missed T2 T4 → 50 %; five tickets with targets.
 * Ratings in range: 5, 4, 2, 3 → 3.5.
 */
describe("supervisor reports", () => {
  let ctx: TestContext;
  let amy: StaffMember;
  let bob: StaffMember;
  let supervisor: StaffMember;
  const RANGE = "from=2026-11-01&to=2026-11-03";

  beforeAll(async () => {
    ctx = await buildTestApp();
    amy = await buildStaffMember(ctx, "agent", "Amy Agent");
    bob = await buildStaffMember(ctx, "agent", '=Bob, "the" agent');
    supervisor = await buildStaffMember(ctx, "supervisor");
    const { userId } = await buildCustomer(ctx);
    const t = (spec: Omit<Parameters<typeof insertRawTicket>[1], "userId"> & { userId?: string | null }) =>
      insertRawTicket(ctx, { userId, ...spec });

    const t1 = "2026-11-01T01:00:00.000Z";
    await t({
      createdAt: t1,
      category: "transaction",
      assigneeId: amy.userId,
      firstRespondedAt: plus(t1, 10),
      solvedAt: plus(t1, 60),
      firstResponseDueAt: plus(t1, 60),
      resolutionDueAt: plus(t1, 480),
      score: 5,
      ratedAt: plus(t1, 120),
    });
    const t2 = "2026-11-01T02:00:00.000Z";
    await t({
      createdAt: t2,
      category: "transaction",
      assigneeId: amy.userId,
      firstRespondedAt: plus(t2, 20),
      solvedAt: plus(t2, 120),
      firstResponseDueAt: plus(t2, 60),
      resolutionDueAt: plus(t2, 100),
      score: 4,
      ratedAt: plus(t2, 180),
    });
    const t3 = "2026-11-02T01:00:00.000Z";
    await t({
      createdAt: t3,
      category: "login_access",
      channel: "email",
      assigneeId: bob.userId,
      firstRespondedAt: plus(t3, 30),
      solvedAt: plus(t3, 240),
      firstResponseDueAt: plus(t3, 20),
      resolutionDueAt: plus(t3, 480),
      score: 2,
      ratedAt: plus(t3, 300),
    });
    const t4 = "2026-11-02T03:00:00.000Z";
    await t({
      createdAt: t4,
      status: "pending",
      assigneeId: bob.userId,
      firstRespondedAt: plus(t4, 40),
      firstResponseDueAt: plus(t4, 60),
      resolutionDueAt: plus(t4, 480),
    });
    // 01:00 on 2026-11-03 at the desk, still 2026-11-02 in UTC; waiting for its first answer.
    const t5 = await t({
      createdAt: "2026-11-02T17:00:00.000Z",
      status: "new",
      firstResponseDueAt: "2026-11-27T00:00:00.000Z",
      resolutionDueAt: "2026-11-28T00:00:00.000Z",
    });
    // An unverified guest's ticket counts nowhere.
    await t({ userId: null, createdAt: "2026-11-01T03:00:00.000Z", status: "new" });
    // A merged ticket counts as a contact, not as work.
    await t({
      createdAt: "2026-11-03T02:00:00.000Z",
      status: "closed",
      mergedIntoId: t5,
      firstResponseDueAt: "2026-11-03T03:00:00.000Z",
    });
    // Opened in October, solved and rated within the range.
    await t({
      createdAt: "2026-10-15T00:00:00.000Z",
      assigneeId: amy.userId,
      solvedAt: "2026-11-03T03:00:00.000Z",
      score: 3,
      ratedAt: "2026-11-03T04:00:00.000Z",
    });
    // All before the range; the last one is still open work.
    await t({
      createdAt: "2026-10-20T00:00:00.000Z",
      assigneeId: bob.userId,
      solvedAt: "2026-10-21T00:00:00.000Z",
      score: 1,
      ratedAt: "2026-10-22T00:00:00.000Z",
    });
    await t({ createdAt: "2026-11-10T00:00:00.000Z", status: "on_hold", assigneeId: bob.userId });
  });
  afterAll(() => ctx.close());

  const get = (url: string, who: { auth: Record<string, string> }, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: "GET", url, headers: { ...who.auth, ...headers } });

  it("works out volume, response times, SLA, satisfaction, backlog and agents", async () => {
    const res = await get(`/api/v1/agent/reports?${RANGE}`, supervisor);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      from: "2026-11-01",
      to: "2026-11-03",
      timeZone: "Asia/Shanghai",
      channel: null,
    });
    expect(report.volume.byDay).toEqual([
      { day: "2026-11-01", created: 2, solved: 2 },
      { day: "2026-11-02", created: 2, solved: 1 },
      { day: "2026-11-03", created: 2, solved: 1 },
    ]);
    expect(report.volume.byChannel).toEqual([
      { channel: "web", count: 5 },
      { channel: "email", count: 1 },
      { channel: "chat", count: 0 },
      { channel: "phone", count: 0 },
      { channel: "social", count: 0 },
    ]);
    expect(report.volume.byCategory).toEqual(
      expect.arrayContaining([
        { category: "transaction", count: 2 },
        { category: "login_access", count: 1 },
        { category: "other", count: 3 },
        { category: "security", count: 0 },
      ]),
    );
    expect(report.firstResponse).toEqual({ medianMinutes: 25, p90Minutes: 37 });
    expect(report.resolution).toEqual({ medianMinutes: 180, p90Minutes: 19350 });
    expect(report.slaCompliance).toEqual({
      firstResponse: 75,
      resolution: 50,
      tickets: 5,
      measured: { firstResponse: { met: 3, missed: 1 }, resolution: { met: 2, missed: 2 } },
    });
    expect(report.satisfaction).toEqual({
      average: 3.5,
      count: 4,
      distribution: { "1": 0, "2": 1, "3": 1, "4": 1, "5": 1 },
    });
    expect(report.backlog).toEqual({ byStatus: { new: 1, open: 0, pending: 1, on_hold: 1 }, total: 3 });
    expect(report.agents).toEqual([
      {
        id: amy.userId,
        name: "Amy Agent",
        solved: 3,
        medianFirstResponseMinutes: 15,
        satisfactionAverage: 4,
        ratings: 3,
      },
      {
        id: bob.userId,
        name: '=Bob, "the" agent',
        solved: 1,
        medianFirstResponseMinutes: 35,
        satisfactionAverage: 2,
        ratings: 1,
      },
    ]);
  });

  it("splits the figures by channel, adding up to the desk's totals", async () => {
    const report = (await get(`/api/v1/agent/reports?${RANGE}`, supervisor)).json();
    const web = {
      channel: "web",
      created: 5,
      solved: 3,
      firstResponseMedianMinutes: 20,
      resolutionMedianMinutes: 120,
      slaCompliance: {
        firstResponse: 100,
        resolution: 33.3,
        measured: { firstResponse: { met: 3, missed: 0 }, resolution: { met: 1, missed: 2 } },
      },
      satisfaction: { average: 4, count: 3 },
    };
    const email = {
      channel: "email",
      created: 1,
      solved: 1,
      firstResponseMedianMinutes: 30,
      resolutionMedianMinutes: 240,
      slaCompliance: {
        firstResponse: 0,
        resolution: 100,
        measured: { firstResponse: { met: 0, missed: 1 }, resolution: { met: 1, missed: 0 } },
      },
      satisfaction: { average: 2, count: 1 },
    };
    const quiet = (channel: string) => ({
      channel,
      created: 0,
      solved: 0,
      firstResponseMedianMinutes: null,
      resolutionMedianMinutes: null,
      slaCompliance: {
        firstResponse: null,
        resolution: null,
        measured: { firstResponse: { met: 0, missed: 0 }, resolution: { met: 0, missed: 0 } },
      },
      satisfaction: { average: null, count: 0 },
    });
    expect(report.channels).toEqual([web, email, quiet("chat"), quiet("phone"), quiet("social")]);

    type Split = (typeof report.channels)[number];
    const sum = (pick: (c: Split) => number) =>
      report.channels.reduce((n: number, c: Split) => n + pick(c), 0);
    const days = report.volume.byDay as { created: number; solved: number }[];
    expect(sum((c) => c.created)).toBe(days.reduce((n, d) => n + d.created, 0));
    expect(sum((c) => c.solved)).toBe(days.reduce((n, d) => n + d.solved, 0));
    expect(sum((c) => c.satisfaction.count)).toBe(report.satisfaction.count);
    for (const target of ["firstResponse", "resolution"] as const)
      for (const outcome of ["met", "missed"] as const)
        expect(sum((c) => c.slaCompliance.measured[target][outcome])).toBe(
          report.slaCompliance.measured[target][outcome],
        );
  });

  it("is limited to one channel on request, everywhere in the report", async () => {
    const res = await get(`/api/v1/agent/reports?${RANGE}&channel=email`, supervisor);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.channel).toBe("email");
    expect(report.volume.byDay).toEqual([
      { day: "2026-11-01", created: 0, solved: 0 },
      { day: "2026-11-02", created: 1, solved: 1 },
      { day: "2026-11-03", created: 0, solved: 0 },
    ]);
    expect(report.volume.byChannel.find((c: { channel: string }) => c.channel === "web").count).toBe(0);
    expect(report.firstResponse).toEqual({ medianMinutes: 30, p90Minutes: 30 });
    expect(report.slaCompliance).toMatchObject({ firstResponse: 0, resolution: 100, tickets: 1 });
    expect(report.satisfaction).toMatchObject({ average: 2, count: 1 });
    expect(report.backlog.total).toBe(0);
    expect(report.agents).toEqual([expect.objectContaining({ id: bob.userId, solved: 1 })]);
    expect(report.channels.map((c: { channel: string }) => c.channel)).toEqual(["email"]);

    const csv = await get(`/api/v1/agent/reports.csv?${RANGE}&channel=email`, supervisor);
    expect(csv.headers["content-disposition"]).toBe(
      'attachment; filename="satchel-support-2026-11-01-2026-11-03-email.csv"',
    );
    expect(csv.body).toContain("Channel,email\r\n");
    expect((await get(`/api/v1/agent/reports?${RANGE}&channel=fax`, supervisor)).statusCode).toBe(400);
  });

  it("says nothing rather than zero when there is nothing to measure", async () => {
    const report = (await get("/api/v1/agent/reports?from=2025-01-01&to=2025-01-02", supervisor)).json();
    expect(report.firstResponse).toEqual({ medianMinutes: null, p90Minutes: null });
    expect(report.slaCompliance.firstResponse).toBeNull();
    expect(report.satisfaction).toMatchObject({ average: null, count: 0 });
    expect(report.agents).toEqual([]);
    // The backlog is now, whatever the range.
    expect(report.backlog.total).toBe(3);
  });

  it("exports the same figures as CSV, escaped, in the caller's language", async () => {
    const res = await get(`/api/v1/agent/reports.csv?${RANGE}`, supervisor);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe(
      'attachment; filename="satchel-support-2026-11-01-2026-11-03.csv"',
    );
    expect(res.body.startsWith("\uFEFF")).toBe(true);
    const lines = res.body.slice(1).split("\r\n");
    expect(lines.slice(0, 5)).toEqual([
      "Day,Created,Solved",
      "2026-11-01,2,2",
      "2026-11-02,2,1",
      "2026-11-03,2,1",
      "Total,6,4",
    ]);
    expect(lines).toContain('"First response, median (minutes)",25');
    expect(lines).toContain('"First response, 90th percentile (minutes)",37');
    expect(lines).toContain('"Resolution, 90th percentile (minutes)",19350');
    expect(lines).toContain("First responses within SLA (%),75");
    expect(lines).toContain("Resolutions within SLA (%),50");
    expect(lines).toContain('"Satisfaction, average (1-5)",3.5');
    expect(lines).toContain("Open now: on_hold,1");
    expect(lines).toContain("Amy Agent,3,15,4");
    // A name that looks like a formula is defused; its comma and quotes are quoted.
    expect(lines).toContain(`"'=Bob, ""the"" agent",1,35,2`);
    expect(lines).toContain("Channel,All channels");
    expect(lines).toContain(
      'Channel,Created,Solved,"First response, median (minutes)","Resolution, median (minutes)",' +
        'First responses within SLA (%),Resolutions within SLA (%),"Satisfaction, average",Ratings',
    );
    expect(lines).toContain("web,5,3,20,120,100,33.3,4,3");
    expect(lines).toContain("email,1,1,30,240,0,100,2,1");
    expect(lines).toContain("chat,0,0,,,,,,0");

    const zh = await get(`/api/v1/agent/reports.csv?${RANGE}`, supervisor, { "accept-language": "zh-CN" });
    expect(zh.body.slice(1).split("\r\n")[0]).toBe("日期,新建,已解决");
  });

  it("is for supervisors and admins, over at most 366 days", async () => {
    for (const url of [`/api/v1/agent/reports?${RANGE}`, `/api/v1/agent/reports.csv?${RANGE}`]) {
      const asAgent = await get(url, amy);
      expect(asAgent.statusCode).toBe(403);
      expect(asAgent.json().code).toBe("forbidden");
    }
    const admin = await buildStaffMember(ctx, "admin");
    expect((await get(`/api/v1/agent/reports?${RANGE}`, admin)).statusCode).toBe(200);

    expect((await get("/api/v1/agent/reports?from=2026-01-01&to=2027-01-01", supervisor)).statusCode).toBe(
      200,
    );
    const tooLong = await get("/api/v1/agent/reports?from=2026-01-01&to=2027-01-02", supervisor);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().code).toBe("validation_failed");
    const backwards = await get("/api/v1/agent/reports?from=2026-11-03&to=2026-11-01", supervisor);
    expect(backwards.json().code).toBe("validation_failed");
    expect((await get("/api/v1/agent/reports?from=2026-13-01", supervisor)).statusCode).toBe(400);
    // Without a range: the last 30 days of the desk, today included.
    const recent = (await get("/api/v1/agent/reports", supervisor)).json();
    expect(recent).toMatchObject({ from: "2026-10-28", to: "2026-11-26" });
    expect(recent.volume.byDay).toHaveLength(30);
  });

  it("is in the API documentation under Support console", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const path of ["/api/v1/agent/reports", "/api/v1/agent/reports.csv"]) {
      const operation = doc.paths[path].get;
      expect(operation.tags).toEqual(["Support console"]);
      expect(operation.security).toEqual([{ bearerAuth: [] }]);
      expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual([
        "channel",
        "from",
        "to",
      ]);
    }
  });
});
