import type { ComponentState } from "../../platform/db/schema-status.js";
import { COMPONENTS } from "./components.js";
import type { ComponentRow } from "./components-repository.js";
import type { IncidentRow, IncidentUpdateRow } from "./incidents-repository.js";
import { phaseOf } from "./maintenances.js";
import type { MaintenanceRow } from "./maintenances-repository.js";

/** The staff API's shapes (camelCase, both languages side by side). */

export const presentStaffComponent = (row: ComponentRow, state: ComponentState) => ({
  key: row.key,
  name: COMPONENTS[row.key].name,
  manualState: row.manual_state,
  signalState: row.signal_state,
  signalSince: row.signal_since?.toISOString() ?? null,
  state,
  updatedAt: row.updated_at.toISOString(),
});

export const presentStaffIncident = (row: IncidentRow, updates: IncidentUpdateRow[]) => ({
  id: row.id,
  title: row.title,
  impact: row.impact,
  status: row.status,
  components: row.components,
  componentState: row.component_state,
  draft: row.draft,
  source: row.source,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  resolvedAt: row.resolved_at?.toISOString() ?? null,
  updates: updates.map((u) => ({
    id: u.id,
    status: u.status,
    body: u.body,
    createdAt: u.created_at.toISOString(),
    createdBy: u.created_by,
  })),
});

export const presentStaffMaintenance = (row: MaintenanceRow, now: Date) => ({
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
  createdAt: row.created_at.toISOString(),
  canceledAt: row.canceled_at?.toISOString() ?? null,
});

export type StaffIncident = ReturnType<typeof presentStaffIncident>;
export type StaffMaintenance = ReturnType<typeof presentStaffMaintenance>;
