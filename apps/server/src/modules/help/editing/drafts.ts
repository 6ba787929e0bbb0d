import type { Transaction } from "kysely";
import type { DB } from "../../../platform/db/schema.js";
import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import {
  type ArticleRow,
  findArticle,
  insertTranslations,
  lockTranslation,
  type TranslationRow,
  updateArticle,
  updateTranslation,
} from "../content-repository.js";
import type { HelpDeps } from "../deps.js";
import { findVersions, insertVersions } from "../versions-repository.js";
import { type ArticleDetail, found, presentDetail } from "./present.js";
import { assertAdmin, assertStaff, notifyArticleChanged, type StaffActor } from "./shared.js";

export interface DraftInput {
  title: string;
  body: string;
  note?: string | undefined;
  /** The draft version the editor started from; another save since then is a conflict. */
  baseVersion?: number | undefined;
}

type Step = (trx: Transaction<DB>, article: ArticleRow) => Promise<Record<string, unknown> | null>;

/**
 * Runs one change of a translation in a transaction with the audit entry, answers the
 * article as it is after the commit, and tells the index when customers see something new.
 * A step that changed nothing returns null (no audit entry, no index work).
 */
interface Change {
  actor: StaffActor;
  slug: string;
  locale: HelpLocale;
  /** The audit action, help.<verb>. */
  action: string;
  /** Whether customers see the result (publish, unpublish): the search index is told. */
  visible: boolean;
  /** The staff member's language, for section and category names in the answer. */
  viewLocale: HelpLocale;
}

async function change(deps: HelpDeps, what: Change, step: Step): Promise<ArticleDetail> {
  const { actor, slug, locale, action, visible, viewLocale } = what;
  const { db } = deps.platform;
  const { detail, changed } = await db.transaction().execute(async (trx) => {
    const article = found(await findArticle(trx, slug));
    const auditDetail = await step(trx, article);
    if (auditDetail) {
      await updateArticle(trx, article.id, { updated_at: deps.platform.clock.now() });
      await deps.audit.record(
        trx,
        actor,
        action,
        { type: "help_article", id: slug },
        { locale, ...auditDetail },
      );
    }
    return {
      detail: await presentDetail(deps, trx, found(await findArticle(trx, slug)), viewLocale),
      changed: auditDetail !== null,
    };
  });
  if (visible && changed) await notifyArticleChanged(deps, slug);
  return detail;
}

async function lockedOrThrow(
  trx: Transaction<DB>,
  article: ArticleRow,
  locale: HelpLocale,
): Promise<TranslationRow> {
  const translation = await lockTranslation(trx, article.id, locale);
  if (!translation) throw new DomainError("help_translation_not_found", { locale });
  return translation;
}

/** Writes `title`/`body` as the next draft version (creating the translation at version 1 when it is missing). */
async function writeDraft(
  deps: HelpDeps,
  trx: Transaction<DB>,
  actor: StaffActor,
  article: ArticleRow,
  locale: HelpLocale,
  input: DraftInput,
): Promise<{ version: number } | null> {
  const { clock, ids } = deps.platform;
  const now = clock.now();
  let current = await lockTranslation(trx, article.id, locale);
  if (!current) {
    if (input.baseVersion !== undefined && input.baseVersion !== 0)
      throw new DomainError("help_edit_conflict", { base: input.baseVersion, current: 0 }, [], {
        base: input.baseVersion,
        current: 0,
      });
    const created = await insertTranslations(trx, [
      {
        article_id: article.id,
        locale,
        draft_title: input.title,
        draft_body: input.body,
        draft_version: 1,
        draft_updated_by: actor.id,
        draft_updated_at: now,
      },
    ]);
    if (created === 1) {
      await insertVersions(trx, [version(ids.next("helpVersion"), article, locale, 1, input, actor, now)]);
      return { version: 1 };
    }
    // Someone created this language a moment ago: this save follows theirs.
    current = await lockedOrThrow(trx, article, locale);
  }
  if (input.baseVersion !== undefined && input.baseVersion !== current.draft_version)
    throw new DomainError(
      "help_edit_conflict",
      { base: input.baseVersion, current: current.draft_version },
      [],
      {
        base: input.baseVersion,
        current: current.draft_version,
      },
    );
  // Saving the same text again is not a new version.
  if (current.draft_title === input.title && current.draft_body === input.body) return null;
  const next = current.draft_version + 1;
  await updateTranslation(trx, article.id, locale, {
    draft_title: input.title,
    draft_body: input.body,
    draft_version: next,
    draft_updated_by: actor.id,
    draft_updated_at: now,
    ...WITHDRAWN,
  });
  await insertVersions(trx, [version(ids.next("helpVersion"), article, locale, next, input, actor, now)]);
  return withdrawal(current, { version: next });
}

/**
 * A new draft withdraws the submission: the admin approves what was reviewed, never text
 * written after "submit". The writer submits again when the new draft is ready.
 */
const WITHDRAWN = { submitted_at: null, submitted_by: null, submitted_version: null } as const;

/** The audit detail of a save, saying when it withdrew a submission. */
function withdrawal<T extends Record<string, unknown>>(before: TranslationRow, detail: T) {
  return before.submitted_at === null ? detail : { ...detail, withdrewSubmission: before.submitted_version };
}

