import type { Selectable } from "kysely";
import type { PolicyVersionsTable } from "../../../platform/db/schema-payments.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { PolicyChange } from "./changes.js";
import type { PolicySnapshot } from "./snapshot.js";

export type VersionRow = Omit<Selectable<PolicyVersionsTable>, "snapshot" | "changes"> & {
  snapshot: PolicySnapshot;
  changes: PolicyChange[];
};

const asVersion = (row: Selectable<PolicyVersionsTable>): VersionRow => row as unknown as VersionRow;

export async function latestVersion(executor: Executor): Promise<VersionRow | undefined> {
  const row = await executor
    .selectFrom("policy_versions")
    .selectAll()
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  return row && asVersion(row);
}

/**
 * Inserts a version unless another process already recorded that version number or that
 * content hash (both unique): returns whether this row went in.
 */
export async function insertVersion(executor: Executor, row: VersionRow): Promise<boolean> {
  const result = await executor
    .insertInto("policy_versions")
    .values({
      version: row.version,
      content_hash: row.content_hash,
      snapshot: JSON.stringify(row.snapshot),
      changes: JSON.stringify(row.changes),
      created_at: row.created_at,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** A version as the history lists it: what changed and when (the full terms stay in the database). */
export type VersionSummary = Pick<VersionRow, "version" | "changes" | "created_at">;

/** Versions newest first, older than `before` when given. */
export async function listVersions(
  executor: Executor,
  input: { limit: number; before?: number | undefined },
): Promise<VersionSummary[]> {
  let query = executor
    .selectFrom("policy_versions")
    .select(["version", "changes", "created_at"])
    .orderBy("version", "desc")
    .limit(input.limit);
  if (input.before !== undefined) query = query.where("version", "<", input.before);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, changes: r.changes as unknown as PolicyChange[] }));
}
