import type { ArticleKind, HelpLocale } from "../../../platform/db/schema-help.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import {
  type ArticlePatch,
  type ArticleStatusFilter,
  existingSlugs,
  findArticle,
  insertArticles,
  insertTranslations,
  listArticles,
  lockArticle,
  nextPosition,
  updateArticle,
} from "../content-repository.js";
import type { HelpDeps } from "../deps.js";
import { findSection } from "../taxonomy-repository.js";
import { insertVersions } from "../versions-repository.js";
import {
  type ArticleDetail,
  type ArticleSummary,
  found,
  presentDetail,
  presentSummaries,
} from "./present.js";
import {
  assertAdmin,
  assertStaff,
  decodeCursor,
  encodeCursor,
  notifyArticleChanged,
  type StaffActor,
} from "./shared.js";

export interface NewArticleInput {
  slug: string;
  section: string;
  kind: ArticleKind;
  tags: string[];
  related: string[];
  translations: Partial<Record<HelpLocale, { title: string; body: string }>>;
}

export interface ArticleMetaInput {
  section?: string | undefined;
  kind?: ArticleKind | undefined;
  tags?: string[] | undefined;
  related?: string[] | undefined;
  position?: number | undefined;
}

export interface ArticleListInput {
  q?: string | undefined;
  status?: ArticleStatusFilter | undefined;
  section?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Article slugs the web's own help pages use (/help/search, /help/categories/…, /help/contact,
 * /admin/help/articles/new): an article there could never be opened.
 */
export const RESERVED_ARTICLE_SLUGS: ReadonlySet<string> = new Set([
  "search",
  "categories",
  "contact",
  "new",
]);

function assertSlugFree(slug: string): void {
  if (RESERVED_ARTICLE_SLUGS.has(slug))
    throw new DomainError("validation_failed", {}, [
      {
        in: "body",
        path: "/slug",
        code: "reserved",
        message: `reserved for the help center's own pages (${[...RESERVED_ARTICLE_SLUGS].join(", ")})`,
      },
    ]);
}

/** Tags are matched without regard to case or repeated spaces; the same tag twice is kept once. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/\s+/g, " ").toLowerCase()).filter((t) => t !== ""))];
}

async function sectionOrThrow(executor: Executor, slug: string) {
  // Shared lock: the section cannot be deleted while an article is being put into it.
  const section = await findSection(executor, slug, "share");
  if (!section) throw new DomainError("help_section_not_found", { slug });
  return section;
}

/** Related articles must exist and cannot be the article itself; repeats are kept once, in order. */
async function checkedRelated(
  executor: Executor,
  slug: string,
  related: readonly string[],
): Promise<string[]> {
  const wanted = [...new Set(related)];
  if (wanted.includes(slug)) throw new DomainError("help_related_unknown", { slug });
  const existing = await existingSlugs(executor, wanted);
  const missing = wanted.find((s) => !existing.has(s));
  if (missing !== undefined) throw new DomainError("help_related_unknown", { slug: missing });
  return wanted;
}

export async function listStaffArticles(
  deps: HelpDeps,
  input: ArticleListInput,
  locale: HelpLocale,
): Promise<{ data: ArticleSummary[]; nextCursor: string | null }> {
  const { db } = deps.platform;
  let sectionId: string | undefined;
  if (input.section) {
    const section = await findSection(db, input.section);
    if (!section) return { data: [], nextCursor: null };
    sectionId = section.id;
  }
  const rows = await listArticles(db, {
    q: input.q,
    status: input.status,
    sectionId,
    limit: input.limit + 1,
    after: input.cursor ? decodeCursor(input.cursor) : undefined,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    data: await presentSummaries(db, page, locale),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.updated_at, last.id) : null,
  };
}

export async function articleDetail(
  deps: HelpDeps,
  slug: string,
  locale: HelpLocale,
): Promise<ArticleDetail> {
  const { db } = deps.platform;
  return presentDetail(deps, db, found(await findArticle(db, slug)), locale);
}

