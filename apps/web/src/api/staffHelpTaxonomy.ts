import { api } from "./client";
import { invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";
import { id, numOrNull, strings } from "./staffPayments";

// The help center's categories and sections (staff read them, admins change them) and the
// search synonyms (any staff member). Readers as in ./staffHelp.

export interface Bilingual {
  en: string;
  "zh-CN": string;
}

/** `{ en, "zh-CN" }`; a plain string counts for both languages. */
export function parseBilingual(value: unknown): Bilingual {
  if (typeof value === "string") return { en: value, "zh-CN": value };
  if (!isRecord(value)) return { en: "", "zh-CN": "" };
  const en = str(value.en);
  return { en, "zh-CN": str(value["zh-CN"]) };
}

export interface AdminSection {
  slug: string;
  category: string;
  name: Bilingual;
  position: number;
  articleCount: number;
}

export interface AdminCategory {
  slug: string;
  name: Bilingual;
  description: Bilingual;
  icon: string | null;
  position: number;
  articleCount: number;
  sections: AdminSection[];
}

function parseSection(value: unknown, category: string, index: number): AdminSection | null {
  if (!isRecord(value) || typeof value.slug !== "string") return null;
  return {
    slug: value.slug,
    category: str(value.category, category),
    name: parseBilingual(value.name),
    position: num(value.position, index),
    articleCount: num(value.articleCount),
  };
}

export function parseAdminCategory(value: unknown): AdminCategory | null {
  if (!isRecord(value) || typeof value.slug !== "string") return null;
  const slug = value.slug;
  const sections = Array.isArray(value.sections)
    ? value.sections
        .map((s, i) => parseSection(s, slug, i))
        .filter((s): s is AdminSection => s !== null)
        .sort((a, b) => a.position - b.position)
    : [];
  return {
    slug,
    name: parseBilingual(value.name),
    description: parseBilingual(value.description),
    icon: strOrNull(value.icon),
    position: num(value.position),
    // Older answers count only per section; the category's count is then their sum.
    articleCount: numOrNull(value.articleCount) ?? sections.reduce((sum, s) => sum + s.articleCount, 0),
    sections,
  };
}

export async function listCategories(abort?: AbortSignal): Promise<AdminCategory[]> {
  const body = await api.get<unknown>("/api/v1/admin/help/categories", signal(abort));
  return list(body, parseAdminCategory).sort((a, b) => a.position - b.position);
}

export interface CategoryInput {
  slug: string;
  name: Bilingual;
  description: Bilingual;
  icon?: string | undefined;
  position?: number | undefined;
}

function oneCategory(body: unknown): AdminCategory {
  const category = parseAdminCategory(body);
  if (!category) throw invalid();
  return category;
}

function withoutEmpty<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== "")) as T;
}

export async function createCategory(input: CategoryInput): Promise<AdminCategory> {
  return oneCategory(await api.post<unknown>("/api/v1/admin/help/categories", withoutEmpty(input)));
}

export async function updateCategory(
  slug: string,
  patch: Partial<Omit<CategoryInput, "slug">>,
): Promise<AdminCategory | null> {
  return parseAdminCategory(await api.patch<unknown>(`/api/v1/admin/help/categories/${id(slug)}`, patch));
}

export async function deleteCategory(slug: string): Promise<void> {
  await api.delete<unknown>(`/api/v1/admin/help/categories/${id(slug)}`);
}

export interface SectionInput {
  slug: string;
  category: string;
  name: Bilingual;
  position?: number | undefined;
}

export async function createSection(input: SectionInput): Promise<void> {
  await api.post<unknown>("/api/v1/admin/help/sections", withoutEmpty(input));
}

export async function updateSection(slug: string, patch: Partial<Omit<SectionInput, "slug">>): Promise<void> {
  await api.patch<unknown>(`/api/v1/admin/help/sections/${id(slug)}`, patch);
}

export async function deleteSection(slug: string): Promise<void> {
  await api.delete<unknown>(`/api/v1/admin/help/sections/${id(slug)}`);
}

// --- synonyms ------------------------------------------------------------------------------------------

export const SYNONYM_TERMS_MIN = 2;
export const SYNONYM_TERMS_MAX = 20;
export const SYNONYM_TERM_MAX_LENGTH = 40;

export interface SynonymGroup {
  id: string;
  terms: string[];
  updatedAt: string | null;
}

export function parseSynonymGroup(value: unknown): SynonymGroup | null {
  if (!isRecord(value)) return null;
  const groupId = typeof value.id === "number" ? String(value.id) : strOrNull(value.id);
  return groupId ? { id: groupId, terms: strings(value.terms), updatedAt: strOrNull(value.updatedAt) } : null;
}

/**
 * "提现, 取款，出金、withdraw" → the terms, trimmed, without repeats (ignoring case): commas
 * (Latin or Chinese), the enumeration comma, semicolons and new lines separate terms; spaces
 * do not, since a term may be several words ("cash out").
 */
export function splitTerms(text: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of text.split(/[,，、;；\n]+/)) {
    const term = raw.trim().replace(/\s+/g, " ");
    const key = term.toLowerCase();
    if (term && !seen.has(key)) {
      seen.add(key);
      terms.push(term);
    }
  }
  return terms;
}

/** What is wrong with a group's terms before sending them, or null. */
export function termsProblem(
  terms: string[],
): { kind: "tooFew" | "tooMany" } | { kind: "tooLong"; term: string } | null {
  if (terms.length < SYNONYM_TERMS_MIN) return { kind: "tooFew" };
  if (terms.length > SYNONYM_TERMS_MAX) return { kind: "tooMany" };
  const long = terms.find((t) => t.length > SYNONYM_TERM_MAX_LENGTH);
  return long ? { kind: "tooLong", term: long } : null;
}

export async function listSynonyms(abort?: AbortSignal): Promise<SynonymGroup[]> {
  return list(await api.get<unknown>("/api/v1/admin/help/synonyms", signal(abort)), parseSynonymGroup);
}

export async function createSynonyms(terms: string[]): Promise<SynonymGroup | null> {
  return parseSynonymGroup(await api.post<unknown>("/api/v1/admin/help/synonyms", { terms }));
}

export async function updateSynonyms(groupId: string, terms: string[]): Promise<SynonymGroup | null> {
  return parseSynonymGroup(await api.put<unknown>(`/api/v1/admin/help/synonyms/${id(groupId)}`, { terms }));
}

export async function deleteSynonyms(groupId: string): Promise<void> {
  await api.delete<unknown>(`/api/v1/admin/help/synonyms/${id(groupId)}`);
}
