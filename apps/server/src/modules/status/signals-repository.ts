import { sql } from "kysely";
import type { ComponentKey, SetState } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** Provider calls per component and minute (status_signal_buckets), added to by every node. */

export interface BucketCounts {
  component: ComponentKey;
  bucketStart: Date;
  calls: number;
  failures: number;
  timeouts: number;
}

/** Adds this node's counts to the shared ones (a row per component and minute). */
export async function addToBuckets(executor: Executor, counts: BucketCounts[]): Promise<void> {
  if (counts.length === 0) return;
  await executor
    .insertInto("status_signal_buckets")
    .values(
      counts.map((c) => ({
        component: c.component,
        bucket_start: c.bucketStart,
        calls: c.calls,
        failures: c.failures,
        timeouts: c.timeouts,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["component", "bucket_start"]).doUpdateSet({
        calls: sql<number>`status_signal_buckets.calls + excluded.calls`,
        failures: sql<number>`status_signal_buckets.failures + excluded.failures`,
        timeouts: sql<number>`status_signal_buckets.timeouts + excluded.timeouts`,
      }),
    )
    .execute();
}

export interface WindowTotals {
  calls: number;
  /** Failures and timeouts. */
  errors: number;
}

/** Calls and errors per component in the buckets from `from` on. */
export async function windowTotals(executor: Executor, from: Date): Promise<Map<ComponentKey, WindowTotals>> {
  const rows = await executor
    .selectFrom("status_signal_buckets")
    .select([
      "component",
      sql<string>`sum(calls)`.as("calls"),
      sql<string>`sum(failures + timeouts)`.as("errors"),
    ])
    .where("bucket_start", ">=", from)
    .groupBy("component")
    .execute();
  return new Map(rows.map((r) => [r.component, { calls: Number(r.calls), errors: Number(r.errors) }]));
}

/** Forgets buckets older than `before` (only the last window is ever read). */
export async function purgeBuckets(executor: Executor, before: Date): Promise<number> {
  const result = await executor
    .deleteFrom("status_signal_buckets")
    .where("bucket_start", "<", before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function setSignalState(
  executor: Executor,
  key: ComponentKey,
  state: Exclude<SetState, "operational"> | null,
  since: Date | null,
): Promise<void> {
  // updated_at and updated_by stay staff's: the signal has its own `since`.
  await executor
    .updateTable("status_components")
    .set({ signal_state: state, signal_since: since })
    .where("key", "=", key)
    .execute();
}
