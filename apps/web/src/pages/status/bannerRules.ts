import type { IncidentImpact, StatusSummary } from "../../api/status";

// Which notices the app-wide banner shows (components/MaintenanceBanner), from the status summary:
// maintenance under way or starting within 72 hours, and open incidents of major or critical
// impact. Customers should learn of them before they try, not from a refusal.

/** Maintenance is announced in the app this long before it starts (the email goes out then too). */
export const ANNOUNCE_AHEAD_MS = 72 * 60 * 60 * 1000;

/** Impacts worth interrupting every page for; smaller incidents stay on the status page. */
const BANNER_IMPACTS: ReadonlySet<IncidentImpact> = new Set(["major", "critical"]);

interface NoticeBase {
  /** The maintenance or incident id. */
  id: string;
  /**
   * What "dismiss" remembers. A maintenance is dismissed per phase: hiding the advance notice
   * does not hide the notice that it has started.
   */
  dismissKey: string;
  title: string;
  /** Names of the affected components. */
  components: string[];
  /** Where "details" leads. */
  link: string;
}

export type BannerNotice =
  | (NoticeBase & { kind: "maintenance_now"; startsAt: string; endsAt: string })
  | (NoticeBase & { kind: "maintenance_upcoming"; startsAt: string; endsAt: string })
  | (NoticeBase & { kind: "incident"; impact: IncidentImpact; startedAt: string });

function timeOf(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

const ORDER: Record<BannerNotice["kind"], number> = {
  incident: 0,
  maintenance_now: 1,
  maintenance_upcoming: 2,
};

/** The notices to show at `now` (ms), most pressing first, those dismissed left out. */
export function bannerNotices(
  summary: StatusSummary,
  now: number,
  dismissed: ReadonlySet<string>,
): BannerNotice[] {
  const notices: (BannerNotice & { sortAt: number })[] = [];

  for (const incident of summary.incidents) {
    if (!BANNER_IMPACTS.has(incident.impact) || incident.status === "resolved") continue;
    notices.push({
      kind: "incident",
      id: incident.id,
      dismissKey: incident.id,
      title: incident.name,
      components: incident.components.map((c) => c.name),
      link: `/status/incidents/${encodeURIComponent(incident.id)}`,
      impact: incident.impact,
      startedAt: incident.startedAt,
      // Critical before major, then the newest first.
      sortAt: (incident.impact === "critical" ? 0 : 1e15) - (timeOf(incident.startedAt) ?? 0),
    });
  }

  for (const window of summary.maintenances) {
    const start = timeOf(window.scheduledFor);
    const end = timeOf(window.scheduledUntil);
    if (start === null || window.status === "completed") continue;
    if (end !== null && end <= now) continue; // over (the summary may be a little behind the clock)
    const started = window.status === "in_progress" || start <= now;
    if (!started && start - now > ANNOUNCE_AHEAD_MS) continue;
    const kind = started ? "maintenance_now" : "maintenance_upcoming";
    notices.push({
      kind,
      id: window.id,
      dismissKey: `${window.id}:${started ? "started" : "upcoming"}`,
      title: window.name,
      components: window.components.map((c) => c.name),
      link: "/status",
      startsAt: window.scheduledFor,
      endsAt: window.scheduledUntil,
      sortAt: start,
    });
  }

  return notices
    .filter((notice) => !dismissed.has(notice.dismissKey))
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.sortAt - b.sortAt)
    .map(({ sortAt: _, ...notice }) => notice);
}

// --- dismissals, remembered in this browser ------------------------------------------------------

export const DISMISSED_STORAGE_KEY = "satchel.statusBanner.dismissed";
/** Only the latest dismissals are kept: ids of long-finished windows need not stay forever. */
const KEEP = 50;

type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export function readDismissed(storage: KeyValueStorage | null): Set<string> {
  if (!storage) return new Set();
  try {
    const parsed: unknown = JSON.parse(storage.getItem(DISMISSED_STORAGE_KEY) ?? "[]");
    return new Set(Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === "string") : []);
  } catch {
    return new Set(); // blocked storage or a value we did not write
  }
}

/** Adds `key` to the dismissed notices; returns the new set (also when storage cannot keep it). */
export function addDismissed(
  storage: KeyValueStorage | null,
  current: ReadonlySet<string>,
  key: string,
): Set<string> {
  const next = [...current].filter((k) => k !== key);
  next.push(key);
  const kept = next.slice(-KEEP);
  try {
    storage?.setItem(DISMISSED_STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // not persisted: hidden for this visit only
  }
  return new Set(kept);
}

/** The browser's localStorage, or null where it is blocked. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
