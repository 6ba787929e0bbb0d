import { describe, expect, it } from "vitest";
import { type AppNotification, type NotificationPage, parseStreamEvent } from "../../api/notifications";
import type { MaintenanceStatus } from "../../api/status";
import {
  applyStreamEvent,
  formatBadgeCount,
  internalPath,
  maintenanceToAnnounce,
  markReadInPage,
  reconnectDelayMs,
  showsBell,
} from "./feed";

const NOW = "2026-11-27T10:00:00.000Z";

function notification(id: string, readAt: string | null = null): AppNotification {
  return {
    id,
    kind: "deposits",
    title: `Deposit ${id}`,
    body: "12.50 USD reached your wallet",
    link: `/transactions/tx_${id}`,
    createdAt: "2026-11-27T09:00:00.000Z",
    readAt,
  };
}

function feed(items: AppNotification[], unread: number): NotificationPage {
  return { data: items, nextCursor: null, unread };
}

function streamed(type: string, data: unknown) {
  const event = parseStreamEvent(type, JSON.stringify(data));
  if (!event) throw new Error("the event should parse");
  return event;
}

describe("the badge", () => {
  it("shows nothing for no unread notifications", () => {
    expect(formatBadgeCount(0)).toBe("");
    expect(formatBadgeCount(-3)).toBe("");
    expect(formatBadgeCount(Number.NaN)).toBe("");
  });

  it("shows the count up to 99, then 99+", () => {
    expect(formatBadgeCount(1)).toBe("1");
    expect(formatBadgeCount(99)).toBe("99");
    expect(formatBadgeCount(100)).toBe("99+");
    expect(formatBadgeCount(12_345)).toBe("99+");
  });
});

describe("stream events", () => {
  it("a new notification goes on top and counts as unread", () => {
    const before = feed([notification("a", NOW)], 0);
    const event = streamed("notification", { ...notification("b"), readAt: undefined });
    const after = applyStreamEvent(before, event, NOW);
    expect(after.data.map((n) => n.id)).toEqual(["b", "a"]);
    expect(after.data[0]?.readAt).toBeNull();
    expect(after.unread).toBe(1);
  });

  it("takes the server's unread count when the event carries one", () => {
    const event = streamed("notification", { ...notification("b"), unread: 7 });
    expect(applyStreamEvent(feed([], 2), event, NOW).unread).toBe(7);
  });

  it("does not count or list the same notification twice", () => {
    const event = streamed("notification", notification("b"));
    const once = applyStreamEvent(feed([notification("a")], 1), event, NOW);
    const twice = applyStreamEvent(once, event, NOW);
    expect(twice.data.map((n) => n.id)).toEqual(["b", "a"]);
    expect(twice.unread).toBe(2);
  });

  it("keeps only the bell's latest few", () => {
    const items = ["1", "2", "3"].map((id) => notification(id));
    const after = applyStreamEvent(feed(items, 3), streamed("notification", notification("new")), NOW, 3);
    expect(after.data.map((n) => n.id)).toEqual(["new", "1", "2"]);
  });

  it("an unread event sets the count", () => {
    const before = feed([notification("a"), notification("b")], 2);
    const after = applyStreamEvent(before, streamed("unread", { unread: 1 }), NOW);
    expect(after.unread).toBe(1);
    expect(after.data).toEqual(before.data);
  });

  it("an unread count of 0 marks every item read", () => {
    const after = applyStreamEvent(
      feed([notification("a"), notification("b")], 2),
      streamed("unread", { unread: 0 }),
      NOW,
    );
    expect(after.unread).toBe(0);
    expect(after.data.every((n) => n.readAt === NOW)).toBe(true);
  });

  it("unknown or broken events are ignored", () => {
    expect(parseStreamEvent("ping", "{}")).toBeNull();
    expect(parseStreamEvent("unread", "not json")).toBeNull();
    expect(parseStreamEvent("unread", "{}")).toBeNull();
    expect(parseStreamEvent("notification", JSON.stringify({ id: "x", kind: "spam" }))).toBeNull();
  });
});

describe("marking read", () => {
  it("drops the dots of the chosen ones and the count by the unread among them", () => {
    const before = feed([notification("a"), notification("b", NOW), notification("c")], 5);
    const after = markReadInPage(before, { ids: ["a", "b"] }, NOW);
    expect(after.data.map((n) => n.readAt !== null)).toEqual([true, true, false]);
    expect(after.unread).toBe(4);
  });

  it("all of them: no dots, count 0", () => {
    const after = markReadInPage(feed([notification("a"), notification("c")], 40), { all: true }, NOW);
    expect(after.unread).toBe(0);
    expect(after.data.every((n) => n.readAt)).toBe(true);
  });
});

describe("maintenance in the bell", () => {
  const now = Date.parse(NOW);
  const slot = (id: string, startH: number, endH: number, status: MaintenanceStatus = "scheduled") => ({
    id,
    name: id,
    status,
    scheduledFor: new Date(now + startH * 3600_000).toISOString(),
    scheduledUntil: new Date(now + endH * 3600_000).toISOString(),
  });

  it("announces what runs now and what starts within 72 hours, soonest first", () => {
    const notices = [
      slot("later", 80, 82),
      slot("tomorrow", 24, 26),
      slot("running", -1, 1, "in_progress"),
      slot("edge", 72, 73),
    ];
    expect(maintenanceToAnnounce(notices, now).map((m) => m.id)).toEqual(["running", "tomorrow", "edge"]);
  });

  it("leaves out windows that have ended", () => {
    expect(
      maintenanceToAnnounce([slot("over", -3, -1, "in_progress"), slot("done", -3, 1, "completed")], now),
    ).toEqual([]);
  });
});

describe("links", () => {
  const origin = "https://wallet.example";

  it("follows paths and addresses of this app", () => {
    expect(internalPath("/transactions/tx_1", origin)).toBe("/transactions/tx_1");
    expect(internalPath("https://wallet.example/support/tickets/t_1?x=1#m", origin)).toBe(
      "/support/tickets/t_1?x=1#m",
    );
  });

  it("does not follow other sites or scripts", () => {
    expect(internalPath(null, origin)).toBeNull();
    expect(internalPath("//evil.example/x", origin)).toBeNull();
    expect(internalPath("/\\evil.example", origin)).toBeNull();
    expect(internalPath("https://evil.example/", origin)).toBeNull();
    expect(internalPath("javascript:alert(1)", origin)).toBeNull();
  });
});

describe("the stream's reconnect delay", () => {
  it("grows from 5 s and stops at a minute", () => {
    expect([1, 2, 3, 4, 5, 10].map(reconnectDelayMs)).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000,
    ]);
  });
});

describe("who has a bell", () => {
  it("shows it to customers and hides it from every staff role", () => {
    expect(showsBell("customer")).toBe(true);
    for (const role of ["agent", "supervisor", "compliance", "admin"]) expect(showsBell(role)).toBe(false);
  });
});
