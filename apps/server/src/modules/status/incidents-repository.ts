import type { Insertable, Selectable, Updateable } from "kysely";
import type { StatusIncidentsTable, StatusIncidentUpdatesTable } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { IncidentLike } from "./state.js";

/** Incidents (status_incidents) and their timelines (status_incident_updates). */

export type IncidentRow = Selectable<StatusIncidentsTable>;
export type IncidentUpdateRow = Selectable<StatusIncidentUpdatesTable>;

export const incidentLikeOf = (row: IncidentRow): IncidentLike => ({
  id: row.id,
  components: row.components,
  componentState: row.component_state,
  draft: row.draft,
  resolvedAt: row.resolved_at,
});

export function findIncident(executor: Executor, id: string): Promise<IncidentRow | undefined> {
  return executor.selectFrom("status_incidents").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The incident locked until the transaction ends (updates of one incident queue up). */
export function lockIncident(executor: Executor, id: string): Promise<IncidentRow | undefined> {
  return executor
    .selectFrom("status_incidents")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertIncident(
  executor: Executor,
  row: Insertable<StatusIncidentsTable>,
): Promise<IncidentRow> {
  return executor.insertInto("status_incidents").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateIncident(
  executor: Executor,
  id: string,
  patch: Updateable<StatusIncidentsTable>,
): Promise<IncidentRow> {
  return executor
    .updateTable("status_incidents")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertIncidentUpdate(
  executor: Executor,
  row: Insertable<StatusIncidentUpdatesTable>,
): Promise<IncidentUpdateRow> {
  return executor.insertInto("status_incident_updates").values(row).returningAll().executeTakeFirstOrThrow();
}

/** The timelines of these incidents, newest update first. */
export async function updatesOf(
  executor: Executor,
  incidentIds: readonly string[],
): Promise<Map<string, IncidentUpdateRow[]>> {
  const byIncident = new Map<string, IncidentUpdateRow[]>();
  if (incidentIds.length === 0) return byIncident;
  const rows = await executor
    .selectFrom("status_incident_updates")
    .selectAll()
    .where("incident_id", "in", [...incidentIds])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  for (const row of rows) {
    const list = byIncident.get(row.incident_id) ?? [];
    list.push(row);
    byIncident.set(row.incident_id, list);
  }
  return byIncident;
}

/** Open incidents, drafts included (the state rule leaves drafts out itself). */
export function openIncidents(executor: Executor): Promise<IncidentRow[]> {
  return executor
    .selectFrom("status_incidents")
    .selectAll()
    .where("resolved_at", "is", null)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export interface IncidentPage {
  state: "open" | "resolved" | "all";
  /** Drafts too (staff); the public never sees them. */
  drafts: boolean;
  limit: number;
  /** An incident id: only older ones (ids sort by creation time). */
  before?: string | undefined;
}

/** Incidents newest first, a page at a time. */
export function pageIncidents(executor: Executor, page: IncidentPage): Promise<IncidentRow[]> {
  let query = executor.selectFrom("status_incidents").selectAll().orderBy("id", "desc").limit(page.limit);
  if (!page.drafts) query = query.where("draft", "=", false);
  if (page.state === "open") query = query.where("resolved_at", "is", null);
  if (page.state === "resolved") query = query.where("resolved_at", "is not", null);
  if (page.before) query = query.where("id", "<", page.before);
  return query.execute();
}
