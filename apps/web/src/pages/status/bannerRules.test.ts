import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Incident, Maintenance, StatusComponent, StatusSummary } from "../../api/status";
import { MaintenanceBanner } from "../../components/MaintenanceBanner";
import i18n from "../../i18n";
import {
  ANNOUNCE_AHEAD_MS,
  addDismissed,
  bannerNotices,
  DISMISSED_STORAGE_KEY,
  readDismissed,
} from "./bannerRules";
import { statusKeys } from "./queries";

const NOW = Date.parse("2026-11-27T12:00:00Z");
const HOUR = 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

const cardDeposits: StatusComponent = {
  id: "card_deposits",
  name: "Card deposits",
  description: "",
  status: "operational",
  position: 1,
  updatedAt: iso(NOW),
};

function maintenance(
  id: string,
  startsIn: number,
  lasts: number,
  over: Partial<Maintenance> = {},
): Maintenance {
  return {
    id,
    name: `Window ${id}`,
    status: startsIn <= 0 ? "in_progress" : "scheduled",
    scheduledFor: iso(NOW + startsIn),
    scheduledUntil: iso(NOW + startsIn + lasts),
    description: "",
    shortlink: "",
    components: [cardDeposits],
    methodIds: [],
    ...over,
  };
}

function incident(id: string, impact: Incident["impact"], over: Partial<Incident> = {}): Incident {
  return {
    id,
    name: `Incident ${id}`,
    status: "investigating",
    impact,
    createdAt: iso(NOW - HOUR),
    updatedAt: iso(NOW - HOUR),
    startedAt: iso(NOW - HOUR),
    monitoringAt: null,
    resolvedAt: null,
    shortlink: "",
    components: [cardDeposits],
    updates: [],
    ...over,
  };
}

function summary(over: Partial<StatusSummary> = {}): StatusSummary {
  return {
    page: { id: "satchel", name: "Satchel", url: "", timeZone: "Etc/UTC", updatedAt: iso(NOW) },
    status: { indicator: "none", description: "All systems operational" },
    components: [cardDeposits],
    incidents: [],
    maintenances: [],
    ...over,
  };
}

const none = new Set<string>();
const kinds = (s: StatusSummary, now = NOW, dismissed: ReadonlySet<string> = none) =>
  bannerNotices(s, now, dismissed).map((n) => `${n.kind}:${n.id}`);

class MemoryStorage {
  readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
}

