import type { HelpDeps } from "./deps.js";

/** Customers' reading of the help center. PLACEHOLDER: replaced by its owner. */
export type HelpReader = Record<string, never>;

export function createHelpReader(_deps: HelpDeps): HelpReader {
  return {};
}
