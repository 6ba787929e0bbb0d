import type { ComponentKey, SetState } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Actor } from "../audit/index.js";
import { listComponents, setManualState } from "./components-repository.js";
import type { StatusDeps } from "./deps.js";
import { changeStatus } from "./history.js";
import { incidentLikeOf, openIncidents, updatesOf } from "./incidents-repository.js";
import { liveMaintenances, recentMaintenances, windowOf } from "./maintenances-repository.js";
import {
  actorLabels,
  incidentActorIds,
  presentStaffComponent,
  presentStaffIncident,
  presentStaffMaintenance,
} from "./present-staff.js";
import { effectiveState } from "./state.js";
import { subscriberCounts } from "./subscribers-repository.js";

const WEEK_MS = 7 * 86_400_000;

/** Components as staff see them, with the effective state at `now`. */
async function staffComponents(executor: Executor, now: Date) {
  const [rows, windows, incidents] = await Promise.all([
    listComponents(executor),
    liveMaintenances(executor, now),
    openIncidents(executor),
  ]);
  const windowLikes = windows.map(windowOf);
  const incidentLikes = incidents.map(incidentLikeOf);
  return rows.map((row) =>
    presentStaffComponent(
      row,
      effectiveState(
        { key: row.key, manualState: row.manual_state, signalState: row.signal_state },
        windowLikes,
        incidentLikes,
        now,
      ),
    ),
  );
}

/** GET /api/v1/admin/status: read from the database, so staff see their change at once. */
export async function staffOverview(deps: StatusDeps) {
  const { db, clock } = deps.platform;
  const now = clock.now();
  const components = await staffComponents(db, now);
  const incidents = await openIncidents(db);
  const updates = await updatesOf(
    db,
    incidents.map((i) => i.id),
  );
  const maintenances = await recentMaintenances(db, new Date(now.getTime() - WEEK_MS));
  // Who opened, updated and scheduled what: every name in one query.
  const actors = await actorLabels(deps, db, [
    ...incidentActorIds(incidents, updates),
    ...maintenances.map((m) => m.created_by),
  ]);
  return {
    components,
    incidents: incidents.map((i) => presentStaffIncident(i, updates.get(i.id) ?? [], actors)),
    maintenances: maintenances.map((m) => presentStaffMaintenance(m, now, actors)),
    subscribers: await subscriberCounts(db),
  };
}

/** Staff set a component's own state (the effective one may still be worse, or maintenance). */
export async function setComponentState(deps: StatusDeps, actor: Actor, key: ComponentKey, state: SetState) {
  const now = deps.platform.clock.now();
  return changeStatus(deps, async (trx) => {
    const before = (await listComponents(trx)).find((c) => c.key === key);
    await setManualState(trx, key, { manual_state: state, updated_at: now, updated_by: actor.id });
    await deps.audit.record(
      trx,
      actor,
      "status.component_state_set",
      { type: "status_component", id: key },
      { from: before?.manual_state ?? null, to: state },
    );
    const components = await staffComponents(trx, now);
    const component = components.find((c) => c.key === key);
    if (!component) throw new Error(`status component ${key} is missing (not seeded?)`);
    return component;
  });
}
