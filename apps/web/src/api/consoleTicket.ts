import { api } from "./client";
import {
  type AgentTicketRow,
  oneOf,
  parseStaffRef,
  parseTicketRow,
  type SettableStatus,
  type StaffRef,
  type TicketCategory,
  type TicketPriority,
  ticketNumber,
} from "./console";
import { parseTicketContact, type TicketContact } from "./contacts";
import { amount, invalid, isRecord, num, signal, str, strOrNull } from "./parse";
import { id, numOrNull } from "./staffPayments";

// One ticket in the agent console: its thread (customer messages, replies, internal notes,
// system notes), history, attached transactions and the account as it was when the customer
// wrote; changing it, replying, merging, linking transactions.

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
  /** Agents' replies delivered through email, Messenger or X: where delivery stands (null otherwise). */
  deliveryStatus: DeliveryStatus | null;
  /** Why the last delivery attempt failed (kept while it is retried, and once it has failed for good). */
  deliveryError: string | null;
}

export const DELIVERY_STATUSES = ["queued", "sent", "delivered", "read", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

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
    deliveryStatus: (DELIVERY_STATUSES as readonly unknown[]).includes(value.deliveryStatus)
      ? (value.deliveryStatus as DeliveryStatus)
      : null,
    deliveryError: strOrNull(value.deliveryError),
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
  /** Who wrote from outside the app (email, phone, Messenger, X); null for tickets opened in the app. */
  contact: TicketContact | null;
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
    contact: parseTicketContact(value.contact),
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
  /** The way back (email, messenger, x, chat, web); left out, the channel of the customer's latest message. */
  channel?: string | undefined;
}

export async function sendReply(ticketId: string, input: ReplyInput): Promise<TicketMessage> {
  const body = await api.post<unknown>(`/api/v1/agent/tickets/${id(ticketId)}/replies`, {
    body: input.body,
    internal: input.internal,
    ...(input.status ? { status: input.status } : {}),
    ...(input.macroId ? { macroId: input.macroId } : {}),
    ...(input.attachmentIds?.length ? { attachmentIds: input.attachmentIds } : {}),
    ...(input.channel && !input.internal ? { channel: input.channel } : {}),
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
