import type { Insertable, Selectable } from "kysely";
import type { HelpLocale, HelpVersionsTable } from "../../platform/db/schema-help.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** Every saved draft of a translation (help_versions); never rewritten. */

export type VersionRow = Selectable<HelpVersionsTable>;

export async function insertVersions(
  executor: Executor,
  rows: Insertable<HelpVersionsTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await executor
    .insertInto("help_versions")
    .values(rows)
    .onConflict((oc) => oc.columns(["article_id", "locale", "version"]).doNothing())
    .execute();
}

/** The versions of one translation, newest first, without their bodies (the history list). */
export function listVersions(
  executor: Executor,
  articleId: string,
  locale: HelpLocale,
): Promise<Omit<VersionRow, "body">[]> {
  return executor
    .selectFrom("help_versions")
    .select(["id", "article_id", "locale", "version", "title", "author_id", "note", "created_at"])
    .where("article_id", "=", articleId)
    .where("locale", "=", locale)
    .orderBy("version", "desc")
    .execute();
}

export function findVersions(
  executor: Executor,
  articleId: string,
  locale: HelpLocale,
  versions: readonly number[],
): Promise<VersionRow[]> {
  if (versions.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom("help_versions")
    .selectAll()
    .where("article_id", "=", articleId)
    .where("locale", "=", locale)
    .where("version", "in", [...versions])
    .execute();
}
