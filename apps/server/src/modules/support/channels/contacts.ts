import type { Selectable } from "kysely";
import type { ContactKind, SupportContactsTable } from "../../../platform/db/schema-channels.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Platform } from "../../../platform/platform.js";
import { customerByVerifiedEmail, customerByVerifiedPhone } from "../../accounts/contact-view.js";
import { likePattern } from "../console/conditions.js";
import type { SupportDeps } from "../deps.js";
import { decodeCursor, pageOf } from "./phone/cursor.js";

/**
 * People who write from outside the app: an address on a channel (an email address, a phone
 * number, a Messenger or X account). A contact is recognised as a customer by a verified
 * email or phone of theirs, or by a link an agent made (social accounts are only ever linked
 * by an agent, after checking who it is). Unknown senders stay contacts until then.
 */

export type ContactRow = Selectable<SupportContactsTable>;

export interface ContactAddress {
  kind: ContactKind;
  address: string;
  /** As the channel names them ("Alice Wang", an X handle); updated when it changes. */
  name?: string | null | undefined;
  /**
   * Only typed by the sender, nothing proves it (a chat guest's name and address): it names a
   * new contact, but never renames an existing one (whose name came from the real owner).
   */
  typed?: boolean | undefined;
}

/** The form addresses are stored and compared in. */
export function normalizeAddress(kind: ContactKind, address: string): string {
  const trimmed = address.trim();
  if (kind === "email") return trimmed.toLowerCase();
  if (kind === "phone") return trimmed.replace(/[\s\-().]/g, "");
  return trimmed;
}

/** The customer who verified this email or phone, if any (never a staff account). */
export async function recognizedUser(executor: Executor, kind: ContactKind, address: string) {
  if (kind === "email") return customerByVerifiedEmail(executor, address);
  if (kind === "phone") return customerByVerifiedPhone(executor, address);
  return undefined;
}

/**
 * The contact for an address, created on first sight; the customer behind it when known. A
 * verified address is looked up each time (the customer may have verified it since, or given
 * it up), but a link an agent made is never undone by it.
 */
