import type { Bilingual, Lang } from "../../api/deskAdmin";
import type {
  ComponentKey,
  MaintenanceChanges,
  MaintenanceInput,
  StaffMaintenance,
  TextInput,
} from "../../api/staff-status";
import { EMPTY_TEXT, type TextProblem, textInput, textProblems } from "./text";
import { fromLocalInput, suggestedWindow, toLocalInput, type WindowProblem, windowProblems } from "./window";

// The maintenance form's model, kept out of the component so it can be tested: a new window or
// one being edited, what keeps it from being saved, and what is sent (all of a new window; only
// what changed of an existing one, so a window left where it was is not announced again).

export interface MaintenanceDraft {
  components: ComponentKey[];
  /** datetime-local values, in the browser's time zone. */
  start: string;
  end: string;
  /** One text for both languages (kept under `en`). */
  same: boolean;
  title: Bilingual;
  description: Bilingual;
  announceSocial: boolean;
}

export interface DraftProblems {
  components: boolean;
  start?: WindowProblem;
  end?: WindowProblem;
  title: Partial<Record<Lang, TextProblem>>;
  description: Partial<Record<Lang, TextProblem>>;
}

/** A new window: no components yet, from the next full hour for one hour. */
export function newDraft(now: number): MaintenanceDraft {
  const { start, end } = suggestedWindow(now);
  return {
    components: [],
    start,
    end,
    same: false,
    title: EMPTY_TEXT,
    description: EMPTY_TEXT,
    announceSocial: false,
  };
}

const sameText = (text: Bilingual) => text.en === text["zh-CN"];
const hasText = (text: Bilingual) => text.en.trim() !== "" || text["zh-CN"].trim() !== "";

/** An existing window as the form shows it; texts the same in both languages are typed once. */
export function draftOf(maintenance: StaffMaintenance): MaintenanceDraft {
  return {
    components: [...maintenance.components],
    start: toLocalInput(maintenance.startsAt),
    end: toLocalInput(maintenance.endsAt),
    same: sameText(maintenance.title) && sameText(maintenance.description),
    title: { ...maintenance.title },
    description: { ...maintenance.description },
    announceSocial: maintenance.announceSocial,
  };
}

/**
 * True when the description must stay written: an edited window's description may be rewritten
 * but not taken away once it has one (the API keeps a text it is not sent).
 */
export function keepsDescription(original?: StaffMaintenance): boolean {
  return original ? hasText(original.description) : false;
}

/** What keeps the draft from being saved, checked at `now` (an edit: against the `original`). */
export function draftProblems(
  draft: MaintenanceDraft,
  now: number,
  original?: StaffMaintenance,
): DraftProblems {
  const times = windowProblems(fromLocalInput(draft.start), fromLocalInput(draft.end), now);
  return {
    components: draft.components.length === 0,
    ...times,
    title: textProblems(draft.title, draft.same, true),
    description: textProblems(draft.description, draft.same, keepsDescription(original)),
  };
}

export function isValid(problems: DraftProblems): boolean {
  return (
    !problems.components &&
    !problems.start &&
    !problems.end &&
    Object.keys(problems.title).length === 0 &&
    Object.keys(problems.description).length === 0
  );
}

/** A new window as POST /maintenances takes it; null while the draft has problems. */
export function scheduleInput(draft: MaintenanceDraft, now: number): MaintenanceInput | null {
  if (!isValid(draftProblems(draft, now))) return null;
  const startsAt = fromLocalInput(draft.start);
  const endsAt = fromLocalInput(draft.end);
  const title = textInput(draft.title, draft.same);
  const description = textInput(draft.description, draft.same);
  if (!startsAt || !endsAt || !title) return null;
  return {
    components: draft.components,
    startsAt,
    endsAt,
    title,
    ...(description ? { description } : {}),
    announceSocial: draft.announceSocial,
  };
}

/** The text as the server stores it: the same in both languages when written once. */
const stored = (text: TextInput): Bilingual =>
  typeof text === "string" ? { en: text, "zh-CN": text } : text;
const sameStored = (a: Bilingual, b: Bilingual) => a.en === b.en && a["zh-CN"] === b["zh-CN"];
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((k) => b.includes(k));

/**
 * What changed of an edited window, as PATCH /maintenances/{id} takes it: only the fields that
 * differ (an empty object when nothing did); null while the draft has problems. A time left as it
 * was shown is not sent, so the window is not moved (nor announced again) by rounding.
 */
export function changesOf(
  draft: MaintenanceDraft,
  original: StaffMaintenance,
  now: number,
): MaintenanceChanges | null {
  if (!isValid(draftProblems(draft, now, original))) return null;
  const title = textInput(draft.title, draft.same);
  const description = textInput(draft.description, draft.same);
  if (!title) return null;
  const startsAt = draft.start !== toLocalInput(original.startsAt) ? fromLocalInput(draft.start) : null;
  const endsAt = draft.end !== toLocalInput(original.endsAt) ? fromLocalInput(draft.end) : null;
  return {
    ...(sameSet(draft.components, original.components) ? {} : { components: draft.components }),
    ...(startsAt ? { startsAt } : {}),
    ...(endsAt ? { endsAt } : {}),
    ...(sameStored(stored(title), original.title) ? {} : { title }),
    ...(description && !sameStored(stored(description), original.description) ? { description } : {}),
  };
}

/** True when the changes move a window that has not started: subscribers are told again. */
export function movesWindow(changes: MaintenanceChanges): boolean {
  return changes.startsAt !== undefined || changes.endsAt !== undefined;
}
