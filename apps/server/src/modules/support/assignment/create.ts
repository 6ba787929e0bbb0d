import type { Platform } from "../../../platform/platform.js";
import type { SupportAssignment } from "./index.js";

// PLACEHOLDER (owner: SLA helper): replace with groups by category and round-robin.
export function createSupportAssignment(_platform: Platform): SupportAssignment {
  return {
    groupFor: async () => "general",
    pickAssignee: async () => null,
    isEligible: async () => true,
  };
}