describe("the maintenance banner's rules", () => {
  it("announce a window from 72 hours before its start, not earlier", () => {
    const s = summary({
      maintenances: [
        maintenance("mnt_soon", ANNOUNCE_AHEAD_MS, HOUR),
        maintenance("mnt_later", ANNOUNCE_AHEAD_MS + 1, HOUR),
      ],
    });
    expect(kinds(s)).toEqual(["maintenance_upcoming:mnt_soon"]);
    // A minute later the second one enters the span too.
    expect(kinds(s, NOW + 60_000)).toEqual([
      "maintenance_upcoming:mnt_soon",
      "maintenance_upcoming:mnt_later",
    ]);
  });

  it("show a window under way until its end, even before the summary says it started", () => {
    const window = maintenance("mnt_now", 2 * HOUR, HOUR);
    const s = summary({ maintenances: [window] });
    expect(kinds(s, NOW + 2 * HOUR)).toEqual(["maintenance_now:mnt_now"]);
    expect(kinds(s, NOW + 3 * HOUR - 1)).toEqual(["maintenance_now:mnt_now"]);
    expect(kinds(s, NOW + 3 * HOUR)).toEqual([]);
    expect(kinds(summary({ maintenances: [{ ...window, status: "completed" }] }), NOW + 2 * HOUR)).toEqual(
      [],
    );
  });

  it("show open incidents of major or critical impact only, critical first", () => {
    const s = summary({
      incidents: [
        incident("inc_minor", "minor"),
        incident("inc_major", "major"),
        incident("inc_none", "none"),
        incident("inc_critical", "critical"),
        incident("inc_resolved", "critical", { status: "resolved" }),
      ],
      maintenances: [maintenance("mnt_now", -HOUR, 2 * HOUR), maintenance("mnt_soon", HOUR, HOUR)],
    });
    expect(kinds(s)).toEqual([
      "incident:inc_critical",
      "incident:inc_major",
      "maintenance_now:mnt_now",
      "maintenance_upcoming:mnt_soon",
    ]);
    const [first] = bannerNotices(s, NOW, none);
    expect(first).toMatchObject({ link: "/status/incidents/inc_critical", components: ["Card deposits"] });
  });

  it("leave out what was dismissed; a dismissed advance notice comes back when the window starts", () => {
    const s = summary({
      maintenances: [maintenance("mnt_a", HOUR, HOUR)],
      incidents: [incident("inc_a", "major")],
    });
    const dismissed = new Set(["mnt_a:upcoming", "inc_a"]);
    expect(kinds(s, NOW, dismissed)).toEqual([]);
    expect(kinds(s, NOW + HOUR, dismissed)).toEqual(["maintenance_now:mnt_a"]);
    expect(kinds(s, NOW + HOUR, new Set([...dismissed, "mnt_a:started"]))).toEqual([]);
  });

  it("remember dismissals in storage, the latest 50, and survive storage that is blocked or holds junk", () => {
    const storage = new MemoryStorage();
    let set = readDismissed(storage);
    for (let i = 0; i < 55; i++) set = addDismissed(storage, set, `inc_${i}`);
    const kept = readDismissed(storage);
    expect(kept.size).toBe(50);
    expect(kept.has("inc_54")).toBe(true);
    expect(kept.has("inc_4")).toBe(false);

    storage.setItem(DISMISSED_STORAGE_KEY, "{not json");
    expect(readDismissed(storage).size).toBe(0);
    const blocked = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("blocked");
      },
    };
    expect(readDismissed(blocked).size).toBe(0);
    expect([...addDismissed(blocked, new Set(), "inc_x")]).toEqual(["inc_x"]);
    expect([...addDismissed(null, new Set(["a"]), "b")]).toEqual(["a", "b"]);
  });
});

describe("the maintenance banner", () => {
  beforeAll(async () => {
    await i18n.changeLanguage("en");
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function renderAt(path: string, data: StatusSummary, storage: MemoryStorage = new MemoryStorage()) {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    vi.stubGlobal("window", { localStorage: storage });
    const client = new QueryClient();
    client.setQueryData(statusKeys.summary("en"), data);
    return renderToStaticMarkup(
      createElement(
        QueryClientProvider,
        { client },
        createElement(MemoryRouter, { initialEntries: [path] }, createElement(MaintenanceBanner)),
      ),
    );
  }

  const upcoming = summary({ maintenances: [maintenance("mnt_1", 10 * HOUR, 2 * HOUR)] });

  it("shows one line with the title, times, components and a link to the status page", () => {
    const html = renderAt("/app", upcoming);
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('data-notice="mnt_1"');
    expect(html).toContain("Scheduled maintenance:");
    expect(html).toContain("Window mnt_1");
    expect(html).toContain("Card deposits");
    // Start – end in the machine's zone, with its offset.
    expect(html).toMatch(/ · Nov 2[78], 2026, \d\d:00 (AM|PM) – [^<]*\d\d:00 (AM|PM) \(UTC[^)]*\)</);
    expect(html).toContain('href="/status"');
    expect(html).toContain('aria-label="Dismiss this notice"');
  });

  it("is not shown on the status pages", () => {
    expect(renderAt("/status", upcoming)).toBe("");
    expect(renderAt("/status/incidents/inc_1", upcoming)).toBe("");
  });

  it("leaves out a notice dismissed in this browser, keeping the live region", () => {
    const storage = new MemoryStorage();
    storage.setItem(DISMISSED_STORAGE_KEY, JSON.stringify(["mnt_1:upcoming"]));
    const html = renderAt("/app", upcoming, storage);
    expect(html).not.toContain("data-notice");
    expect(html).toContain('aria-live="polite"');
  });
});
