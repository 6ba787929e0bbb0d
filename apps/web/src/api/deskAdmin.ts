import { api } from "./client";
import {
  SETTABLE_STATUSES,
  type SettableStatus,
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  type TicketCategory,
  type TicketPriority,
} from "./console";
import { invalid, isRecord, num, signal, str, strOrNull } from "./parse";
import { id, strings } from "./staffPayments";

// The support desk's settings, as supervisors keep them: macros (canned replies), SLA policies,
// the business calendar with its holidays, and the groups tickets are routed to. Staff accounts
// are in ./deskAdminStaff, the supervisors' reports in ./deskAdminReports. Readers turn each
// answer into the shapes below; a missing or mistyped field becomes a safe default.

export type Lang = "en" | "zh-CN";
export type Bilingual = Record<Lang, string>;

export function bilingual(value: unknown, fallback = ""): Bilingual {
  const v = isRecord(value) ? value : {};
  const en = str(v.en, fallback);
  return { en, "zh-CN": str(v["zh-CN"], en) };
}

/** The items under `key` of a list answer (a bare array is accepted too); unreadable items are dropped. */
function items<T>(body: unknown, key: string, parse: (item: unknown) => T | null): T[] {
  const raw = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body[key]) ? body[key] : [];
  return (raw as unknown[]).map(parse).filter((item): item is T => item !== null);
}

function oneOf<T extends string>(options: readonly T[], value: unknown): T | null {
  return options.find((o) => o === value) ?? null;
}

// --- macros -----------------------------------------------------------------------------------------------

export interface Macro {
  id: string;
  title: Bilingual;
  body: Bilingual;
  /** The ticket's status after a reply made with it; null keeps the reply's default. */
  setStatus: SettableStatus | null;
  addTags: string[];
  usageCount: number;
  updatedAt: string | null;
}

export interface MacroInput {
  title: Bilingual;
  body: Bilingual;
  setStatus: SettableStatus | null;
  addTags: string[];
}

export function parseMacro(value: unknown): Macro | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    title: bilingual(value.title, value.id),
    body: bilingual(value.body),
    setStatus: oneOf(SETTABLE_STATUSES, value.setStatus),
    addTags: strings(value.addTags),
    usageCount: num(value.usageCount),
    updatedAt: strOrNull(value.updatedAt),
  };
}

function macroOf(body: unknown): Macro {
  const macro = parseMacro(body);
  if (!macro) throw invalid();
  return macro;
}

/** Every macro, the most used first (as the server orders them). */
export async function listMacros(abort?: AbortSignal): Promise<Macro[]> {
  return items(await api.get<unknown>("/api/v1/agent/macros", signal(abort)), "data", parseMacro);
}

export async function createMacro(input: MacroInput): Promise<Macro> {
  return macroOf(await api.post<unknown>("/api/v1/agent/macros", input));
}

export async function updateMacro(macroId: string, input: Partial<MacroInput>): Promise<Macro> {
  return macroOf(await api.patch<unknown>(`/api/v1/agent/macros/${id(macroId)}`, input));
}

export async function deleteMacro(macroId: string): Promise<void> {
  await api.delete<unknown>(`/api/v1/agent/macros/${id(macroId)}`);
}

/** A published help article a macro can link with {{article:<slug>}}. */
export interface ArticleChoice {
  slug: string;
  title: string;
}

/** The best matches of the help center's search (its popular articles when `q` is empty). */
export async function findArticles(q: string, language: Lang, abort?: AbortSignal): Promise<ArticleChoice[]> {
  const body = await api.get<unknown>("/api/v1/agent/help-articles", {
    query: { q: q.trim(), language },
    ...signal(abort),
  });
  return items(body, "data", (value) =>
    isRecord(value) && typeof value.slug === "string"
      ? { slug: value.slug, title: str(value.title, value.slug) }
      : null,
  );
}

// --- SLA policies -----------------------------------------------------------------------------------------

export interface SlaPolicy {
  priority: TicketPriority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /** true: counted in opening hours on the business calendar; false: around the clock. */
  businessHours: boolean;
}

function parsePolicy(value: unknown): SlaPolicy | null {
  if (!isRecord(value)) return null;
  const priority = oneOf(TICKET_PRIORITIES, value.priority);
  if (!priority) return null;
  return {
    priority,
    firstResponseMinutes: num(value.firstResponseMinutes),
    resolutionMinutes: num(value.resolutionMinutes),
    businessHours: value.businessHours !== false,
  };
}

/** The policies from urgent down to low (the order a supervisor reads them in). */
function policiesOf(body: unknown): SlaPolicy[] {
  const order = [...TICKET_PRIORITIES].reverse();
  return items(body, "policies", parsePolicy).sort(
    (a, b) => order.indexOf(a.priority) - order.indexOf(b.priority),
  );
}

export async function getSlaPolicies(abort?: AbortSignal): Promise<SlaPolicy[]> {
  return policiesOf(await api.get<unknown>("/api/v1/admin/support/sla", signal(abort)));
}

/** Saves the policies given (the others stay as they are); answers all of them. */
export async function saveSlaPolicies(policies: SlaPolicy[]): Promise<SlaPolicy[]> {
  return policiesOf(await api.put<unknown>("/api/v1/admin/support/sla", { policies }));
}

