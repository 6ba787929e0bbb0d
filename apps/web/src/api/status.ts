import type { Language } from "../i18n/detect";
import { api } from "./client";
import { invalid, isRecord, num, signal, str, strOrNull } from "./parse";

// The public status page (contract of issue #9, "Public API"): the summary (Statuspage's
// summary.json shape, snake_case kept on purpose so aggregators read it), 90-day uptime, incident
// history, one incident, and the email subscriptions. No login. Every answer is read here into
// camelCase, so pages never see a shape they do not expect.

export const COMPONENT_STATES = [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

/** The overall state of the page: Statuspage's `status.indicator`. */
export const INDICATORS = ["none", "minor", "major", "critical", "maintenance"] as const;
export type Indicator = (typeof INDICATORS)[number];

export const INCIDENT_IMPACTS = ["none", "minor", "major", "critical"] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];

export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const MAINTENANCE_STATUSES = ["scheduled", "in_progress", "completed"] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];

export interface StatusComponent {
  /** The component key (login, card_deposits, …). */
  id: string;
  name: string;
  description: string;
  /** null for a state this version of the app does not know (shown as "unknown"). */
  status: ComponentState | null;
  position: number;
  updatedAt: string;
}

export interface IncidentUpdate {
  id: string;
  status: IncidentStatus | null;
  body: string;
  createdAt: string;
  /** When the update is shown as having happened (the timeline's time). */
  displayAt: string;
}

export interface Incident {
  id: string;
  name: string;
  status: IncidentStatus | null;
  impact: IncidentImpact;
  createdAt: string;
  updatedAt: string;
  startedAt: string;
  monitoringAt: string | null;
  resolvedAt: string | null;
  shortlink: string;
  components: StatusComponent[];
  /** Newest first. */
  updates: IncidentUpdate[];
}

export interface Maintenance {
  id: string;
  name: string;
  status: MaintenanceStatus | null;
  scheduledFor: string;
  scheduledUntil: string;
  description: string;
  shortlink: string;
  components: StatusComponent[];
  /** Set when the window covers only some payment methods of its components. */
  methodIds: string[];
}

export interface StatusSummary {
  page: { id: string; name: string; url: string; timeZone: string; updatedAt: string };
  status: { indicator: Indicator; description: string };
  components: StatusComponent[];
  /** Open, public incidents. */
  incidents: Incident[];
  /** Upcoming and in progress. */
  maintenances: Maintenance[];
}

export interface UptimeDay {
  /** The UTC day, YYYY-MM-DD. */
  date: string;
  /** 0…1; null = no data recorded for that day. */
  uptime: number | null;
  /** The worst state the component was in that day; null = no data. */
  worst: ComponentState | null;
  outageSeconds: number;
  partialSeconds: number;
}

export interface ComponentUptime {
  id: string;
  name: string;
  /** Over the whole period; null = no data at all. */
  uptime: number | null;
  /** Oldest first. */
  days: UptimeDay[];
}

export interface Uptime {
  days: number;
  components: ComponentUptime[];
}

export interface IncidentPage {
  data: Incident[];
  nextCursor: string | null;
}

export interface SubscriptionInput {
  email: string;
  /** Component keys; empty = every component. */
  components: string[];
  language: Language;
}

/** The subscription an emailed link is about (the address masked by the server). */
export interface SubscriptionView {
  email: string;
  /** Component keys; empty = every component. */
  components: string[];
}

/** What an unsubscribe link is about: the subscription, or `unsubscribed` when it is gone already. */
export interface UnsubscribeView extends SubscriptionView {
  /** The link was used before (or the address otherwise unsubscribed): nothing left to stop. */
  unsubscribed: boolean;
}

// --- reading answers ---------------------------------------------------------------------------

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return values.find((v) => v === value) ?? null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function items<T>(value: unknown, parse: (item: unknown) => T | null): T[] {
  return Array.isArray(value) ? value.map(parse).filter((item): item is T => item !== null) : [];
}

export function parseComponent(value: unknown): StatusComponent | null {
  if (!isRecord(value) || typeof value.id !== "string" || value.id === "") return null;
  return {
    id: value.id,
    name: str(value.name, value.id),
    description: str(value.description),
    status: oneOf(COMPONENT_STATES, value.status),
    position: num(value.position),
    updatedAt: str(value.updated_at),
  };
}

function parseUpdate(value: unknown): IncidentUpdate | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const createdAt = str(value.created_at);
  return {
    id: value.id,
    status: oneOf(INCIDENT_STATUSES, value.status),
    body: str(value.body),
    createdAt,
    displayAt: str(value.display_at, createdAt),
  };
}

export function parseIncident(value: unknown): Incident | null {
  if (!isRecord(value) || typeof value.id !== "string" || value.id === "") return null;
  const createdAt = str(value.created_at);
  return {
    id: value.id,
    name: str(value.name),
    status: oneOf(INCIDENT_STATUSES, value.status),
    impact: oneOf(INCIDENT_IMPACTS, value.impact) ?? "none",
    createdAt,
    updatedAt: str(value.updated_at, createdAt),
    startedAt: str(value.started_at, createdAt),
    monitoringAt: strOrNull(value.monitoring_at),
    resolvedAt: strOrNull(value.resolved_at),
    shortlink: str(value.shortlink),
    components: items(value.components, parseComponent),
    updates: items(value.incident_updates, parseUpdate),
  };
}

