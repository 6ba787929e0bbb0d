import type { Bilingual, Lang } from "../../api/deskAdmin";
import type { IncidentImpact, SetState, TextInput } from "../../api/staff-status";

// The logic of the staff status forms, kept out of the components so it can be tested: texts
// written in both languages (or once for both), and the component state an impact suggests.

export const LANGS: readonly Lang[] = ["en", "zh-CN"];

export const EMPTY_TEXT: Bilingual = { en: "", "zh-CN": "" };

/** The server's limits, per language: titles, and messages or descriptions. */
export const TITLE_MAX = 200;
export const MESSAGE_MAX = 4000;

/** What is wrong with one language of a text. */
export type TextProblem = "required";

/**
 * The problems of a text field per language. With `same`, one text serves both languages and is
 * kept under `en`. An optional text may be left empty in both languages, never in only one.
 */
export function textProblems(
  draft: Bilingual,
  same: boolean,
  required: boolean,
): Partial<Record<Lang, TextProblem>> {
  const en = draft.en.trim();
  const zh = draft["zh-CN"].trim();
  if (same) return !en && required ? { en: "required" } : {};
  if (!en && !zh && !required) return {};
  return { ...(en ? {} : { en: "required" as const }), ...(zh ? {} : { "zh-CN": "required" as const }) };
}

/**
 * The text as the API takes it: one string for both languages, or both. Undefined when an
 * optional text was left empty (a text with problems also gives undefined: check those first).
 */
export function textInput(draft: Bilingual, same: boolean): TextInput | undefined {
  const en = draft.en.trim();
  const zh = draft["zh-CN"].trim();
  if (same) return en || undefined;
  return en && zh ? { en, "zh-CN": zh } : undefined;
}

/**
 * The state an incident gives its components unless staff choose another (the server's default
 * too): the worse the impact, the worse the state.
 */
export function defaultComponentState(impact: IncidentImpact): SetState {
  switch (impact) {
    case "critical":
      return "major_outage";
    case "major":
      return "partial_outage";
    case "minor":
      return "degraded_performance";
    default:
      return "operational";
  }
}

/**
 * Who did something, as staff read it: the name (else email) the server gives, the user id only
 * when it knows no person by it now; null for the system.
 */
export function actorName(who: { createdBy: string | null; createdByLabel: string | null }): string | null {
  return who.createdByLabel ?? who.createdBy;
}
