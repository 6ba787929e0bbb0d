import type { ComponentKey, ComponentState, SetState } from "../../platform/db/schema-status.js";

/** Worse states sort later. */
const SEVERITY: Record<SetState, number> = {
  operational: 0,
  degraded_performance: 1,
  partial_outage: 2,
  major_outage: 3,
};

export const worstOf = (states: SetState[]): SetState =>
  states.reduce<SetState>((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst), "operational");

/** A maintenance window as the state rules need it. */
export interface WindowLike {
  id: string;
  components: ComponentKey[];
  /** Null: the whole component; otherwise only these payment methods are in maintenance. */
  methodIds: string[] | null;
  startsAt: Date;
  endsAt: Date;
  canceledAt: Date | null;
}

/** An incident as the state rules need it. */
export interface IncidentLike {
  id: string;
  components: ComponentKey[];
  componentState: SetState;
  draft: boolean;
  resolvedAt: Date | null;
}

export interface ComponentInputs {
  key: ComponentKey;
  manualState: SetState;
  signalState: SetState | null;
}

export const isOpenAt = (w: WindowLike, now: Date) =>
  w.canceledAt === null && w.startsAt <= now && now < w.endsAt;

/**
 * The one rule for what a component is in at `now`, used by the gate that refuses operations
 * and by the public snapshot alike: inside a maintenance window that covers the whole
 * component it is under maintenance; otherwise the worst of the state staff set, the automatic
 * signal's, and that of every open, confirmed (not draft) incident naming it.
 */
export function effectiveState(
  component: ComponentInputs,
  windows: WindowLike[],
  incidents: IncidentLike[],
  now: Date,
): ComponentState {
  const inMaintenance = windows.some(
    (w) => w.methodIds === null && w.components.includes(component.key) && isOpenAt(w, now),
  );
  if (inMaintenance) return "under_maintenance";
  const fromIncidents = incidents
    .filter((i) => !i.draft && i.resolvedAt === null && i.components.includes(component.key))
    .map((i) => i.componentState);
  return worstOf([
    component.manualState,
    ...(component.signalState ? [component.signalState] : []),
    ...fromIncidents,
  ]);
}

/**
 * When the maintenance covering `component` (or one of `methodIds`) at `now` ends: back-to-back
 * and overlapping windows count as one, so the customer is told the real end.
 */
export function maintenanceEnd(
  component: ComponentKey,
  windows: WindowLike[],
  now: Date,
  methodId?: string,
): { endsAt: Date; maintenanceId: string } | undefined {
  const covering = windows.filter(
    (w) =>
      w.canceledAt === null &&
      w.components.includes(component) &&
      (w.methodIds === null || (methodId !== undefined && w.methodIds.includes(methodId))),
  );
  const open = covering.filter((w) => isOpenAt(w, now));
  if (open.length === 0) return undefined;
  let end = open.reduce((latest, w) => (w.endsAt > latest.endsAt ? w : latest));
  let extended = true;
  while (extended) {
    extended = false;
    for (const w of covering) {
      if (w.startsAt <= end.endsAt && w.endsAt > end.endsAt) {
        end = w;
        extended = true;
      }
    }
  }
  return { endsAt: end.endsAt, maintenanceId: open[0]?.id ?? end.id };
}
