import type { NotificationChannel, NotificationKind } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { PreferenceChange } from "./preferences.js";

export interface StoredPreference {
  userId: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
}

/** The switches these users changed from the defaults (one query for a whole batch of recipients). */
export async function storedPreferences(
  executor: Executor,
  userIds: readonly string[],
): Promise<StoredPreference[]> {
  if (userIds.length === 0) return [];
  const rows = await executor
    .selectFrom("notification_preferences")
    .select(["user_id", "kind", "channel", "enabled"])
    .where("user_id", "in", [...new Set(userIds)])
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    kind: row.kind,
    channel: row.channel,
    enabled: row.enabled,
  }));
}

/** Stores each switch as the customer set it (the last change of one switch wins). */
export async function storePreferences(
  executor: Executor,
  userId: string,
  changes: readonly PreferenceChange[],
  now: Date,
): Promise<void> {
  const latest = new Map(changes.map((change) => [`${change.kind}:${change.channel}`, change]));
  if (latest.size === 0) return;
  await executor
    .insertInto("notification_preferences")
    .values(
      [...latest.values()].map((change) => ({
        user_id: userId,
        kind: change.kind,
        channel: change.channel,
        enabled: change.enabled,
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["user_id", "kind", "channel"]).doUpdateSet((eb) => ({
        enabled: eb.ref("excluded.enabled"),
        updated_at: eb.ref("excluded.updated_at"),
      })),
    )
    .execute();
}
