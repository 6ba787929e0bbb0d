import { api } from "./client";
import { oneOf } from "./console";
import { invalid, isRecord, num, signal, str, strOrNull } from "./parse";
import { id, type Page, readPage } from "./staffPayments";

// The phone channel: the lines on the contact page, callbacks (customers book them, agents work
// them from a queue), calls logged on a ticket, and the console's "incoming call" event.
// Readers turn each answer into the shapes below; an unexpected field becomes a safe default.

// --- phone lines (part of GET /support/contact-options) -------------------------------------------------

export interface PhoneLine {
  label: string;
  /** E.164, for a tel: link. */
  number: string;
  hours: string;
}

export interface PhoneOptions {
  lines: PhoneLine[];
  /** Signed-in customers may book a callback. */
  callbacks: boolean;
}

export function parsePhoneOptions(value: unknown): PhoneOptions {
  if (!isRecord(value)) return { lines: [], callbacks: false };
  const lines = Array.isArray(value.lines) ? value.lines : [];
  return {
    lines: lines.flatMap((line): PhoneLine[] =>
      isRecord(line) && typeof line.number === "string" && line.number !== ""
        ? [{ label: str(line.label, line.number), number: line.number, hours: str(line.hours) }]
        : [],
    ),
    callbacks: value.callbacks === true,
  };
}

// --- callbacks: the customer's side ----------------------------------------------------------------------

export const CALLBACK_STATUSES = ["requested", "done", "missed", "cancelled"] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

export interface Slot {
  start: string;
  end: string;
  remaining: number;
}

export interface SlotOffer {
  /** The support calendar's zone: slots are shown in it. */
  timeZone: string;
  slotMinutes: number;
  days: number;
  slots: Slot[];
}

function parseSlot(value: unknown): Slot | null {
  if (!isRecord(value) || typeof value.start !== "string" || typeof value.end !== "string") return null;
  return { start: value.start, end: value.end, remaining: num(value.remaining, 1) };
}

export async function fetchCallbackSlots(abort?: AbortSignal): Promise<SlotOffer> {
  const body = await api.get<unknown>("/api/v1/support/callbacks/slots", signal(abort));
  if (!isRecord(body) || !Array.isArray(body.slots)) throw invalid();
  return {
    timeZone: str(body.timeZone, "UTC"),
    slotMinutes: num(body.slotMinutes, 30),
    days: num(body.days, 7),
    slots: body.slots.map(parseSlot).filter((s): s is Slot => s !== null),
  };
}

export interface TicketRef {
  id: string;
  number: string;
}

function parseTicketRef(value: unknown): TicketRef | null {
  return isRecord(value) && typeof value.id === "string" ? { id: value.id, number: str(value.number) } : null;
}

export interface OwnCallback {
  id: string;
  status: CallbackStatus;
  slotStart: string;
  slotEnd: string;
  phone: string;
  note: string;
  ticket: TicketRef | null;
  cancellable: boolean;
}

export function parseOwnCallback(value: unknown): OwnCallback | null {
  if (!isRecord(value) || typeof value.id !== "string" || typeof value.slotStart !== "string") return null;
  return {
    id: value.id,
    status: oneOf(CALLBACK_STATUSES, value.status, "requested"),
    slotStart: value.slotStart,
    slotEnd: str(value.slotEnd, value.slotStart),
    phone: str(value.phone),
    note: str(value.note),
    ticket: parseTicketRef(value.ticket),
    cancellable: value.cancellable === true,
  };
}

export interface CallbackRequest {
  slotStart: string;
  /** Left out: the customer's verified phone. */
  phone?: string;
  note?: string;
}

export async function bookCallback(input: CallbackRequest): Promise<OwnCallback> {
  const callback = parseOwnCallback(await api.post<unknown>("/api/v1/support/callbacks", input));
  if (!callback) throw invalid();
  return callback;
}

export async function listMyCallbacks(abort?: AbortSignal): Promise<OwnCallback[]> {
  return readPage(await api.get<unknown>("/api/v1/support/callbacks", signal(abort)), parseOwnCallback).data;
}

export async function cancelCallback(callbackId: string): Promise<OwnCallback> {
  const callback = parseOwnCallback(
    await api.post<unknown>(`/api/v1/support/callbacks/${id(callbackId)}/cancel`),
  );
  if (!callback) throw invalid();
  return callback;
}

// --- callbacks: the console's queue ----------------------------------------------------------------------

export interface QueueCallback extends OwnCallback {
  overdue: boolean;
  language: "en" | "zh-CN";
  customer: { id: string; name: string | null; email: string; walletNumber: string | null } | null;
  handledBy: { id: string; name: string } | null;
  handledAt: string | null;
}

