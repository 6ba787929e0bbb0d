import type { Bilingual } from "../../../platform/db/schema-payments.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { articleCountsBySection } from "../content-repository.js";
import type { HelpDeps } from "../deps.js";
import {
  allCategories,
  allSections,
  articleCount,
  type CategoryRow,
  deleteCategory,
  deleteSection,
  findCategory,
  findSection,
  insertCategories,
  insertSections,
  type SectionRow,
  sectionCount,
  updateCategory,
  updateSection,
} from "../taxonomy-repository.js";
import { assertAdmin, type StaffActor } from "./shared.js";

export interface StaffSection {
  slug: string;
  category: string;
  name: Bilingual;
  position: number;
  articleCount: number;
}

export interface StaffCategory {
  slug: string;
  name: Bilingual;
  description: Bilingual;
  icon: string;
  position: number;
  articleCount: number;
  sections: StaffSection[];
}

export interface CategoryInput {
  slug: string;
  name: Bilingual;
  description: Bilingual;
  icon?: string | undefined;
  position?: number | undefined;
}

export interface CategoryPatch {
  name?: Bilingual | undefined;
  description?: Bilingual | undefined;
  icon?: string | undefined;
  position?: number | undefined;
}

export interface SectionInput {
  slug: string;
  category: string;
  name: Bilingual;
  position?: number | undefined;
}

export interface SectionPatch {
  category?: string | undefined;
  name?: Bilingual | undefined;
  position?: number | undefined;
}

const DEFAULT_ICON = "book";

function presentSection(s: SectionRow, categorySlug: string, counts: Map<string, number>): StaffSection {
  return {
    slug: s.slug,
    category: categorySlug,
    name: s.name,
    position: s.position,
    articleCount: counts.get(s.id) ?? 0,
  };
}

function presentCategory(c: CategoryRow, sections: SectionRow[], counts: Map<string, number>): StaffCategory {
  const own = sections.filter((s) => s.category_id === c.id).map((s) => presentSection(s, c.slug, counts));
  return {
    slug: c.slug,
    name: c.name,
    description: c.description,
    icon: c.icon,
    position: c.position,
    articleCount: own.reduce((sum, s) => sum + s.articleCount, 0),
    sections: own,
  };
}

/** Every category with its sections and how many articles each holds (drafts included), in order. */
export async function staffCategories(deps: HelpDeps): Promise<StaffCategory[]> {
  const { db } = deps.platform;
  const [categories, sections, counts] = await Promise.all([
    allCategories(db),
    allSections(db),
    articleCountsBySection(db),
  ]);
  return categories.map((c) => presentCategory(c, sections, counts));
}

async function oneCategory(deps: HelpDeps, slug: string): Promise<StaffCategory> {
  const found = (await staffCategories(deps)).find((c) => c.slug === slug);
  if (!found) throw new DomainError("help_category_not_found", { slug });
  return found;
}

async function oneSection(deps: HelpDeps, slug: string): Promise<StaffSection> {
  const found = (await staffCategories(deps)).flatMap((c) => c.sections).find((s) => s.slug === slug);
  if (!found) throw new DomainError("help_section_not_found", { slug });
  return found;
}

export async function createCategory(
  deps: HelpDeps,
  actor: StaffActor,
  input: CategoryInput,
): Promise<StaffCategory> {
  assertAdmin(actor);
  const { db, clock, ids } = deps.platform;
  await db.transaction().execute(async (trx) => {
    const now = clock.now();
    const position = input.position ?? (await allCategories(trx)).length;
    const inserted = await insertCategories(trx, [
      {
        id: ids.next("helpCategory"),
        slug: input.slug,
        position,
        icon: input.icon ?? DEFAULT_ICON,
        name: input.name,
        description: input.description,
        created_at: now,
        updated_at: now,
      },
    ]);
    if (!inserted.has(input.slug)) throw new DomainError("help_slug_taken", { slug: input.slug });
    await deps.audit.record(
      trx,
      actor,
      "help.category_created",
      { type: "help_category", id: input.slug },
      {
        name: input.name,
      },
    );
  });
  return oneCategory(deps, input.slug);
}

