import { DomainError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import type { NotificationsDeps } from "./deps.js";
import {
  countUnread,
  findNotification,
  markRead,
  type NotificationCursor,
  type NotificationRow,
  notificationPage,
  ownedNotificationIds,
} from "./notifications-repository.js";

/** A notification as its recipient reads it, in one language. */
export function presentNotification(row: NotificationRow, locale: Locale) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title[locale],
    body: row.body[locale],
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

function encodeCursor(row: NotificationRow): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

function decodeCursor(text: string): NotificationCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string") {
      const at = new Date(value[0]);
      // An id with control characters would only fail in the database; it is not one of ours.
      if (!Number.isNaN(at.getTime()) && /^[\x21-\x7e]{1,64}$/.test(value[1])) return { at, id: value[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw new DomainError("validation_failed", {}, [
    { in: "query", path: "/cursor", code: "invalid_format", message: "a nextCursor from the previous page" },
  ]);
}

/** The caller's notifications, newest first, with their unread count (whatever the page holds). */
export async function listNotifications(
  deps: NotificationsDeps,
  userId: string,
  options: { limit: number; cursor?: string | undefined; unreadOnly: boolean; locale: Locale },
) {
  const db = deps.platform.db;
  const cursor = options.cursor ? decodeCursor(options.cursor) : undefined;
  const [rows, unread] = await Promise.all([
    notificationPage(db, userId, { limit: options.limit, cursor, unreadOnly: options.unreadOnly }),
    countUnread(db, userId),
  ]);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => presentNotification(row, options.locale)),
    nextCursor: rows.length > options.limit && last ? encodeCursor(last) : null,
    unread,
  };
}

export async function getNotification(deps: NotificationsDeps, userId: string, id: string, locale: Locale) {
  const row = await findNotification(deps.platform.db, userId, id);
  if (!row) throw new DomainError("notification_not_found");
  return presentNotification(row, locale);
}

export const unreadCount = (deps: NotificationsDeps, userId: string) => countUnread(deps.platform.db, userId);

/**
 * Marks notifications read: the ids given (every one must be the caller's, or nothing
 * changes: 404 notification_not_found, as for an id that does not exist), or all of them.
 * The caller's other open streams hear the new count.
 */
export async function readNotifications(
  deps: NotificationsDeps,
  userId: string,
  target: { ids: readonly string[] } | { all: true },
): Promise<{ unread: number }> {
  const { platform } = deps;
  const { changed, unread } = await platform.db.transaction().execute(async (trx) => {
    if ("ids" in target) {
      const wanted = [...new Set(target.ids)];
      const owned = await ownedNotificationIds(trx, userId, wanted);
      if (owned.size !== wanted.length) throw new DomainError("notification_not_found");
    }
    const changed = await markRead(trx, userId, target, platform.clock.now());
    return { changed, unread: await countUnread(trx, userId) };
  });
  if (changed > 0) await deps.live.unreadChanged(userId, unread);
  return { unread };
}