export function parseQueueCallback(value: unknown): QueueCallback | null {
  const base = parseOwnCallback(value);
  if (!base || !isRecord(value)) return null;
  const customer = isRecord(value.customer) && typeof value.customer.id === "string" ? value.customer : null;
  const handledBy =
    isRecord(value.handledBy) && typeof value.handledBy.id === "string" ? value.handledBy : null;
  return {
    ...base,
    overdue: value.overdue === true,
    language: value.language === "zh-CN" ? "zh-CN" : "en",
    customer: customer
      ? {
          id: str(customer.id),
          name: strOrNull(customer.name),
          email: str(customer.email),
          walletNumber: strOrNull(customer.walletNumber),
        }
      : null,
    handledBy: handledBy ? { id: str(handledBy.id), name: str(handledBy.name, str(handledBy.id)) } : null,
    handledAt: strOrNull(value.handledAt),
  };
}

export interface QueueQuery {
  status: CallbackStatus[];
  /** ISO instants: slots starting from / before. */
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
}

export async function listCallbackQueue(
  query: QueueQuery,
  abort?: AbortSignal,
): Promise<Page<QueueCallback>> {
  const body = await api.get<unknown>("/api/v1/agent/callbacks", {
    query: {
      status: query.status.join(","),
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    },
    ...signal(abort),
  });
  return readPage(body, parseQueueCallback);
}

export interface Settlement {
  status: Exclude<CallbackStatus, "requested">;
  notes?: string;
  durationSeconds?: number;
}

export async function settleCallback(callbackId: string, settlement: Settlement): Promise<QueueCallback> {
  const callback = parseQueueCallback(
    await api.post<unknown>(`/api/v1/agent/callbacks/${id(callbackId)}`, settlement),
  );
  if (!callback) throw invalid();
  return callback;
}

// --- calls on a ticket -----------------------------------------------------------------------------------

export const CALL_OUTCOMES = ["answered", "no_answer", "voicemail", "busy", "failed"] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number] | "ringing";
export const CALL_DIRECTIONS = ["inbound", "outbound"] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export interface Call {
  id: string;
  direction: CallDirection;
  phone: string;
  durationSeconds: number;
  outcome: CallOutcome;
  notes: string;
  agent: { id: string; name: string } | null;
  source: "agent" | "provider";
  startedAt: string;
}

export function parseCall(value: unknown): Call | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const agent = isRecord(value.agent) && typeof value.agent.id === "string" ? value.agent : null;
  return {
    id: value.id,
    direction: oneOf(CALL_DIRECTIONS, value.direction, "inbound"),
    phone: str(value.phone),
    durationSeconds: num(value.durationSeconds),
    outcome: oneOf([...CALL_OUTCOMES, "ringing"] as const, value.outcome, "answered"),
    notes: str(value.notes),
    agent: agent ? { id: str(agent.id), name: str(agent.name, str(agent.id)) } : null,
    source: value.source === "provider" ? "provider" : "agent",
    startedAt: str(value.startedAt),
  };
}

export async function listTicketCalls(ticketId: string, abort?: AbortSignal): Promise<Page<Call>> {
  return readPage(
    await api.get<unknown>(`/api/v1/agent/tickets/${id(ticketId)}/calls`, signal(abort)),
    parseCall,
  );
}

export interface NewCall {
  direction: CallDirection;
  phone: string;
  durationSeconds: number;
  outcome: (typeof CALL_OUTCOMES)[number];
  notes: string;
}

export async function logTicketCall(ticketId: string, call: NewCall): Promise<Call> {
  const logged = parseCall(await api.post<unknown>(`/api/v1/agent/tickets/${id(ticketId)}/calls`, call));
  if (!logged) throw invalid();
  return logged;
}

// --- the console's "incoming call" event ------------------------------------------------------------------

export const INCOMING_CALL_EVENT = "call.incoming";

export interface IncomingCall {
  ticketId: string;
  /** The ticket's number. */
  number: string;
  callId: string;
  phone: string;
  /** The customer, when the caller's verified phone is theirs. */
  userId: string | null;
  name: string | null;
}

/** The `data:` of a call.incoming event; null when it is not one. */
export function parseIncomingCall(data: string): IncomingCall | null {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(body) || typeof body.ticketId !== "string" || typeof body.callId !== "string") return null;
  return {
    ticketId: body.ticketId,
    number: str(body.number),
    callId: body.callId,
    phone: str(body.phone),
    userId: strOrNull(body.userId),
    name: strOrNull(body.name),
  };
}
