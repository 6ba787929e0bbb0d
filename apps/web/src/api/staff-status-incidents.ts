import { api } from "./client";
import { type Bilingual, bilingual } from "./deskAdmin";
import { invalid, isRecord, signal, strOrNull } from "./parse";
import {
  STATUS_BASE as BASE,
  COMPONENT_KEYS,
  COMPONENT_STATES,
  type ComponentKey,
  type ComponentState,
  INCIDENT_IMPACTS,
  INCIDENT_STATUSES,
  type IncidentImpact,
  type IncidentStatus,
  keys,
  oneOf,
  SET_STATES,
  type SetState,
  type TextInput,
} from "./staff-status-common";
import { id, type Page, readPage } from "./staffPayments";

// Staff side of the status page: components (their manual state) and incidents (declare, update,
// publish a signal's draft, the list of past ones).

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
  /** The author's user id, and their name (else email) for people to read; null for the system. */
  createdBy: string | null;
  createdByLabel: string | null;
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
  /** Who opened it (user id, and name else email); null when a signal did. */
  createdBy: string | null;
  createdByLabel: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  resolvedAt: string | null;
  /** Newest first, as the server sends them. */
  updates: IncidentUpdate[];
}

export function parseComponent(value: unknown): StaffComponent | null {
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
    createdByLabel: strOrNull(value.createdByLabel),
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
    createdBy: strOrNull(value.createdBy),
    createdByLabel: strOrNull(value.createdByLabel),
    createdAt: strOrNull(value.createdAt),
    updatedAt: strOrNull(value.updatedAt),
    resolvedAt: strOrNull(value.resolvedAt),
    updates: updates.map(parseUpdate).filter((u): u is IncidentUpdate => u !== null),
  };
}

function incidentOf(body: unknown): StaffIncident {
  const incident = parseIncident(body);
  if (!incident) throw invalid();
  return incident;
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
