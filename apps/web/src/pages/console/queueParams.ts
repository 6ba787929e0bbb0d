import {
  FILTER_KEYS,
  QUEUE_VIEWS,
  type QueueCounts,
  type QueueFilters,
  type QueueView,
} from "../../api/console";

/**
 * The queue's state lives in the address (?view=mine&priority=urgent&q=…), so a reload, the back
 * button and a saved view all give the same list.
 */
export function filtersFrom(params: URLSearchParams): QueueFilters {
  const out: QueueFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === "view") {
      const view = QUEUE_VIEWS.find((v) => v === value);
      if (view) out.view = view;
    } else out[key] = value;
  }
  if (!out.view) out.view = DEFAULT_VIEW;
  return out;
}

export const DEFAULT_VIEW: QueueView = "open";

/** Filters as address parameters (empty ones and the default view left out). */
export function paramsFrom(filters: QueueFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value && !(key === "view" && value === DEFAULT_VIEW)) out[key] = value;
  }
  return out;
}

/** The views on the left of the queue: what each selects, and which count it shows. */
export const SIDEBAR_VIEWS = [
  { key: "unassigned", filters: { view: "unassigned" }, count: "unassigned" },
  { key: "mine", filters: { view: "mine" }, count: "mine" },
  { key: "open", filters: { view: "open" }, count: "open" },
  { key: "due_soon", filters: { view: "due_soon" }, count: "dueSoon" },
  { key: "breached", filters: { view: "breached" }, count: "breached" },
  { key: "pending", filters: { view: "all", status: "pending" }, count: "pending" },
  { key: "on_hold", filters: { view: "all", status: "on_hold" }, count: "onHold" },
  { key: "all", filters: { view: "all" }, count: null },
] as const satisfies readonly {
  key: string;
  filters: QueueFilters;
  count: keyof QueueCounts | null;
}[];

export type SidebarView = (typeof SIDEBAR_VIEWS)[number];
export type SidebarViewKey = SidebarView["key"];

/** The sidebar view the filters are exactly (other filters added make it a custom list). */
export function activeView(filters: QueueFilters): SidebarViewKey | null {
  const current = paramsFrom(filters);
  const match = SIDEBAR_VIEWS.find((v) => sameParams(paramsFrom(v.filters), current));
  return match?.key ?? null;
}

export function sameParams(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** True when the filters narrow the list beyond a view (so saving them as a view makes sense). */
export function hasNarrowing(filters: QueueFilters): boolean {
  return FILTER_KEYS.some((key) => key !== "view" && Boolean(filters[key]));
}
