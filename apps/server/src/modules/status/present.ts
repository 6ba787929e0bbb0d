import type { ComponentKey, ComponentState, IncidentImpact } from "../../platform/db/schema-status.js";
import type { Locale } from "../../platform/i18n.js";
import { COMPONENTS } from "./components.js";
import { uptimeOf } from "./history.js";
import type { PublicSnapshot, SnapshotIncident, SnapshotMaintenance } from "./snapshot-data.js";
import { effectiveState } from "./state.js";

/**
 * The public status page in Statuspage's summary.json shape: its snake_case names kept on
 * purpose, so status aggregators read it as they read any Statuspage (the documented
 * exception to the API's camelCase). Worked out per request from the snapshot and the clock.
 */

export const PAGE_ID = "satchel" as const;

export type Indicator = "none" | "minor" | "major" | "critical" | "maintenance";

const INDICATOR_TEXT: Record<Indicator, Record<Locale, string>> = {
  none: { en: "All Systems Operational", "zh-CN": "所有系统运行正常" },
  minor: { en: "Minor Service Outage", "zh-CN": "部分服务性能下降" },
  major: { en: "Partial System Outage", "zh-CN": "部分系统中断" },
  critical: { en: "Major System Outage", "zh-CN": "重大系统中断" },
  maintenance: { en: "Service Under Maintenance", "zh-CN": "服务维护中" },
};

const FOR_STATE: Record<ComponentState, Indicator> = {
  operational: "none",
  under_maintenance: "maintenance",
  degraded_performance: "minor",
  partial_outage: "major",
  major_outage: "critical",
};
const RANK: Record<Indicator, number> = { none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };
const FOR_IMPACT: Record<IncidentImpact, Indicator> = {
  none: "none",
  minor: "minor",
  major: "major",
  critical: "critical",
};

export interface PresentContext {
  snapshot: PublicSnapshot;
  now: Date;
  locale: Locale;
  publicUrl: string;
}

export type PublicComponent = ReturnType<typeof presentComponents>[number];

/** Every component with its effective state at `now`, in the page's order. */
export function presentComponents({ snapshot, now, locale }: PresentContext) {
  return snapshot.body.components.map((c) => ({
    id: c.key,
    name: COMPONENTS[c.key].name[locale],
    description: COMPONENTS[c.key].description[locale],
    status: effectiveState(
      { key: c.key, manualState: c.manualState, signalState: c.signalState },
      snapshot.windows,
      snapshot.openIncidents,
      now,
    ),
    position: c.position + 1,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    showcase: true,
    group: false,
    group_id: null,
    only_show_if_degraded: false,
  }));
}

const pick = (all: PublicComponent[], keys: ComponentKey[]) => all.filter((c) => keys.includes(c.id));

export const incidentLink = (publicUrl: string, id: string) => `${publicUrl}/status/incidents/${id}`;
/** The status page lists maintenance; a window has no page of its own. */
export const maintenanceLink = (publicUrl: string, id: string) => `${publicUrl}/status#${id}`;

export function presentIncident(
  ctx: PresentContext,
  components: PublicComponent[],
  incident: SnapshotIncident,
) {
  const monitoring = incident.updates.filter((u) => u.status === "monitoring").at(-1);
  return {
    id: incident.id,
    name: incident.title[ctx.locale],
    status: incident.status,
    impact: incident.impact,
    created_at: incident.createdAt,
    updated_at: incident.updatedAt,
    monitoring_at: monitoring?.createdAt ?? null,
    resolved_at: incident.resolvedAt,
    started_at: incident.createdAt,
    shortlink: incidentLink(ctx.publicUrl, incident.id),
    page_id: PAGE_ID,
    components: pick(components, incident.components),
    incident_updates: incident.updates.map((u) => ({
      id: u.id,
      status: u.status,
      body: u.body[ctx.locale],
      created_at: u.createdAt,
      updated_at: u.createdAt,
      display_at: u.createdAt,
      incident_id: incident.id,
    })),
  };
}

export type MaintenancePhase = "scheduled" | "in_progress" | "completed";

export function maintenancePhase(m: SnapshotMaintenance, now: Date): MaintenancePhase {
  if (new Date(m.endsAt) <= now) return "completed";
  return new Date(m.startsAt) <= now ? "in_progress" : "scheduled";
}

export function presentMaintenance(
  ctx: PresentContext,
  components: PublicComponent[],
  m: SnapshotMaintenance,
) {
  return {
    id: m.id,
    name: m.title[ctx.locale],
    status: maintenancePhase(m, ctx.now),
    impact: "maintenance" as const,
    scheduled_for: m.startsAt,
    scheduled_until: m.endsAt,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    shortlink: maintenanceLink(ctx.publicUrl, m.id),
    page_id: PAGE_ID,
    components: pick(components, m.components),
    incident_updates: [] as never[],
    description: m.description[ctx.locale],
    method_ids: m.methodIds,
  };
}

/** The worst of the components' states and the open incidents' impact. */
function indicatorOf(components: PublicComponent[], incidents: SnapshotIncident[]): Indicator {
  const all = [...components.map((c) => FOR_STATE[c.status]), ...incidents.map((i) => FOR_IMPACT[i.impact])];
  return all.reduce<Indicator>((worst, i) => (RANK[i] > RANK[worst] ? i : worst), "none");
}

/** GET /api/v1/status/summary. */
export function presentSummary(ctx: PresentContext) {
  const { snapshot, now, locale, publicUrl } = ctx;
  const components = presentComponents(ctx);
  const open = snapshot.body.incidents.filter((i) => i.resolvedAt === null);
  const upcoming = snapshot.body.maintenances
    .filter((m) => m.canceledAt === null && new Date(m.endsAt) > now)
    .sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
  const indicator = indicatorOf(components, open);
  // ISO strings in UTC sort as the instants they name.
  const updatedAt = [snapshot.body.builtAt, ...components.map((c) => c.updated_at)].sort().at(-1);
  return {
    page: {
      id: PAGE_ID,
      name: "Satchel",
      url: `${publicUrl}/status`,
      time_zone: "Etc/UTC" as const,
      updated_at: updatedAt ?? snapshot.body.builtAt,
    },
    status: { indicator, description: INDICATOR_TEXT[indicator][locale] },
    components,
    incidents: open.map((i) => presentIncident(ctx, components, i)),
    scheduled_maintenances: upcoming.map((m) => presentMaintenance(ctx, components, m)),
  };
}

/** GET /api/v1/status/uptime: per component, per UTC day, oldest first. */
export function presentUptime(ctx: PresentContext, days: number) {
  return {
    days,
    components: ctx.snapshot.body.components.map((c) => ({
      id: c.key,
      name: COMPONENTS[c.key].name[ctx.locale],
      ...uptimeOf(ctx.snapshot.states.get(c.key) ?? [], days, ctx.now),
    })),
  };
}
