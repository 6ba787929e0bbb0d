import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { HelpDeps } from "../deps.js";
import { renderMarkdownReport } from "../render/markdown.js";

export interface PreviewResult {
  html: string;
  /** {{names}} that are not facts (left as written). */
  unknownFacts: string[];
  /** Image addresses customers will not see (only images uploaded to the help center are shown). */
  droppedImages: string[];
}

/** The editor's live preview: facts filled as customers will see them, then the safe render. */
export async function preview(deps: HelpDeps, body: string, locale: HelpLocale): Promise<PreviewResult> {
  const { text, unknown } = await deps.facts.fill(body, locale);
  const { html, droppedImages } = renderMarkdownReport(text);
  return { html, unknownFacts: unknown, droppedImages };
}

/** Every fact with its value in both languages now, described in the staff member's language. */
export function factList(deps: HelpDeps, locale: HelpLocale) {
  return deps.facts.list(locale);
}
