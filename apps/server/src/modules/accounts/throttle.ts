import { sql } from "kysely";
import type { Executor } from "../../platform/outbox/outbox.js";

/**
 * Fixed-window counters in the database, so every API node sees the same count: how many
 * failed logins came from one address, how many resets one account asked for.
 */
export async function hitThrottle(
  executor: Executor,
  key: string,
  windowMs: number,
  now: Date,
): Promise<number> {
  const windowStart = new Date(now.getTime() - windowMs);
  const row = await executor
    .insertInto("throttles")
    .values({ key, count: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql`case when throttles.window_started_at <= ${windowStart} then 1 else throttles.count + 1 end`,
        window_started_at: sql`case when throttles.window_started_at <= ${windowStart} then ${now} else throttles.window_started_at end`,
      }),
    )
    .returning("count")
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function throttleCount(
  executor: Executor,
  key: string,
  windowMs: number,
  now: Date,
): Promise<number> {
  const row = await executor.selectFrom("throttles").selectAll().where("key", "=", key).executeTakeFirst();
  if (!row || row.window_started_at.getTime() <= now.getTime() - windowMs) return 0;
  return row.count;
}

/** Gives back one count, for an attempt that turned out fine. */
export async function releaseThrottle(executor: Executor, key: string): Promise<void> {
  await executor
    .updateTable("throttles")
    .set({ count: sql`greatest(count - 1, 0)` })
    .where("key", "=", key)
    .execute();
}
