import type { ComponentState } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import { COMPONENTS } from "./components.js";
import type { ComponentRow } from "./components-repository.js";
import type { StatusDeps } from "./deps.js";
import type { IncidentRow, IncidentUpdateRow } from "./incidents-repository.js";
import { phaseOf } from "./maintenances.js";
import type { MaintenanceRow } from "./maintenances-repository.js";

/** The staff API's shapes (camelCase, both languages side by side). */

/** Who did something, as staff read it: user id → the person's name, else their email. */
export type ActorLabels = ReadonlyMap<string, string>;

/** The labels of the people behind these user ids (nulls, the system, are skipped), in one query. */
export async function actorLabels(
  deps: Pick<StatusDeps, "customers">,
  executor: Executor,
  userIds: Iterable<string | null>,
): Promise<ActorLabels> {
  const wanted = [...new Set([...userIds].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const profiles = await deps.customers.profiles(executor, wanted);
  return new Map([...profiles].map(([id, p]) => [id, p.name?.trim() || p.email]));
}

/** The user ids an incident list names (its creators and its updates' authors). */
export function incidentActorIds(
  rows: readonly IncidentRow[],
  updates: ReadonlyMap<string, IncidentUpdateRow[]>,
) {
  return [...rows.map((r) => r.created_by), ...[...updates.values()].flat().map((u) => u.created_by)];
}

/** A user id and the label of that person; null label for the system or an account that is gone. */
const actor = (actors: ActorLabels, userId: string | null) => (userId ? (actors.get(userId) ?? null) : null);

export const presentStaffComponent = (row: ComponentRow, state: ComponentState) => ({
  key: row.key,
  name: COMPONENTS[row.key].name,
  manualState: row.manual_state,
  signalState: row.signal_state,
  signalSince: row.signal_since?.toISOString() ?? null,
  state,
  updatedAt: row.updated_at.toISOString(),
});

export const presentStaffIncident = (
  row: IncidentRow,
  updates: IncidentUpdateRow[],
  actors: ActorLabels,
) => ({
  id: row.id,
  title: row.title,
  impact: row.impact,
  status: row.status,
  components: row.components,
  componentState: row.component_state,
  draft: row.draft,
  source: row.source,
  createdBy: row.created_by,
  createdByLabel: actor(actors, row.created_by),
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  resolvedAt: row.resolved_at?.toISOString() ?? null,
  updates: updates.map((u) => ({
    id: u.id,
    status: u.status,
    body: u.body,
    createdAt: u.created_at.toISOString(),
    createdBy: u.created_by,
    createdByLabel: actor(actors, u.created_by),
  })),
});

export const presentStaffMaintenance = (row: MaintenanceRow, now: Date, actors: ActorLabels) => ({
  id: row.id,
  title: row.title,
  description: row.description,
  components: row.components,
  methodIds: row.method_ids,
  startsAt: row.starts_at.toISOString(),
  endsAt: row.ends_at.toISOString(),
  announceSocial: row.announce_social,
  state: phaseOf(row, now),
  announcedAt: row.announced_at?.toISOString() ?? null,
  createdBy: row.created_by,
  createdByLabel: actor(actors, row.created_by),
  createdAt: row.created_at.toISOString(),
  canceledAt: row.canceled_at?.toISOString() ?? null,
});

/** One window as staff see it, with its creator's label (after a change: read outside the transaction). */
export async function staffMaintenanceView(deps: StatusDeps, row: MaintenanceRow, now: Date) {
  return presentStaffMaintenance(row, now, await actorLabels(deps, deps.platform.db, [row.created_by]));
}

export type StaffIncident = ReturnType<typeof presentStaffIncident>;
export type StaffMaintenance = ReturnType<typeof presentStaffMaintenance>;
