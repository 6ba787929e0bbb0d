import type { ComponentKey } from "../../platform/db/schema-status.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import { statusUrlOf } from "./closure.js";
import type { StatusDeps } from "./deps.js";
import { type GateRows, loadGateRows } from "./gate-repository.js";
import type { Availability, MethodWindow, StatusGate } from "./index.js";
import { effectiveState, isOpenAt, maintenanceEnd } from "./state.js";

/** How old the cached rows may get: a change on a node that could not tell us shows within this. */
export const GATE_MAX_AGE_MS = 5_000;

/**
 * The gate every covered operation passes first (deposits, withdrawals, transfers, exchange,
 * customer sign-in, live chat). The rows are cached per process and dropped on every status
 * change (here or, through the notifier, on another node), and at most GATE_MAX_AGE_MS old;
 * the decision itself is taken against the clock on every call, so a window opens and closes
 * on time without a restart or a change event. The rule is state.ts's, the same the public
 * page shows.
 */
export function createStatusGate(deps: StatusDeps): StatusGate {
  const { platform } = deps;
  let cached: { rows: GateRows; loadedAt: number } | undefined;
  let loading: Promise<GateRows> | undefined;
  // Bumped on every change, so a read that started before the change is not kept as fresh.
  let generation = 0;
  let following = false;

  // Listening starts with the first decision, not when the services are built: a command-line
  // run that never gates anything opens no listener connection.
  const follow = () => {
    if (following) return;
    following = true;
    deps.onChanged(() => {
      generation += 1;
      cached = undefined;
      loading = undefined;
    });
  };

  async function rows(now: Date): Promise<GateRows> {
    follow();
    const at = now.getTime();
    // A clock set back (tests do) makes the cache as stale as one too old.
    if (cached && at >= cached.loadedAt && at - cached.loadedAt < GATE_MAX_AGE_MS) return cached.rows;
    if (loading) return loading;
    const started = generation;
    const stale = cached;
    const read: Promise<GateRows> = loadGateRows(platform.db, now)
      .then((loaded) => {
        if (started === generation) cached = { rows: loaded, loadedAt: at };
        return loaded;
      })
      .catch((error: unknown) => {
        // The database did not answer: decide from what was read last rather than fail the call.
        if (!stale) throw error;
        platform.log.warn({ err: error }, "status gate could not refresh; using the rows read last");
        return stale.rows;
      })
      .finally(() => {
        if (loading === read) loading = undefined;
      });
    loading = read;
    return read;
  }

  async function availability(
    component: ComponentKey,
    options: { methodId?: string } = {},
  ): Promise<Availability> {
    const now = platform.clock.now();
    const { components, windows, incidents } = await rows(now);
    // A window naming the method (or the whole component) wins: it has a known end.
    const maintenance = maintenanceEnd(component, windows, now, options.methodId);
    if (maintenance) return { available: false, reason: "maintenance", ...maintenance };
    const inputs = components.find((c) => c.key === component) ?? {
      key: component,
      manualState: "operational" as const,
      signalState: null,
    };
    if (effectiveState(inputs, windows, incidents, now) !== "major_outage") return { available: true };
    // The newest open, public incident that puts the component in major outage explains it;
    // a state set by staff (or a signal) alone has no incident to link.
    const incident = incidents.find(
      (i) => !i.draft && i.componentState === "major_outage" && i.components.includes(component),
    );
    return { available: false, reason: "major_outage", incidentId: incident?.id ?? null };
  }

  return {
    availability,

    async assertAvailable(component, options = {}) {
      const decision = await availability(component, options);
      if (decision.available) return;
      const base = platform.config.publicUrl;
      if (decision.reason === "maintenance") {
        const endsAt = decision.endsAt.toISOString();
        // The sentence names the end as a date in the reader's language; the member carries the instant.
        throw new DomainError("maintenance", { endsAt: decision.endsAt }, [], {
          endsAt,
          component,
          maintenanceId: decision.maintenanceId,
          statusUrl: `${base}/status`,
        });
      }
      throw new DomainError("provider_unavailable", {}, [], {
        component,
        incidentId: decision.incidentId,
        statusUrl: statusUrlOf(base, decision),
      });
    },

    async methodWindows(methods) {
      const now = platform.clock.now();
      const { windows } = await rows(now);
      const found = new Map<string, MethodWindow>();
      for (const method of methods) {
        const covering = windows.filter(
          (w) =>
            w.canceledAt === null &&
            w.endsAt > now &&
            w.components.some((c) => method.components.includes(c)) &&
            (w.methodIds === null || w.methodIds.includes(method.id)),
        );
        const open = covering.filter((w) => isOpenAt(w, now));
        if (open.length > 0) {
          // The real end: back-to-back windows on any of the method's components count as one.
          const ends = method.components
            .map((c) => maintenanceEnd(c, windows, now, method.id))
            .filter((e) => e !== undefined);
          const first = open.reduce((a, b) => (b.startsAt < a.startsAt ? b : a));
          const last = ends.reduce((a, b) => (b.endsAt > a.endsAt ? b : a), {
            endsAt: first.endsAt,
            maintenanceId: first.id,
          });
          found.set(method.id, {
            maintenanceId: last.maintenanceId,
            startsAt: first.startsAt,
            endsAt: last.endsAt,
            open: true,
          });
          continue;
        }
        const next = covering.reduce<(typeof covering)[number] | undefined>(
          (a, b) => (a === undefined || b.startsAt < a.startsAt ? b : a),
          undefined,
        );
        if (next)
          found.set(method.id, {
            maintenanceId: next.id,
            startsAt: next.startsAt,
            endsAt: next.endsAt,
            open: false,
          });
      }
      return found;
    },
  };
}
