import { api } from "./client";
import { invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";
import { type PhoneOptions, parsePhoneOptions } from "./phone";
import { rawFetch } from "./staffPayments";
import { TICKET_CATEGORIES, type TicketCategory } from "./ticketModel";

// The customer side of the support desk (contract of issue #7): how to reach us, tickets
// (signed-in customers and guests who confirmed their email), replies, the survey, screenshots,
// and the "I don't recognize this transaction" report. Every answer is read here, so pages never
// see a shape they do not expect. Guests pass the access token of their emailed link.

export { TICKET_CATEGORIES, TICKET_STATUSES, type TicketCategory, type TicketStatus } from "./ticketModel";

export const CHANNEL_KEYS = ["web_form", "email", "security"] as const;
export type ChannelKey = (typeof CHANNEL_KEYS)[number];

export function isCategory(value: unknown): value is TicketCategory {
  return (TICKET_CATEGORIES as readonly unknown[]).includes(value);
}

export interface OpeningDay {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  open: string;
  close: string;
}

export interface Channel {
  key: ChannelKey;
  /** null: around the clock. */
  hours: { timeZone: string; days: OpeningDay[] } | null;
  firstResponse: { minutes: number; businessHours: boolean };
  address: string | null;
}

export interface Holiday {
  day: string;
  name: string;
}

export interface ContactOptions {
  channels: Channel[];
  holidaysAhead: Holiday[];
  /** Phone lines in the reader's language, and whether callbacks can be booked. */
  phone: PhoneOptions;
}

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface TicketSummary {
  id: string;
  /** Digits only; shown as "#100001". */
  number: string;
  subject: string;
  category: string;
  status: string;
  priority: string;
  createdAt: string;
  updatedAt: string;
  expectedResponseBy: string | null;
  /** Whose turn it is: "customer" means the ticket waits for them. */
  awaiting: "agent" | "customer" | null;
}

export interface TicketMessage {
  id: string;
  authorType: "customer" | "agent" | "system";
  authorName: string | null;
  body: string;
  attachments: Attachment[];
  createdAt: string;
}

export interface TicketTransaction {
  id: string;
  reference: string;
  type: string;
  status: string;
  direction: "in" | "out";
  amount: string;
  currency: string;
  reasonCode: string | null;
  at: string;
}

export interface TicketDetail extends TicketSummary {
  description: string | null;
  messages: TicketMessage[];
  transactions: TicketTransaction[];
  satisfaction: { score: number; comment: string | null } | null;
  canRate: boolean;
}

export interface TicketCreated {
  id: string;
  number: string;
  status: string;
}

export interface NewTicket {
  category: TicketCategory;
  subject: string;
  description: string;
  transactionIds?: string[];
  attachmentIds?: string[];
  deflectionId?: string;
  /** Guests only (required then). */
  email?: string;
  name?: string;
}

export interface TicketPage {
  data: TicketSummary[];
  nextCursor: string | null;
}

// --- parsing --------------------------------------------------------------------------------------

function parseDay(value: unknown): OpeningDay | null {
  if (!isRecord(value) || typeof value.weekday !== "number") return null;
  if (typeof value.open !== "string" || typeof value.close !== "string") return null;
  return { weekday: value.weekday, open: value.open, close: value.close };
}

export function parseChannel(value: unknown): Channel | null {
  if (!isRecord(value)) return null;
  const key = CHANNEL_KEYS.find((k) => k === value.key);
  if (!key) return null;
  const hours = isRecord(value.hours)
    ? {
        timeZone: str(value.hours.timeZone, "UTC"),
        days: Array.isArray(value.hours.days)
          ? value.hours.days.map(parseDay).filter((d): d is OpeningDay => d !== null)
          : [],
      }
    : null;
  const first = isRecord(value.firstResponse) ? value.firstResponse : {};
  return {
    key,
    hours,
    firstResponse: { minutes: num(first.minutes), businessHours: first.businessHours === true },
    address: strOrNull(value.address),
  };
}

/** A holiday's name: a string in the asked language, or `{ en, "zh-CN" }` (the one for `lang`). */
function holidayName(value: unknown, lang: string): string {
  if (typeof value === "string") return value;
  if (!isRecord(value)) return "";
  return str(value[lang], str(value.en));
}

export function parseContactOptions(value: unknown, lang = "en"): ContactOptions {
  if (!isRecord(value) || !Array.isArray(value.channels)) throw invalid();
  const holidays = Array.isArray(value.holidaysAhead) ? value.holidaysAhead : [];
  return {
    channels: value.channels.map(parseChannel).filter((c): c is Channel => c !== null),
    holidaysAhead: holidays.flatMap((h): Holiday[] =>
      isRecord(h) && typeof h.day === "string" ? [{ day: h.day, name: holidayName(h.name, lang) }] : [],
    ),
    phone: parsePhoneOptions(value.phone),
  };
}

export function parseAttachment(value: unknown): Attachment | null {
  if (!isRecord(value) || typeof value.id !== "string" || value.id === "") return null;
  return {
    id: value.id,
    filename: str(value.filename, value.id),
    contentType: str(value.contentType),
    size: num(value.size),
  };
}

function attachments(value: unknown): Attachment[] {
  return Array.isArray(value) ? value.map(parseAttachment).filter((a): a is Attachment => a !== null) : [];
}

export function parseTicketSummary(value: unknown): TicketSummary | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const sla = isRecord(value.sla) ? value.sla : {};
  return {
    id: value.id,
    number: str(typeof value.number === "number" ? String(value.number) : value.number),
    subject: str(value.subject),
    category: str(value.category, "other"),
    status: str(value.status, "open"),
    priority: str(value.priority, "normal"),
    createdAt: str(value.createdAt),
    updatedAt: str(value.updatedAt),
    expectedResponseBy: strOrNull(value.expectedResponseBy) ?? strOrNull(sla.expectedResponseBy),
    awaiting: value.awaiting === "agent" || value.awaiting === "customer" ? value.awaiting : null,
  };
}

