import type { Language } from "../i18n/detect";
import { isLanguage } from "../i18n/detect";
import { api, csrfHeader } from "./client";
import { invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";

// The public help center (API.md "Help center", contract of issue #6): search and suggestions,
// articles, categories, popular articles, "was this helpful?" and the contact page's deflection
// (the contact form itself opens a ticket: ./support). Every answer is read here, so pages never
// see a shape they do not expect.

export type HelpLanguage = Language;

export const ARTICLE_KINDS = ["faq", "how_to", "troubleshooting", "policy", "announcement"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export interface ArticleLink {
  slug: string;
  title: string;
}

export interface SearchResult {
  slug: string;
  title: string;
  /** HTML-escaped text in which only `<mark>` and `</mark>` are markup (render with HelpSnippet). */
  snippet: string;
  score: number;
  lang: HelpLanguage;
}

export interface SearchAnswer {
  results: SearchResult[];
  /** The logged search, for recording which result was opened (null if the server gave none). */
  searchId: string | null;
}

export interface Suggestion {
  slug: string;
  title: string;
  lang: HelpLanguage;
}

export interface Article {
  slug: string;
  title: string;
  /** Markdown, facts filled in (the first paragraphs of it are what InlineArticle shows). */
  body: string;
  /** Sanitized by the server (allow-list); the one HTML the web app renders as markup. */
  html: string;
  lang: HelpLanguage;
  requestedLang: HelpLanguage;
  translationMissing: boolean;
  updatedAt: string;
  /** Who last published it; null = Satchel (shipped content). */
  author: string | null;
  /** One of ARTICLE_KINDS; null for a kind this version of the app does not know. */
  kind: ArticleKind | null;
  tags: string[];
  category: { slug: string; name: string } | null;
  section: { slug: string; name: string } | null;
  related: ArticleLink[];
  translations: { lang: HelpLanguage; title: string; updatedAt: string }[];
  helpful: { yes: number; no: number };
}

export interface HelpSection {
  slug: string;
  name: string;
  articles: ArticleLink[];
}

export interface HelpCategory {
  slug: string;
  name: string;
  description: string;
  icon: string;
  articleCount: number;
  sections: HelpSection[];
}

export interface PopularArticle extends ArticleLink {
  views: number;
}

export interface FeedbackInput {
  helpful: boolean;
  comment?: string;
  lang?: HelpLanguage;
}

export interface FeedbackAnswer {
  id: string;
  /** The server suggests offering "contact support" (a "no"). */
  contactSupport: boolean;
}

export interface DeflectionSuggestion extends Suggestion {
  snippet: string;
}

export interface Deflection {
  id: string;
  suggestions: DeflectionSuggestion[];
}

// --- reading answers ---------------------------------------------------------------------------

function language(value: unknown, fallback: HelpLanguage = "en"): HelpLanguage {
  if (isLanguage(value)) return value;
  if (value === "zh" || value === "zh-cn") return "zh-CN";
  return fallback;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function named(value: unknown): { slug: string; name: string } | null {
  if (!isRecord(value) || typeof value.slug !== "string") return null;
  return { slug: value.slug, name: str(value.name, value.slug) };
}

export function parseArticleLink(value: unknown): ArticleLink | null {
  if (!isRecord(value) || typeof value.slug !== "string" || value.slug === "") return null;
  return { slug: value.slug, title: str(value.title, value.slug) };
}

function links(value: unknown): ArticleLink[] {
  return Array.isArray(value) ? value.map(parseArticleLink).filter((l): l is ArticleLink => l !== null) : [];
}

export function parseSearchResult(value: unknown): SearchResult | null {
  const link = parseArticleLink(value);
  if (!link || !isRecord(value)) return null;
  return { ...link, snippet: str(value.snippet), score: num(value.score), lang: language(value.lang) };
}

export function parseSuggestion(value: unknown): Suggestion | null {
  const link = parseArticleLink(value);
  if (!link || !isRecord(value)) return null;
  return { ...link, lang: language(value.lang) };
}

function parseDeflectionSuggestion(value: unknown): DeflectionSuggestion | null {
  const suggestion = parseSuggestion(value);
  if (!suggestion || !isRecord(value)) return null;
  return { ...suggestion, snippet: str(value.snippet) };
}

/** The author as a name: the contract allows a name or a person `{ id, name }`; null = Satchel. */
function authorName(value: unknown): string | null {
  if (typeof value === "string") return value || null;
  if (isRecord(value)) return strOrNull(value.name);
  return null;
}

export function parseArticle(value: unknown): Article {
  if (!isRecord(value) || typeof value.slug !== "string") throw invalid();
  const lang = language(value.lang);
  const helpful = isRecord(value.helpful) ? value.helpful : {};
  const translations = Array.isArray(value.translations) ? value.translations : [];
  return {
    slug: value.slug,
    title: str(value.title, value.slug),
    body: str(value.body),
    html: str(value.html),
    lang,
    requestedLang: language(value.requestedLang, lang),
    translationMissing: value.translationMissing === true,
    updatedAt: str(value.updatedAt),
    author: authorName(value.author),
    kind: ARTICLE_KINDS.find((kind) => kind === value.kind) ?? null,
    tags: strings(value.tags),
    category: named(value.category),
    section: named(value.section),
    related: links(value.related),
    translations: translations.flatMap((item) =>
      isRecord(item) && isLanguage(item.lang)
        ? [{ lang: item.lang, title: str(item.title), updatedAt: str(item.updatedAt) }]
        : [],
    ),
    helpful: { yes: num(helpful.yes), no: num(helpful.no) },
  };
}

export function parseCategory(value: unknown): HelpCategory | null {
  if (!isRecord(value) || typeof value.slug !== "string") return null;
  const sections = Array.isArray(value.sections) ? value.sections : [];
  return {
    slug: value.slug,
    name: str(value.name, value.slug),
    description: str(value.description),
    icon: str(value.icon),
    articleCount: num(value.articleCount),
    sections: sections.flatMap((item): HelpSection[] =>
      isRecord(item) && typeof item.slug === "string"
        ? [{ slug: item.slug, name: str(item.name, item.slug), articles: links(item.articles) }]
        : [],
    ),
  };
}

function parsePopular(value: unknown): PopularArticle | null {
  const link = parseArticleLink(value);
  return link && isRecord(value) ? { ...link, views: num(value.views) } : null;
}

function parseDeflection(value: unknown): Deflection {
  if (!isRecord(value) || (typeof value.id !== "string" && typeof value.id !== "number")) throw invalid();
  return { id: String(value.id), suggestions: suggestionsOf(value) };
}

function suggestionsOf(value: Record<string, unknown>): DeflectionSuggestion[] {
  const items = Array.isArray(value.suggestions) ? value.suggestions : [];
  return items.map(parseDeflectionSuggestion).filter((s): s is DeflectionSuggestion => s !== null);
}

// --- calls ---------------------------------------------------------------------------------------

const BASE = "/api/v1/help";
const segment = encodeURIComponent;

export async function searchHelp(
  q: string,
  lang: HelpLanguage,
  limit?: number,
  abort?: AbortSignal,
): Promise<SearchAnswer> {
  const body = await api.get<unknown>(`${BASE}/search`, { query: { q, lang, limit }, ...signal(abort) });
  const searchId = isRecord(body) ? body.searchId : undefined;
  return {
    results: list(body, parseSearchResult),
    searchId: typeof searchId === "string" || typeof searchId === "number" ? String(searchId) : null,
  };
}

export async function suggestHelp(
  q: string,
  lang: HelpLanguage,
  limit?: number,
  abort?: AbortSignal,
): Promise<Suggestion[]> {
  return list(
    await api.get<unknown>(`${BASE}/suggest`, { query: { q, lang, limit }, ...signal(abort) }),
    parseSuggestion,
  );
}

/**
 * Records which result of a search was opened. Fire-and-forget: `keepalive` lets the request
 * finish while the page navigates away, and a failure never stands in the customer's way.
 */
export function recordSearchClick(searchId: string, slug: string, position: number): void {
  if (typeof fetch !== "function") return;
  try {
    void fetch(`${BASE}/searches/${segment(searchId)}/click`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...csrfHeader("POST") },
      body: JSON.stringify({ slug, position }),
      credentials: "same-origin",
      keepalive: true,
    }).catch(() => undefined);
  } catch {
    // analytics only
  }
}

/**
 * One article. `countView: false` for excerpts shown inside other pages (a failure callout, the
 * lockout notice): the customer did not open the article, so it is not a page view.
 */
export async function getArticle(
  slug: string,
  lang: HelpLanguage,
  abort?: AbortSignal,
  { countView = true }: { countView?: boolean } = {},
): Promise<Article> {
  const query = countView ? { lang } : { lang, count: "false" };
  return parseArticle(
    await api.get<unknown>(`${BASE}/articles/${segment(slug)}`, { query, ...signal(abort) }),
  );
}

export async function listCategories(lang: HelpLanguage, abort?: AbortSignal): Promise<HelpCategory[]> {
  return list(
    await api.get<unknown>(`${BASE}/categories`, { query: { lang }, ...signal(abort) }),
    parseCategory,
  );
}

export async function getCategory(
  slug: string,
  lang: HelpLanguage,
  abort?: AbortSignal,
): Promise<HelpCategory> {
  const category = parseCategory(
    await api.get<unknown>(`${BASE}/categories/${segment(slug)}`, { query: { lang }, ...signal(abort) }),
  );
  if (!category) throw invalid();
  return category;
}

export async function listPopular(
  lang: HelpLanguage,
  limit?: number,
  abort?: AbortSignal,
): Promise<PopularArticle[]> {
  return list(
    await api.get<unknown>(`${BASE}/popular`, { query: { lang, limit }, ...signal(abort) }),
    parsePopular,
  );
}

export async function sendFeedback(slug: string, input: FeedbackInput): Promise<FeedbackAnswer> {
  const body = await api.post<unknown>(`${BASE}/articles/${segment(slug)}/feedback`, input);
  if (!isRecord(body)) throw invalid();
  return { id: String(body.id ?? ""), contactSupport: body.contactSupport === true };
}

export async function startDeflection(query: string, lang: HelpLanguage): Promise<Deflection> {
  return parseDeflection(await api.post<unknown>(`${BASE}/deflections`, { query, lang }));
}

export async function updateDeflection(id: string, query: string): Promise<Deflection> {
  return parseDeflection(await api.put<unknown>(`${BASE}/deflections/${segment(id)}`, { query }));
}

export async function markDeflectionOpened(id: string, slug: string): Promise<void> {
  await api.post<unknown>(`${BASE}/deflections/${segment(id)}/opened`, { slug });
}

export async function resolveDeflection(id: string): Promise<void> {
  await api.post<unknown>(`${BASE}/deflections/${segment(id)}/resolve`, { outcome: "deflected" });
}
