import { insertIncident } from "../modules/status/incidents-repository.js";
import type { ComponentKey, IncidentImpact, SetState } from "../platform/db/schema-status.js";
import { buildStaffMember, type StaffMember } from "./support-helpers-staff.js";
import type { TestContext } from "./test-app.js";

/** Helpers for tests of the status page: staff who may manage it, maintenance, incidents. */

/** A signed-in admin (maintenance, component states, incidents); `auth` goes in `headers`. */
export function buildStatusAdmin(ctx: TestContext): Promise<StaffMember> {
  return buildStaffMember(ctx, "admin");
}

/** A signed-in supervisor (incidents only). */
export function buildStatusSupervisor(ctx: TestContext): Promise<StaffMember> {
  return buildStaffMember(ctx, "supervisor");
}

/** `auth` of a staff member, or a bare bearer token. */
type Caller = StaffMember | { authorization: string } | string;
const headersOf = (caller: Caller) =>
  typeof caller === "string"
    ? { authorization: caller.startsWith("Bearer ") ? caller : `Bearer ${caller}` }
    : "auth" in caller
      ? caller.auth
      : caller;

export interface MaintenanceSpec {
  components: ComponentKey[];
  /** ISO date-time, a Date, or milliseconds from the test clock's now. */
  startsAt: string | Date | number;
  endsAt: string | Date | number;
  title?: string | { en: string; "zh-CN": string };
  description?: string | { en: string; "zh-CN": string };
  methodIds?: string[];
  announceSocial?: boolean;
}

const instant = (ctx: TestContext, at: string | Date | number) =>
  typeof at === "number"
    ? new Date(ctx.clock.now().getTime() + at).toISOString()
    : typeof at === "string"
      ? at
      : at.toISOString();

/** The raw answer of POST /api/v1/admin/status/maintenances (for tests of refusals). */
export function postMaintenance(ctx: TestContext, caller: Caller, spec: MaintenanceSpec) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/admin/status/maintenances",
    headers: headersOf(caller),
    payload: {
      title: "Planned maintenance",
      ...spec,
      startsAt: instant(ctx, spec.startsAt),
      endsAt: instant(ctx, spec.endsAt),
    },
  });
}

/** Schedules maintenance through the staff API; returns the staff maintenance (id, startsAt, endsAt, state…). */
export async function scheduleMaintenance(ctx: TestContext, caller: Caller, spec: MaintenanceSpec) {
  const res = await postMaintenance(ctx, caller, spec);
  if (res.statusCode !== 201) throw new Error(`schedule maintenance failed: ${res.statusCode} ${res.body}`);
  return res.json() as {
    id: string;
    startsAt: string;
    endsAt: string;
    components: ComponentKey[];
    methodIds: string[] | null;
    state: "scheduled" | "in_progress" | "completed" | "canceled";
  };
}

export interface IncidentSpec {
  components: ComponentKey[];
  impact?: IncidentImpact;
  title?: string | { en: string; "zh-CN": string };
  message?: string | { en: string; "zh-CN": string };
  status?: "investigating" | "identified" | "monitoring";
  componentState?: SetState;
}

export interface StaffIncidentView {
  id: string;
  status: string;
  impact: IncidentImpact;
  componentState: SetState;
  draft: boolean;
  resolvedAt: string | null;
  updates: { id: string; status: string; body: { en: string; "zh-CN": string } }[];
}

/** Opens a public incident through the staff API (impact major by default); returns the staff incident. */
export async function openIncident(ctx: TestContext, caller: Caller, spec: IncidentSpec) {
  const res = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/admin/status/incidents",
    headers: headersOf(caller),
    payload: { impact: "major", title: "Something is wrong", message: "We are looking into it.", ...spec },
  });
  if (res.statusCode !== 201) throw new Error(`open incident failed: ${res.statusCode} ${res.body}`);
  return res.json() as StaffIncidentView;
}

/** Adds an update to an incident (status resolved closes it); returns the staff incident. */
export async function updateIncident(
  ctx: TestContext,
  caller: Caller,
  id: string,
  update: { status: string; message?: string; componentState?: SetState },
) {
  const res = await ctx.app.inject({
    method: "POST",
    url: `/api/v1/admin/status/incidents/${id}/updates`,
    headers: headersOf(caller),
    payload: { message: "An update.", ...update },
  });
  if (res.statusCode !== 200) throw new Error(`incident update failed: ${res.statusCode} ${res.body}`);
  return res.json() as StaffIncidentView;
}

/** Sets a component's manual state through the staff API. */
export async function setComponentState(
  ctx: TestContext,
  caller: Caller,
  key: ComponentKey,
  state: SetState,
) {
  const res = await ctx.app.inject({
    method: "PATCH",
    url: `/api/v1/admin/status/components/${key}`,
    headers: headersOf(caller),
    payload: { state },
  });
  if (res.statusCode !== 200) throw new Error(`component state failed: ${res.statusCode} ${res.body}`);
  return res.json() as { key: ComponentKey; state: string; manualState: SetState };
}

/** The public summary (GET /api/v1/status/summary), in English unless asked. */
export async function statusSummary(ctx: TestContext, lang: "en" | "zh-CN" = "en") {
  const res = await ctx.app.inject({ method: "GET", url: `/api/v1/status/summary?lang=${lang}` });
  if (res.statusCode !== 200) throw new Error(`summary failed: ${res.statusCode} ${res.body}`);
  return res.json() as {
    status: { indicator: string; description: string };
    components: { id: ComponentKey; name: string; status: string }[];
    incidents: { id: string; name: string; status: string }[];
    scheduled_maintenances: { id: string; status: string; scheduled_for: string; scheduled_until: string }[];
  };
}

/** The effective state of one component as the public summary shows it now. */
export async function publicState(ctx: TestContext, key: ComponentKey): Promise<string | undefined> {
  return (await statusSummary(ctx)).components.find((c) => c.id === key)?.status;
}

/** A draft incident as the automatic signal opens one (written straight in: signals need traffic). */
export async function buildSignalDraft(
  ctx: TestContext,
  spec: { component: ComponentKey; title: { en: string; "zh-CN": string } },
): Promise<string> {
  const now = ctx.clock.now();
  const incident = await insertIncident(ctx.platform.db, {
    id: ctx.platform.ids.next("incident"),
    title: JSON.stringify(spec.title),
    impact: "major",
    status: "investigating",
    components: [spec.component],
    component_state: "partial_outage",
    draft: true,
    source: "signal",
    created_by: null,
    created_at: now,
    updated_at: now,
    resolved_at: null,
  });
  return incident.id;
}
