import type { Selectable } from "kysely";
import type { UserRole } from "../../../../platform/db/schema.js";
import type { CallOutcome, SupportCallsTable } from "../../../../platform/db/schema-channels.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import { staffCaller } from "../../console/access.js";
import { findStaffTicket } from "../../console/detail.js";
import { staffNames } from "../../console/present.js";
import { lockForChange } from "../../console/update.js";
import type { SupportDeps } from "../../deps.js";
import { addEvent, updateTicket } from "../../tickets/repository.js";
import { decodeCursor, pageOf } from "./cursor.js";

/**
 * Phone calls on a ticket: those an agent logs by hand (either direction) and those the voice
 * provider reports (inbound, followed from ringing to their end). Each logged call leaves a
 * "call_logged" event in the ticket's history and an audit entry; the ticket's call list
 * shows them all.
 */

export type CallRow = Selectable<SupportCallsTable>;

export interface NewCall {
  direction: "inbound" | "outbound";
  phone: string;
  durationSeconds: number;
  outcome: Exclude<CallOutcome, "ringing">;
  notes: string;
  startedAt?: Date | undefined;
}

export async function insertCall(
  executor: Executor,
  deps: SupportDeps,
  row: { ticketId: string; agentId: string | null; externalId?: string | null; at: Date } & NewCall,
): Promise<CallRow> {
  return executor
    .insertInto("support_calls")
    .values({
      id: deps.platform.ids.next("call"),
      ticket_id: row.ticketId,
      direction: row.direction,
      phone: row.phone,
      duration_seconds: row.durationSeconds,
      outcome: row.outcome,
      notes: row.notes,
      agent_id: row.agentId,
      external_id: row.externalId ?? null,
      started_at: row.startedAt ?? row.at,
      created_at: row.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A call's "call_logged" event: what the history shows of it (never the notes, which the call list has). */
export async function addCallEvent(
  executor: Executor,
  deps: SupportDeps,
  call: CallRow,
  actorId: string | null,
  at: Date,
): Promise<void> {
  await addEvent(executor, deps.platform, {
    ticketId: call.ticket_id,
    actorId,
    kind: "call_logged",
    detail: {
      callId: call.id,
      direction: call.direction,
      to: call.outcome,
      durationSeconds: call.duration_seconds,
    },
    at,
  });
}

/** An agent logs a call on a ticket they may change (not closed or merged; compliance tickets not for agents). */
export async function logCall(
  deps: SupportDeps,
  auth: { userId: string; role: UserRole },
  ticketId: string,
  input: NewCall,
) {
  const { db, clock } = deps.platform;
  const call = await db.transaction().execute(async (trx) => {
    const caller = await staffCaller(deps, trx, auth);
    const ticket = await lockForChange(trx, caller, ticketId);
    const at = clock.now();
    const row = await insertCall(trx, deps, { ...input, ticketId, agentId: caller.userId, at });
    await addCallEvent(trx, deps, row, caller.userId, at);
    await updateTicket(trx, ticketId, { updated_at: at });
    await deps.audit.record(
      trx,
      caller.actor,
      "ticket.call_logged",
      { type: "ticket", id: ticketId },
      {
        number: String(ticket.number),
        callId: row.id,
        direction: row.direction,
        outcome: row.outcome,
        durationSeconds: row.duration_seconds,
      },
    );
    return row;
  });
  await deps.live.publish({ type: "ticket.updated", ticketId });
  const names = await staffNames(deps, db, [call.agent_id]);
  return presentCall(call, names);
}

export function presentCall(call: CallRow, names: Map<string, string>) {
  return {
    id: call.id,
    ticketId: call.ticket_id,
    direction: call.direction,
    phone: call.phone,
    durationSeconds: call.duration_seconds,
    outcome: call.outcome,
    notes: call.notes,
    agent: call.agent_id ? { id: call.agent_id, name: names.get(call.agent_id) ?? call.agent_id } : null,
    source: call.external_id ? ("provider" as const) : ("agent" as const),
    startedAt: call.started_at.toISOString(),
    createdAt: call.created_at.toISOString(),
  };
}

export type CallView = ReturnType<typeof presentCall>;

/** A ticket's calls, newest first (every support role reads every ticket). */
export async function listCalls(
  deps: SupportDeps,
  ticketId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ data: CallView[]; nextCursor: string | null }> {
  const { db } = deps.platform;
  await findStaffTicket(db, ticketId);
  let query = db.selectFrom("support_calls").selectAll().where("ticket_id", "=", ticketId);
  if (page.cursor) {
    const after = decodeCursor(page.cursor);
    query = query.where((eb) =>
      eb.or([
        eb("started_at", "<", after.at),
        eb.and([eb("started_at", "=", after.at), eb("id", "<", after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("started_at", "desc")
    .orderBy("id", "desc")
    .limit(page.limit + 1)
    .execute();
  const { data, nextCursor } = pageOf(rows, page.limit, (r) => ({ at: r.started_at, id: r.id }));
  const names = await staffNames(
    deps,
    db,
    data.map((r) => r.agent_id),
  );
  return { data: data.map((r) => presentCall(r, names)), nextCursor };
}
