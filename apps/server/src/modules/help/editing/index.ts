import type { HelpDeps } from "../deps.js";

/** Staff side of the help center. PLACEHOLDER: replaced by its owner. */
export type HelpContent = Record<string, never>;

export function createHelpContent(_deps: HelpDeps): HelpContent {
  return {};
}
