import { api } from "./client";
import { type Bilingual, bilingual } from "./deskAdmin";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notifications";
import { invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";
import { id, type Page, readPage, strings } from "./staffPayments";

// Staff side of the status page and the notification center (issue #9): components, incidents and
// maintenance (GET /api/v1/admin/status and its actions), message templates with their previews,
// and the outbox's dead letters. Readers turn each answer into the shapes below; a missing or
// mistyped field becomes a safe default so a page never crashes on an unexpected answer.

export const COMPONENT_KEYS = [
  "login",
  "card_deposits",
  "bank_deposits",
  "ewallet_deposits",
  "withdrawals",
  "transfers",
  "exchange",
  "merchant_payments",
  "help_center",
  "live_chat",
  "email_support",
  "api",
] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];

/** A state staff, an incident or a signal can give a component. */
export const SET_STATES = ["operational", "degraded_performance", "partial_outage", "major_outage"] as const;
export type SetState = (typeof SET_STATES)[number];
export const COMPONENT_STATES = [...SET_STATES, "under_maintenance"] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

export const INCIDENT_IMPACTS = ["none", "minor", "major", "critical"] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];
export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const MAINTENANCE_STATES = ["scheduled", "in_progress", "completed", "canceled"] as const;
export type MaintenanceState = (typeof MAINTENANCE_STATES)[number];

/** Text in both languages, or one text the server stores for both. */
export type TextInput = string | Bilingual;

function oneOf<T extends string>(options: readonly T[], value: unknown): T | null {
  return options.find((o) => o === value) ?? null;
}

function keys(value: unknown): ComponentKey[] {
  return strings(value).flatMap((k) => oneOf(COMPONENT_KEYS, k) ?? []);
}

// --- overview ---------------------------------------------------------------------------------------------

export interface StaffComponent {
  key: ComponentKey;
  name: Bilingual;
  /** What staff set by hand. */
  manualState: SetState;
  /** What the automatic signals say; null when they say nothing. */
  signalState: SetState | null;
  signalSince: string | null;
  /** What the public sees: maintenance, else the worst of manual, signal and open incidents. */
  state: ComponentState;
  updatedAt: string | null;
}

export interface IncidentUpdate {
  id: string;
  status: IncidentStatus;
  body: Bilingual;
  createdAt: string | null;
  createdBy: string | null;
}

export interface StaffIncident {
  id: string;
  title: Bilingual;
  impact: IncidentImpact;
  status: IncidentStatus;
  components: ComponentKey[];
  componentState: SetState;
  /** Opened by a signal and not confirmed by staff yet: not on the public page. */
  draft: boolean;
  source: "staff" | "signal";
  createdAt: string | null;
  updatedAt: string | null;
  resolvedAt: string | null;
  /** Newest first, as the server sends them. */
  updates: IncidentUpdate[];
}

export interface StaffMaintenance {
  id: string;
  title: Bilingual;
  description: Bilingual;
  components: ComponentKey[];
  methodIds: string[];
  startsAt: string;
  endsAt: string;
  announceSocial: boolean;
  state: MaintenanceState;
  announcedAt: string | null;
  createdAt: string | null;
  canceledAt: string | null;
}

export interface StatusOverview {
  components: StaffComponent[];
  incidents: StaffIncident[];
  maintenances: StaffMaintenance[];
  subscribers: { confirmed: number; pending: number };
}

function parseComponent(value: unknown): StaffComponent | null {
  if (!isRecord(value)) return null;
  const key = oneOf(COMPONENT_KEYS, value.key);
  if (!key) return null;
  return {
    key,
    name: bilingual(value.name, key),
    manualState: oneOf(SET_STATES, value.manualState) ?? "operational",
    signalState: oneOf(SET_STATES, value.signalState),
    signalSince: strOrNull(value.signalSince),
    state: oneOf(COMPONENT_STATES, value.state) ?? "operational",
    updatedAt: strOrNull(value.updatedAt),
  };
}

function parseUpdate(value: unknown): IncidentUpdate | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    status: oneOf(INCIDENT_STATUSES, value.status) ?? "investigating",
    body: bilingual(value.body),
    createdAt: strOrNull(value.createdAt),
    createdBy: strOrNull(value.createdBy),
  };
}

export function parseIncident(value: unknown): StaffIncident | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const updates = Array.isArray(value.updates) ? value.updates : [];
  return {
    id: value.id,
    title: bilingual(value.title, value.id),
    impact: oneOf(INCIDENT_IMPACTS, value.impact) ?? "none",
    status: oneOf(INCIDENT_STATUSES, value.status) ?? "investigating",
    components: keys(value.components),
    componentState: oneOf(SET_STATES, value.componentState) ?? "operational",
    draft: value.draft === true,
    source: value.source === "signal" ? "signal" : "staff",
    createdAt: strOrNull(value.createdAt),
    updatedAt: strOrNull(value.updatedAt),
    resolvedAt: strOrNull(value.resolvedAt),
    updates: updates.map(parseUpdate).filter((u): u is IncidentUpdate => u !== null),
  };
}

