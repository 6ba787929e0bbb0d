import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./client";
import { call, stub } from "./fetchStub";
import {
  confirmSubscription,
  getIncident,
  getStatusSummary,
  getUnsubscribe,
  getUptime,
  listIncidents,
  parseSummary,
  parseUptime,
  statusFeedUrl,
  subscribe,
  unsubscribe,
} from "./status";

// Shapes as the contract of issue #9 gives them (Statuspage's summary.json, snake_case).
const component = (id: string, status: string, position: number) => ({
  id,
  name: id === "login" ? "Login and accounts" : "Card deposits",
  description: "",
  status,
  position,
  created_at: "2026-11-01T00:00:00.000Z",
  updated_at: "2026-11-27T10:00:00.000Z",
  showcase: true,
  group: false,
  group_id: null,
  only_show_if_degraded: false,
});

const incident = {
  id: "inc_1",
  name: "Card deposits failing",
  status: "identified",
  impact: "major",
  created_at: "2026-11-27T09:00:00.000Z",
  updated_at: "2026-11-27T09:30:00.000Z",
  monitoring_at: null,
  resolved_at: null,
  started_at: "2026-11-27T08:55:00.000Z",
  shortlink: "https://satchel.example/status/incidents/inc_1",
  page_id: "satchel",
  components: [component("card_deposits", "partial_outage", 2)],
  incident_updates: [
    {
      id: "inu_2",
      status: "identified",
      body: "The card processor is failing.",
      created_at: "2026-11-27T09:30:00.000Z",
      updated_at: "2026-11-27T09:30:00.000Z",
      display_at: "2026-11-27T09:30:00.000Z",
      incident_id: "inc_1",
    },
    {
      id: "inu_1",
      status: "investigating",
      body: "Looking into it.",
      created_at: "2026-11-27T09:00:00.000Z",
    },
  ],
};

