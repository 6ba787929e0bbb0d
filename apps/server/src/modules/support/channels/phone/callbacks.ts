import { type Selectable, sql } from "kysely";
import type { SupportCallbacksTable } from "../../../../platform/db/schema-channels.js";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { Locale } from "../../../../platform/i18n.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import type { CustomerProfile } from "../../../accounts/customers.js";
import type { SupportDeps } from "../../deps.js";
import { ownTicket } from "../../tickets/access.js";
import { addEvent } from "../../tickets/repository.js";
import type { ContactAddress } from "../contacts.js";
import { receiveInbound } from "../inbound.js";
import { callbackConfirmedCopies, callbackRequestText, slotText } from "./callback-emails.js";
import { decodeCursor, pageOf } from "./cursor.js";
import { CALLBACKS_PER_SLOT, SLOT_DAYS, slotsAhead } from "./slots.js";

/**
 * A signed-in customer asks to be called back in a half-hour slot. The request is booked under
 * a lock on the slot (so a slot never takes more than its share), then lands in the customer's
 * phone ticket through the same inbound path as a call (agents see it in the queue), and the
 * customer gets a confirmation email. They see their callbacks and may cancel open ones.
 */

export type CallbackRow = Selectable<SupportCallbacksTable>;

/** Open callbacks one customer may hold at once (a few questions, not a flood of slots). */
export const OPEN_CALLBACKS_PER_CUSTOMER = 3;
/** Keys of pg_advisory_xact_lock: this class, then the slot's start. */
const SLOT_LOCK_CLASS = 0x5cb1;

export interface CallbackInput {
  slotStart: Date;
  phone?: string | undefined;
  note: string;
  ticketId?: string | undefined;
}

/**
 * Who the request is from, as the inbound path recognises people: the customer's verified
 * phone, else their verified email. A number merely typed into the form is where to call,
 * never who the customer is (anyone can type anyone's number).
 */
function identityOf(profile: CustomerProfile): ContactAddress {
  if (profile.phoneVerified && profile.phone) return { kind: "phone", address: profile.phone };
  if (profile.emailVerified) return { kind: "email", address: profile.email };
  throw new DomainError("callback_account_unverified");
}