export function parseMaintenance(value: unknown): StaffMaintenance | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const startsAt = strOrNull(value.startsAt);
  const endsAt = strOrNull(value.endsAt);
  if (!startsAt || !endsAt) return null;
  return {
    id: value.id,
    title: bilingual(value.title, value.id),
    description: bilingual(value.description),
    components: keys(value.components),
    methodIds: strings(value.methodIds),
    startsAt,
    endsAt,
    announceSocial: value.announceSocial === true,
    state: oneOf(MAINTENANCE_STATES, value.state) ?? "scheduled",
    announcedAt: strOrNull(value.announcedAt),
    createdAt: strOrNull(value.createdAt),
    canceledAt: strOrNull(value.canceledAt),
  };
}

function itemsOf<T>(value: unknown, parse: (item: unknown) => T | null): T[] {
  return Array.isArray(value) ? value.map(parse).filter((item): item is T => item !== null) : [];
}

export function parseOverview(body: unknown): StatusOverview {
  const v = isRecord(body) ? body : {};
  const subscribers = isRecord(v.subscribers) ? v.subscribers : {};
  return {
    components: itemsOf(v.components, parseComponent),
    incidents: itemsOf(v.incidents, parseIncident),
    maintenances: itemsOf(v.maintenances, parseMaintenance),
    subscribers: { confirmed: num(subscribers.confirmed), pending: num(subscribers.pending) },
  };
}

function incidentOf(body: unknown): StaffIncident {
  const incident = parseIncident(body);
  if (!incident) throw invalid();
  return incident;
}

function maintenanceOf(body: unknown): StaffMaintenance {
  const maintenance = parseMaintenance(body);
  if (!maintenance) throw invalid();
  return maintenance;
}

const BASE = "/api/v1/admin/status";

export async function getStatusOverview(abort?: AbortSignal): Promise<StatusOverview> {
  return parseOverview(await api.get<unknown>(BASE, signal(abort)));
}

/** Sets a component's manual state (admin). */
export async function setComponentState(key: ComponentKey, state: SetState): Promise<void> {
  await api.patch<unknown>(`${BASE}/components/${id(key)}`, { state });
}

// --- incidents --------------------------------------------------------------------------------------------

export interface IncidentInput {
  components: ComponentKey[];
  impact: IncidentImpact;
  title: TextInput;
  message: TextInput;
  status: Exclude<IncidentStatus, "resolved">;
  componentState: SetState;
}

export async function declareIncident(input: IncidentInput): Promise<StaffIncident> {
  return incidentOf(await api.post<unknown>(`${BASE}/incidents`, input));
}

export async function listIncidents(options: {
  state: "open" | "resolved" | "all";
  cursor?: string | null;
  signal?: AbortSignal;
}): Promise<Page<StaffIncident>> {
  const body = await api.get<unknown>(`${BASE}/incidents`, {
    query: { state: options.state, cursor: options.cursor },
    ...signal(options.signal),
  });
  return readPage(body, parseIncident);
}

export interface IncidentUpdateInput {
  status: IncidentStatus;
  message: TextInput;
  /** Left out: the incident keeps the state it gives its components. */
  componentState?: SetState;
}

export async function postIncidentUpdate(
  incidentId: string,
  input: IncidentUpdateInput,
): Promise<StaffIncident> {
  return incidentOf(await api.post<unknown>(`${BASE}/incidents/${id(incidentId)}/updates`, input));
}

/** Makes a draft from an automatic signal public. */
export async function publishIncident(incidentId: string): Promise<StaffIncident> {
  return incidentOf(await api.post<unknown>(`${BASE}/incidents/${id(incidentId)}/publish`));
}

// --- maintenance ------------------------------------------------------------------------------------------

export interface MaintenanceInput {
  components: ComponentKey[];
  /** ISO timestamps. */
  startsAt: string;
  endsAt: string;
  title: TextInput;
  description?: TextInput;
  announceSocial: boolean;
}

export async function scheduleMaintenance(input: MaintenanceInput): Promise<StaffMaintenance> {
  return maintenanceOf(await api.post<unknown>(`${BASE}/maintenances`, input));
}

export async function cancelMaintenance(maintenanceId: string): Promise<StaffMaintenance> {
  return maintenanceOf(await api.post<unknown>(`${BASE}/maintenances/${id(maintenanceId)}/cancel`));
}

