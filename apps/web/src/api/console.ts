import { api } from "./client";
import { amount, invalid, isRecord, num, signal, str, strOrNull } from "./parse";
import { id, numOrNull, type Page, readPage, strings } from "./staffPayments";

// The agent console's tickets: the queue and its counts, one ticket with its whole thread,
// updates, replies and internal notes, merging, linking transactions. Live events, macros,
// saved views and presence are in ./consoleLive, the customer panel and its actions in
// ./consolePanel. Readers turn each answer into the shapes below; a missing or mistyped field
// becomes a safe default so the console never crashes on an unexpected answer.

export type { Page } from "./staffPayments";

export const TICKET_STATUSES = ["new", "open", "pending", "on_hold", "solved", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_CATEGORIES = [
  "login_access",
  "transaction",
  "deposit",
  "withdrawal",
  "security",
  "verification",
  "other",
] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_CHANNELS = ["web", "email", "chat", "phone", "social"] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

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

// --- one ticket ---------------------------------------------------------------------------------------

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

function parseAttachment(value: unknown): Attachment | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    filename: str(value.filename, value.id),
    contentType: str(value.contentType),
    size: num(value.size),
  };
}

export type MessageKind = "customer" | "agent" | "note" | "system";

export interface TicketMessage {
  id: string;
  authorType: "customer" | "agent" | "system";
  authorName: string | null;
  body: string;
  internal: boolean;
  channel: string;
  attachments: Attachment[];
  createdAt: string;
}

/** How the thread shows a message: an agent's internal note is its own kind. */
export function messageKind(m: Pick<TicketMessage, "authorType" | "internal">): MessageKind {
  if (m.internal) return "note";
  return m.authorType;
}

export function parseMessage(value: unknown): TicketMessage | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    authorType: oneOf(["customer", "agent", "system"] as const, value.authorType, "system"),
    authorName: strOrNull(value.authorName),
    body: str(value.body),
    internal: value.internal === true,
    channel: str(value.channel, "web"),
    attachments: Array.isArray(value.attachments)
      ? value.attachments.map(parseAttachment).filter((a): a is Attachment => a !== null)
      : [],
    createdAt: str(value.createdAt),
  };
}

export interface TicketEvent {
  id: string;
  kind: string;
  actor: StaffRef | null;
  detail: Record<string, unknown>;
  createdAt: string;
}

function parseEvent(value: unknown): TicketEvent | null {
  if (!isRecord(value) || typeof value.kind !== "string") return null;
  const actor =
    parseStaffRef(value.actor) ??
    (typeof value.actorId === "string"
      ? { id: value.actorId, name: str(value.actorName, value.actorId) }
      : null);
  return {
    id: str(value.id, `${value.kind}-${str(value.createdAt)}`),
    kind: value.kind,
    actor,
    detail: isRecord(value.detail) ? value.detail : {},
    createdAt: str(value.createdAt),
  };
}

/** A transaction attached to the ticket, as it was when attached. */
export interface LinkedTransaction {
  id: string;
  reference: string;
  type: string;
  status: string;
  direction: "in" | "out";
  amount: string;
  fee: string;
  currency: string;
  reasonCode: string | null;
  at: string;
}

export function parseLinkedTransaction(value: unknown): LinkedTransaction | null {
  if (!isRecord(value)) return null;
  const snapshot = isRecord(value.snapshot) ? { ...value, ...value.snapshot } : value;
  const txId = strOrNull(snapshot.id) ?? strOrNull(snapshot.transactionId);
  if (!txId) return null;
  return {
    id: txId,
    reference: str(snapshot.reference, txId),
    type: str(snapshot.type),
    status: str(snapshot.status),
    direction: snapshot.direction === "in" ? "in" : "out",
    amount: amount(snapshot.amount),
    fee: amount(snapshot.fee),
    currency: str(snapshot.currency),
    reasonCode: strOrNull(snapshot.reasonCode),
    at: str(snapshot.at ?? snapshot.createdAt),
  };
}

/** The customer's account as it was when they wrote. */
export interface TicketContext {
  walletNumber: string | null;
  verificationLevel: number | null;
  locked: boolean | null;
  lockKind: string | null;
  twoFactor: boolean | null;
  frozen: boolean | null;
  emailVerified: boolean | null;
}

function boolOrNull(value: unknown): boolean | null {
  return typeof value === "boolean" ? value : null;
}

