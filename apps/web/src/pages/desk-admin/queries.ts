const ROOT = ["account", "deskAdmin"] as const;

/** Query keys of the desk settings pages; under "account", so they are dropped when who is signed in changes. */
export const deskAdminKeys = {
  all: ROOT,
  macros: [...ROOT, "macros"] as const,
  articles: (q: string, language: string) => [...ROOT, "articles", language, q] as const,
  sla: [...ROOT, "sla"] as const,
  calendar: [...ROOT, "calendar"] as const,
  holidays: (year: number) => [...ROOT, "holidays", year] as const,
  holidaysAll: [...ROOT, "holidays"] as const,
  groups: [...ROOT, "groups"] as const,
  agents: [...ROOT, "agents"] as const,
  staff: [...ROOT, "staff"] as const,
  report: (from: string, to: string) => [...ROOT, "report", from, to] as const,
};

/** The console's own copies of what these pages change (its macro picker, its groups and agents lists). */
export const consoleCopies = {
  macros: ["account", "console", "macros"] as const,
  groups: ["account", "console", "groups"] as const,
  agents: ["account", "console", "agents"] as const,
};
