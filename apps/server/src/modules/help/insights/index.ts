import type { Chore } from "../../payments/index.js";
import type { HelpDeps } from "../deps.js";

/** Searches, clicks, feedback, deflections, contact requests, analytics. PLACEHOLDER: replaced by its owner. */
export interface HelpInsights {
  chores: Chore[];
}

export function createHelpInsights(_deps: HelpDeps): HelpInsights {
  return { chores: [] };
}
