import type {
  ComponentKey,
  ComponentState,
  IncidentImpact,
  IncidentStatus,
  Localized,
  SetState,
} from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import { listComponents } from "./components-repository.js";
import type { StateChange } from "./history.js";
import {
  type IncidentRow,
  type IncidentUpdateRow,
  openIncidents,
  pageIncidents,
  updatesOf,
} from "./incidents-repository.js";
import { latestMaintenances, liveMaintenances, type MaintenanceRow } from "./maintenances-repository.js";
import type { IncidentLike, WindowLike } from "./state.js";
import { firstRecorded, latestStates, statesSince } from "./states-repository.js";

/**
 * What the public status page is made from, read in one go and kept in memory (and in
 * status_snapshots), so the page answers without the database. Plain JSON (times as ISO
 * strings): the same body is stored and loaded back. The state of each component is not in
 * it: it is worked out on every request from these inputs and the clock (state.ts), so a
 * window starts and ends on time between two builds.
 */
export interface SnapshotBody {
  version: 1;
  builtAt: string;
  components: {
    key: ComponentKey;
    position: number;
    manualState: SetState;
    signalState: SetState | null;
    createdAt: string;
    updatedAt: string;
  }[];
  /** Public incidents (no drafts), newest first: every open one and the latest HISTORY_LIMIT. */
  incidents: SnapshotIncident[];
  /** Whether `incidents` holds every public incident (else older pages come from the database). */
  incidentsComplete: boolean;
  /** Windows not over (nor canceled), and the latest FEED_LIMIT of any kind for the feed. */
  maintenances: SnapshotMaintenance[];
  /** Every recorded state change since UPTIME_DAYS ago, with the one in force then; oldest first. */
  states: { component: ComponentKey; state: ComponentState; startedAt: string }[];
}

export interface SnapshotIncident {
  id: string;
  title: Localized;
  impact: IncidentImpact;
  status: IncidentStatus;
  components: ComponentKey[];
  componentState: SetState;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  /** Newest first. */
  updates: { id: string; status: IncidentStatus; body: Localized; createdAt: string }[];
}

export interface SnapshotMaintenance {
  id: string;
  title: Localized;
  description: Localized;
  components: ComponentKey[];
  methodIds: string[] | null;
  startsAt: string;
  endsAt: string;
  createdAt: string;
  updatedAt: string;
  canceledAt: string | null;
}

export const HISTORY_LIMIT = 200;
export const FEED_LIMIT = 50;
export const UPTIME_DAYS = 90;
const DAY_MS = 86_400_000;

const iso = (at: Date) => at.toISOString();
const isoOrNull = (at: Date | null) => (at ? at.toISOString() : null);

export const snapshotIncident = (row: IncidentRow, updates: IncidentUpdateRow[]): SnapshotIncident => ({
  id: row.id,
  title: row.title,
  impact: row.impact,
  status: row.status,
  components: row.components,
  componentState: row.component_state,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  resolvedAt: isoOrNull(row.resolved_at),
  updates: updates.map((u) => ({ id: u.id, status: u.status, body: u.body, createdAt: iso(u.created_at) })),
});

const snapshotMaintenance = (row: MaintenanceRow): SnapshotMaintenance => ({
  id: row.id,
  title: row.title,
  description: row.description,
  components: row.components,
  methodIds: row.method_ids,
  startsAt: iso(row.starts_at),
  endsAt: iso(row.ends_at),
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  canceledAt: isoOrNull(row.canceled_at),
});

/** Public incidents with their timelines, newest first (for pages the snapshot does not hold). */
export async function loadPublicIncidents(executor: Executor, limit: number, before?: string) {
  const rows = await pageIncidents(executor, { state: "all", drafts: false, limit, before });
  const updates = await updatesOf(
    executor,
    rows.map((r) => r.id),
  );
  return rows.map((r) => snapshotIncident(r, updates.get(r.id) ?? []));
}