function version(
  id: string,
  article: ArticleRow,
  locale: HelpLocale,
  number: number,
  input: DraftInput,
  actor: StaffActor,
  at: Date,
) {
  return {
    id,
    article_id: article.id,
    locale,
    version: number,
    title: input.title,
    body: input.body,
    author_id: actor.id,
    note: input.note ?? null,
    created_at: at,
  };
}

export function saveDraft(
  deps: HelpDeps,
  actor: StaffActor,
  slug: string,
  locale: HelpLocale,
  input: DraftInput,
  viewLocale: HelpLocale,
): Promise<ArticleDetail> {
  assertStaff(actor);
  const what = { actor, slug, locale, action: "help.draft_saved", visible: false, viewLocale };
  return change(deps, what, (trx, article) => writeDraft(deps, trx, actor, article, locale, input));
}

/** An agent asks an admin to publish the current draft. */
export function submitDraft(
  deps: HelpDeps,
  actor: StaffActor,
  slug: string,
  locale: HelpLocale,
  viewLocale: HelpLocale,
): Promise<ArticleDetail> {
  assertStaff(actor);
  const what = { actor, slug, locale, action: "help.submitted", visible: false, viewLocale };
  return change(deps, what, async (trx, article) => {
    const current = await lockedOrThrow(trx, article, locale);
    if (current.published_version === current.draft_version) throw new DomainError("help_nothing_to_publish");
    await updateTranslation(trx, article.id, locale, {
      submitted_at: deps.platform.clock.now(),
      submitted_by: actor.id,
      submitted_version: current.draft_version,
    });
    return { version: current.draft_version };
  });
}

/**
 * Admins: customers read the given version from now on (the latest draft when none is given).
 * Publishing an older version than the latest draft leaves the newer draft waiting ("changed").
 * The submission is settled when what it asked for (or something newer) is published.
 */
export function publish(
  deps: HelpDeps,
  actor: StaffActor,
  slug: string,
  locale: HelpLocale,
  requested: number | undefined,
  viewLocale: HelpLocale,
): Promise<ArticleDetail> {
  assertAdmin(actor);
  const what = { actor, slug, locale, action: "help.published", visible: true, viewLocale };
  return change(deps, what, async (trx, article) => {
    const current = await lockedOrThrow(trx, article, locale);
    const target = requested ?? current.draft_version;
    if (current.published_version === target) throw new DomainError("help_nothing_to_publish");
    const [row] = await findVersions(trx, article.id, locale, [target]);
    if (!row) throw new DomainError("help_version_not_found", { version: target });
    await updateTranslation(trx, article.id, locale, {
      title: row.title,
      body: row.body,
      published_version: target,
      published_at: deps.platform.clock.now(),
      published_by: actor.id,
      ...(current.submitted_version === null || target >= current.submitted_version ? WITHDRAWN : {}),
    });
    return { version: target, previous: current.published_version };
  });
}

/** Admins: customers no longer read this language (the drafts and history stay). */
export function unpublish(
  deps: HelpDeps,
  actor: StaffActor,
  slug: string,
  locale: HelpLocale,
  viewLocale: HelpLocale,
): Promise<ArticleDetail> {
  assertAdmin(actor);
  const what = { actor, slug, locale, action: "help.unpublished", visible: true, viewLocale };
  return change(deps, what, async (trx, article) => {
    const current = await lockedOrThrow(trx, article, locale);
    if (current.published_version === null) throw new DomainError("help_not_published");
    // published_at and published_by stay: they tell "unpublished" from "never published".
    await updateTranslation(trx, article.id, locale, { title: null, body: null, published_version: null });
    return { version: current.published_version };
  });
}

const RESTORED_NOTE: Record<HelpLocale, (version: number) => string> = {
  en: (v) => `Restored from version ${v}`,
  "zh-CN": (v) => `从第 ${v} 版恢复`,
};

/** A new draft version with an old version's text; the history is never rewritten. */
export function restore(
  deps: HelpDeps,
  actor: StaffActor,
  slug: string,
  locale: HelpLocale,
  from: number,
  viewLocale: HelpLocale,
): Promise<ArticleDetail> {
  assertStaff(actor);
  const what = { actor, slug, locale, action: "help.restored", visible: false, viewLocale };
  return change(deps, what, async (trx, article) => {
    const current = await lockedOrThrow(trx, article, locale);
    const [old] = await findVersions(trx, article.id, locale, [from]);
    if (!old) throw new DomainError("help_version_not_found", { version: from });
    const next = current.draft_version + 1;
    const now = deps.platform.clock.now();
    await updateTranslation(trx, article.id, locale, {
      draft_title: old.title,
      draft_body: old.body,
      draft_version: next,
      draft_updated_by: actor.id,
      draft_updated_at: now,
      ...WITHDRAWN,
    });
    const input = { title: old.title, body: old.body, note: RESTORED_NOTE[viewLocale](from) };
    await insertVersions(trx, [
      version(deps.platform.ids.next("helpVersion"), article, locale, next, input, actor, now),
    ]);
    return withdrawal(current, { version: next, restoredFrom: from });
  });
}
