import type { Transaction } from "kysely";
import type { StatusSettings } from "../../config-status.js";
import type { DB } from "../../platform/db/schema.js";
import type { ComponentKey, IncidentImpact, Localized, SetState } from "../../platform/db/schema-status.js";
import { SYSTEM_ACTOR } from "../audit/index.js";
import { COMPONENTS } from "./components.js";
import { type ComponentRow, listComponents } from "./components-repository.js";
import type { StatusDeps } from "./deps.js";
import { changeStatus } from "./history.js";
import {
  insertIncident,
  insertIncidentUpdate,
  openIncidents,
  updateIncident,
} from "./incidents-repository.js";
import type { SignalRecorder } from "./index.js";
import {
  addToBuckets,
  type BucketCounts,
  purgeBuckets,
  setSignalState,
  type WindowTotals,
  windowTotals,
} from "./signals-repository.js";

/**
 * Automatic signals: every provider call is counted in memory per component and minute, and
 * each node adds its counts to the shared buckets every FLUSH_EVERY_MS (and when it closes),
 * so the nodes add up. Once a minute a worker reads the last STATUS_SIGNAL_WINDOW_MINUTES:
 * enough calls failing or timing out marks the component degraded (or in partial outage) and
 * opens a draft incident for staff to confirm; a whole window below the rate clears the signal
 * and resolves the draft if staff never published it. A published incident is staff's to close.
 */

export const FLUSH_EVERY_MS = 10_000;
const MINUTE_MS = 60_000;
/** Buckets are kept a day: enough to look into an incident's numbers, never read by the signal. */
const BUCKETS_KEPT_MS = 24 * 60 * MINUTE_MS;

type SignalState = Exclude<SetState, "operational">;

export interface Signals extends SignalRecorder {
  /** Adds this node's counts to the shared buckets now. */
  flush(): Promise<void>;
  /** The minute chore: reads the window, sets or clears signals; how many components changed. */
  evaluate(): Promise<number>;
  /** Stops the timer and flushes what is left. */
  close(): Promise<void>;
}

/** What the window says about a component: a state, all clear, or too little to tell. */
export type Verdict = SignalState | "clear" | "unknown";

export function verdictOf(totals: WindowTotals | undefined, settings: StatusSettings): Verdict {
  if (!totals || totals.calls === 0) return "unknown";
  const rate = totals.errors / totals.calls;
  if (rate < settings.signalErrorRate) return "clear";
  if (totals.calls < settings.signalMinCalls) return "unknown";
  return rate >= settings.signalOutageRate ? "partial_outage" : "degraded_performance";
}

const IMPACT_OF: Record<SignalState, IncidentImpact> = {
  degraded_performance: "minor",
  partial_outage: "major",
  major_outage: "critical",
};

/** "card deposits" in a sentence; names that start with an acronym ("API") keep their capitals. */
const inSentence = (name: string) =>
  /^[A-Z][a-z]/.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;

const draftTitle = (key: ComponentKey): Localized => ({
  en: `Elevated errors on ${inSentence(COMPONENTS[key].name.en)}`,
  "zh-CN": `${COMPONENTS[key].name["zh-CN"]}错误率升高`,
});
const draftMessage = (key: ComponentKey): Localized => ({
  en: `We are seeing more errors than usual on ${inSentence(COMPONENTS[key].name.en)} and are looking into it.`,
  "zh-CN": `我们发现${COMPONENTS[key].name["zh-CN"]}的错误比平时多，正在调查。`,
});
const RECOVERED: Localized = {
  en: "Error rates are back to normal.",
  "zh-CN": "错误率已恢复正常。",
};

