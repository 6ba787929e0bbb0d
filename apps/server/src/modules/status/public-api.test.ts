import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { COMPONENT_KEYS } from "../../platform/db/schema-status.js";
import {
  buildSignalDraft,
  buildStatusAdmin,
  openIncident,
  publicState,
  scheduleMaintenance,
  statusSummary,
  updateIncident,
} from "../../test/status-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { createSnapshotCache } from "./snapshot.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Statuspage's summary.json, written here from its documentation rather than imported from the
// route's schema, so the test checks the shape aggregators expect, not our own description of it.
const iso = z.iso.datetime({ offset: true });
const state = z.enum([
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
]);
const statuspageComponent = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: state,
  position: z.number().int(),
  created_at: iso,
  updated_at: iso,
  showcase: z.boolean(),
  group: z.boolean(),
  group_id: z.string().nullable(),
  only_show_if_degraded: z.boolean(),
  page_id: z.string().optional(),
  start_date: z.string().nullable().optional(),
});
const statuspageUpdate = z.strictObject({
  id: z.string(),
  status: z.enum(["investigating", "identified", "monitoring", "resolved"]),
  body: z.string(),
  created_at: iso,
  updated_at: iso,
  display_at: iso,
  incident_id: z.string(),
});
const statuspageIncident = z.strictObject({
  id: z.string(),
  name: z.string(),
  status: z.enum(["investigating", "identified", "monitoring", "resolved", "postmortem"]),
  impact: z.enum(["none", "minor", "major", "critical"]),
  created_at: iso,
  updated_at: iso,
  monitoring_at: iso.nullable(),
  resolved_at: iso.nullable(),
  started_at: iso,
  shortlink: z.url(),
  page_id: z.string(),
  components: z.array(statuspageComponent),
  incident_updates: z.array(statuspageUpdate),
});
const statuspageMaintenance = z.strictObject({
  id: z.string(),
  name: z.string(),
  status: z.enum(["scheduled", "in_progress", "verifying", "completed"]),
  impact: z.literal("maintenance"),
  scheduled_for: iso,
  scheduled_until: iso,
  created_at: iso,
  updated_at: iso,
  shortlink: z.url(),
  page_id: z.string(),
  components: z.array(statuspageComponent),
  incident_updates: z.array(statuspageUpdate),
  // Ours on top of Statuspage's.
  description: z.string(),
  method_ids: z.array(z.string()).nullable(),
});
const statuspageSummary = z.strictObject({
  page: z.strictObject({
    id: z.string(),
    name: z.string(),
    url: z.url(),
    time_zone: z.string(),
    updated_at: iso,
  }),
  status: z.strictObject({
    indicator: z.enum(["none", "minor", "major", "critical", "maintenance"]),
    description: z.string(),
  }),
  components: z.array(statuspageComponent),
  incidents: z.array(statuspageIncident),
  scheduled_maintenances: z.array(statuspageMaintenance),
});

