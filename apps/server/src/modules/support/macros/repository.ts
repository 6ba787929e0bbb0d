import { type Insertable, type Selectable, sql } from "kysely";
import type { SupportMacrosTable } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

/** Plain queries on macros; deleted ones stay (replies name the macro they used) but are never listed. */

export type MacroRow = Selectable<SupportMacrosTable>;
export type NewMacroRow = Insertable<SupportMacrosTable>;

/** The live macros, the most used first (what agents reach for is on top). */
export async function listMacros(executor: Executor): Promise<MacroRow[]> {
  return executor
    .selectFrom("support_macros")
    .selectAll()
    .where("deleted_at", "is", null)
    .orderBy("usage_count", "desc")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** A macro that is not deleted; `lock` holds it for the rest of the transaction (edits). */
export async function findMacro(
  executor: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<MacroRow | undefined> {
  let query = executor
    .selectFrom("support_macros")
    .selectAll()
    .where("id", "=", id)
    .where("deleted_at", "is", null);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Whether any macro was ever written (deleted ones count: an emptied list stays empty). */
export async function hasMacros(executor: Executor): Promise<boolean> {
  const row = await executor.selectFrom("support_macros").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function insertMacros(executor: Executor, rows: NewMacroRow[]): Promise<void> {
  if (rows.length > 0) await executor.insertInto("support_macros").values(rows).execute();
}

export async function updateMacro(
  executor: Executor,
  id: string,
  patch: Partial<
    Pick<NewMacroRow, "title" | "body" | "set_status" | "add_tags" | "updated_at" | "deleted_at">
  >,
): Promise<MacroRow> {
  return executor
    .updateTable("support_macros")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One more use (a render); concurrent renders each count. */
export async function countUse(executor: Executor, id: string): Promise<void> {
  await executor
    .updateTable("support_macros")
    .set({ usage_count: sql`usage_count + 1` })
    .where("id", "=", id)
    .execute();
}
