import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { HelpDeps } from "../deps.js";

/**
 * `{{name}}` placeholders in article markdown, filled from the live configuration when the
 * article is rendered (see fact-names.ts for the list). PLACEHOLDER: replaced by its owner.
 */
export interface HelpFacts {
  /** Replaces every known `{{name}}` with its value in the locale; unknown names are left as written and listed. */
  fill(markdown: string, locale: HelpLocale): Promise<{ text: string; unknown: string[] }>;
  /** Every fact name, for the editor's help and for tests over the shipped articles. */
  names(): readonly string[];
}

export function createHelpFacts(_deps: Omit<HelpDeps, "facts" | "index">): HelpFacts {
  return { fill: async (text) => ({ text, unknown: [] }), names: () => [] };
}