async function book(
  deps: SupportDeps,
  userId: string,
  input: CallbackInput & { phone: string },
  language: Locale,
): Promise<CallbackRow> {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const at = platform.clock.now();
    const { calendar } = await deps.sla.settings(trx);
    const slot = slotsAhead(calendar, at).find((s) => s.start.getTime() === input.slotStart.getTime());
    if (!slot) throw new DomainError("callback_slot_invalid", { days: SLOT_DAYS });
    // Two customers taking the last place of a slot at once: one waits for the other's count.
    const slotKey = Math.floor(slot.start.getTime() / 60_000) | 0;
    await sql`select pg_advisory_xact_lock(${SLOT_LOCK_CLASS}::int, ${slotKey}::int)`.execute(trx);
    const taken = await trx
      .selectFrom("support_callbacks")
      .select(sql<string>`count(*)`.as("n"))
      .where("slot_start", "=", slot.start)
      .where("status", "!=", "cancelled")
      .executeTakeFirstOrThrow();
    if (Number(taken.n) >= CALLBACKS_PER_SLOT) throw new DomainError("callback_slot_full");
    const open = await trx
      .selectFrom("support_callbacks")
      .select(sql<string>`count(*)`.as("n"))
      .where("user_id", "=", userId)
      .where("status", "=", "requested")
      .where("slot_end", ">", at)
      .executeTakeFirstOrThrow();
    if (Number(open.n) >= OPEN_CALLBACKS_PER_CUSTOMER)
      throw new DomainError("callback_limit", { max: OPEN_CALLBACKS_PER_CUSTOMER });
    return trx
      .insertInto("support_callbacks")
      .values({
        id: platform.ids.next("callback"),
        user_id: userId,
        ticket_id: null,
        phone: input.phone,
        language,
        slot_start: slot.start,
        slot_end: slot.end,
        note: input.note,
        status: "requested",
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

export async function requestCallback(deps: SupportDeps, userId: string, input: CallbackInput) {
  const { platform } = deps;
  const { db } = platform;
  if (!(await deps.channels.enabled("phone")))
    throw new DomainError("channel_disabled", { channel: "phone" });
  const profile = await deps.customers.profile(db, userId);
  if (!profile) throw new DomainError("authentication_required");
  const phone = input.phone ?? (profile.phoneVerified ? (profile.phone ?? undefined) : undefined);
  if (!phone) throw new DomainError("phone_required");
  const from = identityOf(profile);
  if (input.ticketId) await ownTicket(db, { kind: "user", userId }, input.ticketId);
  const language = profile.language;
  const callback = await book(deps, userId, { ...input, phone }, language);
  const { calendar } = await deps.sla.settings(db);
  const when = (lang: Locale) => slotText(callback.slot_start, callback.slot_end, calendar.timeZone, lang);

  let ticketId: string;
  let number: string;
  try {
    const inbound = await receiveInbound(deps, {
      channel: "phone",
      from,
      externalId: `callback:${callback.id}`,
      ticketId: input.ticketId,
      continueLatest: true,
      subject: language === "zh-CN" ? "回电请求" : "Callback request",
      body: callbackRequestText({ phone, when: when(language), note: input.note }, language),
      category: "other",
      language,
    });
    ticketId = inbound.ticket.id;
    number = String(inbound.ticket.number);
  } catch (error) {
    // No ticket, no callback: the slot is given back rather than booked for nobody to see.
    await db.deleteFrom("support_callbacks").where("id", "=", callback.id).execute();
    throw error;
  }

  const booked = await db.transaction().execute(async (trx) => {
    const at = platform.clock.now();
    const row = await trx
      .updateTable("support_callbacks")
      .set({ ticket_id: ticketId })
      .where("id", "=", callback.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await addEvent(trx, platform, {
      ticketId,
      actorId: userId,
      kind: "callback_requested",
      detail: { callbackId: callback.id, slotStart: callback.slot_start.toISOString() },
      at,
    });
    await deps.customers.notify(trx, userId, {
      kind: "support",
      copies: callbackConfirmedCopies({
        number,
        phone,
        when: { en: when("en"), "zh-CN": when("zh-CN") },
        url: deps.customers.url("/contact#callbacks"),
      }),
      link: "/contact#callbacks",
      dedupeKey: `callback:${callback.id}:booked`,
    });
    return row;
  });
  return presentOwnCallback({ ...booked, ticket_number: number }, platform.clock.now());
}

type WithNumber = CallbackRow & { ticket_number: string | null };

function withTicketNumber(executor: Executor) {
  return executor
    .selectFrom("support_callbacks as c")
    .leftJoin("support_tickets as t", "t.id", "c.ticket_id")
    .selectAll("c")
    .select("t.number as ticket_number");
}

export function presentOwnCallback(row: WithNumber, now: Date) {
  return {
    id: row.id,
    status: row.status,
    slotStart: row.slot_start.toISOString(),
    slotEnd: row.slot_end.toISOString(),
    phone: row.phone,
    note: row.note,
    ticket: row.ticket_id ? { id: row.ticket_id, number: String(row.ticket_number ?? "") } : null,
    cancellable: row.status === "requested" && row.slot_end > now,
    createdAt: row.created_at.toISOString(),
  };
}

/** The customer's callbacks, newest request first. */
export async function listOwnCallbacks(
  deps: SupportDeps,
  userId: string,
  page: { limit: number; cursor?: string | undefined },
) {
  let query = withTicketNumber(deps.platform.db).where("c.user_id", "=", userId);
  if (page.cursor) {
    const after = decodeCursor(page.cursor);
    query = query.where((eb) =>
      eb.or([
        eb("c.created_at", "<", after.at),
        eb.and([eb("c.created_at", "=", after.at), eb("c.id", "<", after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("c.created_at", "desc")
    .orderBy("c.id", "desc")
    .limit(page.limit + 1)
    .execute();
  const now = deps.platform.clock.now();
  const { data, nextCursor } = pageOf(rows, page.limit, (r) => ({ at: r.created_at, id: r.id }));
  return { data: data.map((r) => presentOwnCallback(r, now)), nextCursor };
}

/** The customer calls it off; only while it is still open. Someone else's callback is "not found". */
export async function cancelOwnCallback(deps: SupportDeps, userId: string, id: string) {
  const { platform } = deps;
  const row = await platform.db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom("support_callbacks")
      .selectAll()
      .where("id", "=", id)
      .where("user_id", "=", userId)
      .forUpdate()
      .executeTakeFirst();
    if (!found) throw new DomainError("callback_not_found");
    if (found.status !== "requested") throw new DomainError("callback_closed");
    const at = platform.clock.now();
    const updated = await trx
      .updateTable("support_callbacks")
      .set({ status: "cancelled", handled_at: at })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (updated.ticket_id)
      await addEvent(trx, platform, {
        ticketId: updated.ticket_id,
        actorId: userId,
        kind: "callback_cancelled",
        detail: { callbackId: id, by: "customer" },
        at,
      });
    return updated;
  });
  if (row.ticket_id) await deps.live.publish({ type: "ticket.updated", ticketId: row.ticket_id });
  const [withNumber] = await withTicketNumber(platform.db).where("c.id", "=", id).execute();
  return presentOwnCallback(withNumber ?? { ...row, ticket_number: null }, platform.clock.now());
}
