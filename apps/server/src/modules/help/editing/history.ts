import { diffArrays, diffLines } from "diff";
import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { findArticle, translationsOf } from "../content-repository.js";
import type { HelpDeps } from "../deps.js";
import { findVersions, listVersions } from "../versions-repository.js";
import { found } from "./present.js";
import { type PersonRef, peopleByIds } from "./shared.js";

export interface VersionSummary {
  version: number;
  title: string;
  author: PersonRef | null;
  note: string | null;
  createdAt: string;
  /** This version is what customers read now. */
  published: boolean;
}

export interface VersionDetail {
  version: number;
  title: string;
  body: string;
  author: PersonRef | null;
  note: string | null;
  createdAt: string;
}

export interface Change {
  op: "equal" | "insert" | "delete";
  text: string;
}

/** Past this, two very different bodies are shown as one deletion and one insertion rather than computed for long. */
const DIFF_TIMEOUT_MS = 500;

async function translationOf(deps: HelpDeps, slug: string, locale: HelpLocale) {
  const { db } = deps.platform;
  const article = found(await findArticle(db, slug));
  const translation = (await translationsOf(db, [article.id])).find((t) => t.locale === locale);
  if (!translation) throw new DomainError("help_translation_not_found", { locale });
  return { article, translation };
}

/** Every saved draft of one language, newest first. */
export async function versionHistory(
  deps: HelpDeps,
  slug: string,
  locale: HelpLocale,
): Promise<VersionSummary[]> {
  const { db } = deps.platform;
  const { article, translation } = await translationOf(deps, slug, locale);
  const rows = await listVersions(db, article.id, locale);
  const person = await peopleByIds(
    deps,
    db,
    rows.map((r) => r.author_id),
  );
  return rows.map((r) => ({
    version: r.version,
    title: r.title,
    author: person(r.author_id),
    note: r.note,
    createdAt: r.created_at.toISOString(),
    published: r.version === translation.published_version,
  }));
}

export async function versionDetail(
  deps: HelpDeps,
  slug: string,
  locale: HelpLocale,
  number: number,
): Promise<VersionDetail> {
  const { db } = deps.platform;
  const { article } = await translationOf(deps, slug, locale);
  const [row] = await findVersions(db, article.id, locale, [number]);
  if (!row) throw new DomainError("help_version_not_found", { version: number });
  const person = await peopleByIds(deps, db, [row.author_id]);
  return {
    version: row.version,
    title: row.title,
    body: row.body,
    author: person(row.author_id),
    note: row.note,
    createdAt: row.created_at.toISOString(),
  };
}

const opOf = (c: { added: boolean; removed: boolean }): Change["op"] =>
  c.added ? "insert" : c.removed ? "delete" : "equal";

/** Words as the language cuts them (Chinese has no spaces): the spaces between are tokens too, so the parts join back. */
function words(text: string, locale: HelpLocale): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: "word" });
  return [...segmenter.segment(text)].map((s) => s.segment);
}

function replaced(before: string, after: string): Change[] {
  return [
    ...(before ? [{ op: "delete" as const, text: before }] : []),
    ...(after ? [{ op: "insert" as const, text: after }] : []),
  ];
}

export function diffTitle(before: string, after: string, locale: HelpLocale): Change[] {
  const changes = diffArrays(words(before, locale), words(after, locale), { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return replaced(before, after);
  return changes.map((c) => ({ op: opOf(c), text: c.value.join("") }));
}

export function diffBody(before: string, after: string): Change[] {
  const changes = diffLines(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return replaced(before, after);
  return changes.map((c) => ({ op: opOf(c), text: c.value }));
}

/** What changed from one version to another: the title word by word, the body line by line. */
export async function versionDiff(
  deps: HelpDeps,
  slug: string,
  locale: HelpLocale,
  from: number,
  to: number,
): Promise<{ from: number; to: number; title: Change[]; body: Change[] }> {
  const { article } = await translationOf(deps, slug, locale);
  const rows = await findVersions(deps.platform.db, article.id, locale, [from, to]);
  const before = rows.find((r) => r.version === from);
  const after = rows.find((r) => r.version === to);
  if (!before) throw new DomainError("help_version_not_found", { version: from });
  if (!after) throw new DomainError("help_version_not_found", { version: to });
  return {
    from,
    to,
    title: diffTitle(before.title, after.title, locale),
    body: diffBody(before.body, after.body),
  };
}
