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
  /** Last activity (typing, opening, resolving): the chore settles a visit 30 minutes after it. */
  updatedAt: Date;
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
      "updated_at as updatedAt",
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
  at: Date,
): Promise<void> {
  await executor
    .updateTable("help_deflections")
    .set({ query, suggested: suggested.slice(0, MAX_SLUGS), updated_at: at })
    .where("id", "=", id)
    .execute();
}

/** Adds an opened slug once (appended only when absent) and counts the visit as active. */
export async function markOpened(executor: Executor, id: string, slug: string, at: Date): Promise<void> {
  await executor
    .updateTable("help_deflections")
    .set({
      opened: sql`case when ${slug}::text = any(opened) or cardinality(opened) >= ${MAX_SLUGS} then opened
                  else array_append(opened, ${slug}::text) end`,
      updated_at: at,
    })
    .where("id", "=", id)
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
  let query = executor
    .updateTable("help_deflections")
    .set({ outcome, resolved_at: at, updated_at: at })
    .where("id", "=", id);
  if (keep.length > 0) query = query.where("outcome", "not in", keep);
  await query.execute();
}

/**
 * Pending deflections with no activity since `cutoff` (a customer still typing or reading is
 * not settled): "deflected" when they opened a suggestion (and did not write to us),
 * "abandoned" otherwise. One statement (the pending index is on updated_at).
 */
export async function finalizeStaleDeflections(executor: Executor, cutoff: Date, at: Date): Promise<number> {
  const result = await executor
    .updateTable("help_deflections")
    .set({
      outcome: sql`case when cardinality(opened) > 0 then 'deflected' else 'abandoned' end`,
      resolved_at: at,
    })
    .where("outcome", "=", "pending")
    .where("updated_at", "<", cutoff)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
