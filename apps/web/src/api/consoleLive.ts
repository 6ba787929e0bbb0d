import { currentLanguage } from "../i18n";
import { api, csrfHeader } from "./client";
import { oneOf, optionalOneOf, SETTABLE_STATUSES, type SettableStatus, type StaffRef } from "./console";
import { invalid, isRecord, num, signal, str, strOrNull } from "./parse";
import { id, strings } from "./staffPayments";

// What keeps the console live and quick: server-sent events, who else is viewing a ticket,
// agent presence, the agents and groups to assign to, macros, help articles to insert, saved
// views. Readers accept a bare array or a `{ data: [...] }` answer alike.

/** The items of a list answer: a bare array, or the array under `data` (or `key`). */
export function itemsOf<T>(body: unknown, parse: (item: unknown) => T | null, key = "data"): T[] {
  const raw = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body[key]) ? body[key] : [];
  return (raw as unknown[]).map(parse).filter((item): item is T => item !== null);
}

// --- server-sent events -------------------------------------------------------------------------------

export const EVENTS_URL = "/api/v1/agent/events";

/** The event types the console listens to (`event:` lines of the stream). */
export const SUPPORT_EVENT_TYPES = [
  "ticket.created",
  "ticket.updated",
  "message.created",
  "viewers.changed",
] as const;
export type SupportEventType = (typeof SUPPORT_EVENT_TYPES)[number];

export interface SupportEvent {
  type: SupportEventType;
  ticketId: string;
  number: string | null;
  internal: boolean;
  authorType: string | null;
}

/** One event of the stream (its `event:` name and `data:` JSON); null when it is not one the console knows. */
export function parseSupportEvent(type: string, data: string): SupportEvent | null {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(body)) return null;
  const known = optionalOneOf(SUPPORT_EVENT_TYPES, body.type ?? type);
  if (!known || typeof body.ticketId !== "string") return null;
  return {
    type: known,
    ticketId: body.ticketId,
    number: strOrNull(body.number),
    internal: body.internal === true,
    authorType: strOrNull(body.authorType),
  };
}

// --- viewers (collision warnings) ---------------------------------------------------------------------

export interface Viewer {
  id: string;
  name: string;
  typing: boolean;
}

function parseViewer(value: unknown): Viewer | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return { id: value.id, name: str(value.name, value.id), typing: value.typing === true };
}

/** "I am on this ticket (and typing)": answers the others viewing it within the last 30 s. */
export async function markViewing(ticketId: string, typing: boolean): Promise<Viewer[]> {
  const body = await api.post<unknown>(`/api/v1/agent/tickets/${id(ticketId)}/viewing`, { typing });
  return itemsOf(body, parseViewer, "viewers");
}

export async function stopViewing(ticketId: string): Promise<void> {
  await api.delete<unknown>(`/api/v1/agent/tickets/${id(ticketId)}/viewing`);
}

/**
 * The same, while the page is going away (tab closed, reload, another site): a keepalive request
 * outlives the page, where a normal one would be cancelled. Nobody waits for its answer.
 */
export function stopViewingOnExit(ticketId: string): void {
  void fetch(`/api/v1/agent/tickets/${id(ticketId)}/viewing`, {
    method: "DELETE",
    keepalive: true,
    credentials: "same-origin",
    headers: csrfHeader("DELETE"),
  }).catch(() => undefined);
}

// --- presence, agents, groups -------------------------------------------------------------------------

export const PRESENCE_STATUSES = ["online", "away", "offline"] as const;
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];

export async function setPresence(status: PresenceStatus): Promise<PresenceStatus> {
  const body = await api.post<unknown>("/api/v1/agent/presence", { status });
  return oneOf(PRESENCE_STATUSES, isRecord(body) ? body.status : null, status);
}

export interface Agent extends StaffRef {
  role: string;
  status: PresenceStatus;
  groups: string[];
}

function parseAgent(value: unknown): Agent | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    name: strOrNull(value.name) ?? strOrNull(value.email) ?? value.id,
    role: str(value.role),
    status: oneOf(PRESENCE_STATUSES, value.status, "offline"),
    groups: strings(value.groups).concat(
      Array.isArray(value.groups)
        ? value.groups.flatMap((g) => (isRecord(g) && typeof g.key === "string" ? [g.key] : []))
        : [],
    ),
  };
}

export async function listAgents(abort?: AbortSignal): Promise<Agent[]> {
  return itemsOf(await api.get<unknown>("/api/v1/agent/agents", signal(abort)), parseAgent);
}

export interface SupportGroup {
  key: string;
  name: { en: string; "zh-CN": string };
}

function bilingual(value: unknown, fallback: string): { en: string; "zh-CN": string } {
  if (typeof value === "string") return { en: value, "zh-CN": value };
  const v = isRecord(value) ? value : {};
  const en = str(v.en, fallback);
  return { en, "zh-CN": str(v["zh-CN"], en) };
}

