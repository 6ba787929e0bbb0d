import type { Executor } from "../../platform/outbox/outbox.js";
import type { ComponentInputs, IncidentLike, WindowLike } from "./state.js";

/** Everything the gate decides from: small (a dozen components, the open incidents, the windows not over yet). */
export interface GateRows {
  components: ComponentInputs[];
  windows: WindowLike[];
  /** Open incidents, newest first (the newest major outage is the one a refusal links to). */
  incidents: IncidentLike[];
}

/**
 * The gate's own read of the status tables: component states, open incidents and the
 * maintenance windows not yet ended nor canceled (upcoming ones too, so a window starts on
 * time from the cache).
 */
export async function loadGateRows(executor: Executor, now: Date): Promise<GateRows> {
  const [components, windows, incidents] = await Promise.all([
    executor.selectFrom("status_components").select(["key", "manual_state", "signal_state"]).execute(),
    executor
      .selectFrom("status_maintenances")
      .select(["id", "components", "method_ids", "starts_at", "ends_at", "canceled_at"])
      .where("canceled_at", "is", null)
      .where("ends_at", ">", now)
      .orderBy("starts_at")
      .orderBy("id")
      .execute(),
    executor
      .selectFrom("status_incidents")
      .select(["id", "components", "component_state", "draft", "resolved_at"])
      .where("resolved_at", "is", null)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .execute(),
  ]);
  return {
    components: components.map((c) => ({
      key: c.key,
      manualState: c.manual_state,
      signalState: c.signal_state,
    })),
    windows: windows.map((w) => ({
      id: w.id,
      components: w.components,
      methodIds: w.method_ids,
      startsAt: w.starts_at,
      endsAt: w.ends_at,
      canceledAt: w.canceled_at,
    })),
    incidents: incidents.map((i) => ({
      id: i.id,
      components: i.components,
      componentState: i.component_state,
      draft: i.draft,
      resolvedAt: i.resolved_at,
    })),
  };
}