export async function recognizeContact(
  executor: Executor,
  platform: Platform,
  from: ContactAddress,
  at: Date,
): Promise<ContactRow> {
  const address = normalizeAddress(from.kind, from.address);
  const name = from.name?.trim().slice(0, 200) || null;
  const existing = await executor
    .selectFrom("support_contacts")
    .selectAll()
    .where("kind", "=", from.kind)
    .where("address", "=", address)
    .forUpdate()
    .executeTakeFirst();
  // An agent's link sticks; otherwise the customer is whoever verified this address now (a
  // customer who gave it up, by changing their email, no longer gets its mail).
  const userId =
    existing?.linked_by != null
      ? existing.user_id
      : ((await recognizedUser(executor, from.kind, address)) ?? null);
  if (existing) {
    return executor
      .updateTable("support_contacts")
      .set({
        last_seen_at: at,
        user_id: userId,
        ...(name && name !== existing.display_name && !from.typed ? { display_name: name } : {}),
      })
      .where("id", "=", existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  // Two messages from a new address at once: the second insert finds the first one's row.
  const inserted = await executor
    .insertInto("support_contacts")
    .values({
      id: platform.ids.next("contact"),
      kind: from.kind,
      address,
      display_name: name,
      user_id: userId,
      created_at: at,
      last_seen_at: at,
    })
    .onConflict((oc) => oc.columns(["kind", "address"]).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return inserted;
  return executor
    .selectFrom("support_contacts")
    .selectAll()
    .where("kind", "=", from.kind)
    .where("address", "=", address)
    .executeTakeFirstOrThrow();
}

export async function findContact(executor: Executor, id: string): Promise<ContactRow | undefined> {
  return executor.selectFrom("support_contacts").selectAll().where("id", "=", id).executeTakeFirst();
}

// ——— The contacts page of the console: finding a contact, its tickets, linking it to a customer ———

export type LinkedHow = "verified" | "agent";

export interface ContactSummary {
  id: string;
  kind: ContactKind;
  address: string;
  displayName: string | null;
  userId: string | null;
  /** verified: the customer proved this email or phone; agent: an agent linked it. */
  linkedHow: LinkedHow | null;
  linkedBy: { id: string; name: string } | null;
  linkedAt: string | null;
  customer: { id: string; email: string; name: string | null; walletNumber: string | null } | null;
  createdAt: string;
  lastSeenAt: string;
}

/** Contacts as the console shows them; the people behind them (customers, linking agents) in one query. */
async function presentContacts(
  deps: SupportDeps,
  executor: Executor,
  rows: ContactRow[],
): Promise<ContactSummary[]> {
  const ids = rows.flatMap((r) => [r.user_id, r.linked_by]).filter((id): id is string => id !== null);
  const people = ids.length > 0 ? await deps.customers.profiles(executor, [...new Set(ids)]) : new Map();
  return rows.map((r) => {
    const customer = r.user_id ? people.get(r.user_id) : undefined;
    const agent = r.linked_by ? people.get(r.linked_by) : undefined;
    return {
      id: r.id,
      kind: r.kind,
      address: r.address,
      displayName: r.display_name,
      userId: r.user_id,
      linkedHow: r.user_id === null ? null : r.linked_by === null ? "verified" : "agent",
      linkedBy: r.linked_by
        ? { id: r.linked_by, name: agent?.name?.trim() || agent?.email || r.linked_by }
        : null,
      linkedAt: r.linked_at ? r.linked_at.toISOString() : null,
      customer: customer
        ? { id: customer.id, email: customer.email, name: customer.name, walletNumber: customer.walletNumber }
        : null,
      createdAt: r.created_at.toISOString(),
      lastSeenAt: r.last_seen_at.toISOString(),
    };
  });
}

/**
 * One page of contacts, the most recently heard from first; q finds text in the address or
 * the name the channel gave. Each with how many tickets it has (one grouped query).
 */
export async function searchContacts(
  deps: SupportDeps,
  filter: { q?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<{ data: (ContactSummary & { tickets: number })[]; nextCursor: string | null }> {
  const { db } = deps.platform;
  let query = db.selectFrom("support_contacts").selectAll();
  const q = filter.q?.trim();
  if (q) {
    const pattern = likePattern(q);
    query = query.where((eb) =>
      eb.or([eb("address", "ilike", pattern), eb("display_name", "ilike", pattern)]),
    );
  }
  if (filter.cursor) {
    const after = decodeCursor(filter.cursor);
    query = query.where((eb) =>
      eb.or([
        eb("last_seen_at", "<", after.at),
        eb.and([eb("last_seen_at", "=", after.at), eb("id", "<", after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("last_seen_at", "desc")
    .orderBy("id", "desc")
    .limit(filter.limit + 1)
    .execute();
  const page = pageOf(rows, filter.limit, (r) => ({ at: r.last_seen_at, id: r.id }));
  const counts =
    page.data.length === 0
      ? []
      : await db
          .selectFrom("support_tickets")
          .select(["contact_id", (eb) => eb.fn.countAll<string>().as("n")])
          .where(
            "contact_id",
            "in",
            page.data.map((r) => r.id),
          )
          .groupBy("contact_id")
          .execute();
  const ticketsOf = new Map(counts.map((c) => [c.contact_id, Number(c.n)]));
  const people = await presentContacts(deps, db, page.data);
  return {
    data: people.map((p) => ({ ...p, tickets: ticketsOf.get(p.id) ?? 0 })),
    nextCursor: page.nextCursor,
  };
}

/** How many of a contact's tickets the page lists (the latest). */
const CONTACT_TICKETS = 50;

/** A contact with its latest tickets (those staff can see), or 404 contact_not_found. */
export async function contactDetail(deps: SupportDeps, id: string) {
  const { db } = deps.platform;
  const row = await findContact(db, id);
  if (!row) throw new DomainError("contact_not_found");
  const tickets = await db
    .selectFrom("support_tickets")
    .select(["id", "number", "subject", "status", "channel", "created_at", "updated_at"])
    .where("contact_id", "=", id)
    .where((eb) => eb.or([eb("user_id", "is not", null), eb("guest_verified_at", "is not", null)]))
    .orderBy("updated_at", "desc")
    .limit(CONTACT_TICKETS)
    .execute();
  const [contact] = await presentContacts(deps, db, [row]);
  if (!contact) throw new DomainError("contact_not_found");
  return {
    ...contact,
    tickets: tickets.map((t) => ({
      id: t.id,
      number: String(t.number),
      subject: t.subject,
      status: t.status,
      channel: t.channel,
      createdAt: t.created_at.toISOString(),
      updatedAt: t.updated_at.toISOString(),
    })),
  };
}

export type ContactDetail = Awaited<ReturnType<typeof contactDetail>>;
