const ROOT = ["account", "staffStatus"] as const;
const STATUS = [...ROOT, "status"] as const;

/** Query keys of the staff status pages; under "account", so they are dropped when who is signed in changes. */
export const staffStatusKeys = {
  all: ROOT,
  /** The overview and the incident lists: every change on /admin/status invalidates them all. */
  status: STATUS,
  overview: [...STATUS, "overview"] as const,
  incidents: (state: "open" | "resolved") => [...STATUS, "incidents", state] as const,
  templates: [...ROOT, "templates"] as const,
  preview: (key: string, language: string, code: string) =>
    [...ROOT, "preview", key, language, code] as const,
  outboxAll: [...ROOT, "outbox"] as const,
  outbox: (status: "dead" | "discarded") => [...ROOT, "outbox", status] as const,
};
