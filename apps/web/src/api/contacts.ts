import { api } from "./client";
import { oneOf, optionalOneOf, TICKET_CHANNELS, TICKET_STATUSES, ticketNumber } from "./console";
import { invalid, isRecord, list, num, signal, str, strOrNull } from "./parse";
import { id } from "./staffPayments";

// Contacts in the agent console: people who wrote by email, phone, Messenger or X, the
// customer behind them when known, linking and unlinking.

export const CONTACT_KINDS = ["email", "phone", "messenger", "x"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** The contact on a ticket (the agent ticket detail's `contact`). */
export interface TicketContact {
  id: string;
  kind: ContactKind;
  address: string;
  displayName: string | null;
  userId: string | null;
}

export function parseTicketContact(value: unknown): TicketContact | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const kind = optionalOneOf(CONTACT_KINDS, value.kind);
  if (!kind) return null;
  return {
    id: value.id,
    kind,
    address: str(value.address),
    displayName: strOrNull(value.displayName),
    userId: strOrNull(value.userId),
  };
}

export interface Contact extends TicketContact {
  /** verified: the customer verified this address; agent: an agent linked it. */
  linkedHow: "verified" | "agent" | null;
  linkedBy: { id: string; name: string } | null;
  linkedAt: string | null;
  customer: { id: string; email: string; name: string | null; walletNumber: string | null } | null;
  createdAt: string;
  lastSeenAt: string;
}

export interface ContactTicket {
  id: string;
  number: string;
  subject: string;
  status: (typeof TICKET_STATUSES)[number];
  channel: (typeof TICKET_CHANNELS)[number];
  updatedAt: string;
}

export interface ContactWithTickets extends Contact {
  tickets: ContactTicket[];
}

function parseContact(value: unknown): Contact | null {
  const base = parseTicketContact(value);
  if (!base || !isRecord(value)) return null;
  const by = isRecord(value.linkedBy) ? value.linkedBy : null;
  const customer = isRecord(value.customer) ? value.customer : null;
  return {
    ...base,
    linkedHow: optionalOneOf(["verified", "agent"] as const, value.linkedHow),
    linkedBy: by && typeof by.id === "string" ? { id: by.id, name: str(by.name, by.id) } : null,
    linkedAt: strOrNull(value.linkedAt),
    customer:
      customer && typeof customer.id === "string"
        ? {
            id: customer.id,
            email: str(customer.email),
            name: strOrNull(customer.name),
            walletNumber: strOrNull(customer.walletNumber),
          }
        : null,
    createdAt: str(value.createdAt),
    lastSeenAt: str(value.lastSeenAt),
  };
}

function parseContactTicket(value: unknown): ContactTicket | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    number: ticketNumber(value.number),
    subject: str(value.subject),
    status: oneOf(TICKET_STATUSES, value.status, "open"),
    channel: oneOf(TICKET_CHANNELS, value.channel, "web"),
    updatedAt: str(value.updatedAt),
  };
}

function parseContactWithTickets(body: unknown): ContactWithTickets {
  const contact = parseContact(body);
  if (!contact || !isRecord(body)) throw invalid();
  const tickets = Array.isArray(body.tickets) ? body.tickets : [];
  return {
    ...contact,
    tickets: tickets.map(parseContactTicket).filter((t): t is ContactTicket => t !== null),
  };
}

export async function searchContacts(
  query: { q?: string; cursor?: string | null },
  abort?: AbortSignal,
): Promise<{ contacts: (Contact & { tickets: number })[]; nextCursor: string | null }> {
  const body = await api.get<unknown>("/api/v1/agent/contacts", {
    query: {
      ...(query.q?.trim() ? { q: query.q.trim() } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    },
    ...signal(abort),
  });
  const contacts = list(body, (item) => {
    const contact = parseContact(item);
    return contact && isRecord(item) ? { ...contact, tickets: num(item.tickets) } : null;
  });
  return { contacts, nextCursor: isRecord(body) ? strOrNull(body.nextCursor) : null };
}

export async function getContact(contactId: string, abort?: AbortSignal): Promise<ContactWithTickets> {
  return parseContactWithTickets(
    await api.get<unknown>(`/api/v1/agent/contacts/${id(contactId)}`, signal(abort)),
  );
}

/** Links the contact to a customer; `reason` says how the agent checked who it is (audited). */
export async function linkContact(
  contactId: string,
  userId: string,
  reason: string,
): Promise<ContactWithTickets> {
  return parseContactWithTickets(
    await api.post<unknown>(`/api/v1/agent/contacts/${id(contactId)}/link`, {
      userId,
      reason: reason.trim(),
    }),
  );
}

export async function unlinkContact(contactId: string, reason?: string): Promise<ContactWithTickets> {
  return parseContactWithTickets(
    await api.post<unknown>(
      `/api/v1/agent/contacts/${id(contactId)}/unlink`,
      reason?.trim() ? { reason: reason.trim() } : {},
    ),
  );
}
