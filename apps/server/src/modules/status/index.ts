import type { ComponentKey } from "../../platform/db/schema-status.js";
import type { Platform } from "../../platform/platform.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AuditService } from "../audit/index.js";
import type { MessagingService } from "../messaging/index.js";
import { registerMaintenanceBell } from "./bell.js";
import { componentSeed } from "./components.js";
import { insertMissingComponents } from "./components-repository.js";
import { createStatusDeps, type StatusDeps } from "./deps.js";
import { createStatusGate } from "./gate.js";
import { recordStates } from "./history.js";
import { runMaintenanceLifecycle } from "./lifecycle.js";
import { registerSubscriberNotices } from "./notices.js";
import { createSignals } from "./signals.js";
import { createSnapshotCache, type SnapshotCache } from "./snapshot.js";
import { purgeUnconfirmedSubscribers } from "./subscriptions.js";

/** Background work run once a minute by the worker role (housekeeping.ts). */
export type Chore = [string, () => Promise<number>];

/** What the gate decides for an operation of a component (and payment method) at this moment. */
export type Availability =
  | { available: true }
  | { available: false; reason: "maintenance"; endsAt: Date; maintenanceId: string }
  | { available: false; reason: "major_outage"; incidentId: string | null };

/** A payment method's maintenance window: the one going on (to its real end), else the next. */
export interface MethodWindow {
  maintenanceId: string;
  startsAt: Date;
  endsAt: Date;
  /** Going on now: the method is in maintenance. */
  open: boolean;
}

/** Refuses, at once, the operations of a component that is under maintenance or in major outage. */
export interface StatusGate {
  /**
   * Throws DomainError `maintenance` (with endsAt, the maintenance id and the status page
   * link) or `provider_unavailable` (with the incident link); resolves when the operation may
   * go ahead. With `methodId`, a maintenance window naming only that payment method counts too.
   */
  assertAvailable(component: ComponentKey, options?: { methodId?: string }): Promise<void>;
  /** What assertAvailable would decide, without throwing: work already in flight is held, not refused. */
  availability(component: ComponentKey, options?: { methodId?: string }): Promise<Availability>;
  /**
   * Each payment method's window, for its state and `maintenance` field (one source of truth
   * with the status page): a window over one of the method's components, or naming the
   * method. Methods with no window now or ahead are left out of the map.
   */
  methodWindows(methods: { id: string; components: ComponentKey[] }[]): Promise<Map<string, MethodWindow>>;
}

/** Counts provider calls per component for the automatic signals. */
export interface SignalRecorder {
  record(component: ComponentKey, outcome: "ok" | "failure" | "timeout"): void;
}

/**
 * The status page: components and their recorded states, incidents with their timelines,
 * scheduled maintenance (the one source of truth for "under maintenance", payment methods
 * included), automatic signals from provider errors, the public snapshot, summary JSON and
 * Atom feed, and email subscriptions with double opt-in.
 */
export interface StatusModule {
  deps: StatusDeps;
  gate: StatusGate;
  signals: SignalRecorder;
  /** The public page's snapshot in memory (the summary, uptime, history and feed read it). */
  snapshot: SnapshotCache;
  /** Creates the component rows a fresh installation lacks. */
  seed(): Promise<void>;
  /** Loads the public snapshot and starts following changes from other nodes. */
  warm(): Promise<void>;
  close(): Promise<void>;
  chores(): Chore[];
  /** Lets maintenance announcements reach the support desk's social accounts (wired in services.ts). */
  setAnnouncer(announce: StatusDeps["announce"]): void;
}

export function createStatusModule(input: {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
  customers: CustomerDirectory;
}): StatusModule {
  const { setAnnouncer, ...deps } = createStatusDeps(input);
  const signals = createSignals(deps);
  const snapshot = createSnapshotCache(deps);
  registerSubscriberNotices(deps);
  registerMaintenanceBell(deps);
  return {
    deps,
    gate: createStatusGate(deps),
    signals,
    snapshot,
    async seed() {
      const { platform } = deps;
      await platform.db.transaction().execute(async (trx) => {
        await insertMissingComponents(trx, componentSeed(platform.clock.now()));
        await recordStates(platform, trx);
      });
    },
    warm: () => snapshot.warm(),
    async close() {
      snapshot.close();
      await signals.close();
      await deps.notifier.close();
    },
    chores: () => [
      // A window starts and ends with no one acting: its boundaries are recorded within a minute.
      [
        "status component states recorded",
        () => deps.platform.db.transaction().execute((trx) => recordStates(deps.platform, trx)),
      ],
      ["status signals evaluated", () => signals.evaluate()],
      ["maintenance notices sent", () => runMaintenanceLifecycle(deps)],
      ["unconfirmed status subscribers forgotten", () => purgeUnconfirmedSubscribers(deps)],
    ],
    setAnnouncer,
  };
}
