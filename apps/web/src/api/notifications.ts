import { api } from "./client";
import { invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";

// The notification center (issue #9): the signed-in customer's notifications, the live stream that
// keeps the bell current, and the preferences per kind and channel. Cookie session, like every
// account call. (The maintenance the bell announces comes from the status summary: api/status.ts.)

export const NOTIFICATION_KINDS = [
  "deposits",
  "withdrawals",
  "transfers",
  "security",
  "support",
  "maintenance",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ["in_app", "email", "sms"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

function kindOf(value: unknown): NotificationKind | null {
  return NOTIFICATION_KINDS.find((kind) => kind === value) ?? null;
}

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  /** In the caller's language. */
  title: string;
  body: string;
  /** Where it leads (a path of this app or an address of ours), or null. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export function parseNotification(value: unknown): AppNotification | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const kind = kindOf(value.kind);
  if (!kind) return null;
  return {
    id: value.id,
    kind,
    title: str(value.title),
    body: str(value.body),
    link: strOrNull(value.link),
    createdAt: str(value.createdAt),
    readAt: strOrNull(value.readAt),
  };
}

export interface NotificationPage {
  data: AppNotification[];
  nextCursor: string | null;
  /** The caller's unread count, whatever the page holds. */
  unread: number;
}

/** GET /api/v1/notifications: newest first, `limit` at a time; `unreadOnly` leaves read ones out. */
export async function listNotifications(options: {
  cursor?: string | null;
  limit?: number;
  unreadOnly?: boolean;
  signal?: AbortSignal;
}): Promise<NotificationPage> {
  const body = await api.get<unknown>("/api/v1/notifications", {
    query: {
      cursor: options.cursor ?? undefined,
      limit: options.limit,
      unread: options.unreadOnly ? "true" : undefined,
    },
    ...signal(options.signal),
  });
  if (!isRecord(body)) throw invalid();
  return {
    data: list(body, parseNotification),
    nextCursor: strOrNull(body.nextCursor),
    unread: Math.max(0, num(body.unread)),
  };
}

function unreadOf(body: unknown): number {
  if (!isRecord(body) || typeof body.unread !== "number") throw invalid();
  return Math.max(0, body.unread);
}

/** GET /api/v1/notifications/unread-count (the bell's poll while the live stream is down). */
export async function fetchUnreadCount(abort?: AbortSignal): Promise<number> {
  return unreadOf(await api.get<unknown>("/api/v1/notifications/unread-count", signal(abort)));
}

/** POST /api/v1/notifications/read: these ids, or all of them; answers the unread count after. */
export async function markRead(target: { ids: string[] } | { all: true }): Promise<number> {
  return unreadOf(await api.post<unknown>("/api/v1/notifications/read", target));
}

// --- the live stream ------------------------------------------------------------------------------

export const NOTIFICATION_STREAM_URL = "/api/v1/notifications/stream";
export const STREAM_EVENT_TYPES = ["notification", "unread"] as const;

export type StreamEvent =
  | { type: "notification"; notification: AppNotification; unread: number | null }
  | { type: "unread"; unread: number };

/** One event of the stream (its `event:` name and `data:` JSON); null when it is not one we know. */
export function parseStreamEvent(type: string, data: string): StreamEvent | null {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(body)) return null;
  const unread = typeof body.unread === "number" ? Math.max(0, body.unread) : null;
  if (type === "unread") return unread === null ? null : { type: "unread", unread };
  if (type !== "notification") return null;
  // A new notification is unread, whatever the event says.
  const notification = parseNotification({ ...body, readAt: null });
  return notification ? { type: "notification", notification, unread } : null;
}

// --- preferences ------------------------------------------------------------------------------------

export interface KindPreferences {
  kind: NotificationKind;
  /** Channels that cannot be turned off (security: in-app and email). */
  locked: NotificationChannel[];
  channels: Record<NotificationChannel, boolean>;
}

export interface NotificationPreferences {
  kinds: KindPreferences[];
  /** The account has a verified phone, so SMS can be turned on. */
  smsAvailable: boolean;
}

export interface PreferenceChange {
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
}

function parseKindPreferences(value: unknown): KindPreferences | null {
  if (!isRecord(value)) return null;
  const kind = kindOf(value.kind);
  if (!kind) return null;
  const channels = isRecord(value.channels) ? value.channels : {};
  const locked = Array.isArray(value.locked) ? value.locked : [];
  return {
    kind,
    locked: NOTIFICATION_CHANNELS.filter((channel) => locked.includes(channel)),
    channels: {
      in_app: channels.in_app === true,
      email: channels.email === true,
      sms: channels.sms === true,
    },
  };
}

export function parsePreferences(body: unknown): NotificationPreferences {
  if (!isRecord(body) || !Array.isArray(body.kinds)) throw invalid();
  const kinds = body.kinds.map(parseKindPreferences).filter((k): k is KindPreferences => k !== null);
  // The order of the page, whatever the order of the answer.
  kinds.sort((a, b) => NOTIFICATION_KINDS.indexOf(a.kind) - NOTIFICATION_KINDS.indexOf(b.kind));
  return { kinds, smsAvailable: body.smsAvailable === true };
}

export async function fetchPreferences(abort?: AbortSignal): Promise<NotificationPreferences> {
  return parsePreferences(await api.get<unknown>("/api/v1/me/notification-preferences", signal(abort)));
}

export async function updatePreferences(changes: PreferenceChange[]): Promise<NotificationPreferences> {
  return parsePreferences(await api.put<unknown>("/api/v1/me/notification-preferences", { changes }));
}

/** The preferences with one change made (the optimistic view while it is saved). */
export function withChange(
  prefs: NotificationPreferences,
  change: PreferenceChange,
): NotificationPreferences {
  return {
    ...prefs,
    kinds: prefs.kinds.map((k) =>
      k.kind === change.kind ? { ...k, channels: { ...k.channels, [change.channel]: change.enabled } } : k,
    ),
  };
}
