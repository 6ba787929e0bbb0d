// The contact form's draft, kept in this tab's sessionStorage: reading a suggested article
// (even on its own page) or reloading never loses what the customer wrote. Cleared once the
// message is sent or the question is answered.

export interface ContactDraft {
  subject: string;
  description: string;
  email: string;
  /** The deflection this draft's suggestions belong to (the server's id). */
  deflectionId: string | null;
}

const KEY = "satchel.help.contactDraft";

export const EMPTY_DRAFT: ContactDraft = { subject: "", description: "", email: "", deflectionId: null };

function text(value: unknown, max: number): string {
  return typeof value === "string" ? value.slice(0, max) : "";
}

export function loadDraft(): ContactDraft {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return EMPTY_DRAFT;
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== "object" || value === null) return EMPTY_DRAFT;
    const draft = value as Record<string, unknown>;
    return {
      subject: text(draft.subject, 150),
      description: text(draft.description, 5000),
      email: text(draft.email, 254),
      deflectionId: typeof draft.deflectionId === "string" && draft.deflectionId ? draft.deflectionId : null,
    };
  } catch {
    return EMPTY_DRAFT; // storage blocked or damaged: start empty
  }
}

export function saveDraft(draft: ContactDraft): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // not kept; the page still works
  }
}

export function clearDraft(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
