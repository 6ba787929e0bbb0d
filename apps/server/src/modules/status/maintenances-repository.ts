import type { Insertable, Selectable, Updateable } from "kysely";
import type { StatusMaintenancesTable } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { WindowLike } from "./state.js";

/** Scheduled maintenance windows (status_maintenances): the one source of truth for "under maintenance". */

export type MaintenanceRow = Selectable<StatusMaintenancesTable>;

export const windowOf = (row: MaintenanceRow): WindowLike => ({
  id: row.id,
  components: row.components,
  methodIds: row.method_ids,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  canceledAt: row.canceled_at,
});

export function findMaintenance(executor: Executor, id: string): Promise<MaintenanceRow | undefined> {
  return executor.selectFrom("status_maintenances").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The window locked until the transaction ends (concurrent edits of one window queue up). */
export function lockMaintenance(executor: Executor, id: string): Promise<MaintenanceRow | undefined> {
  return executor
    .selectFrom("status_maintenances")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertMaintenance(
  executor: Executor,
  row: Insertable<StatusMaintenancesTable>,
): Promise<MaintenanceRow> {
  return executor.insertInto("status_maintenances").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateMaintenance(
  executor: Executor,
  id: string,
  patch: Updateable<StatusMaintenancesTable>,
): Promise<MaintenanceRow> {
  return executor
    .updateTable("status_maintenances")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Windows not canceled that have not ended by `at`: what decides states now and later. */
export function liveMaintenances(executor: Executor, at: Date): Promise<MaintenanceRow[]> {
  return executor
    .selectFrom("status_maintenances")
    .selectAll()
    .where("canceled_at", "is", null)
    .where("ends_at", ">", at)
    .orderBy("starts_at")
    .orderBy("id")
    .execute();
}

/**
 * Windows whose start or end fell in (from, to], canceled ones left out: the moments a
 * component went into or came out of maintenance that the recorder may not have seen yet.
 */
export function windowsChangingBetween(executor: Executor, from: Date, to: Date): Promise<MaintenanceRow[]> {
  return executor
    .selectFrom("status_maintenances")
    .selectAll()
    .where("canceled_at", "is", null)
    .where((eb) =>
      eb.or([
        eb.and([eb("starts_at", ">", from), eb("starts_at", "<=", to)]),
        eb.and([eb("ends_at", ">", from), eb("ends_at", "<=", to)]),
      ]),
    )
    .execute();
}

/** For the staff page: every window not ended, or ended (or canceled) since `since`. */
export function recentMaintenances(executor: Executor, since: Date): Promise<MaintenanceRow[]> {
  return executor
    .selectFrom("status_maintenances")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb("ends_at", ">", since),
        eb.and([eb("canceled_at", "is not", null), eb("canceled_at", ">", since)]),
      ]),
    )
    .orderBy("starts_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

/** The newest windows by start, canceled ones included (the Atom feed tells of those too). */
export function latestMaintenances(executor: Executor, limit: number): Promise<MaintenanceRow[]> {
  return executor
    .selectFrom("status_maintenances")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}