function parseGroup(value: unknown): SupportGroup | null {
  if (!isRecord(value) || typeof value.key !== "string") return null;
  return { key: value.key, name: bilingual(value.name, value.key) };
}

export async function listGroups(abort?: AbortSignal): Promise<SupportGroup[]> {
  const body = await api.get<unknown>("/api/v1/admin/support/groups", signal(abort));
  return isRecord(body) && Array.isArray(body.groups)
    ? itemsOf(body, parseGroup, "groups")
    : itemsOf(body, parseGroup);
}

/** A bilingual name in the interface language. */
export function localName(name: { en: string; "zh-CN": string }): string {
  return name[currentLanguage()] || name.en;
}

// --- macros ---------------------------------------------------------------------------------------------

export interface Macro {
  id: string;
  title: { en: string; "zh-CN": string };
  body: { en: string; "zh-CN": string };
  setStatus: SettableStatus | null;
  addTags: string[];
  usageCount: number;
}

export function parseMacro(value: unknown): Macro | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    title: bilingual(value.title, value.id),
    body: bilingual(value.body, ""),
    setStatus: optionalOneOf(SETTABLE_STATUSES, value.setStatus),
    addTags: strings(value.addTags),
    usageCount: num(value.usageCount),
  };
}

export async function listMacros(abort?: AbortSignal): Promise<Macro[]> {
  return itemsOf(await api.get<unknown>("/api/v1/agent/macros", signal(abort)), parseMacro);
}

export interface RenderedMacro {
  body: string;
  setStatus: SettableStatus | null;
  addTags: string[];
}

/** The macro's text for this ticket, its variables filled (in the customer's language unless `language`). */
export async function renderMacro(
  macroId: string,
  ticketId: string,
  language?: "en" | "zh-CN",
): Promise<RenderedMacro> {
  const body = await api.post<unknown>(`/api/v1/agent/macros/${id(macroId)}/render`, {
    ticketId,
    ...(language ? { language } : {}),
  });
  if (!isRecord(body) || typeof body.body !== "string") throw invalid();
  return {
    body: body.body,
    setStatus: optionalOneOf(SETTABLE_STATUSES, body.setStatus),
    addTags: strings(body.addTags),
  };
}

// --- help articles --------------------------------------------------------------------------------------

export interface ArticleLink {
  slug: string;
  title: string;
  url: string;
  /** The language of the title (the other one when the article has only that). */
  language: "en" | "zh-CN";
}

function parseArticleLink(value: unknown): ArticleLink | null {
  if (!isRecord(value) || typeof value.slug !== "string") return null;
  return {
    slug: value.slug,
    title: str(value.title, value.slug),
    url: str(value.url, `/help/${value.slug}`),
    language: value.language === "zh-CN" ? "zh-CN" : "en",
  };
}

/** The best matches in a language (the popular articles when `q` is empty). */
export async function searchArticles(
  q: string,
  language: "en" | "zh-CN",
  abort?: AbortSignal,
): Promise<ArticleLink[]> {
  const body = await api.get<unknown>("/api/v1/agent/help-articles", {
    query: { q: q.trim(), language },
    ...signal(abort),
  });
  return itemsOf(body, parseArticleLink);
}

/** How an article goes into a reply: "Title — link", as macros insert them. */
export function articleText(article: ArticleLink): string {
  return `${article.title} — ${article.url}`;
}

// --- saved views ----------------------------------------------------------------------------------------

export interface SavedFilter {
  id: string;
  name: string;
  filters: Record<string, string>;
  shared: boolean;
  /** Who saved it (a shared view may be someone else's). */
  ownerName: string | null;
  /** Mine, or shared and I am a supervisor. */
  canDelete: boolean;
}

export function parseSavedFilter(value: unknown): SavedFilter | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const filters: Record<string, string> = {};
  if (isRecord(value.filters)) {
    for (const [key, v] of Object.entries(value.filters))
      if (typeof v === "string" && v !== "") filters[key] = v;
  }
  const owner = isRecord(value.owner) ? value.owner : {};
  return {
    id: value.id,
    name: str(value.name, value.id),
    filters,
    shared: value.shared === true,
    ownerName: strOrNull(owner.name),
    canDelete: value.canDelete === true || (value.canDelete === undefined && value.mine === true),
  };
}

export async function listSavedFilters(abort?: AbortSignal): Promise<SavedFilter[]> {
  return itemsOf(await api.get<unknown>("/api/v1/agent/filters", signal(abort)), parseSavedFilter);
}

export async function saveFilter(
  input: Pick<SavedFilter, "name" | "filters" | "shared">,
): Promise<SavedFilter> {
  const saved = parseSavedFilter(await api.post<unknown>("/api/v1/agent/filters", input));
  if (!saved) throw invalid();
  return saved;
}

export async function deleteFilter(filterId: string): Promise<void> {
  await api.delete<unknown>(`/api/v1/agent/filters/${id(filterId)}`);
}
