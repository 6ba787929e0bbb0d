import type { Platform } from "../../../platform/platform.js";
import type { SupportSla } from "./index.js";

// PLACEHOLDER (owner: SLA helper): replace with the real policies, calendar and clock.
export function createSupportSla(_platform: Platform): SupportSla {
  return {
    onCreated: async () => ({}),
    onStatusChange: async () => ({}),
    onPriorityChange: async () => ({}),
    onAgentReply: () => ({}),
    view: (t) => ({
      firstResponseDueAt: t.first_response_due_at?.toISOString() ?? null,
      resolutionDueAt: t.resolution_due_at?.toISOString() ?? null,
      paused: t.sla_paused_since !== null,
      firstResponseBreached: false,
      resolutionBreached: false,
    }),
    expectation: async () => ({ minutes: 540, businessHours: true }),
    chores: () => [],
  };
}
