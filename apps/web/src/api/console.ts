import { api } from "./client";
import { isRecord, num, signal, str, strOrNull } from "./parse";
import { type Page, readPage, strings } from "./staffPayments";
import {
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketCategory,
  type TicketPriority,
  type TicketStatus,
} from "./ticketModel";

// The agent console's tickets: the fields' values (./ticketModel, shared with the customer side)
// and the queue with its counts. One ticket (thread, updates, replies and notes, merging, links)
// is in ./consoleTicket. Live events, macros, saved views and presence are in ./consoleLive, the
// customer panel and its actions in ./consolePanel. Readers turn each answer into the shapes below; a missing or mistyped field
// becomes a safe default so the console never crashes on an unexpected answer.

export type { Page } from "./staffPayments";

export {
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketCategory,
  type TicketChannel,
  type TicketPriority,
  type TicketStatus,
} from "./ticketModel";

/** The server's queue views (`view=`). */
export const QUEUE_VIEWS = ["unassigned", "mine", "open", "all", "due_soon", "breached"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** Statuses an agent may set (closed is reached only by time or a merge). */
export const SETTABLE_STATUSES = ["open", "pending", "on_hold", "solved"] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

export function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((o) => o === value) ?? fallback;
}

export function optionalOneOf<T extends string>(options: readonly T[], value: unknown): T | null {
  return options.find((o) => o === value) ?? null;
}

// --- shared pieces ----------------------------------------------------------------------------------

/** A ticket's clock (the SLA module's SlaView). */
export interface SlaView {
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  paused: boolean;
  firstResponseBreached: boolean;
  resolutionBreached: boolean;
  /** When the first public reply went out (when the server says; then the first-response clock is met). */
  firstRespondedAt: string | null;
}

export function parseSla(value: unknown): SlaView | null {
  if (!isRecord(value)) return null;
  return {
    firstResponseDueAt: strOrNull(value.firstResponseDueAt),
    resolutionDueAt: strOrNull(value.resolutionDueAt),
    paused: value.paused === true,
    firstResponseBreached: value.firstResponseBreached === true,
    resolutionBreached: value.resolutionBreached === true,
    firstRespondedAt: strOrNull(value.firstRespondedAt),
  };
}

/** The row may carry firstRespondedAt beside its clock rather than in it. */
function withFirstResponse(sla: SlaView | null, firstRespondedAt: unknown): SlaView | null {
  if (!sla || sla.firstRespondedAt) return sla;
  return { ...sla, firstRespondedAt: strOrNull(firstRespondedAt) };
}

export interface Requester {
  name: string | null;
  email: string;
  /** Null for a guest whose address belongs to no account. */
  userId: string | null;
}

function parseRequester(value: unknown): Requester {
  if (!isRecord(value)) return { name: null, email: "", userId: null };
  return { name: strOrNull(value.name), email: str(value.email), userId: strOrNull(value.userId) };
}

export interface StaffRef {
  id: string;
  name: string;
}

export function parseStaffRef(value: unknown): StaffRef | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return { id: value.id, name: strOrNull(value.name) ?? strOrNull(value.email) ?? value.id };
}

/** A group's key; the API may send the key or `{ key, name }`. */
function groupKey(value: unknown): string {
  if (typeof value === "string") return value;
  return isRecord(value) ? str(value.key) : "";
}

// --- the queue ----------------------------------------------------------------------------------------

export interface AgentTicketRow {
  id: string;
  /** Digits only ("100001"); shown as "#100001". */
  number: string;
  subject: string;
  category: TicketCategory;
  status: TicketStatus;
  priority: TicketPriority;
  channel: string;
  createdAt: string;
  updatedAt: string;
  requester: Requester;
  assignee: StaffRef | null;
  group: string;
  tags: string[];
  sla: SlaView | null;
  lastMessageAt: string | null;
  unread: boolean;
}

/** "#100001" → "100001"; digits pass through. */
export function ticketNumber(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return str(value).replace(/^#/, "");
}

export function parseTicketRow(value: unknown): AgentTicketRow | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    number: ticketNumber(value.number),
    subject: str(value.subject),
    category: oneOf(TICKET_CATEGORIES, value.category, "other"),
    status: oneOf(TICKET_STATUSES, value.status, "open"),
    priority: oneOf(TICKET_PRIORITIES, value.priority, "normal"),
    channel: str(value.channel, "web"),
    createdAt: str(value.createdAt),
    updatedAt: str(value.updatedAt),
    requester: parseRequester(value.requester),
    assignee: parseStaffRef(value.assignee),
    group: groupKey(value.group ?? value.groupKey),
    tags: strings(value.tags),
    sla: withFirstResponse(parseSla(value.sla), value.firstRespondedAt),
    lastMessageAt: strOrNull(value.lastMessageAt),
    unread: value.unread === true,
  };
}

/** The filters of the queue, as query parameters (empty ones are left out). */
export interface QueueFilters {
  view?: QueueView | undefined;
  status?: string | undefined;
  priority?: string | undefined;
  category?: string | undefined;
  channel?: string | undefined;
  group?: string | undefined;
  assignee?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
}

export const FILTER_KEYS = [
  "view",
  "status",
  "priority",
  "category",
  "channel",
  "group",
  "assignee",
  "tag",
  "q",
] as const satisfies readonly (keyof QueueFilters)[];

export async function listQueue(
  filters: QueueFilters & { cursor?: string | null; limit?: number; signal?: AbortSignal },
): Promise<Page<AgentTicketRow>> {
  const body = await api.get<unknown>("/api/v1/agent/tickets", {
    query: {
      view: filters.view,
      status: filters.status,
      priority: filters.priority,
      category: filters.category,
      channel: filters.channel,
      group: filters.group,
      assignee: filters.assignee,
      tag: filters.tag?.trim(),
      q: filters.q?.trim(),
      cursor: filters.cursor,
      limit: filters.limit,
    },
    ...signal(filters.signal),
  });
  return readPage(body, parseTicketRow);
}

export interface QueueCounts {
  unassigned: number;
  mine: number;
  open: number;
  dueSoon: number;
  breached: number;
  pending: number;
  onHold: number;
}

export function parseCounts(value: unknown): QueueCounts {
  const v = isRecord(value) ? value : {};
  return {
    unassigned: num(v.unassigned),
    mine: num(v.mine),
    open: num(v.open),
    dueSoon: num(v.dueSoon),
    breached: num(v.breached),
    pending: num(v.pending),
    onHold: num(v.onHold),
  };
}

export async function fetchCounts(abort?: AbortSignal): Promise<QueueCounts> {
  return parseCounts(await api.get<unknown>("/api/v1/agent/tickets/counts", signal(abort)));
}

/**
 * The ticket with this number ("#100234", "100234"), searched among all tickets; null when
 * there is none (the search also matches words, so only an exact number counts).
 */
export async function findTicketByNumber(text: string, abort?: AbortSignal): Promise<AgentTicketRow | null> {
  const number = ticketNumber(text.trim());
  if (!/^\d+$/.test(number)) return null;
  const page = await listQueue({
    view: "all",
    q: `#${number}`,
    limit: 5,
    ...(abort ? { signal: abort } : {}),
  });
  return page.data.find((row) => row.number === number) ?? null;
}

/** "#100001" as people write it. */
export function displayNumber(number: string): string {
  return `#${number}`;
}
