// The contact form's draft, kept in this tab's sessionStorage: reading a suggested article
// (even on its own page) or reloading never loses what the customer wrote. Cleared once the
// ticket is sent or the question is answered. Screenshots are not kept (an upload belongs to
// the page that made it; the server drops unused ones after a day).

import { isCategory, MAX_TRANSACTIONS, type TicketCategory } from "../../api/support";

export interface ContactDraft {
  category: TicketCategory;
  subject: string;
  description: string;
  /** Guests only. */
  email: string;
  name: string;
  /** Transactions from the customer's own history the ticket is about (signed in only). */
  transactionIds: string[];
  /** The deflection this draft's suggestions belong to (the server's id). */
  deflectionId: string | null;
}

const KEY = "satchel.help.contactDraft";

export const EMPTY_DRAFT: ContactDraft = {
  category: "other",
  subject: "",
  description: "",
  email: "",
  name: "",
  transactionIds: [],
  deflectionId: null,
};

function text(value: unknown, max: number): string {
  return typeof value === "string" ? value.slice(0, max) : "";
}

function ids(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const found = value.filter((v): v is string => typeof v === "string" && v !== "");
  return [...new Set(found)].slice(0, MAX_TRANSACTIONS);
}

export function loadDraft(): ContactDraft {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return EMPTY_DRAFT;
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== "object" || value === null) return EMPTY_DRAFT;
    const draft = value as Record<string, unknown>;
    return {
      category: isCategory(draft.category) ? draft.category : EMPTY_DRAFT.category,
      subject: text(draft.subject, 150),
      description: text(draft.description, 5000),
      email: text(draft.email, 254),
      name: text(draft.name, 100),
      transactionIds: ids(draft.transactionIds),
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
