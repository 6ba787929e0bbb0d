import type { Selectable } from "kysely";
import type { HelpCategoriesTable, HelpSectionsTable } from "../../platform/db/schema-help.js";
import type { Bilingual } from "../../platform/db/schema-payments.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** Categories and their sections (help_categories, help_sections). */

export type CategoryRow = Selectable<HelpCategoriesTable>;
export type SectionRow = Selectable<HelpSectionsTable>;

export interface NewCategory {
  id: string;
  slug: string;
  position: number;
  icon: string;
  name: Bilingual;
  description: Bilingual;
  created_at: Date;
  updated_at: Date;
}

export interface NewSection {
  id: string;
  category_id: string;
  slug: string;
  position: number;
  name: Bilingual;
  created_at: Date;
  updated_at: Date;
}

export function allCategories(executor: Executor): Promise<CategoryRow[]> {
  return executor.selectFrom("help_categories").selectAll().orderBy("position").orderBy("slug").execute();
}

export function allSections(executor: Executor): Promise<SectionRow[]> {
  return executor.selectFrom("help_sections").selectAll().orderBy("position").orderBy("slug").execute();
}

/**
 * "share" while adding something inside (a section to a category, an article to a section),
 * "update" while deleting: a delete waits for adds in flight and then sees them, so it never
 * removes a row something was just put into.
 */
export type RowLock = "share" | "update" | undefined;

export function findCategory(
  executor: Executor,
  slug: string,
  lock?: RowLock,
): Promise<CategoryRow | undefined> {
  const query = executor.selectFrom("help_categories").selectAll().where("slug", "=", slug);
  if (lock === "share") return query.forShare().executeTakeFirst();
  if (lock === "update") return query.forUpdate().executeTakeFirst();
  return query.executeTakeFirst();
}

export function findSection(
  executor: Executor,
  slug: string,
  lock?: RowLock,
): Promise<SectionRow | undefined> {
  const query = executor.selectFrom("help_sections").selectAll().where("slug", "=", slug);
  if (lock === "share") return query.forShare().executeTakeFirst();
  if (lock === "update") return query.forUpdate().executeTakeFirst();
  return query.executeTakeFirst();
}

export function findSectionsByIds(executor: Executor, ids: readonly string[]): Promise<SectionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom("help_sections")
    .selectAll()
    .where("id", "in", [...ids])
    .execute();
}

/** Inserts the categories whose slug is free; returns the slugs inserted. */
export async function insertCategories(executor: Executor, rows: NewCategory[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await executor
    .insertInto("help_categories")
    .values(
      rows.map((r) => ({ ...r, name: JSON.stringify(r.name), description: JSON.stringify(r.description) })),
    )
    .onConflict((oc) => oc.column("slug").doNothing())
    .returning("slug")
    .execute();
  return new Set(inserted.map((r) => r.slug));
}

/** Inserts the sections whose slug is free; returns the slugs inserted. */
export async function insertSections(executor: Executor, rows: NewSection[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await executor
    .insertInto("help_sections")
    .values(rows.map((r) => ({ ...r, name: JSON.stringify(r.name) })))
    .onConflict((oc) => oc.column("slug").doNothing())
    .returning("slug")
    .execute();
  return new Set(inserted.map((r) => r.slug));
}

export async function updateCategory(
  executor: Executor,
  id: string,
  patch: { name?: Bilingual; description?: Bilingual; icon?: string; position?: number; updated_at: Date },
): Promise<void> {
  const { name, description, ...rest } = patch;
  await executor
    .updateTable("help_categories")
    .set({
      ...rest,
      ...(name ? { name: JSON.stringify(name) } : {}),
      ...(description ? { description: JSON.stringify(description) } : {}),
    })
    .where("id", "=", id)
    .execute();
}

export async function updateSection(
  executor: Executor,
  id: string,
  patch: { name?: Bilingual; category_id?: string; position?: number; updated_at: Date },
): Promise<void> {
  const { name, ...rest } = patch;
  await executor
    .updateTable("help_sections")
    .set({ ...rest, ...(name ? { name: JSON.stringify(name) } : {}) })
    .where("id", "=", id)
    .execute();
}

export async function deleteCategory(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom("help_categories").where("id", "=", id).execute();
}

export async function deleteSection(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom("help_sections").where("id", "=", id).execute();
}

export async function sectionCount(executor: Executor, categoryId: string): Promise<number> {
  const row = await executor
    .selectFrom("help_sections")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("category_id", "=", categoryId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function articleCount(executor: Executor, sectionId: string): Promise<number> {
  const row = await executor
    .selectFrom("help_articles")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("section_id", "=", sectionId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