export function parseMessage(value: unknown): TicketMessage | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  // Notes for staff never reach customers; should one slip through, it is not shown.
  if (value.internal === true) return null;
  const authorType =
    value.authorType === "agent" || value.authorType === "system" ? value.authorType : "customer";
  return {
    id: value.id,
    authorType,
    authorName: strOrNull(value.authorName),
    body: str(value.body),
    attachments: attachments(value.attachments),
    createdAt: str(value.createdAt),
  };
}

function parseTicketTransaction(value: unknown): TicketTransaction | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    reference: str(value.reference),
    type: str(value.type, "unknown"),
    status: str(value.status, "unknown"),
    direction: value.direction === "in" ? "in" : "out",
    amount: str(value.amount, "0"),
    currency: str(value.currency),
    reasonCode: strOrNull(value.reasonCode),
    at: str(value.at, str(value.createdAt)),
  };
}

export function parseTicketDetail(value: unknown): TicketDetail {
  const summary = parseTicketSummary(value);
  if (!summary || !isRecord(value)) throw invalid();
  const messages = Array.isArray(value.messages) ? value.messages : [];
  const transactions = Array.isArray(value.transactions) ? value.transactions : [];
  const rating = isRecord(value.satisfaction) ? value.satisfaction : null;
  return {
    ...summary,
    description: strOrNull(value.description),
    messages: messages.map(parseMessage).filter((m): m is TicketMessage => m !== null),
    transactions: transactions.map(parseTicketTransaction).filter((t): t is TicketTransaction => t !== null),
    satisfaction:
      rating && typeof rating.score === "number"
        ? { score: rating.score, comment: strOrNull(rating.comment) }
        : null,
    canRate: value.canRate === true,
  };
}

function parseCreated(value: unknown): TicketCreated {
  if (!isRecord(value) || typeof value.id !== "string") throw invalid();
  return { id: value.id, number: str(String(value.number ?? "")), status: str(value.status, "new") };
}

// --- screenshots -----------------------------------------------------------------------------------

export const ATTACHMENT_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** Per ticket or per reply. */
export const MAX_ATTACHMENTS = 5;
export const MAX_TRANSACTIONS = 10;

export type AttachmentProblem = "type" | "size" | "empty";

const IMAGE_NAME = /\.(png|jpe?g|gif|webp)$/i;

/** What is wrong with a chosen file before it is sent, or null (the server checks its bytes too). */
export function attachmentProblem(file: {
  type: string;
  size: number;
  name: string;
}): AttachmentProblem | null {
  if (file.size === 0) return "empty";
  const typed = (ATTACHMENT_TYPES as readonly string[]).includes(file.type);
  if (!typed && !(file.type === "" && IMAGE_NAME.test(file.name))) return "type";
  if (file.size > MAX_ATTACHMENT_BYTES) return "size";
  return null;
}

