import { sql } from "kysely";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { Locale } from "../../../../platform/i18n.js";
import { customerByVerifiedPhone } from "../../../accounts/contact-view.js";
import { verifySignature } from "../../../payments/providers/signing.js";
import type { SupportDeps } from "../../deps.js";
import { addEvent, updateTicket } from "../../tickets/repository.js";
import { normalizeAddress } from "../contacts.js";
import { receiveInbound } from "../inbound.js";
import type { CallRow } from "./calls.js";
import {
  type CallState,
  callSubject,
  callTransition,
  incomingCallText,
  type VoiceEvent,
  voiceEventSchema,
} from "./voice-events.js";

/**
 * The voice provider's webhook. The signature (X-Satchel-Signature, the same t=/v1= scheme as
 * payment providers' webhooks: HMAC-SHA256 of "<t>.<raw body>", five minutes either way,
 * compared in constant time) is checked on the raw bytes before anything is read. A ringing
 * call opens or continues the caller's phone ticket through the inbound path (the caller is
 * recognised by a verified phone, else becomes a contact) with a call row; later events move
 * that row along. Each event acts once: the ringing message by its external id, the others by
 * their event id kept in the ticket's history, and a late step never undoes a later one.
 */

export const SIGNATURE_HEADER = "x-satchel-signature";

export async function verifyVoiceRequest(
  deps: SupportDeps,
  header: string | string[] | undefined,
  rawBody: string,
): Promise<VoiceEvent> {
  const secret = await deps.channels.secret("phone", "voiceSecret");
  if (!secret) throw new DomainError("channel_not_configured", { channel: "phone" });
  if (!(await deps.channels.enabled("phone")))
    throw new DomainError("channel_disabled", { channel: "phone" });
  try {
    verifySignature(secret, header, rawBody, deps.platform.clock.now());
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError("channel_signature_invalid");
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new DomainError("malformed_json");
  }
  const parsed = voiceEventSchema.safeParse(json);
  if (!parsed.success)
    throw new DomainError(
      "validation_failed",
      {},
      parsed.error.issues.map((issue) => ({
        in: "body",
        path: `/${issue.path.map(String).join("/")}`,
        code: issue.code,
        message: issue.message,
      })),
    );
  return parsed.data;
}

async function findCall(deps: SupportDeps, callId: string): Promise<CallRow | undefined> {
  return deps.platform.db
    .selectFrom("support_calls")
    .selectAll()
    .where("external_id", "=", callId)
    .executeTakeFirst();
}

/** The language the caller is written to in: their open phone ticket's, else their account's, else English. */
async function callerLanguage(deps: SupportDeps, phone: string): Promise<Locale> {
  const { db } = deps.platform;
  const ticket = await db
    .selectFrom("support_contacts as c")
    .innerJoin("support_tickets as t", "t.contact_id", "c.id")
    .select("t.language")
    .where("c.kind", "=", "phone")
    .where("c.address", "=", normalizeAddress("phone", phone))
    .where("t.channel", "=", "phone")
    .where("t.status", "!=", "closed")
    .orderBy("t.updated_at", "desc")
    .executeTakeFirst();
  if (ticket) return ticket.language;
  const userId = await customerByVerifiedPhone(db, phone);
  const profile = userId ? await deps.customers.profile(db, userId) : undefined;
  return profile?.language ?? "en";
}

/** The call's ticket and row, opened on its first event (normally ringing; a late provider may start later). */
async function openCall(deps: SupportDeps, event: VoiceEvent, rawBody: string) {
  const language = await callerLanguage(deps, event.from);
  const inbound = await receiveInbound(deps, {
    channel: "phone",
    from: { kind: "phone", address: event.from },
    externalId: `${event.callId}:ringing`,
    continueLatest: true,
    subject: callSubject(event.from, language),
    body: incomingCallText(event.from, language),
    original: { bytes: Buffer.from(rawBody), contentType: "application/json" },
    category: "other",
    language,
  });
  const at = deps.platform.clock.now();
  const call = await deps.platform.db.transaction().execute(async (trx) => {
    // A retry after the message was stored but before the row was: the row comes now, once.
    const inserted = await trx
      .insertInto("support_calls")
      .values({
        id: deps.platform.ids.next("call"),
        ticket_id: inbound.ticket.id,
        direction: "inbound",
        phone: normalizeAddress("phone", event.from),
        outcome: "ringing",
        external_id: event.callId,
        agent_id: null,
        started_at: new Date(event.occurredAt),
        created_at: at,
      })
      .onConflict((oc) => oc.column("external_id").doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted)
      await addEvent(trx, deps.platform, {
        ticketId: inbound.ticket.id,
        actorId: null,
        kind: "call_ringing",
        // The event id marks a ringing event as done; a later step that opened the call is still to apply.
        detail: {
          callId: inserted.id,
          phone: inserted.phone,
          ...(event.type === "call.ringing" ? { eventId: event.id } : {}),
        },
        at,
      });
    return (
      inserted ??
      (await trx
        .selectFrom("support_calls")
        .selectAll()
        .where("external_id", "=", event.callId)
        .executeTakeFirstOrThrow())
    );
  });
  // Agents are told of a ringing phone only; a call first heard of when it ended is just in the queue.
  if (inbound.message && event.type === "call.ringing") {
    await deps.live.publish({
      type: "call.incoming",
      ticketId: inbound.ticket.id,
      number: String(inbound.ticket.number),
      callId: call.id,
      phone: call.phone,
      userId: inbound.contact.user_id,
      name: inbound.ticket.requester_name ?? inbound.contact.display_name,
    });
  }
  return call;
}

/** A later step of the call: applied once, and only when it moves the call forward. */
async function advanceCall(deps: SupportDeps, callId: string, event: VoiceEvent): Promise<boolean> {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const call = await trx
      .selectFrom("support_calls")
      .selectAll()
      .where("id", "=", callId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const seen = await trx
      .selectFrom("support_ticket_events")
      .select("id")
      .where("ticket_id", "=", call.ticket_id)
      .where("kind", "in", ["call_ringing", "call_updated"])
      .where(sql<string>`detail->>'eventId'`, "=", event.id)
      .executeTakeFirst();
    if (seen) return false;
    const current: CallState = { outcome: call.outcome, durationSeconds: call.duration_seconds };
    const next = callTransition(current, event);
    if (!next) return false;
    const at = platform.clock.now();
    await trx
      .updateTable("support_calls")
      .set({ outcome: next.outcome, duration_seconds: next.durationSeconds })
      .where("id", "=", call.id)
      .execute();
    await addEvent(trx, platform, {
      ticketId: call.ticket_id,
      actorId: null,
      kind: "call_updated",
      detail: {
        callId: call.id,
        eventId: event.id,
        from: call.outcome,
        to: next.outcome,
        durationSeconds: next.durationSeconds,
      },
      at,
    });
    await updateTicket(trx, call.ticket_id, { updated_at: at });
    return true;
  });
}

export async function receiveVoiceEvent(deps: SupportDeps, event: VoiceEvent, rawBody: string) {
  const call = (await findCall(deps, event.callId)) ?? (await openCall(deps, event, rawBody));
  const changed = event.type === "call.ringing" ? false : await advanceCall(deps, call.id, event);
  if (changed) await deps.live.publish({ type: "ticket.updated", ticketId: call.ticket_id });
  return { ticketId: call.ticket_id, callId: call.id };
}
