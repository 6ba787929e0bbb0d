import { sql, type Transaction } from "kysely";
import type { DB } from "../../platform/db/schema.js";
import { LOCALES } from "../../platform/i18n.js";
import { shippedArticles, shippedCategories, shippedSynonyms } from "./content/index.js";
import type { ShippedArticle, ShippedCategory } from "./content/types.js";
import {
  existingSlugs,
  insertArticles,
  insertTranslations,
  type NewArticleRow,
} from "./content-repository.js";
import type { HelpDeps } from "./deps.js";
import { cleanTags } from "./editing/articles.js";
import { hasSynonyms, insertSynonyms } from "./synonyms-repository.js";
import { allCategories, allSections, insertCategories, insertSections } from "./taxonomy-repository.js";
import { insertVersions } from "./versions-repository.js";

/**
 * Any number that fits in a bigint: processes seeding at the same moment take turns on it
 * (pg_advisory_xact_lock), so the second one finds the first one's rows.
 */
const SEED_LOCK = 0x68_65_6c_70; // "help"

/**
 * Inserts the shipped categories, sections, articles and synonyms that are missing. Runs at
 * every start: never overwrites what staff changed, inserts by slug what is not there (an
 * article in both languages, published as version 1, author "Satchel" = null), and seeds
 * the synonyms only into an empty list (staff may have deleted some on purpose).
 */
export async function seedHelpContent(deps: Pick<HelpDeps, "platform">): Promise<void> {
  await seedContent(deps, {
    categories: shippedCategories,
    articles: shippedArticles,
    synonyms: shippedSynonyms,
  });
}

export interface SeedContent {
  categories: readonly ShippedCategory[];
  articles: readonly ShippedArticle[];
  synonyms: readonly (readonly string[])[];
}

export async function seedContent(deps: Pick<HelpDeps, "platform">, content: SeedContent): Promise<void> {
  const { db } = deps.platform;
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    await seedTaxonomy(deps, trx, content.categories);
    await seedArticles(deps, trx, content);
    if (content.synonyms.length > 0 && !(await hasSynonyms(trx))) {
      const now = deps.platform.clock.now();
      await insertSynonyms(
        trx,
        content.synonyms.map((terms) => ({
          id: deps.platform.ids.next("helpSynonym"),
          terms: [...terms],
          updated_by: null,
          created_at: now,
          updated_at: now,
        })),
      );
    }
  });
}

async function seedTaxonomy(
  deps: Pick<HelpDeps, "platform">,
  trx: Transaction<DB>,
  categories: readonly ShippedCategory[],
): Promise<void> {
  const { clock, ids } = deps.platform;
  const now = clock.now();
  const present = new Set((await allCategories(trx)).map((c) => c.slug));
  await insertCategories(
    trx,
    categories
      .map((c, position) => ({ c, position }))
      .filter(({ c }) => !present.has(c.slug))
      .map(({ c, position }) => ({
        id: ids.next("helpCategory"),
        slug: c.slug,
        position,
        icon: c.icon,
        name: c.name,
        description: c.description,
        created_at: now,
        updated_at: now,
      })),
  );
  const categoryIds = new Map((await allCategories(trx)).map((c) => [c.slug, c.id]));
  const sections = new Set((await allSections(trx)).map((s) => s.slug));
  await insertSections(
    trx,
    categories.flatMap((c) =>
      c.sections
        .map((s, position) => ({ s, position }))
        .filter(({ s }) => !sections.has(s.slug))
        .flatMap(({ s, position }) => {
          const categoryId = categoryIds.get(c.slug);
          return categoryId
            ? [
                {
                  id: ids.next("helpSection"),
                  category_id: categoryId,
                  slug: s.slug,
                  position,
                  name: s.name,
                  created_at: now,
                  updated_at: now,
                },
              ]
            : [];
        }),
    ),
  );
}

/** Each shipped article's place in its section, in the order the content lists them. */
function shippedPositions(articles: readonly ShippedArticle[]): Map<string, number> {
  const perSection = new Map<string, number>();
  const positions = new Map<string, number>();
  for (const article of articles) {
    const next = perSection.get(article.section) ?? 0;
    positions.set(article.slug, next);
    perSection.set(article.section, next + 1);
  }
  return positions;
}

async function seedArticles(
  deps: Pick<HelpDeps, "platform">,
  trx: Transaction<DB>,
  content: SeedContent,
): Promise<void> {
  const { articles } = content;
  const { clock, ids } = deps.platform;
  const present = await existingSlugs(
    trx,
    articles.map((a) => a.slug),
  );
  const missing = articles.filter((a) => !present.has(a.slug));
  if (missing.length === 0) return;
  const sectionIds = new Map((await allSections(trx)).map((s) => [s.slug, s.id]));
  const positions = shippedPositions(articles);
  const now = clock.now();
  const rows: NewArticleRow[] = [];
  const bySlug = new Map(missing.map((a) => [a.slug, a]));
  for (const article of missing) {
    const sectionId = sectionIds.get(article.section);
    // Shipped sections were inserted just before: a section not found is a typo in the shipped content.
    if (!sectionId)
      throw new Error(`help seed: article ${article.slug} names unknown section ${article.section}`);
    rows.push({
      id: ids.next("helpArticle"),
      slug: article.slug,
      section_id: sectionId,
      kind: article.kind,
      tags: cleanTags(article.tags),
      related: [...article.related],
      position: positions.get(article.slug) ?? 0,
      created_by: null,
      created_at: now,
      updated_at: now,
    });
  }
  const inserted = await insertArticles(trx, rows);
  const fresh = rows.flatMap((r) => {
    const shipped = bySlug.get(r.slug);
    return inserted.has(r.slug) && shipped ? [{ id: r.id, shipped }] : [];
  });
  await insertTranslations(
    trx,
    fresh.flatMap((r) =>
      LOCALES.map((locale) => ({
        article_id: r.id,
        locale,
        draft_title: r.shipped[locale].title,
        draft_body: r.shipped[locale].body,
        draft_version: 1,
        draft_updated_by: null,
        draft_updated_at: now,
        title: r.shipped[locale].title,
        body: r.shipped[locale].body,
        published_version: 1,
        published_at: now,
        published_by: null,
      })),
    ),
  );
  await insertVersions(
    trx,
    fresh.flatMap((r) =>
      LOCALES.map((locale) => ({
        id: ids.next("helpVersion"),
        article_id: r.id,
        locale,
        version: 1,
        title: r.shipped[locale].title,
        body: r.shipped[locale].body,
        author_id: null,
        note: null,
        created_at: now,
      })),
    ),
  );
}