export function parseMaintenance(value: unknown): Maintenance | null {
  if (!isRecord(value) || typeof value.id !== "string" || value.id === "") return null;
  return {
    id: value.id,
    name: str(value.name),
    status: oneOf(MAINTENANCE_STATUSES, value.status),
    scheduledFor: str(value.scheduled_for),
    scheduledUntil: str(value.scheduled_until),
    description: str(value.description),
    shortlink: str(value.shortlink),
    components: items(value.components, parseComponent),
    methodIds: strings(value.method_ids),
  };
}

export function parseSummary(value: unknown): StatusSummary {
  if (!isRecord(value) || !isRecord(value.status)) throw invalid();
  const page = isRecord(value.page) ? value.page : {};
  const components = items(value.components, parseComponent).sort((a, b) => a.position - b.position);
  return {
    page: {
      id: str(page.id),
      name: str(page.name),
      url: str(page.url),
      timeZone: str(page.time_zone, "Etc/UTC"),
      updatedAt: str(page.updated_at),
    },
    status: {
      indicator: oneOf(INDICATORS, value.status.indicator) ?? "none",
      description: str(value.status.description),
    },
    components,
    incidents: items(value.incidents, parseIncident),
    maintenances: items(value.scheduled_maintenances, parseMaintenance),
  };
}

function fraction(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : null;
}

function parseUptimeDay(value: unknown): UptimeDay | null {
  if (!isRecord(value) || typeof value.date !== "string") return null;
  const uptime = fraction(value.uptime);
  return {
    date: value.date,
    uptime,
    // A day without data has no worst state, whatever else was sent.
    worst: uptime === null ? null : oneOf(COMPONENT_STATES, value.worst),
    outageSeconds: num(value.outageSeconds),
    partialSeconds: num(value.partialSeconds),
  };
}

function parseComponentUptime(value: unknown): ComponentUptime | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    name: str(value.name, value.id),
    uptime: fraction(value.uptime),
    days: items(value.days, parseUptimeDay),
  };
}

export function parseUptime(value: unknown): Uptime {
  if (!isRecord(value)) throw invalid();
  return { days: num(value.days), components: items(value.components, parseComponentUptime) };
}

function parseSubscriptionView(value: unknown): SubscriptionView {
  if (!isRecord(value)) throw invalid();
  return { email: str(value.email), components: strings(value.components) };
}

// --- calls ---------------------------------------------------------------------------------------

const BASE = "/api/v1/status";

export async function getStatusSummary(lang: Language, abort?: AbortSignal): Promise<StatusSummary> {
  return parseSummary(await api.get<unknown>(`${BASE}/summary`, { query: { lang }, ...signal(abort) }));
}

export async function getUptime(days: number, lang: Language, abort?: AbortSignal): Promise<Uptime> {
  return parseUptime(await api.get<unknown>(`${BASE}/uptime`, { query: { days, lang }, ...signal(abort) }));
}

export async function listIncidents(
  params: { cursor?: string | null; limit?: number; lang: Language },
  abort?: AbortSignal,
): Promise<IncidentPage> {
  const body = await api.get<unknown>(`${BASE}/incidents`, {
    query: { cursor: params.cursor, limit: params.limit, lang: params.lang },
    ...signal(abort),
  });
  return {
    data: isRecord(body) ? items(body.data, parseIncident) : [],
    nextCursor: isRecord(body) ? strOrNull(body.nextCursor) : null,
  };
}

export async function getIncident(id: string, lang: Language, abort?: AbortSignal): Promise<Incident> {
  const incident = parseIncident(
    await api.get<unknown>(`${BASE}/incidents/${encodeURIComponent(id)}`, {
      query: { lang },
      ...signal(abort),
    }),
  );
  if (!incident) throw invalid();
  return incident;
}

/** Always answers the same (202 pending_confirmation) whether or not the address is known. */
export async function subscribe(input: SubscriptionInput): Promise<void> {
  await api.post<unknown>(`${BASE}/subscriptions`, {
    email: input.email,
    ...(input.components.length > 0 ? { components: input.components } : {}),
    language: input.language,
  });
}

export async function confirmSubscription(token: string): Promise<SubscriptionView> {
  return parseSubscriptionView(await api.post<unknown>(`${BASE}/subscriptions/confirm`, { token }));
}

export async function getUnsubscribe(token: string, abort?: AbortSignal): Promise<UnsubscribeView> {
  const body = await api.get<unknown>(`${BASE}/subscriptions/unsubscribe`, {
    query: { token },
    ...signal(abort),
  });
  const unsubscribed = isRecord(body) && body.unsubscribed === true;
  return unsubscribed
    ? { email: "", components: [], unsubscribed }
    : { ...parseSubscriptionView(body), unsubscribed };
}

export async function unsubscribe(token: string): Promise<void> {
  await api.post<unknown>(`${BASE}/subscriptions/unsubscribe`, { token });
}

/** The Atom feed of incidents and maintenance (served by the server, outside this app). */
export function statusFeedUrl(lang: Language): string {
  return `/status/feed.atom?lang=${encodeURIComponent(lang)}`;
}
