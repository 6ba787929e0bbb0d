import {
  type ArticleDetail,
  type ArticleKind,
  type ArticleMeta,
  HELP_LANGS,
  type HelpLang,
  SLUG_MAX,
  SLUG_PATTERN,
} from "../../../api/staffHelp";

/** What the meta form holds: lists are edited as comma-separated text. */
export interface MetaDraft {
  section: string;
  kind: ArticleKind;
  tagsText: string;
  relatedText: string;
}

export const EMPTY_META: MetaDraft = { section: "", kind: "faq", tagsText: "", relatedText: "" };

/** "a, b，c、a" → ["a", "b", "c"]: commas (Latin or Chinese) and new lines separate; repeats dropped. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,，、\n]+/)) {
    const item = raw.trim().replace(/\s+/g, " ");
    if (item && !out.includes(item)) out.push(item);
  }
  return out;
}

export function metaOf(article: ArticleDetail): MetaDraft {
  return {
    section: article.section.slug,
    kind: article.kind,
    tagsText: article.tags.join(", "),
    relatedText: article.related.map((r) => r.slug).join(", "),
  };
}

export function metaInput(draft: MetaDraft): ArticleMeta {
  return {
    section: draft.section,
    kind: draft.kind,
    tags: splitList(draft.tagsText),
    related: splitList(draft.relatedText).map((s) => s.toLowerCase()),
  };
}

/** Only the meta fields that differ from the article (for PATCH). */
export function metaChanges(article: ArticleDetail, draft: MetaDraft): Partial<ArticleMeta> {
  const next = metaInput(draft);
  const changes: Partial<ArticleMeta> = {};
  if (next.section !== article.section.slug) changes.section = next.section;
  if (next.kind !== article.kind) changes.kind = next.kind;
  if (next.tags.join("\u0000") !== article.tags.join("\u0000")) changes.tags = next.tags;
  if (next.related.join("\u0000") !== article.related.map((r) => r.slug).join("\u0000")) {
    changes.related = next.related;
  }
  return changes;
}

export type MetaProblem = "sectionMissing" | "relatedSelf" | "relatedInvalid";

export function metaProblems(draft: MetaDraft, slug: string): MetaProblem[] {
  const problems: MetaProblem[] = [];
  if (!draft.section) problems.push("sectionMissing");
  const related = metaInput(draft).related;
  if (slug && related.includes(slug)) problems.push("relatedSelf");
  if (related.some((r) => !SLUG_PATTERN.test(r))) problems.push("relatedInvalid");
  return problems;
}

export type SlugProblem = "required" | "pattern" | "tooLong";

export function slugProblem(slug: string): SlugProblem | null {
  if (slug === "") return "required";
  if (slug.length > SLUG_MAX) return "tooLong";
  return SLUG_PATTERN.test(slug) ? null : "pattern";
}

/** A slug proposed from an English title: lower-case ASCII words joined by hyphens (empty for Chinese-only titles). */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
}

export interface TextDraft {
  title: string;
  body: string;
}

export type TranslationProblem = "titleMissing" | "bodyMissing";

/** A half-filled translation (a title without a body or the reverse); an empty one is simply not sent. */
export function translationProblem(draft: TextDraft): TranslationProblem | null {
  const title = draft.title.trim();
  const body = draft.body.trim();
  if (!title && !body) return null;
  if (!title) return "titleMissing";
  return body ? null : "bodyMissing";
}

/** The translations a new article is created with (those with a title and a body). */
export function filledTranslations(
  drafts: Record<HelpLang, TextDraft>,
): Partial<Record<HelpLang, { title: string; body: string }>> {
  const out: Partial<Record<HelpLang, { title: string; body: string }>> = {};
  for (const lang of HELP_LANGS) {
    const d = drafts[lang];
    if (d.title.trim() && d.body.trim()) out[lang] = { title: d.title.trim(), body: d.body };
  }
  return out;
}
