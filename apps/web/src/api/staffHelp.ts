import { ApiError, api } from "./client";
import { invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";
import { id, numOrNull, type Page, rawFetch, readPage, strings } from "./staffPayments";

// Staff pages of the help center: the article list, the editor (drafts, review, publishing,
// versions and diffs, preview, facts, images). Categories, sections and synonyms are in
// ./staffHelpTaxonomy, analytics and feedback in ./staffHelpInsights. Readers turn each answer
// into the shapes below; a missing or mistyped field becomes a safe default.

export type { Page } from "./staffPayments";

export const HELP_LANGS = ["en", "zh-CN"] as const;
export type HelpLang = (typeof HELP_LANGS)[number];

export const ARTICLE_KINDS = ["faq", "how_to", "troubleshooting", "policy", "announcement"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Where one translation stands ("changed" = published, and the draft is newer). */
export const TRANSLATION_STATUSES = ["published", "changed", "draft", "unpublished"] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** The list's status filter: the statuses above, and translations submitted for review. */
export const ARTICLE_FILTERS = ["published", "changed", "draft", "submitted"] as const;
export type ArticleFilter = (typeof ARTICLE_FILTERS)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

export function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((o) => o === value) ?? fallback;
}

export function isHelpLang(value: unknown): value is HelpLang {
  return value === "en" || value === "zh-CN";
}

/** A staff member as the API names them; a bare id or name string is accepted too. */
export interface PersonRef {
  id: string;
  name: string;
}

export function parsePerson(value: unknown): PersonRef | null {
  if (typeof value === "string" && value !== "") return { id: value, name: value };
  if (!isRecord(value)) return null;
  const name = strOrNull(value.name) ?? strOrNull(value.email) ?? strOrNull(value.id);
  return name ? { id: str(value.id, name), name } : null;
}

export interface NamedRef {
  slug: string;
  name: string;
}

/** `{ slug, name }`, or a bare slug. */
export function parseNamedRef(value: unknown): NamedRef {
  if (typeof value === "string") return { slug: value, name: value };
  if (!isRecord(value)) return { slug: "", name: "" };
  const slug = str(value.slug);
  return { slug, name: str(value.name, slug) };
}

// --- the article list -------------------------------------------------------------------------------

export interface TranslationSummary {
  title: string;
  status: TranslationStatus;
  draftVersion: number;
  publishedVersion: number | null;
  submittedAt: string | null;
  updatedAt: string;
}

export interface ArticleSummary {
  slug: string;
  kind: ArticleKind;
  section: NamedRef;
  tags: string[];
  updatedAt: string;
  translations: Partial<Record<HelpLang, TranslationSummary>>;
}

function byLang<T>(value: unknown, parse: (item: unknown) => T | null): Partial<Record<HelpLang, T>> {
  const out: Partial<Record<HelpLang, T>> = {};
  if (!isRecord(value)) return out;
  for (const lang of HELP_LANGS) {
    const item = parse(value[lang]);
    if (item) out[lang] = item;
  }
  return out;
}

export function parseTranslationSummary(value: unknown): TranslationSummary | null {
  if (!isRecord(value)) return null;
  return {
    title: str(value.title),
    status: oneOf(TRANSLATION_STATUSES, value.status, "draft"),
    draftVersion: num(value.draftVersion),
    publishedVersion: numOrNull(value.publishedVersion),
    submittedAt: strOrNull(value.submittedAt),
    updatedAt: str(value.updatedAt),
  };
}

export function parseArticleSummary(value: unknown): ArticleSummary | null {
  if (!isRecord(value) || typeof value.slug !== "string") return null;
  return {
    slug: value.slug,
    kind: oneOf(ARTICLE_KINDS, value.kind, "faq"),
    section: parseNamedRef(value.section),
    tags: strings(value.tags),
    updatedAt: str(value.updatedAt),
    translations: byLang(value.translations, parseTranslationSummary),
  };
}

export interface ArticleQuery {
  q?: string | undefined;
  status?: ArticleFilter | undefined;
  section?: string | undefined;
  limit?: number | undefined;
  cursor?: string | null | undefined;
  signal?: AbortSignal | undefined;
}

export async function listArticles(query: ArticleQuery = {}): Promise<Page<ArticleSummary>> {
  const body = await api.get<unknown>("/api/v1/admin/help/articles", {
    query: {
      q: query.q?.trim(),
      status: query.status,
      section: query.section,
      limit: query.limit,
      cursor: query.cursor,
    },
    ...signal(query.signal),
  });
  return readPage(body, parseArticleSummary);
}

// --- one article --------------------------------------------------------------------------------------

export interface TranslationDetail {
  draftTitle: string;
  draftBody: string;
  draftVersion: number;
  draftUpdatedAt: string | null;
  draftUpdatedBy: PersonRef | null;
  /** What customers read; null when this language is not published. */
  title: string | null;
  body: string | null;
  publishedVersion: number | null;
  publishedAt: string | null;
  publishedBy: PersonRef | null;
  submittedAt: string | null;
  submittedBy: PersonRef | null;
  /** The draft version an agent submitted for review (a later save withdraws the submission). */
  submittedVersion: number | null;
  status: TranslationStatus;
}

export interface RelatedRef {
  slug: string;
  title: string | null;
}

export interface ArticleDetail {
  slug: string;
  kind: ArticleKind;
  section: NamedRef;
  tags: string[];
  related: RelatedRef[];
  createdAt: string;
  updatedAt: string;
  translations: Partial<Record<HelpLang, TranslationDetail>>;
}

export function parseTranslationDetail(value: unknown): TranslationDetail | null {
  if (!isRecord(value)) return null;
  return {
    draftTitle: str(value.draftTitle),
    draftBody: str(value.draftBody),
    draftVersion: num(value.draftVersion),
    draftUpdatedAt: strOrNull(value.draftUpdatedAt),
    draftUpdatedBy: parsePerson(value.draftUpdatedBy),
    title: strOrNull(value.title),
    body: strOrNull(value.body),
    publishedVersion: numOrNull(value.publishedVersion),
    publishedAt: strOrNull(value.publishedAt),
    publishedBy: parsePerson(value.publishedBy),
    submittedAt: strOrNull(value.submittedAt),
    submittedBy: parsePerson(value.submittedBy),
    submittedVersion: numOrNull(value.submittedVersion),
    status: oneOf(TRANSLATION_STATUSES, value.status, "draft"),
  };
}

function parseRelated(value: unknown): RelatedRef | null {
  if (typeof value === "string" && value !== "") return { slug: value, title: null };
  if (!isRecord(value) || typeof value.slug !== "string") return null;
  return { slug: value.slug, title: strOrNull(value.title) };
}

export function parseArticleDetail(value: unknown): ArticleDetail | null {
  if (!isRecord(value) || typeof value.slug !== "string") return null;
  return {
    slug: value.slug,
    kind: oneOf(ARTICLE_KINDS, value.kind, "faq"),
    section: parseNamedRef(value.section),
    tags: strings(value.tags),
    related: Array.isArray(value.related)
      ? value.related.map(parseRelated).filter((r): r is RelatedRef => r !== null)
      : [],
    createdAt: str(value.createdAt),
    updatedAt: str(value.updatedAt),
    translations: byLang(value.translations, parseTranslationDetail),
  };
}

function oneArticle(body: unknown): ArticleDetail {
  const article = parseArticleDetail(body);
  if (!article) throw invalid();
  return article;
}

const articlePath = (slug: string) => `/api/v1/admin/help/articles/${id(slug)}`;
const translationPath = (slug: string, lang: HelpLang) => `${articlePath(slug)}/translations/${id(lang)}`;

export async function getArticle(slug: string, abort?: AbortSignal): Promise<ArticleDetail> {
  return oneArticle(await api.get<unknown>(articlePath(slug), signal(abort)));
}

export interface ArticleMeta {
  section: string;
  kind: ArticleKind;
  tags: string[];
  related: string[];
}

export interface NewArticle extends ArticleMeta {
  slug: string;
  translations: Partial<Record<HelpLang, { title: string; body: string }>>;
}

export async function createArticle(input: NewArticle): Promise<ArticleDetail> {
  return oneArticle(await api.post<unknown>("/api/v1/admin/help/articles", input));
}

export async function updateArticle(
  slug: string,
  patch: Partial<ArticleMeta> & { position?: number },
): Promise<ArticleDetail> {
  return oneArticle(await api.patch<unknown>(articlePath(slug), patch));
}

export interface DraftInput {
  title: string;
  body: string;
  note?: string | undefined;
  /** The draft version the edit started from; the server refuses the save when another one was saved since. */
  baseVersion?: number | undefined;
}

/** Saves a new draft version (and creates the translation when it is missing). */
export async function saveDraft(slug: string, lang: HelpLang, input: DraftInput): Promise<ArticleDetail> {
  const note = input.note?.trim();
  return oneArticle(
    await api.put<unknown>(translationPath(slug, lang), {
      title: input.title,
      body: input.body,
      ...(note ? { note } : {}),
      ...(input.baseVersion !== undefined ? { baseVersion: input.baseVersion } : {}),
    }),
  );
}

export async function submitForReview(slug: string, lang: HelpLang): Promise<ArticleDetail> {
  return oneArticle(await api.post<unknown>(`${translationPath(slug, lang)}/submit`, {}));
}

/** Publishes the latest draft, or the given version (admins). */
export async function publishTranslation(
  slug: string,
  lang: HelpLang,
  version?: number,
): Promise<ArticleDetail> {
  return oneArticle(
    await api.post<unknown>(
      `${translationPath(slug, lang)}/publish`,
      version === undefined ? {} : { version },
    ),
  );
}

export async function unpublishTranslation(slug: string, lang: HelpLang): Promise<ArticleDetail> {
  return oneArticle(await api.post<unknown>(`${translationPath(slug, lang)}/unpublish`, {}));
}

/** The versions a save conflict names: the one the editor started from, and the current one. */
export function editConflict(error: unknown): { base: number | null; current: number | null } | null {
  if (!(error instanceof ApiError) || error.code !== "help_edit_conflict") return null;
  const ext = error.extensions;
  const params = isRecord(ext.params) ? ext.params : {};
  return {
    base: numOrNull(ext.base) ?? numOrNull(params.base),
    current: numOrNull(ext.current) ?? numOrNull(params.current),
  };
}

// --- versions and diffs ---------------------------------------------------------------------------------

export interface VersionSummary {
  version: number;
  title: string;
  author: PersonRef | null;
  note: string | null;
  createdAt: string;
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

export function parseVersionSummary(value: unknown): VersionSummary | null {
  if (!isRecord(value) || typeof value.version !== "number") return null;
  return {
    version: value.version,
    title: str(value.title),
    author: parsePerson(value.author),
    note: strOrNull(value.note),
    createdAt: str(value.createdAt),
    published: value.published === true,
  };
}

export async function listVersions(
  slug: string,
  lang: HelpLang,
  abort?: AbortSignal,
): Promise<VersionSummary[]> {
  const body = await api.get<unknown>(`${translationPath(slug, lang)}/versions`, signal(abort));
  return list(body, parseVersionSummary).sort((a, b) => b.version - a.version);
}

export async function getVersion(
  slug: string,
  lang: HelpLang,
  version: number,
  abort?: AbortSignal,
): Promise<VersionDetail> {
  const body = await api.get<unknown>(`${translationPath(slug, lang)}/versions/${version}`, signal(abort));
  const summary = parseVersionSummary(body);
  if (!summary || !isRecord(body)) throw invalid();
  return {
    version: summary.version,
    title: summary.title,
    body: str(body.body),
    author: summary.author,
    note: summary.note,
    createdAt: summary.createdAt,
  };
}

export async function restoreVersion(slug: string, lang: HelpLang, version: number): Promise<ArticleDetail> {
  return oneArticle(
    await api.post<unknown>(`${translationPath(slug, lang)}/versions/${version}/restore`, {}),
  );
}

export type ChangeOp = "equal" | "insert" | "delete";

export interface Change {
  op: ChangeOp;
  text: string;
}

export interface VersionDiff {
  from: number;
  to: number;
  title: Change[];
  body: Change[];
}

function parseChanges(value: unknown): Change[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): Change[] => {
    if (!isRecord(item) || typeof item.text !== "string") return [];
    return [{ op: oneOf(["equal", "insert", "delete"] as const, item.op, "equal"), text: item.text }];
  });
}