export function parseContext(value: unknown): TicketContext | null {
  if (!isRecord(value) || Object.keys(value).length === 0) return null;
  return {
    walletNumber: strOrNull(value.walletNumber),
    verificationLevel: numOrNull(value.verificationLevel),
    locked: boolOrNull(value.locked),
    lockKind: strOrNull(value.lockKind),
    twoFactor: boolOrNull(value.twoFactor),
    frozen: boolOrNull(value.frozen),
    emailVerified: boolOrNull(value.emailVerified),
  };
}

export interface TicketRef {
  id: string;
  number: string;
}

function parseRef(value: unknown): TicketRef | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return { id: value.id, number: ticketNumber(value.number) };
}

export interface AgentTicketDetail extends AgentTicketRow {
  messages: TicketMessage[];
  events: TicketEvent[];
  transactions: LinkedTransaction[];
  context: TicketContext | null;
  satisfaction: { score: number; comment: string | null } | null;
  mergedInto: TicketRef | null;
  merged: TicketRef[];
}

function items<T>(value: unknown, parse: (item: unknown) => T | null): T[] {
  return Array.isArray(value) ? value.map(parse).filter((item): item is T => item !== null) : [];
}

export function parseTicketDetail(value: unknown): AgentTicketDetail | null {
  const row = parseTicketRow(value);
  if (!row || !isRecord(value)) return null;
  const rating = isRecord(value.satisfaction) ? value.satisfaction : null;
  return {
    ...row,
    messages: items(value.messages, parseMessage),
    events: items(value.events, parseEvent),
    transactions: items(value.transactions, parseLinkedTransaction),
    context: parseContext(value.context),
    satisfaction:
      rating && typeof rating.score === "number"
        ? { score: rating.score, comment: strOrNull(rating.comment) }
        : null,
    mergedInto: parseRef(value.mergedInto),
    merged: items(value.merged, parseRef),
  };
}

function oneTicket(body: unknown): AgentTicketDetail {
  const ticket = parseTicketDetail(body);
  if (!ticket) throw invalid();
  return ticket;
}

export async function getTicket(ticketId: string, abort?: AbortSignal): Promise<AgentTicketDetail> {
  return oneTicket(await api.get<unknown>(`/api/v1/agent/tickets/${id(ticketId)}`, signal(abort)));
}

/** What an agent may change on a ticket; `assigneeId: null` unassigns. */
export interface TicketPatch {
  status?: SettableStatus;
  priority?: TicketPriority;
  category?: TicketCategory;
  tags?: string[];
  assigneeId?: string | null;
  groupKey?: string;
}

export async function updateTicket(ticketId: string, patch: TicketPatch): Promise<AgentTicketDetail> {
  return oneTicket(await api.patch<unknown>(`/api/v1/agent/tickets/${id(ticketId)}`, patch));
}

export interface ReplyInput {
  body: string;
  /** An internal note: never shown or sent to the customer. */
  internal: boolean;
  /** The status after sending; left out, the server decides (pending after a public reply). */
  status?: SettableStatus | undefined;
  macroId?: string | undefined;
  attachmentIds?: string[] | undefined;
}

export async function sendReply(ticketId: string, input: ReplyInput): Promise<TicketMessage> {
  const body = await api.post<unknown>(`/api/v1/agent/tickets/${id(ticketId)}/replies`, {
    body: input.body,
    internal: input.internal,
    ...(input.status ? { status: input.status } : {}),
    ...(input.macroId ? { macroId: input.macroId } : {}),
    ...(input.attachmentIds?.length ? { attachmentIds: input.attachmentIds } : {}),
  });
  const message = parseMessage(body);
  if (!message) throw invalid();
  return message;
}

/** Merges the ticket into another of the same requester; answers the target. */
export async function mergeTicket(ticketId: string, intoTicketId: string): Promise<AgentTicketDetail> {
  return oneTicket(await api.post<unknown>(`/api/v1/agent/tickets/${id(ticketId)}/merge`, { intoTicketId }));
}

export async function linkTransactions(ticketId: string, transactionIds: string[]): Promise<void> {
  await api.post<unknown>(`/api/v1/agent/tickets/${id(ticketId)}/transactions`, { transactionIds });
}

/** Where a ticket's screenshot is served (owner or staff only). */
export function attachmentUrl(attachmentId: string): string {
  return `/api/v1/tickets/attachments/${id(attachmentId)}`;
}

/** "#100001" as people write it. */
export function displayNumber(number: string): string {
  return `#${number}`;
}
