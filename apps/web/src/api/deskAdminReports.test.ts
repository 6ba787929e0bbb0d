import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./client";
import { getReport, parseReport, reportCsvUrl } from "./deskAdminReports";
import { call, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
});

const range = { from: "2026-11-01", to: "2026-11-03" };

const report = {
  from: "2026-11-01",
  to: "2026-11-03",
  timeZone: "Asia/Shanghai",
  volume: {
    byDay: [
      { day: "2026-11-01", created: 4, solved: 1 },
      { day: "2026-11-02", created: 0, solved: 3 },
      { day: "2026-11-03", created: 2, solved: 2 },
    ],
    byChannel: [{ channel: "web", count: 6 }],
    byCategory: [
      { category: "deposit", count: 4 },
      { category: "security", count: 2 },
    ],
  },
  firstResponse: { medianMinutes: 42.5, p90Minutes: 300 },
  resolution: { medianMinutes: null, p90Minutes: null },
  slaCompliance: {
    firstResponse: 83.3,
    resolution: null,
    tickets: 6,
    measured: { firstResponse: { met: 5, missed: 1 }, resolution: { met: 0, missed: 0 } },
  },
  satisfaction: { average: 4.5, count: 2, distribution: { "1": 0, "2": 0, "3": 0, "4": 1, "5": 1 } },
  backlog: { byStatus: { new: 1, open: 2, pending: 0, on_hold: 1 }, total: 4 },
  agents: [
    {
      id: "usr_d",
      name: "Dana",
      solved: 5,
      medianFirstResponseMinutes: 30,
      satisfactionAverage: 4.5,
      ratings: 2,
    },
    { name: "no id" },
  ],
  channel: null,
  channels: [
    {
      channel: "web",
      created: 6,
      solved: 6,
      firstResponseMedianMinutes: 42.5,
      resolutionMedianMinutes: null,
      slaCompliance: {
        firstResponse: 83.3,
        resolution: null,
        measured: { firstResponse: { met: 5, missed: 1 }, resolution: { met: 0, missed: 0 } },
      },
      satisfaction: { average: 4.5, count: 2 },
    },
    { channel: "fax", created: 1 },
  ],
};

describe("support report", () => {
  it("asks for the range and reads every figure", async () => {
    const fetchMock = stub(200, report);
    const read = await getReport(range);
    const url = new URL(call(fetchMock).url, "http://x");
    expect(url.pathname).toBe("/api/v1/agent/reports");
    expect(url.searchParams.get("from")).toBe("2026-11-01");
    expect(url.searchParams.get("to")).toBe("2026-11-03");
    expect(read.volume.byDay).toEqual(report.volume.byDay);
    expect(read.firstResponse).toEqual({ medianMinutes: 42.5, p90Minutes: 300 });
    expect(read.resolution).toEqual({ medianMinutes: null, p90Minutes: null });
    expect(read.slaCompliance).toEqual({ firstResponse: 83.3, resolution: null, tickets: 6 });
    expect(read.satisfaction.distribution).toEqual({ "1": 0, "2": 0, "3": 0, "4": 1, "5": 1 });
    expect(read.backlog).toEqual(report.backlog);
    expect(read.agents).toEqual([report.agents[0]]);
  });

  it("lists every channel and category, zeros included, in a fixed order", () => {
    const read = parseReport(report, range);
    expect(read.volume.byChannel.map((c) => c.channel)).toEqual(["web", "email", "chat", "phone", "social"]);
    expect(read.volume.byChannel[0]?.count).toBe(6);
    expect(read.volume.byCategory.find((c) => c.category === "deposit")?.count).toBe(4);
    expect(read.volume.byCategory.find((c) => c.category === "other")?.count).toBe(0);
  });

  it("an unexpected answer reads as an empty report of the asked range", () => {
    const read = parseReport("nonsense", range);
    expect(read.from).toBe("2026-11-01");
    expect(read.volume.byDay).toEqual([]);
    expect(read.satisfaction).toEqual({
      average: null,
      count: 0,
      distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 },
    });
    expect(read.backlog.total).toBe(0);
  });

  it("passes a refusal on (agents may not read reports)", async () => {
    stub(403, { code: "forbidden", title: "Forbidden", status: 403 });
    await expect(getReport(range)).rejects.toBeInstanceOf(ApiError);
  });

  it("links the CSV with the same range", () => {
    expect(reportCsvUrl(range)).toBe("/api/v1/agent/reports.csv?from=2026-11-01&to=2026-11-03");
    expect(reportCsvUrl(range, "email")).toBe(
      "/api/v1/agent/reports.csv?from=2026-11-01&to=2026-11-03&channel=email",
    );
  });

  it("reads the split by channel and asks for one channel", async () => {
    const read = parseReport(report, range);
    expect(read.channel).toBeNull();
    expect(read.channels).toEqual([
      {
        channel: "web",
        created: 6,
        solved: 6,
        firstResponseMedianMinutes: 42.5,
        resolutionMedianMinutes: null,
        slaFirstResponse: 83.3,
        slaResolution: null,
        satisfactionAverage: 4.5,
        ratings: 2,
      },
    ]);
    const fetchMock = stub(200, { ...report, channel: "email", channels: [] });
    const email = await getReport(range, undefined, "email");
    expect(email.channel).toBe("email");
    expect(new URL(call(fetchMock).url, "http://x").searchParams.get("channel")).toBe("email");
  });
});