export async function changeCategory(
  deps: HelpDeps,
  actor: StaffActor,
  slug: string,
  patch: CategoryPatch,
): Promise<StaffCategory> {
  assertAdmin(actor);
  const { db, clock } = deps.platform;
  await db.transaction().execute(async (trx) => {
    const category = await findCategory(trx, slug, "update");
    if (!category) throw new DomainError("help_category_not_found", { slug });
    await updateCategory(trx, category.id, { ...definedOnly(patch), updated_at: clock.now() });
    await deps.audit.record(
      trx,
      actor,
      "help.category_updated",
      { type: "help_category", id: slug },
      definedOnly(patch),
    );
  });
  return oneCategory(deps, slug);
}

/** Only an empty category can go (409 help_not_empty otherwise). */
export async function removeCategory(deps: HelpDeps, actor: StaffActor, slug: string): Promise<void> {
  assertAdmin(actor);
  await deps.platform.db.transaction().execute(async (trx) => {
    const category = await findCategory(trx, slug, "update");
    if (!category) throw new DomainError("help_category_not_found", { slug });
    if ((await sectionCount(trx, category.id)) > 0) throw new DomainError("help_not_empty", { slug });
    await deleteCategory(trx, category.id);
    await deps.audit.record(trx, actor, "help.category_deleted", { type: "help_category", id: slug });
  });
}

export async function createSection(
  deps: HelpDeps,
  actor: StaffActor,
  input: SectionInput,
): Promise<StaffSection> {
  assertAdmin(actor);
  const { db, clock, ids } = deps.platform;
  await db.transaction().execute(async (trx) => {
    const category = await findCategory(trx, input.category, "share");
    if (!category) throw new DomainError("help_category_not_found", { slug: input.category });
    const now = clock.now();
    const inserted = await insertSections(trx, [
      {
        id: ids.next("helpSection"),
        category_id: category.id,
        slug: input.slug,
        position: input.position ?? (await sectionCount(trx, category.id)),
        name: input.name,
        created_at: now,
        updated_at: now,
      },
    ]);
    if (!inserted.has(input.slug)) throw new DomainError("help_slug_taken", { slug: input.slug });
    await deps.audit.record(
      trx,
      actor,
      "help.section_created",
      { type: "help_section", id: input.slug },
      {
        category: input.category,
        name: input.name,
      },
    );
  });
  return oneSection(deps, input.slug);
}

export async function changeSection(
  deps: HelpDeps,
  actor: StaffActor,
  slug: string,
  patch: SectionPatch,
): Promise<StaffSection> {
  assertAdmin(actor);
  const { db, clock } = deps.platform;
  await db.transaction().execute(async (trx) => {
    const section = await findSection(trx, slug, "update");
    if (!section) throw new DomainError("help_section_not_found", { slug });
    let categoryId: string | undefined;
    if (patch.category !== undefined) {
      const category = await findCategory(trx, patch.category, "share");
      if (!category) throw new DomainError("help_category_not_found", { slug: patch.category });
      categoryId = category.id;
    }
    await updateSection(trx, section.id, {
      ...(patch.name ? { name: patch.name } : {}),
      ...(patch.position !== undefined ? { position: patch.position } : {}),
      ...(categoryId ? { category_id: categoryId } : {}),
      updated_at: clock.now(),
    });
    await deps.audit.record(
      trx,
      actor,
      "help.section_updated",
      { type: "help_section", id: slug },
      definedOnly(patch),
    );
  });
  return oneSection(deps, slug);
}

/** Only a section without articles can go (409 help_not_empty otherwise). */
export async function removeSection(deps: HelpDeps, actor: StaffActor, slug: string): Promise<void> {
  assertAdmin(actor);
  await deps.platform.db.transaction().execute(async (trx) => {
    const section = await findSection(trx, slug, "update");
    if (!section) throw new DomainError("help_section_not_found", { slug });
    if ((await articleCount(trx, section.id)) > 0) throw new DomainError("help_not_empty", { slug });
    await deleteSection(trx, section.id);
    await deps.audit.record(trx, actor, "help.section_deleted", { type: "help_section", id: slug });
  });
}

function definedOnly<T extends object>(patch: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
