import { sql } from "kysely";
import type { DeflectionOutcome } from "../../../platform/db/schema-help.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

/** Contact-page deflections (help_deflections): what was suggested, opened, and how it ended. */

/** At most this many slugs are kept per list (a customer who keeps typing gets new suggestions). */
const MAX_SLUGS = 50;

export interface DeflectionRow {
  id: string;
  userId: string | null;
  locale: string;
  query: string;
  suggested: string[];
  opened: string[];
  outcome: DeflectionOutcome;
  createdAt: Date;
  resolvedAt: Date | null;
}

export async function insertDeflection(
  executor: Executor,
  row: { id: string; userId: string | null; locale: string; query: string; suggested: string[]; at: Date },
): Promise<void> {
  await executor
    .insertInto("help_deflections")
    .values({
      id: row.id,
      user_id: row.userId,
      locale: row.locale,
      query: row.query,
      suggested: row.suggested.slice(0, MAX_SLUGS),
      opened: [],
      outcome: "pending",
      created_at: row.at,
      updated_at: row.at,
    })
    .execute();
}

export async function findDeflection(
  executor: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DeflectionRow | undefined> {
  let query = executor
    .selectFrom("help_deflections")
    .where("id", "=", id)
    .select([
      "id",
      "user_id as userId",
      "locale",
      "query",
      "suggested",
      "opened",
      "outcome",
      "created_at as createdAt",
      "resolved_at as resolvedAt",
    ]);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The customer kept typing: the newest query, and the new suggestions added to those shown. */
export async function updateDeflectionQuery(
  executor: Executor,
  id: string,
  query: string,
  suggested: string[],
): Promise<void> {
  await executor
    .updateTable("help_deflections")
    .set({ query, suggested: suggested.slice(0, MAX_SLUGS) })
    .where("id", "=", id)
    .execute();
}

/** Adds an opened slug once (array_append only when absent). */
export async function markOpened(executor: Executor, id: string, slug: string): Promise<void> {
  await executor
    .updateTable("help_deflections")
    .set({ opened: sql`array_append(opened, ${slug}::text)` })
    .where("id", "=", id)
    .where(sql<boolean>`not (${slug}::text = any(opened))`)
    .where(sql<boolean>`cardinality(opened) < ${MAX_SLUGS}`)
    .execute();
}

/** Sets the outcome, unless the deflection already ended in one of `keep`. */
export async function resolveDeflection(
  executor: Executor,
  id: string,
  outcome: Exclude<DeflectionOutcome, "pending">,
  at: Date,
  keep: DeflectionOutcome[] = [],
): Promise<void> {
  let query = executor.updateTable("help_deflections").set({ outcome, resolved_at: at }).where("id", "=", id);
  if (keep.length > 0) query = query.where("outcome", "not in", keep);
  await query.execute();
}

/**
 * Pending deflections created before `cutoff`: "deflected" when the customer opened a
 * suggestion (and did not write to us), "abandoned" otherwise. One statement.
 */
export async function finalizeStaleDeflections(executor: Executor, cutoff: Date, at: Date): Promise<number> {
  const result = await executor
    .updateTable("help_deflections")
    .set({
      outcome: sql`case when cardinality(opened) > 0 then 'deflected' else 'abandoned' end`,
      resolved_at: at,
    })
    .where("outcome", "=", "pending")
    .where("created_at", "<", cutoff)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
