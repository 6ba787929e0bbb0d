import type { Localized, NotificationKind } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";

export interface NotificationRow {
  id: string;
  userId: string;
  kind: NotificationKind;
  title: Localized;
  body: Localized;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NewNotification {
  id: string;
  userId: string;
  kind: NotificationKind;
  title: Localized;
  body: Localized;
  link: string | null;
  dedupeKey: string;
  createdAt: Date;
}

/** Where a page ends: the last row's time and id (newest first, ties by id). */
export interface NotificationCursor {
  at: Date;
  id: string;
}

const COLUMNS = ["id", "user_id", "kind", "title", "body", "link", "created_at", "read_at"] as const;

type Selected = {
  id: string;
  user_id: string;
  kind: NotificationKind;
  title: Localized;
  body: Localized;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
};

const toRow = (row: Selected): NotificationRow => ({
  id: row.id,
  userId: row.user_id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: row.created_at,
  readAt: row.read_at,
});

/**
 * Writes the notifications in one statement; one whose dedupe key is already taken (the same
 * event told again) is left out. Answers the rows really written.
 */
export async function insertNotifications(
  executor: Executor,
  rows: readonly NewNotification[],
): Promise<{ id: string; userId: string }[]> {
  if (rows.length === 0) return [];
  const written = await executor
    .insertInto("notifications")
    .values(
      rows.map((row) => ({
        id: row.id,
        user_id: row.userId,
        kind: row.kind,
        title: JSON.stringify(row.title),
        body: JSON.stringify(row.body),
        link: row.link,
        dedupe_key: row.dedupeKey,
        created_at: row.createdAt,
        read_at: null,
      })),
    )
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .returning(["id", "user_id"])
    .execute();
  return written.map((row) => ({ id: row.id, userId: row.user_id }));
}

/** One page of a user's notifications, newest first; one row more than `limit` tells whether another page follows. */
export async function notificationPage(
  executor: Executor,
  userId: string,
  options: { limit: number; cursor?: NotificationCursor | undefined; unreadOnly: boolean },
): Promise<NotificationRow[]> {
  let query = executor
    .selectFrom("notifications")
    .select(COLUMNS)
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit + 1);
  if (options.unreadOnly) query = query.where("read_at", "is", null);
  const cursor = options.cursor;
  if (cursor)
    query = query.where((eb) =>
      eb.or([
        eb("created_at", "<", cursor.at),
        eb.and([eb("created_at", "=", cursor.at), eb("id", "<", cursor.id)]),
      ]),
    );
  return (await query.execute()).map(toRow);
}

/** The user's notification with this id; undefined for anyone else's (indistinguishable from none). */
export async function findNotification(
  executor: Executor,
  userId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  const row = await executor
    .selectFrom("notifications")
    .select(COLUMNS)
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row && toRow(row);
}

/** Which of these ids are the user's notifications. */
export async function ownedNotificationIds(
  executor: Executor,
  userId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await executor
    .selectFrom("notifications")
    .select("id")
    .where("user_id", "=", userId)
    .where("id", "in", [...ids])
    .execute();
  return new Set(rows.map((row) => row.id));
}

export async function countUnread(executor: Executor, userId: string): Promise<number> {
  const row = await executor
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks the user's unread notifications (these ids, or all of them) read; answers how many changed. */
export async function markRead(
  executor: Executor,
  userId: string,
  target: { ids: readonly string[] } | { all: true },
  now: Date,
): Promise<number> {
  let query = executor
    .updateTable("notifications")
    .set({ read_at: now })
    .where("user_id", "=", userId)
    .where("read_at", "is", null);
  if ("ids" in target) {
    if (target.ids.length === 0) return 0;
    query = query.where("id", "in", [...target.ids]);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