// --- business calendar ------------------------------------------------------------------------------------

export interface CalendarDay {
  /** 0 = Sunday. */
  weekday: number;
  closed: boolean;
  /** "HH:MM" local time; null when closed. */
  open: string | null;
  close: string | null;
}

export interface BusinessCalendar {
  timeZone: string;
  /** All seven weekdays, Sunday first. */
  days: CalendarDay[];
}

export function parseCalendar(body: unknown): BusinessCalendar {
  const v = isRecord(body) ? body : {};
  const given = new Map<number, CalendarDay>();
  if (Array.isArray(v.days)) {
    for (const day of v.days) {
      if (!isRecord(day) || typeof day.weekday !== "number") continue;
      const open = strOrNull(day.open);
      const close = strOrNull(day.close);
      given.set(day.weekday, {
        weekday: day.weekday,
        closed: day.closed === true || open === null || close === null,
        open,
        close,
      });
    }
  }
  return {
    timeZone: str(v.timeZone, "Asia/Shanghai"),
    days: Array.from(
      { length: 7 },
      (_, weekday) => given.get(weekday) ?? { weekday, closed: true, open: null, close: null },
    ),
  };
}

export async function getCalendar(abort?: AbortSignal): Promise<BusinessCalendar> {
  return parseCalendar(await api.get<unknown>("/api/v1/admin/support/calendar", signal(abort)));
}

/** Closed days are sent without times, so the server does not check times nobody uses. */
export async function saveCalendar(calendar: BusinessCalendar): Promise<BusinessCalendar> {
  const days = calendar.days.map((d) =>
    d.closed ? { weekday: d.weekday, closed: true } : { weekday: d.weekday, open: d.open, close: d.close },
  );
  return parseCalendar(
    await api.put<unknown>("/api/v1/admin/support/calendar", { timeZone: calendar.timeZone, days }),
  );
}

// --- holidays -----------------------------------------------------------------------------------------------

export interface Holiday {
  /** YYYY-MM-DD in the calendar's time zone. */
  day: string;
  name: Bilingual;
}

function parseHoliday(value: unknown): Holiday | null {
  if (!isRecord(value) || typeof value.day !== "string") return null;
  return { day: value.day, name: bilingual(value.name, value.day) };
}

/** Holidays in day order; of one year when `year` is given. */
export async function listHolidays(year?: number, abort?: AbortSignal): Promise<Holiday[]> {
  const body = await api.get<unknown>("/api/v1/admin/support/holidays", {
    ...(year === undefined ? {} : { query: { year } }),
    ...signal(abort),
  });
  return items(body, "holidays", parseHoliday).sort((a, b) => a.day.localeCompare(b.day));
}

/** Adds a holiday, or renames the one already on that day. */
export async function addHoliday(holiday: Holiday): Promise<Holiday> {
  const saved = parseHoliday(await api.post<unknown>("/api/v1/admin/support/holidays", holiday));
  if (!saved) throw invalid();
  return saved;
}

export async function deleteHoliday(day: string): Promise<void> {
  await api.delete<unknown>(`/api/v1/admin/support/holidays/${id(day)}`);
}

// --- groups and who works in them -------------------------------------------------------------------------

export interface StaffPerson {
  id: string;
  name: string;
  email: string;
  role: string;
  status: "online" | "away" | "offline";
  groups: string[];
}

function parsePerson(value: unknown): StaffPerson | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const email = str(value.email);
  return {
    id: value.id,
    name: strOrNull(value.name) ?? (email || value.id),
    email,
    role: str(value.role),
    status: oneOf(["online", "away", "offline"] as const, value.status) ?? "offline",
    groups: strings(value.groups),
  };
}

export interface SupportGroup {
  key: string;
  name: Bilingual;
  categories: TicketCategory[];
  members: StaffPerson[];
}

function parseGroup(value: unknown): SupportGroup | null {
  if (!isRecord(value) || typeof value.key !== "string") return null;
  return {
    key: value.key,
    name: bilingual(value.name, value.key),
    categories: strings(value.categories).flatMap((c) => {
      const known = oneOf(TICKET_CATEGORIES, c);
      return known ? [known] : [];
    }),
    members: items(value, "members", parsePerson),
  };
}

export async function listGroups(abort?: AbortSignal): Promise<SupportGroup[]> {
  return items(await api.get<unknown>("/api/v1/admin/support/groups", signal(abort)), "groups", parseGroup);
}

/** Active staff with their groups (supervisors may read it; the staff list is for admins). */
export async function listAgents(abort?: AbortSignal): Promise<StaffPerson[]> {
  return items(await api.get<unknown>("/api/v1/agent/agents", signal(abort)), "data", parsePerson);
}

/** Replaces the groups a staff member works in; answers the groups they are in now. */
export async function setStaffGroups(userId: string, groups: string[]): Promise<string[]> {
  const body = await api.put<unknown>(`/api/v1/admin/staff/${id(userId)}/groups`, { groups });
  return isRecord(body) ? strings(body.groups) : groups;
}
