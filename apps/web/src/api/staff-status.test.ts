import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "./client";
import { call, stub } from "./fetchStub";
import {
  cancelMaintenance,
  declareIncident,
  discardOutboxMessage,
  endMaintenance,
  getStatusOverview,
  listIncidents,
  listOutbox,
  listTemplates,
  postIncidentUpdate,
  previewTemplate,
  publishIncident,
  retryOutboxMessage,
  scheduleMaintenance,
  setComponentState,
  updateMaintenance,
} from "./staff-status";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const incident = {
  id: "inc_1",
  title: { en: "Card deposits fail", "zh-CN": "银行卡充值失败" },
  impact: "major",
  status: "investigating",
  components: ["card_deposits", "nonsense"],
  componentState: "partial_outage",
  draft: true,
  source: "signal",
  createdAt: "2026-11-27T01:00:00.000Z",
  updatedAt: "2026-11-27T01:05:00.000Z",
  resolvedAt: null,
  updates: [
    {
      id: "inu_1",
      status: "investigating",
      body: { en: "Looking", "zh-CN": "调查中" },
      createdAt: "2026-11-27T01:00:00.000Z",
      createdBy: null,
    },
  ],
};

const maintenance = {
  id: "mnt_1",
  title: { en: "Bank upgrade", "zh-CN": "银行升级" },
  description: { en: "", "zh-CN": "" },
  components: ["bank_deposits"],
  methodIds: [],
  startsAt: "2026-11-28T01:00:00.000Z",
  endsAt: "2026-11-28T02:00:00.000Z",
  announceSocial: true,
  state: "scheduled",
  announcedAt: null,
  createdBy: "usr_ada",
  createdByLabel: "Ada Lovelace",
  createdAt: "2026-11-27T00:00:00.000Z",
  canceledAt: null,
};

describe("status overview", () => {
  it("reads components, incidents, maintenance and subscribers; unknown keys and broken items are dropped", async () => {
    const fetchMock = stub(200, {
      components: [
        {
          key: "card_deposits",
          name: { en: "Card deposits", "zh-CN": "银行卡充值" },
          manualState: "operational",
          signalState: "degraded_performance",
          signalSince: "2026-11-27T00:55:00.000Z",
          state: "partial_outage",
          updatedAt: "2026-11-27T01:00:00.000Z",
        },
        { key: "teleport", name: { en: "?" } },
      ],
      incidents: [incident, { title: "no id" }],
      maintenances: [maintenance, { id: "mnt_2" }],
      subscribers: { confirmed: 12, pending: 3 },
    });
    const overview = await getStatusOverview();
    expect(call(fetchMock).url).toBe("/api/v1/admin/status");
    expect(overview.components).toEqual([
      {
        key: "card_deposits",
        name: { en: "Card deposits", "zh-CN": "银行卡充值" },
        manualState: "operational",
        signalState: "degraded_performance",
        signalSince: "2026-11-27T00:55:00.000Z",
        state: "partial_outage",
        updatedAt: "2026-11-27T01:00:00.000Z",
      },
    ]);
    expect(overview.incidents).toHaveLength(1);
    expect(overview.incidents[0]).toMatchObject({
      draft: true,
      source: "signal",
      components: ["card_deposits"],
    });
    expect(overview.incidents[0]?.updates[0]?.body["zh-CN"]).toBe("调查中");
    expect(overview.incidents[0]).toMatchObject({ createdBy: null, createdByLabel: null });
    expect(overview.maintenances.map((m) => m.id)).toEqual(["mnt_1"]);
    expect(overview.maintenances[0]).toMatchObject({ createdBy: "usr_ada", createdByLabel: "Ada Lovelace" });
    expect(overview.subscribers).toEqual({ confirmed: 12, pending: 3 });
  });

  it("survives an empty answer", async () => {
    stub(200, {});
    expect(await getStatusOverview()).toEqual({
      components: [],
      incidents: [],
      maintenances: [],
      subscribers: { confirmed: 0, pending: 0 },
    });
  });
});