describe("public status API", () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await buildTestApp();
  });
  afterEach(() => ctx.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: "GET", url, headers });

  it("answers Statuspage's summary shape, localized, cacheable, every component operational at first", async () => {
    const res = await get("/api/v1/status/summary");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=15");
    const body = statuspageSummary.parse(res.json());
    expect(body.page).toMatchObject({
      id: "satchel",
      url: "http://127.0.0.1:8080/status",
      time_zone: "Etc/UTC",
    });
    expect(body.components.map((c) => c.id)).toEqual([...COMPONENT_KEYS]);
    expect(body.components.every((c) => c.status === "operational")).toBe(true);
    expect(body.status).toEqual({ indicator: "none", description: "All Systems Operational" });

    const zh = statuspageSummary.parse(
      (await get("/api/v1/status/summary", { "accept-language": "zh-CN" })).json(),
    );
    expect(zh.status.description).toBe("所有系统运行正常");
    expect(zh.components[0]?.name).toBe("登录与账户");
    const asked = statuspageSummary.parse(
      (await get("/api/v1/status/summary?lang=en", { "accept-language": "zh-CN" })).json(),
    );
    expect(asked.components[0]?.name).toBe("Login and accounts");
    expect((await get("/api/v1/status/summary?lang=fr")).statusCode).toBe(400);
  });

  it("follows a maintenance window as the clock moves, with no rebuild and no restart", async () => {
    const admin = await buildStatusAdmin(ctx);
    const window = await scheduleMaintenance(ctx, admin, {
      components: ["card_deposits"],
      startsAt: HOUR,
      endsAt: 2 * HOUR,
      title: { en: "Card provider upgrade", "zh-CN": "银行卡服务升级" },
      description: "Cards pause.",
    });
    let summary = statuspageSummary.parse(await statusSummary(ctx));
    expect(summary.components.find((c) => c.id === "card_deposits")?.status).toBe("operational");
    expect(summary.scheduled_maintenances).toHaveLength(1);
    expect(summary.scheduled_maintenances[0]).toMatchObject({
      id: window.id,
      name: "Card provider upgrade",
      status: "scheduled",
      description: "Cards pause.",
      method_ids: null,
      components: [expect.objectContaining({ id: "card_deposits" })],
    });

    ctx.clock.advance(HOUR);
    summary = statuspageSummary.parse(await statusSummary(ctx, "zh-CN"));
    expect(summary.components.find((c) => c.id === "card_deposits")?.status).toBe("under_maintenance");
    expect(summary.status.indicator).toBe("maintenance");
    expect(summary.scheduled_maintenances[0]).toMatchObject({
      status: "in_progress",
      name: "银行卡服务升级",
    });
    expect(await publicState(ctx, "transfers")).toBe("operational");

    ctx.clock.advance(HOUR);
    summary = statuspageSummary.parse(await statusSummary(ctx));
    expect(summary.components.find((c) => c.id === "card_deposits")?.status).toBe("operational");
    expect(summary.scheduled_maintenances).toEqual([]);
    expect(summary.status.indicator).toBe("none");
  });

  it("lists a window over some payment methods without putting the component in maintenance", async () => {
    const admin = await buildStatusAdmin(ctx);
    await scheduleMaintenance(ctx, admin, {
      components: ["card_deposits"],
      methodIds: ["pm_card_visa"],
      startsAt: -MINUTE,
      endsAt: HOUR,
    });
    const summary = statuspageSummary.parse(await statusSummary(ctx));
    expect(summary.components.find((c) => c.id === "card_deposits")?.status).toBe("operational");
    expect(summary.scheduled_maintenances[0]).toMatchObject({
      status: "in_progress",
      method_ids: ["pm_card_visa"],
    });
  });

  it("shows open public incidents with their timeline, and the worst impact in the indicator", async () => {
    const admin = await buildStatusAdmin(ctx);
    const incident = await openIncident(ctx, admin, {
      components: ["transfers", "exchange"],
      impact: "major",
      title: { en: "Transfers slow", "zh-CN": "转账缓慢" },
      message: { en: "Looking into it.", "zh-CN": "正在调查。" },
    });
    ctx.clock.advance(10 * MINUTE);
    await updateIncident(ctx, admin, incident.id, { status: "monitoring", message: "A fix is out." });
    const summary = statuspageSummary.parse(await statusSummary(ctx, "zh-CN"));
    expect(summary.status.indicator).toBe("major");
    expect(summary.components.find((c) => c.id === "transfers")?.status).toBe("partial_outage");
    const shown = summary.incidents[0];
    expect(shown).toMatchObject({
      id: incident.id,
      name: "转账缓慢",
      status: "monitoring",
      impact: "major",
      shortlink: `http://127.0.0.1:8080/status/incidents/${incident.id}`,
      resolved_at: null,
    });
    expect(shown?.monitoring_at).toBe(shown?.incident_updates[0]?.created_at);
    expect(shown?.components.map((c) => c.id)).toEqual(["transfers", "exchange"]);
    expect(shown?.incident_updates.map((u) => [u.status, u.body])).toEqual([
      ["monitoring", "A fix is out."],
      ["investigating", "正在调查。"],
    ]);

    await updateIncident(ctx, admin, incident.id, { status: "resolved", message: "Fixed." });
    const after = statuspageSummary.parse(await statusSummary(ctx));
    expect(after.incidents).toEqual([]);
    expect(after.components.find((c) => c.id === "transfers")?.status).toBe("operational");

    // History keeps it, newest first; one incident by id.
    const history = await get("/api/v1/status/incidents?limit=5");
    expect(history.statusCode).toBe(200);
    expect(history.json().data.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      [incident.id, "resolved"],
    ]);
    for (const item of history.json().data) statuspageIncident.parse(item);
    const one = await get(`/api/v1/status/incidents/${incident.id}?lang=zh-CN`);
    expect(one.statusCode).toBe(200);
    expect(statuspageIncident.parse(one.json()).name).toBe("转账缓慢");
    const missing = await get("/api/v1/status/incidents/inc_nope");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("incident_not_found");
  });

  it("pages the incident history with a cursor", async () => {
    const admin = await buildStatusAdmin(ctx);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const incident = await openIncident(ctx, admin, {
        components: ["api"],
        impact: "minor",
        title: `Incident ${i}`,
      });
      await updateIncident(ctx, admin, incident.id, { status: "resolved" });
      ids.unshift(incident.id);
      ctx.clock.advance(MINUTE);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/api/v1/status/incidents?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      const body = res.json() as { data: { id: string }[]; nextCursor: string | null };
      seen.push(...body.data.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
    // What a client makes up is refused as such, never a server error.
    for (const url of [
      "/api/v1/status/incidents?cursor=%00",
      "/api/v1/status/incidents/%00x",
      "/api/v1/status/incidents?limit=0",
    ])
      expect((await get(url)).statusCode, url).toBe(400);
  });

  it("keeps drafts from signals out of everything public until staff publish them", async () => {
    const admin = await buildStatusAdmin(ctx);
    const id = await buildSignalDraft(ctx, {
      component: "card_deposits",
      title: { en: "Card errors", "zh-CN": "银行卡错误" },
    });
    await ctx.services.status.deps.changed();
    const summary = statuspageSummary.parse(await statusSummary(ctx));
    expect(summary.incidents).toEqual([]);
    expect(summary.components.find((c) => c.id === "card_deposits")?.status).toBe("operational");
    expect((await get("/api/v1/status/incidents")).json().data).toEqual([]);
    expect((await get(`/api/v1/status/incidents/${id}`)).statusCode).toBe(404);
    expect((await get("/status/feed.atom")).body).not.toContain(id);

    const published = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/status/incidents/${id}/publish`,
      headers: admin.auth,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ id, draft: false, source: "signal" });
    const after = statuspageSummary.parse(await statusSummary(ctx));
    expect(after.incidents.map((i) => i.id)).toEqual([id]);
    expect(after.incidents[0]?.incident_updates).toHaveLength(1);
    expect(after.components.find((c) => c.id === "card_deposits")?.status).toBe("partial_outage");
    expect((await get(`/api/v1/status/incidents/${id}`)).statusCode).toBe(200);
  });

  it("publishes a valid Atom 1.0 feed of incidents and maintenance as application/atom+xml", async () => {
    const admin = await buildStatusAdmin(ctx);
    const incident = await openIncident(ctx, admin, {
      components: ["live_chat"],
      impact: "minor",
      title: { en: "Chat <slow> & late", "zh-CN": "在线客服缓慢" },
      message: { en: 'Replies take "longer".\nWe\'re on it.', "zh-CN": "回复较慢。" },
    });
    ctx.clock.advance(MINUTE);
    const window = await scheduleMaintenance(ctx, admin, {
      components: ["withdrawals"],
      startsAt: HOUR,
      endsAt: 2 * HOUR,
      title: "Payout upgrade",
      description: "Withdrawals pause.",
    });

    for (const lang of ["en", "zh-CN"] as const) {
      // A browser asks for HTML: the API answers the feed all the same, not the web app.
      const res = await get(`/status/feed.atom?lang=${lang}`, { accept: "text/html,application/xhtml+xml" });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
      expect(XMLValidator.validate(res.body)).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(res.body);
      const feed = parsed.feed;
      expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
      expect(typeof feed.id).toBe("string");
      expect(typeof feed.title).toBe("string");
      expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
      expect(feed.author.name).toBe("Satchel");
      const links = [feed.link].flat() as { "@rel": string; "@href": string }[];
      expect(links.find((l) => l["@rel"] === "self")?.["@href"]).toBe(
        `http://127.0.0.1:8080/status/feed.atom?lang=${lang}`,
      );
      const entries = [feed.entry].flat() as Record<string, unknown>[];
      expect(entries).toHaveLength(2);
      for (const entry of entries) {
        expect(typeof entry.id).toBe("string");
        expect(entry.title).toBeTruthy();
        expect(Number.isNaN(Date.parse(String(entry.updated)))).toBe(false);
        expect((entry.link as { "@href": string })["@href"]).toMatch(/^http:\/\/127\.0\.0\.1:8080\/status/);
        expect((entry.content as { "@type": string })["@type"]).toBe("html");
      }
      // Newest first: the maintenance was made a minute after the incident.
      expect(String(entries[0]?.id)).toContain(window.id);
      expect(String(entries[1]?.id)).toContain(incident.id);
    }
    const en = (await get("/status/feed.atom")).body;
    expect(en).toContain("<title>Chat &lt;slow&gt; &amp; late</title>");
    expect(en).toContain("Replies take &amp;quot;longer&amp;quot;.&lt;br&gt;We&amp;apos;re on it.");
    const zh = (await get("/status/feed.atom?lang=zh-CN")).body;
    expect(zh).toContain("<title>在线客服缓慢</title>");
  });

  it("keeps answering from the snapshot when the database fails", async () => {
    const admin = await buildStatusAdmin(ctx);
    await scheduleMaintenance(ctx, admin, { components: ["exchange"], startsAt: HOUR, endsAt: 2 * HOUR });
    await ctx.services.status.warm();
    // The snapshot was stored as well, for a node that starts while the database struggles.
    const stored = await ctx.platform.db.selectFrom("status_snapshots").select("key").execute();
    expect(stored.map((r) => r.key)).toEqual(["public"]);

    const before = await ctx.services.status.snapshot.current();

    // The status tables' queries fail from now on, as with a database that is down.
    await ctx.platform.db.schema.alterTable("status_components").renameTo("status_components_gone").execute();
    try {
      ctx.clock.advance(HOUR);
      await ctx.services.status.snapshot.rebuild();
      // The rebuild failed and the last snapshot is still the one served...
      expect(await ctx.services.status.snapshot.current()).toBe(before);
      // ...with the states worked out from the clock: the window has started.
      const summary = statuspageSummary.parse(await statusSummary(ctx));
      expect(summary.components.find((c) => c.id === "exchange")?.status).toBe("under_maintenance");
      expect((await get("/status/feed.atom")).statusCode).toBe(200);
      expect((await get("/api/v1/status/uptime")).statusCode).toBe(200);

      // A node starting now cannot build a snapshot, but shows the stored one.
      const fresh = createSnapshotCache(ctx.services.status.deps);
      await fresh.warm();
      const loaded = await fresh.current();
      fresh.close();
      expect(loaded.body.maintenances.map((m) => m.components)).toEqual([["exchange"]]);
      expect(loaded.body.components).toHaveLength(COMPONENT_KEYS.length);
    } finally {
      await ctx.platform.db.schema
        .alterTable("status_components_gone")
        .renameTo("status_components")
        .execute();
    }
  });
});

