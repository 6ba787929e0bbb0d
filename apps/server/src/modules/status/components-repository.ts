import type { Insertable, Selectable } from "kysely";
import type { ComponentKey, SetState, StatusComponentsTable } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** The components of the status page (status_components): position, staff's and the signal's state. */

export type ComponentRow = Selectable<StatusComponentsTable>;

export function listComponents(executor: Executor): Promise<ComponentRow[]> {
  return executor.selectFrom("status_components").selectAll().orderBy("position").execute();
}

/**
 * Every component row, locked until the transaction ends, in one order: whoever records
 * states (a staff change, the minute chore on another node) goes one at a time, and always
 * takes the locks in the same order, so two of them never deadlock.
 */
export function lockComponents(executor: Executor): Promise<ComponentRow[]> {
  return executor.selectFrom("status_components").selectAll().orderBy("key").forUpdate().execute();
}

/** Inserts the rows that are missing; returns how many were new. */
export async function insertMissingComponents(
  executor: Executor,
  rows: Insertable<StatusComponentsTable>[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await executor
    .insertInto("status_components")
    .values(rows)
    .onConflict((oc) => oc.column("key").doNothing())
    .returning("key")
    .execute();
  return inserted.length;
}

export async function setManualState(
  executor: Executor,
  key: ComponentKey,
  patch: { manual_state: SetState; updated_at: Date; updated_by: string | null },
): Promise<void> {
  await executor.updateTable("status_components").set(patch).where("key", "=", key).execute();
}
