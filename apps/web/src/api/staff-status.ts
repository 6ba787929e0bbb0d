import { api } from "./client";
import { isRecord, num, signal } from "./parse";
import { itemsOf, STATUS_BASE } from "./staff-status-common";
import {
  parseComponent,
  parseIncident,
  type StaffComponent,
  type StaffIncident,
} from "./staff-status-incidents";
import { parseMaintenance, type StaffMaintenance } from "./staff-status-maintenances";

// Staff side of the status page and the notification center (issue #9). The overview lives here;
// the parts are in staff-status-*.ts (components and incidents, maintenance, templates and the
// outbox) and are exported from here too, so pages import them from one place. Readers turn each
// answer into the shapes below; a missing or mistyped field becomes a safe default so a page never
// crashes on an unexpected answer.

export * from "./staff-status-common";
export * from "./staff-status-incidents";
export * from "./staff-status-maintenances";
export * from "./staff-status-messages";

export interface StatusOverview {
  components: StaffComponent[];
  incidents: StaffIncident[];
  maintenances: StaffMaintenance[];
  subscribers: { confirmed: number; pending: number };
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

export async function getStatusOverview(abort?: AbortSignal): Promise<StatusOverview> {
  return parseOverview(await api.get<unknown>(STATUS_BASE, signal(abort)));
}