describe("staff actions", () => {
  it("sets a component's manual state", async () => {
    setCsrfToken("csrf-1");
    const fetchMock = stub(200, {});
    await setComponentState("card_deposits", "major_outage");
    expect(call(fetchMock)).toMatchObject({
      url: "/api/v1/admin/status/components/card_deposits",
      method: "PATCH",
    });
    expect(call(fetchMock).json()).toEqual({ state: "major_outage" });
    expect(call(fetchMock).headers["X-CSRF-Token"]).toBe("csrf-1");
  });

  it("declares, updates and publishes incidents", async () => {
    const input = {
      components: ["card_deposits" as const],
      impact: "major" as const,
      title: "Card deposits fail",
      message: { en: "Looking", "zh-CN": "调查中" },
      status: "investigating" as const,
      componentState: "partial_outage" as const,
    };
    const post = stub(201, incident);
    expect((await declareIncident(input)).id).toBe("inc_1");
    expect(call(post).url).toBe("/api/v1/admin/status/incidents");
    expect(call(post).json()).toEqual(input);

    const update = stub(200, { ...incident, status: "resolved" });
    const updated = await postIncidentUpdate("inc_1", { status: "resolved", message: "Fixed" });
    expect(updated.status).toBe("resolved");
    expect(call(update).url).toBe("/api/v1/admin/status/incidents/inc_1/updates");
    expect(call(update).json()).toEqual({ status: "resolved", message: "Fixed" });

    const publish = stub(200, { ...incident, draft: false });
    expect((await publishIncident("inc_1")).draft).toBe(false);
    expect(call(publish)).toMatchObject({
      url: "/api/v1/admin/status/incidents/inc_1/publish",
      method: "POST",
    });
  });

  it("pages through incidents by state", async () => {
    const fetchMock = stub(200, { data: [incident], nextCursor: "c2" });
    const page = await listIncidents({ state: "resolved", cursor: "c1" });
    expect(call(fetchMock).url).toBe("/api/v1/admin/status/incidents?state=resolved&cursor=c1");
    expect(page.nextCursor).toBe("c2");
    expect(page.data).toHaveLength(1);
  });

  it("schedules, cancels and ends maintenance", async () => {
    const input = {
      components: ["bank_deposits" as const],
      startsAt: maintenance.startsAt,
      endsAt: maintenance.endsAt,
      title: maintenance.title,
      announceSocial: true,
    };
    const post = stub(201, maintenance);
    expect((await scheduleMaintenance(input)).state).toBe("scheduled");
    expect(call(post).url).toBe("/api/v1/admin/status/maintenances");
    expect(call(post).json()).toEqual(input);

    const cancel = stub(200, { ...maintenance, state: "canceled", canceledAt: "2026-11-27T03:00:00.000Z" });
    expect((await cancelMaintenance("mnt_1")).canceledAt).toBe("2026-11-27T03:00:00.000Z");
    expect(call(cancel).url).toBe("/api/v1/admin/status/maintenances/mnt_1/cancel");

    const end = stub(200, { ...maintenance, state: "completed" });
    expect((await endMaintenance("mnt_1")).state).toBe("completed");
    expect(call(end).url).toBe("/api/v1/admin/status/maintenances/mnt_1/end");
  });

  it("changes a window with only the fields given", async () => {
    const patch = stub(200, { ...maintenance, endsAt: "2026-11-28T03:00:00.000Z" });
    const changed = await updateMaintenance("mnt_1", {
      endsAt: "2026-11-28T03:00:00.000Z",
      title: "Bank upgrade",
    });
    expect(changed.endsAt).toBe("2026-11-28T03:00:00.000Z");
    expect(call(patch)).toMatchObject({ url: "/api/v1/admin/status/maintenances/mnt_1", method: "PATCH" });
    expect(call(patch).json()).toEqual({ endsAt: "2026-11-28T03:00:00.000Z", title: "Bank upgrade" });
  });
});

