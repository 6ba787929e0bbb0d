import type { Insertable, Selectable } from "kysely";
import type { ComponentKey, StatusComponentStatesTable } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** Every change of a component's effective state (status_component_states), for uptime. */

export type StateRow = Selectable<StatusComponentStatesTable>;

/** The state each component was last recorded in. */
export async function latestStates(executor: Executor): Promise<Map<ComponentKey, StateRow>> {
  const rows = await executor
    .selectFrom("status_component_states")
    .selectAll()
    .distinctOn("component")
    .orderBy("component")
    .orderBy("started_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return new Map(rows.map((r) => [r.component, r]));
}

export async function insertStates(
  executor: Executor,
  rows: Insertable<StatusComponentStatesTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await executor.insertInto("status_component_states").values(rows).execute();
}

/**
 * The states that matter from `from` on: every change since, plus the one each component was
 * in at `from` (its last change before), oldest first.
 */
export async function statesSince(executor: Executor, from: Date): Promise<StateRow[]> {
  const before = await executor
    .selectFrom("status_component_states")
    .selectAll()
    .where("started_at", "<", from)
    .distinctOn("component")
    .orderBy("component")
    .orderBy("started_at", "desc")
    .orderBy("id", "desc")
    .execute();
  const since = await executor
    .selectFrom("status_component_states")
    .selectAll()
    .where("started_at", ">=", from)
    .orderBy("started_at")
    .orderBy("id")
    .execute();
  return [...before.sort((a, b) => a.started_at.getTime() - b.started_at.getTime()), ...since];
}

/** When each component's first state was recorded (the status page's "created_at"). */
export async function firstRecorded(executor: Executor): Promise<Map<ComponentKey, Date>> {
  const rows = await executor
    .selectFrom("status_component_states")
    .select(["component", (eb) => eb.fn.min("started_at").as("first")])
    .groupBy("component")
    .execute();
  return new Map(rows.map((r) => [r.component, new Date(r.first)]));
}
