import type { UserRole } from "../../../../platform/db/schema.js";
import type { CallbackStatus } from "../../../../platform/db/schema-channels.js";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import { assertMayAct, staffCaller } from "../../console/access.js";
import { staffNames } from "../../console/present.js";
import type { SupportDeps } from "../../deps.js";
import { addEvent, addMessage, lockTicket, updateTicket } from "../../tickets/repository.js";
import type { CallbackRow } from "./callbacks.js";
import { addCallEvent, insertCall } from "./calls.js";
import { decodeCursor, pageOf } from "./cursor.js";

/**
 * The agents' side of callbacks: the queue in slot order (whose time has passed is flagged
 * overdue), and settling one as done (the call is logged on the ticket), missed or cancelled.
 * Each settlement is audited; an agent's notes go with the call, or into an internal note on
 * the ticket when there was no call.
 */

export const CALLBACK_STATUSES = [
  "requested",
  "done",
  "missed",
  "cancelled",
] as const satisfies readonly CallbackStatus[];

export interface QueueFilter {
  status: CallbackStatus[];
  from?: Date | undefined;
  to?: Date | undefined;
}

type QueueRow = CallbackRow & { ticket_number: string | null };

const queueRows = (deps: SupportDeps) =>
  deps.platform.db
    .selectFrom("support_callbacks as c")
    .leftJoin("support_tickets as t", "t.id", "c.ticket_id")
    .selectAll("c")
    .select("t.number as ticket_number");

/** Queue rows with the customer (name, email, wallet number) and who settled them. */
async function presentQueue(deps: SupportDeps, rows: QueueRow[]) {
  const { db, clock } = deps.platform;
  const customers = await deps.customers.profiles(db, [
    ...new Set(rows.flatMap((r) => (r.user_id ? [r.user_id] : []))),
  ]);
  const names = await staffNames(
    deps,
    db,
    rows.map((r) => r.handled_by),
  );
  const now = clock.now();
  return rows.map((r) => {
    const customer = r.user_id ? customers.get(r.user_id) : undefined;
    return {
      id: r.id,
      status: r.status,
      slotStart: r.slot_start.toISOString(),
      slotEnd: r.slot_end.toISOString(),
      // Still to call after its half hour ended: the customer has been waiting.
      overdue: r.status === "requested" && r.slot_end <= now,
      phone: r.phone,
      note: r.note,
      language: r.language,
      customer: customer
        ? { id: customer.id, name: customer.name, email: customer.email, walletNumber: customer.walletNumber }
        : null,
      ticket: r.ticket_id ? { id: r.ticket_id, number: String(r.ticket_number ?? "") } : null,
      handledBy: r.handled_by ? { id: r.handled_by, name: names.get(r.handled_by) ?? r.handled_by } : null,
      handledAt: r.handled_at?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
    };
  });
}

export type QueueCallback = Awaited<ReturnType<typeof presentQueue>>[number];

/** Callbacks in slot order (the next one to make first), filtered by status and slot time. */
export async function listCallbackQueue(
  deps: SupportDeps,
  filter: QueueFilter,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ data: QueueCallback[]; nextCursor: string | null }> {
  let query = queueRows(deps).where("c.status", "in", filter.status);
  if (filter.from) query = query.where("c.slot_start", ">=", filter.from);
  if (filter.to) query = query.where("c.slot_start", "<", filter.to);
  if (page.cursor) {
    const after = decodeCursor(page.cursor);
    query = query.where((eb) =>
      eb.or([
        eb("c.slot_start", ">", after.at),
        eb.and([eb("c.slot_start", "=", after.at), eb("c.id", ">", after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("c.slot_start")
    .orderBy("c.id")
    .limit(page.limit + 1)
    .execute();
  const { data, nextCursor } = pageOf(rows, page.limit, (r) => ({ at: r.slot_start, id: r.id }));
  return { data: await presentQueue(deps, data), nextCursor };
}

export interface Settlement {
  status: Exclude<CallbackStatus, "requested">;
  notes: string;
  /** A done callback's call length, for the call log. */
  durationSeconds?: number | undefined;
}

export async function settleCallback(
  deps: SupportDeps,
  auth: { userId: string; role: UserRole },
  id: string,
  input: Settlement,
) {
  const { platform } = deps;
  const result = await platform.db.transaction().execute(async (trx) => {
    const caller = await staffCaller(deps, trx, auth);
    const callback = await trx
      .selectFrom("support_callbacks")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    if (!callback) throw new DomainError("callback_not_found");
    const ticket = callback.ticket_id ? await lockTicket(trx, callback.ticket_id) : undefined;
    // A compliance case's callback is theirs to make, as every other change to that ticket.
    if (ticket) assertMayAct(caller, ticket);
    if (callback.status !== "requested") throw new DomainError("callback_closed");
    const at = platform.clock.now();
    await trx
      .updateTable("support_callbacks")
      .set({ status: input.status, handled_by: caller.userId, handled_at: at })
      .where("id", "=", id)
      .execute();
    let callId: string | null = null;
    let noteId: string | null = null;
    if (ticket) {
      if (input.status === "done") {
        const call = await insertCall(trx, deps, {
          ticketId: ticket.id,
          agentId: caller.userId,
          direction: "outbound",
          phone: callback.phone,
          durationSeconds: input.durationSeconds ?? 0,
          outcome: "answered",
          notes: input.notes,
          at,
        });
        callId = call.id;
        await addCallEvent(trx, deps, call, caller.userId, at);
      } else if (input.notes) {
        const note = await addMessage(trx, platform, {
          ticketId: ticket.id,
          authorType: "agent",
          authorId: caller.userId,
          authorName: caller.name,
          body: input.notes,
          internal: true,
          at,
        });
        noteId = note.id;
      }
      await addEvent(trx, platform, {
        ticketId: ticket.id,
        actorId: caller.userId,
        kind: "callback_settled",
        detail: { callbackId: id, from: "requested", to: input.status },
        at,
      });
      await updateTicket(trx, ticket.id, { updated_at: at });
    }
    await deps.audit.record(
      trx,
      caller.actor,
      "support.callback_updated",
      { type: "support_callback", id },
      {
        from: "requested",
        to: input.status,
        ticketNumber: ticket ? String(ticket.number) : null,
        callId,
        slotStart: callback.slot_start.toISOString(),
      },
    );
    return { ticketId: ticket?.id, noteId };
  });
  if (result.ticketId) await deps.live.publish({ type: "ticket.updated", ticketId: result.ticketId });
  if (result.noteId && result.ticketId)
    await deps.live.publish({
      type: "message.created",
      ticketId: result.ticketId,
      messageId: result.noteId,
      internal: true,
      authorType: "agent",
    });
  const [view] = await presentQueue(deps, await queueRows(deps).where("c.id", "=", id).execute());
  if (!view) throw new DomainError("callback_not_found");
  return view;
}