/** The Content-Type to send: the browser's when it is an accepted one, else from the name. */
export function attachmentContentType(file: { type: string; name: string }): string {
  if ((ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return file.type;
  const ext = file.name.toLowerCase().split(".").pop();
  if (ext === "png") return "image/png";
  if (ext === "gif") return "image/gif";
  if (ext === "webp") return "image/webp";
  return "image/jpeg";
}

/** Guests prove access to their ticket with the token of their emailed link. */
function access(token: string | null | undefined): Record<string, string> {
  return token ? { "X-Ticket-Access": token } : {};
}

function ticketPath(id: string): string {
  return `/api/v1/tickets/${encodeURIComponent(id)}`;
}

/** Where a signed-in customer's (or staff member's) browser reads an attachment. */
export function attachmentUrl(id: string): string {
  return `/api/v1/tickets/attachments/${encodeURIComponent(id)}`;
}

/**
 * The file name as a header value: headers carry Latin-1 only, so a name with other characters
 * (截图.png) is percent-encoded; a plain ASCII name goes as it is.
 */
export function filenameHeader(name: string): string {
  const clean = name.trim() || "screenshot";
  return /^[\x20-\x7e]+$/.test(clean) ? clean : encodeURIComponent(clean);
}

/** Uploads one screenshot as the raw request body; `X-Filename` carries its name. */
export async function uploadAttachment(file: File, accessToken?: string | null): Promise<Attachment> {
  const response = await rawFetch("/api/v1/tickets/attachments", {
    method: "POST",
    headers: {
      "Content-Type": attachmentContentType(file),
      "X-Filename": filenameHeader(file.name),
      Accept: "application/json",
      ...access(accessToken),
    },
    body: file,
  });
  const attachment = parseAttachment(await response.json().catch(() => null));
  if (!attachment) throw invalid();
  return attachment;
}

/** An attachment as a blob, for guests (their access header cannot ride on an <img src>). */
export async function fetchAttachment(id: string, accessToken?: string | null): Promise<Blob> {
  const response = await rawFetch(attachmentUrl(id), {
    method: "GET",
    headers: { Accept: "image/*", ...access(accessToken) },
  });
  return response.blob();
}

// --- calls -----------------------------------------------------------------------------------------

export async function fetchContactOptions(lang: string, abort?: AbortSignal): Promise<ContactOptions> {
  return parseContactOptions(await api.get<unknown>("/api/v1/support/contact-options", signal(abort)), lang);
}

export async function createTicket(input: NewTicket): Promise<TicketCreated> {
  return parseCreated(await api.post<unknown>("/api/v1/tickets", input));
}

export async function listTickets(
  status: "open" | "closed",
  options: { cursor?: string | null; limit?: number; signal?: AbortSignal } = {},
): Promise<TicketPage> {
  const body = await api.get<unknown>("/api/v1/tickets", {
    query: { status, cursor: options.cursor, limit: options.limit },
    ...signal(options.signal),
  });
  return {
    data: list(body, parseTicketSummary),
    nextCursor: isRecord(body) ? strOrNull(body.nextCursor) : null,
  };
}

export async function getTicket(id: string, accessToken?: string | null, abort?: AbortSignal) {
  return parseTicketDetail(
    await api.get<unknown>(ticketPath(id), { headers: access(accessToken), ...signal(abort) }),
  );
}

export async function replyToTicket(
  id: string,
  input: { body: string; attachmentIds?: string[] },
  accessToken?: string | null,
): Promise<TicketMessage> {
  const message = parseMessage(
    await api.post<unknown>(`${ticketPath(id)}/messages`, input, { headers: access(accessToken) }),
  );
  if (!message) throw invalid();
  return message;
}

/** "Mark as solved": the customer closes the question themselves (the survey is offered then). */
export async function solveTicket(id: string, accessToken?: string | null): Promise<TicketDetail> {
  return parseTicketDetail(
    await api.post<unknown>(`${ticketPath(id)}/close`, {}, { headers: access(accessToken) }),
  );
}

export async function rateTicket(
  id: string,
  input: { score: number; comment?: string },
  accessToken?: string | null,
): Promise<{ score: number; comment: string | null }> {
  const body = await api.post<unknown>(`${ticketPath(id)}/rating`, input, { headers: access(accessToken) });
  if (!isRecord(body) || typeof body.score !== "number") throw invalid();
  return { score: body.score, comment: strOrNull(body.comment) };
}

/** A guest's emailed link: the ticket, and the token that opens it for the next 30 days. */
export async function verifyGuestLink(token: string): Promise<{ ticket: TicketDetail; accessToken: string }> {
  const body = await api.post<unknown>("/api/v1/tickets/guest/verify", { token });
  if (!isRecord(body) || typeof body.accessToken !== "string" || body.accessToken === "") throw invalid();
  return { ticket: parseTicketDetail(body.ticket), accessToken: body.accessToken };
}

/** "I don't recognize this transaction": an urgent ticket, and outgoing payments frozen if asked. */
export async function reportUnrecognized(input: {
  transactionId: string;
  freeze: boolean;
  note?: string;
}): Promise<{ ticket: TicketCreated; frozen: boolean }> {
  const body = await api.post<unknown>("/api/v1/security/unrecognized-transaction", input);
  if (!isRecord(body)) throw invalid();
  return { ticket: parseCreated(body.ticket), frozen: body.frozen === true };
}
