import type { Insertable, Selectable } from "kysely";
import type { SupportSavedFiltersTable } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

export type SavedViewRow = Selectable<SupportSavedFiltersTable>;

/** The staff member's own views and everyone's shared ones, by name. */
export async function visibleViews(executor: Executor, userId: string): Promise<SavedViewRow[]> {
  return executor
    .selectFrom("support_saved_filters")
    .selectAll()
    .where((eb) => eb.or([eb("owner_id", "=", userId), eb("shared", "=", true)]))
    .orderBy("name")
    .orderBy("id")
    .execute();
}

/** One view, when the staff member may see it (theirs, or shared). */
export async function findVisibleView(
  executor: Executor,
  id: string,
  userId: string,
): Promise<SavedViewRow | undefined> {
  return executor
    .selectFrom("support_saved_filters")
    .selectAll()
    .where("id", "=", id)
    .where((eb) => eb.or([eb("owner_id", "=", userId), eb("shared", "=", true)]))
    .executeTakeFirst();
}

/**
 * How many views the staff member owns, with their user row held (no key update) until the
 * transaction ends, so two saves at once count one after the other and the cap holds.
 */
export async function countOwnViews(executor: Executor, ownerId: string): Promise<number> {
  await executor.selectFrom("users").select("id").where("id", "=", ownerId).forNoKeyUpdate().execute();
  const row = await executor
    .selectFrom("support_saved_filters")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("owner_id", "=", ownerId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertView(
  executor: Executor,
  row: Insertable<SupportSavedFiltersTable>,
): Promise<SavedViewRow> {
  return executor.insertInto("support_saved_filters").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deleteView(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom("support_saved_filters").where("id", "=", id).execute();
}