describe("templates", () => {
  it("lists templates and previews one in a language with a sample code", async () => {
    const list = stub(200, {
      data: [
        {
          key: "status.incident",
          channel: "email",
          audience: "subscriber",
          kind: null,
          description: { en: "Incident news", "zh-CN": "事件通知" },
        },
        { key: "payments.deposit_credited", channel: "sms", audience: "customer", kind: "deposits" },
        { key: "odd", kind: "carrier_pigeon" },
        { channel: "sms" },
      ],
    });
    const templates = await listTemplates();
    expect(call(list).url).toBe("/api/v1/admin/templates");
    expect(templates).toEqual([
      {
        key: "status.incident",
        channel: "email",
        audience: "subscriber",
        kind: null,
        description: { en: "Incident news", "zh-CN": "事件通知" },
      },
      {
        key: "payments.deposit_credited",
        channel: "sms",
        audience: "customer",
        kind: "deposits",
        description: { en: "payments.deposit_credited", "zh-CN": "payments.deposit_credited" },
      },
      {
        key: "odd",
        channel: "email",
        audience: "customer",
        kind: null,
        description: { en: "odd", "zh-CN": "odd" },
      },
    ]);

    const preview = stub(200, {
      key: "status.incident",
      channel: "email",
      language: "zh-CN",
      subject: "事件",
      text: "正文",
      html: "<p>正文</p>",
    });
    const shown = await previewTemplate("status.incident", { language: "zh-CN", antiPhishingCode: " owl " });
    expect(call(preview).url).toBe(
      "/api/v1/admin/templates/status.incident/preview?language=zh-CN&antiPhishingCode=owl",
    );
    expect(shown).toEqual({
      key: "status.incident",
      channel: "email",
      language: "zh-CN",
      subject: "事件",
      text: "正文",
      html: "<p>正文</p>",
    });
  });

  it("leaves out an empty sample code", async () => {
    const fetchMock = stub(200, {
      key: "sms.code",
      channel: "sms",
      language: "en",
      subject: null,
      text: "1",
      html: null,
    });
    expect((await previewTemplate("sms.code", { language: "en", antiPhishingCode: "  " })).html).toBeNull();
    expect(call(fetchMock).url).toBe("/api/v1/admin/templates/sms.code/preview?language=en");
  });
});

describe("outbox", () => {
  it("lists dead letters with counts, masked summaries and no body", async () => {
    const fetchMock = stub(200, {
      data: [
        {
          id: "obx_1",
          topic: "email.send",
          attempts: 8,
          lastError: "ECONNREFUSED",
          createdAt: "2026-11-27T00:00:00.000Z",
          nextAttemptAt: null,
          resolvedAt: null,
          resolvedBy: null,
          summary: { channel: "email", to: "a***@example.com", subject: "Reset" },
          payload: { body: "secret link" },
        },
      ],
      nextCursor: null,
      counts: { pending: 4, dead: 1 },
    });
    const page = await listOutbox({ status: "dead", limit: 50 });
    expect(call(fetchMock).url).toBe("/api/v1/admin/outbox?status=dead&limit=50");
    expect(page.counts).toEqual({ pending: 4, dead: 1 });
    expect(page.data[0]).toEqual({
      id: "obx_1",
      topic: "email.send",
      attempts: 8,
      lastError: "ECONNREFUSED",
      createdAt: "2026-11-27T00:00:00.000Z",
      nextAttemptAt: null,
      resolvedAt: null,
      resolvedBy: null,
      summary: { channel: "email", to: "a***@example.com", subject: "Reset" },
    });
  });

  it("retries and discards", async () => {
    const retry = stub(200, {});
    await retryOutboxMessage("obx_1");
    expect(call(retry)).toMatchObject({ url: "/api/v1/admin/outbox/obx_1/retry", method: "POST" });
    const discard = stub(200, {});
    await discardOutboxMessage("obx_1");
    expect(call(discard)).toMatchObject({ url: "/api/v1/admin/outbox/obx_1/discard", method: "POST" });
  });
});