export function parseDiff(value: unknown): VersionDiff | null {
  if (!isRecord(value)) return null;
  return {
    from: num(value.from),
    to: num(value.to),
    title: parseChanges(value.title),
    body: parseChanges(value.body),
  };
}

export async function getDiff(
  slug: string,
  lang: HelpLang,
  from: number,
  to: number,
  abort?: AbortSignal,
): Promise<VersionDiff> {
  const body = await api.get<unknown>(`${translationPath(slug, lang)}/diff`, {
    query: { from, to },
    ...signal(abort),
  });
  const diff = parseDiff(body);
  if (!diff) throw invalid();
  return diff;
}

// --- preview, facts, images ---------------------------------------------------------------------------

export interface Preview {
  /** Sanitized by the server (allow-listed tags and attributes only), with facts filled. */
  html: string;
  unknownFacts: string[];
}

export async function previewMarkdown(body: string, lang: HelpLang, abort?: AbortSignal): Promise<Preview> {
  const answer = await api.post<unknown>("/api/v1/admin/help/preview", { body, lang }, signal(abort));
  if (!isRecord(answer)) throw invalid();
  return { html: str(answer.html), unknownFacts: strings(answer.unknownFacts) };
}

export interface Fact {
  name: string;
  description: string;
  values: Record<HelpLang, string>;
}

export function parseFact(value: unknown): Fact | null {
  if (!isRecord(value) || typeof value.name !== "string" || value.name === "") return null;
  const en = str(value.en);
  return {
    name: value.name,
    description: str(value.description),
    values: { en, "zh-CN": str(value["zh-CN"], en) },
  };
}

export async function listFacts(abort?: AbortSignal): Promise<Fact[]> {
  return list(await api.get<unknown>("/api/v1/admin/help/facts", signal(abort)), parseFact);
}

export const IMAGE_TYPES = ["image/png", "image/jpeg"] as const;
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export interface UploadedImage {
  id: string;
  url: string;
  markdown: string;
}

/** Uploads a PNG or JPEG as the request body; the server checks its type by its first bytes. */
export async function uploadImage(file: Blob): Promise<UploadedImage> {
  const response = await rawFetch("/api/v1/admin/help/images", {
    method: "POST",
    headers: { "Content-Type": file.type || "application/octet-stream", Accept: "application/json" },
    body: file,
  });
  const body: unknown = await response.json().catch(() => null);
  if (!isRecord(body) || typeof body.url !== "string") throw invalid();
  return { id: str(body.id), url: body.url, markdown: str(body.markdown, `![](${body.url})`) };
}
