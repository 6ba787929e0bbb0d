import type { Selectable } from "kysely";
import type { HelpSynonymsTable } from "../../platform/db/schema-help.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** The editable synonym groups the search expands queries with (help_synonyms). */

export type SynonymRow = Selectable<HelpSynonymsTable>;

export function listSynonyms(executor: Executor): Promise<SynonymRow[]> {
  return executor.selectFrom("help_synonyms").selectAll().orderBy("created_at").orderBy("id").execute();
}

export function findSynonym(executor: Executor, id: string): Promise<SynonymRow | undefined> {
  return executor.selectFrom("help_synonyms").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The group locked until the transaction ends (concurrent edits of one group queue up). */
export function lockSynonym(executor: Executor, id: string): Promise<SynonymRow | undefined> {
  return executor.selectFrom("help_synonyms").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function insertSynonyms(executor: Executor, rows: SynonymRow[]): Promise<void> {
  if (rows.length === 0) return;
  await executor
    .insertInto("help_synonyms")
    .values(rows)
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

/** Returns false when the group does not exist. */
export async function updateSynonym(
  executor: Executor,
  id: string,
  patch: { terms: string[]; updated_by: string | null; updated_at: Date },
): Promise<boolean> {
  const result = await executor
    .updateTable("help_synonyms")
    .set(patch)
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Returns false when the group does not exist. */
export async function deleteSynonym(executor: Executor, id: string): Promise<boolean> {
  const result = await executor.deleteFrom("help_synonyms").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function hasSynonyms(executor: Executor): Promise<boolean> {
  return (await executor.selectFrom("help_synonyms").select("id").limit(1).executeTakeFirst()) !== undefined;
}
