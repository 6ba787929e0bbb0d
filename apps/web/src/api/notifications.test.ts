import { afterEach, describe, expect, it, vi } from "vitest";
import { call, stub } from "./fetchStub";
import {
  fetchUnreadCount,
  listNotifications,
  markRead,
  parsePreferences,
  updatePreferences,
  withChange,
} from "./notifications";

afterEach(() => {
  vi.unstubAllGlobals();
});

const item = {
  id: "ntf_1",
  kind: "transfers",
  title: "You received 5.00 USD",
  body: "From Ann",
  link: "/transactions/tx_1",
  createdAt: "2026-11-27T09:00:00.000Z",
  readAt: null,
};

describe("the notification list", () => {
  it("asks for a page of unread ones and reads the answer", async () => {
    const fetchMock = stub(200, { data: [item, { id: "x", kind: "unknown" }], nextCursor: "c2", unread: 3 });
    const page = await listNotifications({ cursor: "c1", limit: 20, unreadOnly: true });
    expect(call(fetchMock).url).toBe("/api/v1/notifications?cursor=c1&limit=20&unread=true");
    expect(page).toEqual({ data: [item], nextCursor: "c2", unread: 3 });
  });

  it("leaves the filter out for all of them", async () => {
    const fetchMock = stub(200, { data: [], nextCursor: null, unread: 0 });
    await listNotifications({ limit: 8 });
    expect(call(fetchMock).url).toBe("/api/v1/notifications?limit=8");
  });

  it("marks read by id or all, and answers the unread count", async () => {
    const fetchMock = stub(200, { unread: 2 });
    await expect(markRead({ ids: ["ntf_1"] })).resolves.toBe(2);
    expect(call(fetchMock)).toMatchObject({ url: "/api/v1/notifications/read", method: "POST" });
    expect(call(fetchMock).json()).toEqual({ ids: ["ntf_1"] });
    await markRead({ all: true });
    expect(call(fetchMock, 1).json()).toEqual({ all: true });
  });

  it("reads the unread count", async () => {
    stub(200, { unread: 120 });
    await expect(fetchUnreadCount()).resolves.toBe(120);
  });
});

describe("preferences", () => {
  const body = {
    smsAvailable: false,
    kinds: [
      { kind: "maintenance", locked: [], channels: { in_app: true, email: false, sms: false } },
      {
        kind: "security",
        locked: ["in_app", "email", "fax"],
        channels: { in_app: true, email: true, sms: false },
      },
      { kind: "deposits", locked: [], channels: { in_app: true, email: true, sms: false } },
    ],
  };

  it("are read in the page's order, with known locked channels only", () => {
    const prefs = parsePreferences(body);
    expect(prefs.kinds.map((k) => k.kind)).toEqual(["deposits", "security", "maintenance"]);
    expect(prefs.kinds[1]?.locked).toEqual(["in_app", "email"]);
    expect(prefs.smsAvailable).toBe(false);
  });

  it("are saved one change at a time with PUT", async () => {
    const fetchMock = stub(200, body);
    await updatePreferences([{ kind: "deposits", channel: "sms", enabled: true }]);
    expect(call(fetchMock)).toMatchObject({ url: "/api/v1/me/notification-preferences", method: "PUT" });
    expect(call(fetchMock).json()).toEqual({
      changes: [{ kind: "deposits", channel: "sms", enabled: true }],
    });
  });

  it("change one switch in the optimistic view", () => {
    const next = withChange(parsePreferences(body), { kind: "maintenance", channel: "email", enabled: true });
    expect(next.kinds.find((k) => k.kind === "maintenance")?.channels).toEqual({
      in_app: true,
      email: true,
      sms: false,
    });
  });
});
