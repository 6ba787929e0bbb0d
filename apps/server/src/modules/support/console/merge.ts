import { sql } from "kysely";
import type { UserRole } from "../../../platform/db/schema.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../deps.js";
import { addEvent, addMessage, type TicketRow, updateTicket } from "../tickets/repository.js";
import { staffCaller } from "./access.js";
import { type AgentTicketDetail, agentTicketDetail } from "./detail.js";
import { statusPatch } from "./status.js";
import { lockForChange } from "./update.js";

/**
 * The same person asked both: the same account, or two guest tickets from the same proven
 * address. An account's ticket never merges with a guest's: the address stored on a ticket
 * is only what was typed when it was opened (the account's may have changed since, or been
 * someone else's), and the merged ticket would show one requester's account data and
 * transactions to the other.
 */
function sameRequester(a: TicketRow, b: TicketRow): boolean {
  if (a.user_id !== null || b.user_id !== null) return a.user_id === b.user_id;
  return a.requester_email.trim().toLowerCase() === b.requester_email.trim().toLowerCase();
}

/** The system notes, in each ticket's language (the requester reads them in the thread). */
const mergedIntoNote = (t: TicketRow, into: string) =>
  t.language === "zh-CN"
    ? `此请求已合并到 #${into}，请在那里继续。`
    : `This request was merged into #${into}; we continue there.`;
const mergedFromNote = (t: TicketRow, from: string) =>
  t.language === "zh-CN" ? `请求 #${from} 已合并到此工单。` : `Request #${from} was merged into this one.`;

/**
 * Two tickets about the same thing from the same customer become one: the source is closed
 * (merged_into_id set) with a system note on both sides, its attached transactions are copied
 * to the target, its messages stay where they were (the source remains readable). Both rows are
 * locked in id order so two agents merging crosswise wait instead of deadlocking. Refused with
 * 409 ticket_merge_invalid for another requester (an account's ticket and a guest's are never
 * the same one), the ticket itself or a closed target.
 */
export async function mergeTickets(
  deps: SupportDeps,
  auth: { userId: string; role: UserRole },
  sourceId: string,
  targetId: string,
): Promise<AgentTicketDetail> {
  const { db, clock } = deps.platform;
  if (sourceId === targetId) throw new DomainError("ticket_merge_invalid");
  await db.transaction().execute(async (trx) => {
    const caller = await staffCaller(deps, trx, auth);
    const [first, second] = sourceId < targetId ? [sourceId, targetId] : [targetId, sourceId];
    const lockedFirst = await lockForChange(trx, caller, first).catch((error: unknown) => {
      throw mergeError(error, first === targetId);
    });
    const lockedSecond = await lockForChange(trx, caller, second).catch((error: unknown) => {
      throw mergeError(error, second === targetId);
    });
    const source = first === sourceId ? lockedFirst : lockedSecond;
    const target = first === sourceId ? lockedSecond : lockedFirst;
    if (!sameRequester(source, target) || target.status === "closed")
      throw new DomainError("ticket_merge_invalid");

    const at = clock.now();
    const sourceNumber = String(source.number);
    const targetNumber = String(target.number);
    await updateTicket(trx, source.id, {
      ...(await statusPatch(deps, trx, source, "closed", at)),
      merged_into_id: target.id,
      updated_at: at,
    });
    await updateTicket(trx, target.id, { updated_at: at });
    await addMessage(trx, deps.platform, {
      ticketId: source.id,
      authorType: "system",
      authorId: null,
      authorName: null,
      body: mergedIntoNote(source, targetNumber),
      at,
    });
    await addMessage(trx, deps.platform, {
      ticketId: target.id,
      authorType: "system",
      authorId: null,
      authorName: null,
      body: mergedFromNote(target, sourceNumber),
      at,
    });
    // The target carries on with everything the source was about (as attached back then);
    // a guest ticket has no account, so no transactions, whatever the source holds.
    if (target.user_id !== null)
      await sql`insert into support_ticket_transactions (ticket_id, transaction_id, snapshot, linked_by, created_at)
        select ${target.id}, transaction_id, snapshot, ${caller.userId}, ${at}
        from support_ticket_transactions where ticket_id = ${source.id}
        on conflict (ticket_id, transaction_id) do nothing`.execute(trx);
    await addEvent(trx, deps.platform, {
      ticketId: source.id,
      actorId: caller.userId,
      kind: "merged_into",
      detail: { id: target.id, number: targetNumber, from: source.status },
      at,
    });
    await addEvent(trx, deps.platform, {
      ticketId: target.id,
      actorId: caller.userId,
      kind: "merged_from",
      detail: { id: source.id, number: sourceNumber },
      at,
    });
    await deps.audit.record(
      trx,
      caller.actor,
      "ticket.merged",
      { type: "ticket", id: source.id },
      { number: sourceNumber, into: { id: target.id, number: targetNumber }, statusBefore: source.status },
    );
  });
  await deps.live.publish({ type: "ticket.updated", ticketId: sourceId });
  await deps.live.publish({ type: "ticket.updated", ticketId: targetId });
  return agentTicketDetail(deps, db, targetId);
}

/** A closed or merged target is not a place to merge into (409 ticket_merge_invalid); the source keeps its own error. */
function mergeError(error: unknown, isTarget: boolean): unknown {
  if (
    isTarget &&
    error instanceof DomainError &&
    (error.code === "ticket_closed" || error.code === "ticket_merged")
  )
    return new DomainError("ticket_merge_invalid");
  return error;
}