/** A new article with a first draft in each language given (version 1); nothing is published yet. */
export async function createArticle(
  deps: HelpDeps,
  actor: StaffActor,
  input: NewArticleInput,
  locale: HelpLocale,
): Promise<ArticleDetail> {
  assertStaff(actor);
  assertSlugFree(input.slug);
  const { db, clock, ids } = deps.platform;
  const drafts = (
    Object.entries(input.translations) as [HelpLocale, { title: string; body: string }][]
  ).filter(([, t]) => t !== undefined);
  if (drafts.length === 0)
    throw new DomainError("validation_failed", {}, [
      { in: "body", path: "/translations", code: "too_small", message: "at least one language" },
    ]);
  return db.transaction().execute(async (trx) => {
    const section = await sectionOrThrow(trx, input.section);
    const related = await checkedRelated(trx, input.slug, input.related);
    const now = clock.now();
    const id = ids.next("helpArticle");
    const inserted = await insertArticles(trx, [
      {
        id,
        slug: input.slug,
        section_id: section.id,
        kind: input.kind,
        tags: cleanTags(input.tags),
        related,
        position: await nextPosition(trx, section.id),
        created_by: actor.id,
        created_at: now,
        updated_at: now,
      },
    ]);
    if (!inserted.has(input.slug)) throw new DomainError("help_slug_taken", { slug: input.slug });
    await insertTranslations(
      trx,
      drafts.map(([lang, t]) => ({
        article_id: id,
        locale: lang,
        draft_title: t.title,
        draft_body: t.body,
        draft_version: 1,
        draft_updated_by: actor.id,
        draft_updated_at: now,
      })),
    );
    await insertVersions(
      trx,
      drafts.map(([lang, t]) => ({
        id: ids.next("helpVersion"),
        article_id: id,
        locale: lang,
        version: 1,
        title: t.title,
        body: t.body,
        author_id: actor.id,
        note: null,
        created_at: now,
      })),
    );
    await deps.audit.record(
      trx,
      actor,
      "help.article_created",
      { type: "help_article", id: input.slug },
      { section: input.section, kind: input.kind, locales: drafts.map(([lang]) => lang) },
    );
    return presentDetail(deps, trx, found(await findArticle(trx, input.slug)), locale);
  });
}

/**
 * Section, kind, tags, related articles, position; the slug never changes. Moving an article
 * (section, position) reshapes what customers browse, so it is an admin's call like the rest
 * of the taxonomy. Kind, tags and related articles stay with all staff: customers see them at
 * once (search words, links below the article), which is why each change is audited with the
 * new values.
 */
export async function updateArticleMeta(
  deps: HelpDeps,
  actor: StaffActor,
  slug: string,
  input: ArticleMetaInput,
  locale: HelpLocale,
): Promise<ArticleDetail> {
  assertStaff(actor);
  if (input.section !== undefined || input.position !== undefined) assertAdmin(actor);
  const { db, clock } = deps.platform;
  const detail = await db.transaction().execute(async (trx) => {
    const article = found(await lockArticle(trx, slug));
    const patch: ArticlePatch = { updated_at: clock.now() };
    const changed: Record<string, unknown> = {};
    if (input.section !== undefined) {
      patch.section_id = (await sectionOrThrow(trx, input.section)).id;
      changed.section = input.section;
    }
    if (input.kind !== undefined) patch.kind = changed.kind = input.kind;
    if (input.tags !== undefined) patch.tags = changed.tags = cleanTags(input.tags);
    if (input.related !== undefined)
      patch.related = changed.related = await checkedRelated(trx, slug, input.related);
    if (input.position !== undefined) patch.position = changed.position = input.position;
    await updateArticle(trx, article.id, patch);
    await deps.audit.record(trx, actor, "help.article_updated", { type: "help_article", id: slug }, changed);
    return presentDetail(deps, trx, found(await findArticle(trx, slug)), locale);
  });
  await notifyArticleChanged(deps, slug);
  return detail;
}
