import { api } from "./client";
import { type Bilingual, bilingual } from "./deskAdmin";
import { invalid, isRecord, strOrNull } from "./parse";
import {
  STATUS_BASE as BASE,
  type ComponentKey,
  keys,
  MAINTENANCE_STATES,
  type MaintenanceState,
  oneOf,
  type TextInput,
} from "./staff-status-common";
import { id, strings } from "./staffPayments";

// Staff side of the status page: scheduled maintenance (schedule, change, cancel, end early).

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
  /** Who scheduled it (user id, and name else email). */
  createdBy: string | null;
  createdByLabel: string | null;
  createdAt: string | null;
  canceledAt: string | null;
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
    createdBy: strOrNull(value.createdBy),
    createdByLabel: strOrNull(value.createdByLabel),
    createdAt: strOrNull(value.createdAt),
    canceledAt: strOrNull(value.canceledAt),
  };
}

function maintenanceOf(body: unknown): StaffMaintenance {
  const maintenance = parseMaintenance(body);
  if (!maintenance) throw invalid();
  return maintenance;
}

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

/** What may change of a window that is not over; a field left out stays as it is. */
export interface MaintenanceChanges {
  components?: ComponentKey[];
  /** ISO timestamps. */
  startsAt?: string;
  endsAt?: string;
  title?: TextInput;
  description?: TextInput;
}

/** Moves or rewrites a window (admin); moving one that has not started announces it again. */
export async function updateMaintenance(
  maintenanceId: string,
  changes: MaintenanceChanges,
): Promise<StaffMaintenance> {
  return maintenanceOf(await api.patch<unknown>(`${BASE}/maintenances/${id(maintenanceId)}`, changes));
}

export async function cancelMaintenance(maintenanceId: string): Promise<StaffMaintenance> {
  return maintenanceOf(await api.post<unknown>(`${BASE}/maintenances/${id(maintenanceId)}/cancel`));
}

/** Ends a window that is under way now. */
export async function endMaintenance(maintenanceId: string): Promise<StaffMaintenance> {
  return maintenanceOf(await api.post<unknown>(`${BASE}/maintenances/${id(maintenanceId)}/end`));
}