describe("status routes beside the web app", () => {
  let ctx: TestContext;
  beforeEach(async () => {
    const root = mkdtempSync(join(tmpdir(), "satchel-web-"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>Satchel</title><div id=root></div>");
    ctx = await buildTestApp({ webRoot: root });
  });
  afterEach(() => ctx.close());

  it("answers /status/feed.atom with the feed while /status is the web app's page", async () => {
    const headers = { accept: "text/html,application/xhtml+xml" };
    const feed = await ctx.app.inject({ method: "GET", url: "/status/feed.atom", headers });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(XMLValidator.validate(feed.body)).toBe(true);
    const page = await ctx.app.inject({ method: "GET", url: "/status", headers });
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).toContain("<title>Satchel</title>");
  });

  it("documents the public and staff routes in OpenAPI", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const path of [
      "/api/v1/status/summary",
      "/api/v1/status/uptime",
      "/api/v1/status/incidents",
      "/api/v1/status/incidents/{id}",
      "/status/feed.atom",
      "/api/v1/admin/status",
      "/api/v1/admin/status/incidents",
      "/api/v1/admin/status/incidents/{id}/updates",
      "/api/v1/admin/status/incidents/{id}/publish",
      "/api/v1/admin/status/maintenances",
      "/api/v1/admin/status/maintenances/{id}",
      "/api/v1/admin/status/maintenances/{id}/cancel",
      "/api/v1/admin/status/maintenances/{id}/end",
      "/api/v1/admin/status/components/{key}",
    ])
      expect(doc.paths[path], path).toBeDefined();
    const summary = doc.paths["/api/v1/status/summary"].get;
    expect(summary.summary).toBeTruthy();
    const body = summary.responses["200"].content["application/json"].schema;
    expect(Object.keys(body.properties)).toEqual([
      "page",
      "status",
      "components",
      "incidents",
      "scheduled_maintenances",
    ]);
    const maintenance = doc.paths["/api/v1/admin/status/maintenances"].post;
    expect(maintenance.requestBody.content["application/json"].schema.properties.title.description).toMatch(
      /en/,
    );
  });
});