export function createSignals(deps: StatusDeps): Signals {
  const { platform } = deps;
  const settings = platform.config.status;
  const windowMs = settings.signalWindowMinutes * MINUTE_MS;
  let counters = new Map<string, BucketCounts>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();

  function record(component: ComponentKey, outcome: "ok" | "failure" | "timeout"): void {
    const now = platform.clock.now().getTime();
    const bucketStart = now - (now % MINUTE_MS);
    const key = `${component}|${bucketStart}`;
    let counts = counters.get(key);
    if (!counts) {
      counts = { component, bucketStart: new Date(bucketStart), calls: 0, failures: 0, timeouts: 0 };
      counters.set(key, counts);
    }
    counts.calls += 1;
    if (outcome === "failure") counts.failures += 1;
    if (outcome === "timeout") counts.timeouts += 1;
    if (!timer) {
      timer = setInterval(() => void flush(), FLUSH_EVERY_MS);
      timer.unref();
    }
  }

  async function flushNow(): Promise<void> {
    if (counters.size === 0) return;
    const taken = counters;
    counters = new Map();
    try {
      await addToBuckets(platform.db, [...taken.values()]);
    } catch (error) {
      // Kept for the next flush rather than lost: the database may be back in ten seconds.
      for (const [key, counts] of taken) {
        const later = counters.get(key);
        if (later) {
          later.calls += counts.calls;
          later.failures += counts.failures;
          later.timeouts += counts.timeouts;
        } else counters.set(key, counts);
      }
      platform.log.warn({ err: error }, "provider call counts not saved; will try again");
    }
  }

  /** One flush at a time (the timer, the chore and close may meet). */
  function flush(): Promise<void> {
    flushing = flushing.then(flushNow);
    return flushing;
  }

  async function evaluate(): Promise<number> {
    await flush();
    const now = platform.clock.now();
    const minute = now.getTime() - (now.getTime() % MINUTE_MS);
    await purgeBuckets(platform.db, new Date(minute - BUCKETS_KEPT_MS));
    const from = new Date(minute - windowMs + MINUTE_MS);
    const totals = await windowTotals(platform.db, from);
    const due = (components: ComponentRow[]) =>
      components.flatMap((c) => {
        const change = changeFor(c, verdictOf(totals.get(c.key), settings), now);
        return change ? [{ component: c, change }] : [];
      });
    if (due(await listComponents(platform.db)).length === 0) return 0;
    // Locked and read again inside: another worker may have done it meanwhile.
    return changeStatus(deps, async (trx) => {
      const changes = due(await listComponents(trx));
      for (const { component, change } of changes) await apply(trx, component, change, now);
      return changes.length;
    });
  }

  /** The change the verdict asks of a component now, if any. */
  function changeFor(c: ComponentRow, verdict: Verdict, now: Date): SignalState | "clear" | undefined {
    if (verdict === "unknown") return undefined;
    if (verdict === "clear") {
      // Cleared only after a whole window that began after the signal did.
      const settled = c.signal_since !== null && now.getTime() - c.signal_since.getTime() >= windowMs;
      return c.signal_state !== null && settled ? "clear" : undefined;
    }
    return c.signal_state === verdict ? undefined : verdict;
  }

  async function apply(trx: Transaction<DB>, c: ComponentRow, change: SignalState | "clear", now: Date) {
    const drafts = (await openIncidents(trx)).filter(
      (i) => i.source === "signal" && i.draft && i.components.includes(c.key),
    );
    if (change === "clear") {
      await setSignalState(trx, c.key, null, null);
      for (const draft of drafts) {
        await updateIncident(trx, draft.id, { status: "resolved", resolved_at: now, updated_at: now });
        await insertIncidentUpdate(trx, {
          id: platform.ids.next("incidentUpdate"),
          incident_id: draft.id,
          status: "resolved",
          body: JSON.stringify(RECOVERED),
          created_by: null,
          created_at: now,
        });
      }
      await deps.audit.record(
        trx,
        SYSTEM_ACTOR,
        "status.signal_cleared",
        { type: "status_component", id: c.key },
        {
          was: c.signal_state,
          since: c.signal_since?.toISOString() ?? null,
          draftsResolved: drafts.map((d) => d.id),
        },
      );
      return;
    }
    await setSignalState(trx, c.key, change, c.signal_since ?? now);
    for (const draft of drafts)
      await updateIncident(trx, draft.id, {
        component_state: change,
        impact: IMPACT_OF[change],
        updated_at: now,
      });
    const anyOpen = (await openIncidents(trx)).some((i) => i.components.includes(c.key));
    let opened: string | null = null;
    if (!anyOpen) {
      const incident = await insertIncident(trx, {
        id: platform.ids.next("incident"),
        title: JSON.stringify(draftTitle(c.key)),
        impact: IMPACT_OF[change],
        status: "investigating",
        components: [c.key],
        component_state: change,
        draft: true,
        source: "signal",
        created_by: null,
        created_at: now,
        updated_at: now,
        resolved_at: null,
      });
      await insertIncidentUpdate(trx, {
        id: platform.ids.next("incidentUpdate"),
        incident_id: incident.id,
        status: "investigating",
        body: JSON.stringify(draftMessage(c.key)),
        created_by: null,
        created_at: now,
      });
      opened = incident.id;
    }
    await deps.audit.record(
      trx,
      SYSTEM_ACTOR,
      "status.signal_raised",
      { type: "status_component", id: c.key },
      {
        state: change,
        was: c.signal_state,
        draftIncident: opened,
      },
    );
  }

  return {
    record(component, outcome) {
      try {
        record(component, outcome);
      } catch (error) {
        // Counting must never break the call it counts.
        platform.log.warn({ err: error }, "provider call not counted");
      }
    },
    flush,
    evaluate,
    async close() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await flush();
    },
  };
}
