import type { Transaction } from "kysely";
import type { DB } from "../../platform/db/schema.js";
import type { ComponentKey, ComponentState } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import { lockComponents } from "./components-repository.js";
import type { StatusDeps } from "./deps.js";
import { incidentLikeOf, openIncidents } from "./incidents-repository.js";
import { liveMaintenances, windowOf } from "./maintenances-repository.js";
import { effectiveState, type WindowLike } from "./state.js";
import { insertStates, latestStates } from "./states-repository.js";

const DAY_MS = 86_400_000;
/** Uptime looks back at most this far, so catching up never walks older windows. */
const CATCH_UP_MS = 90 * DAY_MS;

/**
 * Records every change of a component's effective state since it was last recorded. A
 * maintenance window starts and ends with no one acting, so the moments its boundaries
 * passed are replayed in order (and recorded at the boundary's time, not when this runs);
 * then the state at `now` is compared with the last one. Staff changes call this before and
 * after they write (see changeStatus), so a boundary passed earlier is recorded with the
 * inputs as they were then. Returns how many changes were recorded.
 *
 * `replay: false` compares only the state at `now`: right after a change written now, whose
 * windows may start in the past (maintenance scheduled late, moved back), so history is
 * never rewritten to say a component was in maintenance before anyone said so.
 */
export async function recordStates(
  platform: Platform,
  executor: Executor,
  options: { replay?: boolean } = {},
): Promise<number> {
  const replay = options.replay ?? true;
  const now = platform.clock.now();
  const components = await lockComponents(executor);
  if (components.length === 0) return 0;
  const latest = await latestStates(executor);
  const oldest = Math.min(now.getTime(), ...[...latest.values()].map((r) => r.started_at.getTime()));
  const since = new Date(Math.max(oldest, now.getTime() - CATCH_UP_MS));
  const windows = (await liveMaintenances(executor, since)).map(windowOf);
  const incidents = (await openIncidents(executor)).map(incidentLikeOf);

  const rows: { id: string; component: ComponentKey; state: ComponentState; started_at: Date }[] = [];
  for (const component of components) {
    const inputs = {
      key: component.key,
      manualState: component.manual_state,
      signalState: component.signal_state,
    };
    const last = latest.get(component.key);
    let current = last?.state;
    const after = last ? last.started_at : now;
    const passed = replay ? boundaries(component.key, windows, after, now) : [];
    for (const at of [...passed, now]) {
      const state = effectiveState(inputs, windows, incidents, at);
      if (state === current) continue;
      rows.push({ id: platform.ids.next("componentState"), component: component.key, state, started_at: at });
      current = state;
    }
  }
  await insertStates(executor, rows);
  return rows.length;
}

/** The starts and ends of whole-component windows of `component` in (after, until], in order. */
function boundaries(component: ComponentKey, windows: WindowLike[], after: Date, until: Date): Date[] {
  const times = new Set<number>();
  for (const w of windows) {
    if (w.methodIds !== null || !w.components.includes(component)) continue;
    for (const at of [w.startsAt, w.endsAt])
      if (at.getTime() > after.getTime() && at.getTime() < until.getTime()) times.add(at.getTime());
  }
  return [...times].sort((a, b) => a - b).map((t) => new Date(t));
}

/**
 * Runs a change of components, incidents or maintenance in one transaction with the states it
 * causes recorded, then tells every node (the gate and the snapshot) after it committed.
 */
export async function changeStatus<T>(
  deps: StatusDeps,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  const result = await deps.platform.db.transaction().execute(async (trx) => {
    await recordStates(deps.platform, trx);
    const result = await work(trx);
    await recordStates(deps.platform, trx, { replay: false });
    return result;
  });
  await deps.changed();
  return result;
}

/** One recorded change of one component's state. */
export interface StateChange {
  state: ComponentState;
  startedAt: Date;
}

export interface DayUptime {
  /** The UTC day, YYYY-MM-DD. */
  date: string;
  /** Null: nothing was recorded for this day (before the component's first record, or still to come). */
  uptime: number | null;
  worst: ComponentState | null;
  outageSeconds: number;
  partialSeconds: number;
}

export interface ComponentUptime {
  /** Over the days that have data; null when none has. */
  uptime: number | null;
  days: DayUptime[];
}

/** How bad a state looks on an uptime bar: maintenance is planned, so it ranks just above operational. */
const BAR_RANK: Record<ComponentState, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

/** Partial outage counts for this share of downtime (Statuspage's weighting). */
export const PARTIAL_WEIGHT = 0.3;

const ratio = (down: number, observed: number) =>
  observed > 0 ? Math.round((1 - down / observed) * 1e6) / 1e6 : null;

/**
 * Uptime of one component per UTC day over the last `days` days (today included, oldest
 * first), from its recorded changes (oldest first; the one in force before the first day
 * included). A day counts 1 − (major outage + 0.3 × partial outage) / observed seconds;
 * degraded performance and maintenance count as up; a day, or the part of it, before the
 * first record or after `now` is not observed.
 */
export function uptimeOf(changes: StateChange[], days: number, now: Date): ComponentUptime {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const result: DayUptime[] = [];
  let totalDown = 0;
  let totalObserved = 0;
  for (let d = days - 1; d >= 0; d -= 1) {
    const dayStart = today - d * DAY_MS;
    const dayEnd = Math.min(dayStart + DAY_MS, now.getTime());
    let observed = 0;
    let outage = 0;
    let partial = 0;
    let worst: ComponentState | null = null;
    changes.forEach((change, i) => {
      const next = changes[i + 1];
      const from = Math.max(change.startedAt.getTime(), dayStart);
      const to = Math.min(next ? next.startedAt.getTime() : now.getTime(), dayEnd);
      if (to <= from) return;
      const seconds = (to - from) / 1000;
      observed += seconds;
      if (change.state === "major_outage") outage += seconds;
      if (change.state === "partial_outage") partial += seconds;
      if (worst === null || BAR_RANK[change.state] > BAR_RANK[worst]) worst = change.state;
    });
    const down = outage + PARTIAL_WEIGHT * partial;
    totalDown += down;
    totalObserved += observed;
    result.push({
      date: new Date(dayStart).toISOString().slice(0, 10),
      uptime: ratio(down, observed),
      worst,
      outageSeconds: Math.round(outage),
      partialSeconds: Math.round(partial),
    });
  }
  return { uptime: ratio(totalDown, totalObserved), days: result };
}