/** Reads everything the public page shows, as of `now`. */
export async function readSnapshot(executor: Executor, now: Date): Promise<SnapshotBody> {
  const [components, first, latest] = await Promise.all([
    listComponents(executor),
    firstRecorded(executor),
    latestStates(executor),
  ]);
  const recent = await pageIncidents(executor, {
    state: "all",
    drafts: false,
    limit: HISTORY_LIMIT + 1,
  });
  const stillOpen = (await openIncidents(executor)).filter((i) => !i.draft);
  const incidentRows = new Map<string, IncidentRow>();
  for (const row of [...recent.slice(0, HISTORY_LIMIT), ...stillOpen]) incidentRows.set(row.id, row);
  const ordered = [...incidentRows.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const updates = await updatesOf(
    executor,
    ordered.map((r) => r.id),
  );
  const maintenanceRows = new Map<string, MaintenanceRow>();
  for (const row of [
    ...(await liveMaintenances(executor, now)),
    ...(await latestMaintenances(executor, FEED_LIMIT)),
  ])
    maintenanceRows.set(row.id, row);
  const states = await statesSince(executor, new Date(now.getTime() - (UPTIME_DAYS + 1) * DAY_MS));
  return {
    version: 1,
    builtAt: iso(now),
    components: components.map((c) => {
      const changed = latest.get(c.key)?.started_at;
      const updatedAt = changed && changed > c.updated_at ? changed : c.updated_at;
      return {
        key: c.key,
        position: c.position,
        manualState: c.manual_state,
        signalState: c.signal_state,
        createdAt: iso(first.get(c.key) ?? c.updated_at),
        updatedAt: iso(updatedAt),
      };
    }),
    incidents: ordered.map((r) => snapshotIncident(r, updates.get(r.id) ?? [])),
    incidentsComplete: recent.length <= HISTORY_LIMIT,
    maintenances: [...maintenanceRows.values()].map(snapshotMaintenance),
    states: states.map((s) => ({ component: s.component, state: s.state, startedAt: iso(s.started_at) })),
  };
}

/** A snapshot body with what the state rule and uptime need worked out once. */
export interface PublicSnapshot {
  body: SnapshotBody;
  builtAt: Date;
  windows: WindowLike[];
  /** Open public incidents, as the state rule reads them. */
  openIncidents: IncidentLike[];
  states: Map<ComponentKey, StateChange[]>;
}

export function hydrate(body: SnapshotBody): PublicSnapshot {
  const states = new Map<ComponentKey, StateChange[]>();
  for (const s of body.states) {
    const list = states.get(s.component) ?? [];
    list.push({ state: s.state, startedAt: new Date(s.startedAt) });
    states.set(s.component, list);
  }
  return {
    body,
    builtAt: new Date(body.builtAt),
    windows: body.maintenances.map((m) => ({
      id: m.id,
      components: m.components,
      methodIds: m.methodIds,
      startsAt: new Date(m.startsAt),
      endsAt: new Date(m.endsAt),
      canceledAt: m.canceledAt ? new Date(m.canceledAt) : null,
    })),
    openIncidents: body.incidents
      .filter((i) => i.resolvedAt === null)
      .map((i) => ({
        id: i.id,
        components: i.components,
        componentState: i.componentState,
        draft: false,
        resolvedAt: null,
      })),
    states,
  };
}

/** Whether a stored body looks like one this version wrote (it may be from an older release). */
export function isSnapshotBody(value: unknown): value is SnapshotBody {
  if (typeof value !== "object" || value === null) return false;
  const body = value as Partial<SnapshotBody>;
  return (
    body.version === 1 &&
    typeof body.builtAt === "string" &&
    Array.isArray(body.components) &&
    Array.isArray(body.incidents) &&
    Array.isArray(body.maintenances) &&
    Array.isArray(body.states)
  );
}
