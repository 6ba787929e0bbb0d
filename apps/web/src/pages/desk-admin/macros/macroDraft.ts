import type { SettableStatus } from "../../../api/console";
import type { Lang, Macro, MacroInput } from "../../../api/deskAdmin";

// The macro form's state and its checks, kept apart from the page so each rule is tested. The
// limits are the server's (titles 100, bodies 5,000, at most 10 tags of 40 characters).

export const LANGS = ["en", "zh-CN"] as const satisfies readonly Lang[];
export const TITLE_MAX = 100;
export const BODY_MAX = 5000;
export const TAGS_MAX = 10;
export const TAG_MAX = 40;

/** The variables a macro may use, filled in for the ticket when an agent picks it. */
export const VARIABLES = [
  { key: "customerName", text: "{{customer.name}}" },
  { key: "customerFirstName", text: "{{customer.firstName}}" },
  { key: "walletNumber", text: "{{customer.walletNumber}}" },
  { key: "ticketNumber", text: "{{ticket.number}}" },
  { key: "agentName", text: "{{agent.name}}" },
] as const;

export interface MacroDraft {
  title: Record<Lang, string>;
  body: Record<Lang, string>;
  setStatus: SettableStatus | "";
  /** As typed: tags separated by commas (or Chinese commas). */
  tags: string;
}

export function draftOf(macro: Macro | null): MacroDraft {
  return macro
    ? {
        title: { ...macro.title },
        body: { ...macro.body },
        setStatus: macro.setStatus ?? "",
        tags: macro.addTags.join(", "),
      }
    : { title: { en: "", "zh-CN": "" }, body: { en: "", "zh-CN": "" }, setStatus: "", tags: "" };
}

/** "billing, 存款，billing " → ["billing", "存款"]: trimmed, without repeats, in the order typed. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;\n]+/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

export type DraftField = `title.${Lang}` | `body.${Lang}` | "tags";
export type DraftProblem = "required" | "tooLong" | "tooManyTags" | "tagTooLong";

/** What stops the draft from being saved, per field (empty when it may be sent). */
export function draftProblems(draft: MacroDraft): Partial<Record<DraftField, DraftProblem>> {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  for (const lang of LANGS) {
    const title = draft.title[lang].trim();
    if (title === "") problems[`title.${lang}`] = "required";
    else if (title.length > TITLE_MAX) problems[`title.${lang}`] = "tooLong";
    const body = draft.body[lang];
    if (body.trim() === "") problems[`body.${lang}`] = "required";
    else if (body.length > BODY_MAX) problems[`body.${lang}`] = "tooLong";
  }
  const tags = splitTags(draft.tags);
  if (tags.length > TAGS_MAX) problems.tags = "tooManyTags";
  else if (tags.some((t) => t.length > TAG_MAX)) problems.tags = "tagTooLong";
  return problems;
}

export function inputOf(draft: MacroDraft): MacroInput {
  return {
    title: { en: draft.title.en.trim(), "zh-CN": draft.title["zh-CN"].trim() },
    body: { en: draft.body.en, "zh-CN": draft.body["zh-CN"] },
    setStatus: draft.setStatus === "" ? null : draft.setStatus,
    addTags: splitTags(draft.tags),
  };
}

/** Variables written in a body that the desk does not know (they would reach the customer as typed). */
export function unknownVariables(body: string): string[] {
  const known = new Set<string>(VARIABLES.map((v) => v.text.slice(2, -2)));
  const names = [...body.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1] ?? "");
  // The server's rule: spaces around the name are fine, none inside; article slugs in lower case.
  const unknown = names.filter(
    (name) => !known.has(name) && !/^article:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name),
  );
  return [...new Set(unknown.map((name) => `{{${name}}}`))];
}