const summary = {
  page: {
    id: "satchel",
    name: "Satchel",
    url: "https://satchel.example/status",
    time_zone: "Etc/UTC",
    updated_at: "2026-11-27T10:00:00.000Z",
  },
  status: { indicator: "major", description: "Partial outage" },
  components: [component("card_deposits", "partial_outage", 2), component("login", "operational", 1)],
  incidents: [incident],
  scheduled_maintenances: [
    {
      id: "mnt_1",
      name: "Bank upgrade",
      status: "scheduled",
      impact: "maintenance",
      scheduled_for: "2026-11-28T01:00:00.000Z",
      scheduled_until: "2026-11-28T03:00:00.000Z",
      created_at: "2026-11-20T00:00:00.000Z",
      updated_at: "2026-11-20T00:00:00.000Z",
      shortlink: "https://satchel.example/status",
      components: [component("card_deposits", "operational", 2)],
      incident_updates: [],
      description: "The bank upgrades its systems.",
      method_ids: ["pm_visa"],
    },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("status summary", () => {
  it("reads the summary into camelCase, components in their order", () => {
    const read = parseSummary(summary);
    expect(read.page).toEqual({
      id: "satchel",
      name: "Satchel",
      url: "https://satchel.example/status",
      timeZone: "Etc/UTC",
      updatedAt: "2026-11-27T10:00:00.000Z",
    });
    expect(read.status).toEqual({ indicator: "major", description: "Partial outage" });
    expect(read.components.map((c) => [c.id, c.status])).toEqual([
      ["login", "operational"],
      ["card_deposits", "partial_outage"],
    ]);
    expect(read.incidents[0]).toMatchObject({
      id: "inc_1",
      status: "identified",
      impact: "major",
      startedAt: "2026-11-27T08:55:00.000Z",
      resolvedAt: null,
    });
    expect(read.incidents[0]?.updates.map((u) => [u.id, u.status, u.displayAt])).toEqual([
      ["inu_2", "identified", "2026-11-27T09:30:00.000Z"],
      // display_at missing: the creation time stands in.
      ["inu_1", "investigating", "2026-11-27T09:00:00.000Z"],
    ]);
    expect(read.maintenances[0]).toMatchObject({
      id: "mnt_1",
      status: "scheduled",
      scheduledFor: "2026-11-28T01:00:00.000Z",
      scheduledUntil: "2026-11-28T03:00:00.000Z",
      description: "The bank upgrades its systems.",
      methodIds: ["pm_visa"],
    });
  });

  it("turns values it does not know into safe ones and rejects a body without a status", () => {
    const read = parseSummary({
      status: { indicator: "apocalypse" },
      components: [{ id: "api", status: "on_fire" }, { name: "no id" }],
      incidents: [{ id: "inc_2", impact: "catastrophic", status: "unknown" }],
    });
    expect(read.status.indicator).toBe("none");
    expect(read.components).toEqual([expect.objectContaining({ id: "api", name: "api", status: null })]);
    expect(read.incidents[0]).toMatchObject({ impact: "none", status: null, updates: [] });
    expect(read.maintenances).toEqual([]);
    expect(() => parseSummary({ components: [] })).toThrow();
  });

  it("asks in the reader's language", async () => {
    const fetchMock = stub(200, summary);
    await getStatusSummary("zh-CN");
    expect(call(fetchMock).url).toBe("/api/v1/status/summary?lang=zh-CN");
  });
});

describe("uptime", () => {
  it("reads days oldest first; a day without data has no worst state", () => {
    const read = parseUptime({
      days: 90,
      components: [
        {
          id: "login",
          name: "Login",
          uptime: 0.9987,
          days: [
            { date: "2026-11-26", uptime: null, worst: "operational", outageSeconds: 0, partialSeconds: 0 },
            {
              date: "2026-11-27",
              uptime: 0.5,
              worst: "major_outage",
              outageSeconds: 43200,
              partialSeconds: 0,
            },
          ],
        },
      ],
    });
    expect(read.days).toBe(90);
    expect(read.components[0]?.days).toEqual([
      { date: "2026-11-26", uptime: null, worst: null, outageSeconds: 0, partialSeconds: 0 },
      { date: "2026-11-27", uptime: 0.5, worst: "major_outage", outageSeconds: 43200, partialSeconds: 0 },
    ]);
  });

  it("asks for the number of days", async () => {
    const fetchMock = stub(200, { days: 90, components: [] });
    await getUptime(90, "en");
    expect(call(fetchMock).url).toBe("/api/v1/status/uptime?days=90&lang=en");
  });
});

describe("incidents", () => {
  it("pages through the history with the cursor", async () => {
    const fetchMock = stub(200, { data: [incident, { nope: true }], nextCursor: "c2" });
    const page = await listIncidents({ cursor: "c1", limit: 10, lang: "en" });
    expect(call(fetchMock).url).toBe("/api/v1/status/incidents?cursor=c1&limit=10&lang=en");
    expect(page.data.map((i) => i.id)).toEqual(["inc_1"]);
    expect(page.nextCursor).toBe("c2");
  });

  it("reads one incident, and passes a 404 on", async () => {
    const fetchMock = stub(200, incident);
    expect((await getIncident("inc/1", "en")).name).toBe("Card deposits failing");
    expect(call(fetchMock).url).toBe("/api/v1/status/incidents/inc%2F1?lang=en");
    stub(404, { code: "incident_not_found", title: "Incident not found", status: 404 });
    await expect(getIncident("inc_9", "en")).rejects.toBeInstanceOf(ApiError);
  });
});

describe("subscriptions", () => {
  it("subscribe sends the components only when some are chosen, and the language", async () => {
    const fetchMock = stub(202, { status: "pending_confirmation" });
    await subscribe({ email: "ana@example.com", components: [], language: "zh-CN" });
    expect(call(fetchMock).url).toBe("/api/v1/status/subscriptions");
    expect(call(fetchMock).json()).toEqual({ email: "ana@example.com", language: "zh-CN" });
    await subscribe({ email: "ana@example.com", components: ["login"], language: "en" });
    expect(call(fetchMock, 1).json()).toEqual({
      email: "ana@example.com",
      components: ["login"],
      language: "en",
    });
  });

  it("confirms and unsubscribes with the emailed token", async () => {
    const fetchMock = stub(200, { email: "a***@example.com", components: ["login", 3] });
    expect(await confirmSubscription("tok")).toEqual({ email: "a***@example.com", components: ["login"] });
    expect(call(fetchMock).method).toBe("POST");
    expect(call(fetchMock).json()).toEqual({ token: "tok" });

    expect(await getUnsubscribe("t k")).toEqual({
      email: "a***@example.com",
      components: ["login"],
      unsubscribed: false,
    });
    expect(call(fetchMock, 1).url).toBe("/api/v1/status/subscriptions/unsubscribe?token=t+k");

    await unsubscribe("tok");
    expect(call(fetchMock, 2).url).toBe("/api/v1/status/subscriptions/unsubscribe");
    expect(call(fetchMock, 2).json()).toEqual({ token: "tok" });
  });

  it("passes subscription_link_invalid on as the server's problem", async () => {
    stub(400, { code: "subscription_link_invalid", title: "This link has expired", status: 400 });
    const error = await confirmSubscription("old").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("subscription_link_invalid");
  });

  it("links the feed in the reader's language", () => {
    expect(statusFeedUrl("zh-CN")).toBe("/status/feed.atom?lang=zh-CN");
  });
});
