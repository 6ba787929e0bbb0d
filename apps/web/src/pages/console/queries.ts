import type { QueueFilters } from "../../api/console";

const ROOT = ["account", "console"] as const;

/** Query keys of the agent console; under "account", so they are dropped when who is signed in changes. */
export const consoleKeys = {
  all: ROOT,
  queueAll: [...ROOT, "queue"] as const,
  queue: (filters: QueueFilters) => [...ROOT, "queue", filters] as const,
  counts: [...ROOT, "counts"] as const,
  ticketAll: [...ROOT, "ticket"] as const,
  ticket: (id: string) => [...ROOT, "ticket", id] as const,
  panelAll: [...ROOT, "panel"] as const,
  panel: (userId: string) => [...ROOT, "panel", userId] as const,
  customers: (email: string) => [...ROOT, "customers", email] as const,
  agents: [...ROOT, "agents"] as const,
  groups: [...ROOT, "groups"] as const,
  macros: [...ROOT, "macros"] as const,
  articles: (q: string) => [...ROOT, "articles", q] as const,
  savedFilters: [...ROOT, "saved-filters"] as const,
  byNumber: (number: string) => [...ROOT, "by-number", number] as const,
};
