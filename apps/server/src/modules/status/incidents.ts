import type { Transaction } from "kysely";
import type { DB } from "../../platform/db/schema.js";
import type {
  ComponentKey,
  IncidentImpact,
  IncidentStatus,
  Localized,
  SetState,
} from "../../platform/db/schema-status.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Actor } from "../audit/index.js";
import { type StatusDeps, SUBSCRIBER_NOTICE_TOPIC } from "./deps.js";
import { changeStatus } from "./history.js";
import {
  findIncident,
  type IncidentRow,
  type IncidentUpdateRow,
  insertIncident,
  insertIncidentUpdate,
  lockIncident,
  pageIncidents,
  updateIncident,
  updatesOf,
} from "./incidents-repository.js";
import type { IncidentPhase } from "./notices.js";
import { actorLabels, incidentActorIds, presentStaffIncident, type StaffIncident } from "./present-staff.js";

/** Incidents as staff run them: open, post updates, resolve, publish a signal's draft. */

/** The state an incident gives its components when staff do not say: from its impact. */
export const STATE_FOR_IMPACT: Record<IncidentImpact, SetState> = {
  critical: "major_outage",
  major: "partial_outage",
  minor: "degraded_performance",
  none: "operational",
};

export interface NewIncident {
  components: ComponentKey[];
  impact: IncidentImpact;
  title: Localized;
  message: Localized;
  status?: Exclude<IncidentStatus, "resolved"> | undefined;
  componentState?: SetState | undefined;
}

export interface IncidentUpdateInput {
  status: IncidentStatus;
  message: Localized;
  componentState?: SetState | undefined;
}

/**
 * Subscribers hear of a public incident's update (the subscriptions' fan-out handles the topic).
 * The phase (new incident, update, resolved) follows from the timeline unless given.
 */
function noticeSubscribers(deps: StatusDeps, trx: Transaction<DB>, updateId: string, phase?: IncidentPhase) {
  return deps.platform.outbox.enqueue(trx, SUBSCRIBER_NOTICE_TOPIC, {
    event: "incident_update",
    updateId,
    ...(phase ? { phase } : {}),
  });
}

async function staffView(deps: StatusDeps, executor: Executor, row: IncidentRow) {
  const updates = await updatesOf(executor, [row.id]);
  const actors = await actorLabels(deps, executor, incidentActorIds([row], updates));
  return presentStaffIncident(row, updates.get(row.id) ?? [], actors);
}

export async function openIncident(
  deps: StatusDeps,
  actor: Actor,
  input: NewIncident,
): Promise<StaffIncident> {
  const { clock, ids } = deps.platform;
  const now = clock.now();
  return changeStatus(deps, async (trx) => {
    const row = await insertIncident(trx, {
      id: ids.next("incident"),
      title: JSON.stringify(input.title),
      impact: input.impact,
      status: input.status ?? "investigating",
      components: [...new Set(input.components)],
      component_state: input.componentState ?? STATE_FOR_IMPACT[input.impact],
      draft: false,
      source: "staff",
      created_by: actor.id,
      created_at: now,
      updated_at: now,
      resolved_at: null,
    });
    const update = await insertIncidentUpdate(trx, {
      id: ids.next("incidentUpdate"),
      incident_id: row.id,
      status: row.status,
      body: JSON.stringify(input.message),
      created_by: actor.id,
      created_at: now,
    });
    await deps.audit.record(
      trx,
      actor,
      "status.incident_opened",
      { type: "status_incident", id: row.id },
      { impact: row.impact, components: row.components, componentState: row.component_state },
    );
    await noticeSubscribers(deps, trx, update.id);
    return staffView(deps, trx, row);
  });
}

