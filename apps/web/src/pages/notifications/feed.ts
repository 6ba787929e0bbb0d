import type { AppNotification, NotificationPage, StreamEvent } from "../../api/notifications";
import type { Maintenance } from "../../api/status";

// The bell's model, kept free of React so it can be tested alone: what a stream event or a
// "mark read" does to a page of notifications, the badge's text, which maintenance to announce,
// where a notification's link may lead, and when the live stream gives way to polling.

/** The bell's dropdown shows this many of the latest notifications. */
export const BELL_LIMIT = 8;
/**
 * A notification's text in the bell is cut to about this many columns (two short lines; a Chinese
 * character counts two); the notifications page shows it whole.
 */
export const BELL_BODY_WIDTH = 90;
/** Maintenance is announced from this long before it starts (as the banner and the emails). */
export const MAINTENANCE_HORIZON_MS = 72 * 3600_000;
/** While the live stream is down, the unread count is asked for this often instead. */
export const POLL_MS = 60_000;
/** Errors in a row (with no successful open between) after which the bell polls. */
export const STREAM_ERRORS_BEFORE_POLLING = 3;

/**
 * Whether the header shows the bell to an account of this role: customers only. Staff accounts
 * (agents, supervisors, compliance, admins) get no customer notifications, so a bell would only
 * ever be empty.
 */
export function showsBell(role: string): boolean {
  return role === "customer";
}

/** The badge's text: nothing for none, the count up to 99, then "99+". */
export function formatBadgeCount(unread: number): string {
  if (!Number.isFinite(unread) || unread <= 0) return "";
  return unread > 99 ? "99+" : String(Math.floor(unread));
}

/**
 * A stream event applied to the latest notifications: a new one goes on top (once, however often
 * it arrives) and the unread count is the server's when the event carries it, else one more; an
 * `unread` event sets the count (read in another tab or device), and a count of 0 means all read.
 */
export function applyStreamEvent(
  feed: NotificationPage,
  event: StreamEvent,
  nowIso: string,
  limit = BELL_LIMIT,
): NotificationPage {
  if (event.type === "unread") {
    const data = event.unread === 0 ? readAll(feed.data, nowIso) : feed.data;
    return { ...feed, data, unread: event.unread };
  }
  const known = feed.data.some((n) => n.id === event.notification.id);
  const rest = feed.data.filter((n) => n.id !== event.notification.id);
  const unread = event.unread ?? (known ? feed.unread : feed.unread + 1);
  return { ...feed, data: [event.notification, ...rest].slice(0, limit), unread };
}

function readAll(items: AppNotification[], nowIso: string): AppNotification[] {
  return items.map((n) => (n.readAt ? n : { ...n, readAt: nowIso }));
}

/** The page once these ids (or all) are read: their dots go, and the count drops by the unread among them. */
export function markReadInPage(
  feed: NotificationPage,
  target: { ids: string[] } | { all: true },
  nowIso: string,
): NotificationPage {
  if ("all" in target) return { ...feed, data: readAll(feed.data, nowIso), unread: 0 };
  const ids = new Set(target.ids);
  const newlyRead = feed.data.filter((n) => ids.has(n.id) && !n.readAt).length;
  return {
    ...feed,
    data: feed.data.map((n) => (ids.has(n.id) && !n.readAt ? { ...n, readAt: nowIso } : n)),
    unread: Math.max(0, feed.unread - newlyRead),
  };
}

/** Maintenance to announce now: running, or starting within the horizon; the soonest first. */
export function maintenanceToAnnounce<
  M extends Pick<Maintenance, "status" | "scheduledFor" | "scheduledUntil">,
>(maintenances: readonly M[], now: number, horizonMs = MAINTENANCE_HORIZON_MS): M[] {
  return maintenances
    .filter((m) => {
      const start = Date.parse(m.scheduledFor);
      const end = Date.parse(m.scheduledUntil);
      if (Number.isNaN(start) || (!Number.isNaN(end) && end <= now)) return false;
      if (m.status === "in_progress") return true;
      return m.status === "scheduled" && start <= now + horizonMs;
    })
    .sort((a, b) => Date.parse(a.scheduledFor) - Date.parse(b.scheduledFor));
}

/**
 * The path inside this app a notification's link leads to; null for anything else (another site,
 * `javascript:`), which the bell does not follow. Addresses of our own origin become their path.
 */
export function internalPath(link: string | null, origin: string): string | null {
  if (!link) return null;
  if (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\")) return link;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** How long to wait before opening a closed stream again: 5 s, doubling, at most a minute. */
export function reconnectDelayMs(errorsInARow: number): number {
  return Math.min(60_000, 5_000 * 2 ** Math.max(0, errorsInARow - 1));
}