/** Ends a window that is under way now. */
export async function endMaintenance(maintenanceId: string): Promise<StaffMaintenance> {
  return maintenanceOf(await api.post<unknown>(`${BASE}/maintenances/${id(maintenanceId)}/end`));
}

// --- message templates ------------------------------------------------------------------------------------

export const TEMPLATE_AUDIENCES = ["customer", "subscriber", "guest", "staff"] as const;
export type TemplateAudience = (typeof TEMPLATE_AUDIENCES)[number];

export interface MessageTemplate {
  key: string;
  channel: "email" | "sms";
  audience: TemplateAudience;
  /** The notification kind it goes out as; null for what a person asked for (a link, a code). */
  kind: NotificationKind | null;
  description: Bilingual;
}

export interface TemplatePreview {
  key: string;
  channel: "email" | "sms";
  language: "en" | "zh-CN";
  subject: string | null;
  text: string;
  /** The HTML part; shown only inside a sandboxed frame. */
  html: string | null;
}

function parseTemplate(value: unknown): MessageTemplate | null {
  if (!isRecord(value) || typeof value.key !== "string") return null;
  return {
    key: value.key,
    channel: value.channel === "sms" ? "sms" : "email",
    audience: oneOf(TEMPLATE_AUDIENCES, value.audience) ?? "customer",
    kind: oneOf(NOTIFICATION_KINDS, value.kind),
    description: bilingual(value.description, value.key),
  };
}

export async function listTemplates(abort?: AbortSignal): Promise<MessageTemplate[]> {
  return list(await api.get<unknown>("/api/v1/admin/templates", signal(abort)), parseTemplate);
}

export async function previewTemplate(
  key: string,
  options: { language: "en" | "zh-CN"; antiPhishingCode?: string; signal?: AbortSignal },
): Promise<TemplatePreview> {
  const body = await api.get<unknown>(`/api/v1/admin/templates/${id(key)}/preview`, {
    query: { language: options.language, antiPhishingCode: options.antiPhishingCode?.trim() || undefined },
    ...signal(options.signal),
  });
  if (!isRecord(body)) throw invalid();
  return {
    key: str(body.key, key),
    channel: body.channel === "sms" ? "sms" : "email",
    language: body.language === "zh-CN" ? "zh-CN" : body.language === "en" ? "en" : options.language,
    subject: strOrNull(body.subject),
    text: str(body.text),
    html: strOrNull(body.html),
  };
}

// --- outbox -----------------------------------------------------------------------------------------------

export interface OutboxMessage {
  id: string;
  topic: string;
  attempts: number;
  lastError: string | null;
  createdAt: string | null;
  nextAttemptAt: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** Who and what, masked; never the body (it may hold a reset link). */
  summary: { channel: string | null; to: string | null; subject: string | null };
}

export interface OutboxPage extends Page<OutboxMessage> {
  counts: { pending: number; dead: number };
}

function parseOutboxMessage(value: unknown): OutboxMessage | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const summary = isRecord(value.summary) ? value.summary : {};
  return {
    id: value.id,
    topic: str(value.topic),
    attempts: num(value.attempts),
    lastError: strOrNull(value.lastError),
    createdAt: strOrNull(value.createdAt),
    nextAttemptAt: strOrNull(value.nextAttemptAt),
    resolvedAt: strOrNull(value.resolvedAt),
    resolvedBy: strOrNull(value.resolvedBy),
    summary: {
      channel: strOrNull(summary.channel),
      to: strOrNull(summary.to),
      subject: strOrNull(summary.subject),
    },
  };
}

export async function listOutbox(options: {
  status: "dead" | "discarded";
  cursor?: string | null;
  limit?: number;
  signal?: AbortSignal;
}): Promise<OutboxPage> {
  const body = await api.get<unknown>("/api/v1/admin/outbox", {
    query: { status: options.status, cursor: options.cursor, limit: options.limit },
    ...signal(options.signal),
  });
  const counts = isRecord(body) && isRecord(body.counts) ? body.counts : {};
  return {
    ...readPage(body, parseOutboxMessage),
    counts: { pending: num(counts.pending), dead: num(counts.dead) },
  };
}

/** A dead letter goes back to pending now, its attempts counted from zero again. */
export async function retryOutboxMessage(messageId: string): Promise<void> {
  await api.post<unknown>(`/api/v1/admin/outbox/${id(messageId)}/retry`);
}

export async function discardOutboxMessage(messageId: string): Promise<void> {
  await api.post<unknown>(`/api/v1/admin/outbox/${id(messageId)}/discard`);
}
