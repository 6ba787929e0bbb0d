import { performance } from "node:perf_hooks";
import type { TicketPriority } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { BusinessCalendar } from "./business-time.js";
import { DEFAULT_HOURS, DEFAULT_POLICIES, DEFAULT_TIME_ZONE, type SlaPolicy } from "./defaults.js";
import { selectCalendar, selectHolidays, selectPolicies } from "./settings-repository.js";

/** The policies and the calendar every SLA computation reads. */
export interface SlaSettings {
  policies: ReadonlyMap<TicketPriority, SlaPolicy>;
  calendar: BusinessCalendar;
}

/**
 * How long a node trusts what it read. Changes made on this node are seen at once
 * (invalidate after commit); other nodes see them within this time.
 */
const FRESH_MS = 30_000;

export interface SettingsCache {
  /** Read through the caller's executor: inside a transaction on the embedded database, the pool is that transaction. */
  get(executor: Executor): Promise<SlaSettings>;
  invalidate(): void;
}

export async function loadSettings(executor: Executor): Promise<SlaSettings> {
  // One after another: on the embedded database the executor is a single connection.
  const rows = await selectPolicies(executor);
  const calendar = await selectCalendar(executor);
  const holidays = await selectHolidays(executor);
  const policies = new Map<TicketPriority, SlaPolicy>(DEFAULT_POLICIES.map((p) => [p.priority, p]));
  // A policy missing from the database (never seeded) falls back to the shipped default.
  for (const row of rows) policies.set(row.priority, row);
  return {
    policies,
    calendar: {
      timeZone: calendar?.timeZone ?? DEFAULT_TIME_ZONE,
      hours: calendar?.hours ?? DEFAULT_HOURS,
      holidays: new Set(holidays.map((h) => h.day)),
    },
  };
}

export function createSettingsCache(): SettingsCache {
  let cached: { settings: SlaSettings; readAt: number } | undefined;
  // A read that started before an invalidation must not put the old settings back.
  let generation = 0;
  return {
    async get(executor) {
      // Freshness of a cache is about the machine's time, not the business clock tests move.
      const now = performance.now();
      if (cached && now - cached.readAt < FRESH_MS) return cached.settings;
      const started = generation;
      const settings = await loadSettings(executor);
      if (started === generation) cached = { settings, readAt: now };
      return settings;
    },
    invalidate() {
      generation += 1;
      cached = undefined;
    },
  };
}

export function policyOf(settings: SlaSettings, priority: TicketPriority): SlaPolicy {
  const policy =
    settings.policies.get(priority) ??
    DEFAULT_POLICIES.find((p) => p.priority === priority) ??
    DEFAULT_POLICIES[0];
  if (!policy) throw new Error(`no SLA policy for ${priority}`);
  return policy;
}
