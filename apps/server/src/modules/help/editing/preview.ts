import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { HelpDeps } from "../deps.js";
import { listFacts } from "../render/facts.js";
import { renderMarkdown } from "../render/markdown.js";

/** The editor's live preview: facts filled as customers will see them, then the safe render. */
export async function preview(
  deps: HelpDeps,
  body: string,
  locale: HelpLocale,
): Promise<{ html: string; unknownFacts: string[] }> {
  const { text, unknown } = await deps.facts.fill(body, locale);
  return { html: renderMarkdown(text), unknownFacts: unknown };
}

/** Every fact with its value in both languages now, described in the staff member's language. */
export function factList(deps: HelpDeps, locale: HelpLocale) {
  return listFacts(deps, locale);
}