/** A new entry on the timeline; `resolved` closes the incident, after which nothing is added. */
export async function addIncidentUpdate(
  deps: StatusDeps,
  actor: Actor,
  id: string,
  input: IncidentUpdateInput,
): Promise<StaffIncident> {
  const { clock, ids } = deps.platform;
  const now = clock.now();
  return changeStatus(deps, async (trx) => {
    const incident = await lockIncident(trx, id);
    if (!incident) throw new DomainError("incident_not_found");
    if (incident.resolved_at) throw new DomainError("incident_resolved");
    const update = await insertIncidentUpdate(trx, {
      id: ids.next("incidentUpdate"),
      incident_id: id,
      status: input.status,
      body: JSON.stringify(input.message),
      created_by: actor.id,
      created_at: now,
    });
    const row = await updateIncident(trx, id, {
      status: input.status,
      ...(input.componentState ? { component_state: input.componentState } : {}),
      ...(input.status === "resolved" ? { resolved_at: now } : {}),
      updated_at: now,
    });
    await deps.audit.record(
      trx,
      actor,
      input.status === "resolved" ? "status.incident_resolved" : "status.incident_updated",
      { type: "status_incident", id },
      { status: input.status, componentState: row.component_state, draft: row.draft },
    );
    // A draft's timeline stays private until staff publish it.
    if (!row.draft) await noticeSubscribers(deps, trx, update.id);
    return staffView(deps, trx, row);
  });
}

const DRAFT_FIRST_UPDATE: Localized = {
  en: "We are investigating reports of a problem with this service.",
  "zh-CN": "我们正在调查该服务出现问题的报告。",
};

/**
 * Staff confirm an incident an automatic signal opened: it becomes public, counts in the
 * components' state, and subscribers hear of it. Publishing a public incident changes nothing.
 */
export async function publishIncident(deps: StatusDeps, actor: Actor, id: string): Promise<StaffIncident> {
  const { clock, ids } = deps.platform;
  const now = clock.now();
  return changeStatus(deps, async (trx) => {
    const incident = await lockIncident(trx, id);
    if (!incident) throw new DomainError("incident_not_found");
    if (!incident.draft) return staffView(deps, trx, incident);
    if (incident.resolved_at) throw new DomainError("incident_resolved");
    const row = await updateIncident(trx, id, { draft: false, updated_at: now });
    const timeline = (await updatesOf(trx, [id])).get(id) ?? [];
    let newest: IncidentUpdateRow | undefined = timeline[0];
    newest ??= await insertIncidentUpdate(trx, {
      id: ids.next("incidentUpdate"),
      incident_id: id,
      status: row.status,
      body: JSON.stringify(DRAFT_FIRST_UPDATE),
      created_by: actor.id,
      created_at: now,
    });
    await deps.audit.record(
      trx,
      actor,
      "status.incident_published",
      { type: "status_incident", id },
      { source: row.source, components: row.components },
    );
    // For subscribers the incident is new now, whatever its timeline holds: a "new incident"
    // notice, with the latest update's words.
    await noticeSubscribers(deps, trx, newest.id, "created");
    return staffView(deps, trx, row);
  });
}

export async function staffIncident(deps: StatusDeps, id: string): Promise<StaffIncident> {
  const row = await findIncident(deps.platform.db, id);
  if (!row) throw new DomainError("incident_not_found");
  return staffView(deps, deps.platform.db, row);
}

/** Staff's list, newest first, drafts included; the cursor is the last incident's id. */
export async function staffIncidents(
  deps: StatusDeps,
  query: { state: "open" | "resolved" | "all"; limit: number; cursor?: string | undefined },
) {
  const { db } = deps.platform;
  const rows = await pageIncidents(db, {
    state: query.state,
    drafts: true,
    limit: query.limit + 1,
    before: query.cursor,
  });
  const page = rows.slice(0, query.limit);
  const updates = await updatesOf(
    db,
    page.map((r) => r.id),
  );
  const actors = await actorLabels(deps, db, incidentActorIds(page, updates));
  return {
    data: page.map((r) => presentStaffIncident(r, updates.get(r.id) ?? [], actors)),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
