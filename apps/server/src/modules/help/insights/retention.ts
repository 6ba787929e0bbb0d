import type { Executor } from "../../../platform/outbox/outbox.js";

/**
 * How long the help center keeps what customers typed: searches (their words, sometimes
 * personal) and contact-page deflections are deleted after 400 days — a year of analytics
 * with its year-on-year month, and no longer.
 */
export const HELP_RETENTION_DAYS = 400;
/** Rows per delete: short statements that never hold locks for long on a busy table. */
const BATCH = 1000;
/** Batches per chore run; what is left waits for the next run. */
const MAX_BATCHES = 50;

type RetainedTable = "help_searches" | "help_deflections";

/** Deletes rows of `table` created before `cutoff`, a batch at a time; answers how many. */
async function deleteOlderThan(executor: Executor, table: RetainedTable, cutoff: Date): Promise<number> {
  let deleted = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const result = await executor
      .deleteFrom(table)
      .where("id", "in", (eb) =>
        eb.selectFrom(table).where("created_at", "<", cutoff).select("id").limit(BATCH),
      )
      .executeTakeFirst();
    const count = Number(result.numDeletedRows);
    deleted += count;
    if (count < BATCH) break;
  }
  return deleted;
}

/** Searches and deflections past the retention period, deleted; answers how many rows. */
export async function deleteExpiredInsights(executor: Executor, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - HELP_RETENTION_DAYS * 24 * 60 * 60_000);
  const searches = await deleteOlderThan(executor, "help_searches", cutoff);
  const deflections = await deleteOlderThan(executor, "help_deflections", cutoff);
  return searches + deflections;
}
