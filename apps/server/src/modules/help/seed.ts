import { sql, type Transaction } from "kysely";
import type { DB } from "../../platform/db/schema.js";
import { LOCALES } from "../../platform/i18n.js";
import { getMeta, setMeta } from "../../platform/meta.js";
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
 * The shipped slugs seeded once (platform_meta): what staff deleted since is not seeded again
 * at the next start. { categories: string[], sections: string[], articles: string[] }.
 */
export const SEEDED_SLUGS_KEY = "help.seeded-slugs";

interface SeededSlugs {
  categories: Set<string>;
  sections: Set<string>;
  articles: Set<string>;
}

const slugSet = (value: unknown) =>
  new Set(Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : []);

async function seededBefore(trx: Transaction<DB>): Promise<SeededSlugs> {
  const value = await getMeta(trx, SEEDED_SLUGS_KEY);
  return {
    categories: slugSet(value?.categories),
    sections: slugSet(value?.sections),
    articles: slugSet(value?.articles),
  };
}

/** Remembers every shipped slug that exists now (inserted just now or earlier), with those remembered before. */
async function rememberSeeded(
  deps: Pick<HelpDeps, "platform">,
  trx: Transaction<DB>,
  content: SeedContent,
  before: SeededSlugs,
): Promise<void> {
  const categories = new Set((await allCategories(trx)).map((c) => c.slug));
  const sections = new Set((await allSections(trx)).map((s) => s.slug));
  const articles = await existingSlugs(
    trx,
    content.articles.map((a) => a.slug),
  );
  const shippedSections = content.categories.flatMap((c) => c.sections.map((s) => s.slug));
  const union = (previous: Set<string>, shipped: readonly string[], present: Set<string>) =>
    [...new Set([...previous, ...shipped.filter((slug) => present.has(slug))])].sort();
  await setMeta(
    trx,
    SEEDED_SLUGS_KEY,
    {
      categories: union(
        before.categories,
        content.categories.map((c) => c.slug),
        categories,
      ),
      sections: union(before.sections, shippedSections, sections),
      articles: union(
        before.articles,
        content.articles.map((a) => a.slug),
        articles,
      ),
    },
    deps.platform.clock.now(),
  );
}

/**
 * Inserts the shipped categories, sections, articles and synonyms that are missing. Runs at
 * every start: never overwrites what staff changed, inserts by slug what was never seeded (an
 * article in both languages, published as version 1, author "Satchel" = null), so what staff
 * deleted stays deleted, and seeds the synonyms only into an empty list (staff may have
 * deleted some on purpose). A new shipped article whose shipped section staff deleted waits
 * until a section with that slug exists again.
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
    const seeded = await seededBefore(trx);
    await seedTaxonomy(deps, trx, content.categories, seeded);
    await seedArticles(deps, trx, content, seeded);
    await rememberSeeded(deps, trx, content, seeded);
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
  seeded: SeededSlugs,
): Promise<void> {
  const { clock, ids } = deps.platform;
  const now = clock.now();
  // Present now, or seeded once and deleted by staff since: either way not inserted.
  const known = new Set([...(await allCategories(trx)).map((c) => c.slug), ...seeded.categories]);
  await insertCategories(
    trx,
    categories
      .map((c, position) => ({ c, position }))
      .filter(({ c }) => !known.has(c.slug))
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
  const knownSections = new Set([...(await allSections(trx)).map((s) => s.slug), ...seeded.sections]);
  await insertSections(
    trx,
    categories.flatMap((c) =>
      c.sections
        .map((s, position) => ({ s, position }))
        .filter(({ s }) => !knownSections.has(s.slug))
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
  seeded: SeededSlugs,
): Promise<void> {
  const { articles } = content;
  const { clock, ids } = deps.platform;
  const present = await existingSlugs(
    trx,
    articles.map((a) => a.slug),
  );
  const sectionIds = new Map((await allSections(trx)).map((s) => [s.slug, s.id]));
  const shippedSections = new Set(content.categories.flatMap((c) => c.sections.map((s) => s.slug)));
  const missing = articles.filter(
    (a) =>
      !present.has(a.slug) &&
      !seeded.articles.has(a.slug) &&
      // A shipped section staff deleted: its new articles wait for it (see seedHelpContent).
      (sectionIds.has(a.section) || !shippedSections.has(a.section)),
  );
  if (missing.length === 0) return;
  const positions = shippedPositions(articles);
  const now = clock.now();
  const rows: NewArticleRow[] = [];
  const bySlug = new Map(missing.map((a) => [a.slug, a]));
  for (const article of missing) {
    const sectionId = sectionIds.get(article.section);
    // Shipped sections were inserted just before: a section neither here nor shipped is a typo in the content.
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
