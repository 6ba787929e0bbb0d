import type { TicketStatus } from "../../../platform/db/schema-support.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../deps.js";
import { ownTicket, type TicketCaller } from "./access.js";
import { takeAttachments, tieToMessage } from "./attachments.js";
import { canRate } from "./customer-view.js";
import { presentMessage } from "./present.js";
import {
  addEvent,
  addMessage,
  findTicket,
  type TicketPatch,
  type TicketRow,
  updateTicket,
} from "./repository.js";

/**
 * The requester's side of the conversation: a reply (which brings a ticket waiting on them,
 * or solved, back to the agents), "this is solved", and the satisfaction rating.
 */

/** Merged tickets point to where the conversation continues; closed ones take nothing more. */
async function assertWritable(executor: Executor, ticket: TicketRow): Promise<void> {
  if (ticket.merged_into_id) {
    const target = await findTicket(executor, ticket.merged_into_id);
    throw new DomainError("ticket_merged", { number: String(target?.number ?? "") });
  }
  if (ticket.status === "closed") throw new DomainError("ticket_closed", { number: String(ticket.number) });
}

/** A status change with its SLA patch and its line in the trail. */
async function changeStatus(
  deps: SupportDeps,
  trx: Executor,
  ticket: TicketRow,
  to: TicketStatus,
  actorId: string | null,
  at: Date,
): Promise<TicketPatch> {
  const sla = await deps.sla.onStatusChange(trx, ticket, to, at);
  await addEvent(trx, deps.platform, {
    ticketId: ticket.id,
    actorId,
    kind: "status_changed",
    detail: { from: ticket.status, to, by: "customer" },
    at,
  });
  return { ...sla, status: to, ...(to === "solved" ? { solved_at: at } : { solved_at: null }) };
}

const actorOf = (caller: TicketCaller) => (caller.kind === "user" ? caller.userId : null);

export async function customerReply(
  deps: SupportDeps,
  caller: TicketCaller,
  ticketId: string,
  input: { body: string; attachmentIds?: string[] | undefined },
) {
  const { platform } = deps;
  const at = platform.clock.now();
  const { message, reopened } = await platform.db.transaction().execute(async (trx) => {
    const ticket = await ownTicket(trx, caller, ticketId, { lock: true });
    await assertWritable(trx, ticket);
    const attachments = await takeAttachments(trx, caller, input.attachmentIds);
    const authorName =
      caller.kind === "user"
        ? ((await deps.customers.profile(trx, caller.userId))?.name ?? ticket.requester_name)
        : ticket.requester_name;
    const message = await addMessage(trx, platform, {
      ticketId: ticket.id,
      authorType: "customer",
      authorId: actorOf(caller),
      authorName,
      body: input.body,
      attachments,
      at,
    });
    await tieToMessage(trx, attachments, { ticketId: ticket.id, messageId: message.id });
    // An answer to "is it fixed?" or to a solved ticket puts it back in the agents' hands.
    const reopened = ticket.status === "pending" || ticket.status === "solved";
    const statusPatch = reopened ? await changeStatus(deps, trx, ticket, "open", actorOf(caller), at) : {};
    await updateTicket(trx, ticket.id, { ...statusPatch, last_customer_activity_at: at, updated_at: at });
    return { message, reopened };
  });
  await deps.live.publish({
    type: "message.created",
    ticketId,
    messageId: message.id,
    internal: false,
    authorType: "customer",
  });
  if (reopened) await deps.live.publish({ type: "ticket.updated", ticketId });
  const {
    internal: _internal,
    deliveryError: _error,
    externalId: _external,
    ...shown
  } = presentMessage(message);
  return shown;
}

/** "My problem is solved": the ticket is solved by the customer (the survey is then offered). */
export async function customerClose(
  deps: SupportDeps,
  caller: TicketCaller,
  ticketId: string,
): Promise<void> {
  const { platform } = deps;
  const at = platform.clock.now();
  const changed = await platform.db.transaction().execute(async (trx) => {
    const ticket = await ownTicket(trx, caller, ticketId, { lock: true });
    await assertWritable(trx, ticket);
    if (ticket.status === "solved") return false;
    const patch = await changeStatus(deps, trx, ticket, "solved", actorOf(caller), at);
    await updateTicket(trx, ticket.id, { ...patch, last_customer_activity_at: at, updated_at: at });
    return true;
  });
  if (changed) await deps.live.publish({ type: "ticket.updated", ticketId });
}

/** 1 to 5 with an optional comment; changeable while solved, given once after it closed. */
export async function rateTicket(
  deps: SupportDeps,
  caller: TicketCaller,
  ticketId: string,
  input: { score: number; comment?: string | undefined },
): Promise<{ score: number; comment: string | null }> {
  const { platform } = deps;
  const at = platform.clock.now();
  const comment = input.comment && input.comment.length > 0 ? input.comment : null;
  await platform.db.transaction().execute(async (trx) => {
    const ticket = await ownTicket(trx, caller, ticketId, { lock: true });
    if (!canRate(ticket)) {
      if (ticket.merged_into_id || ticket.status === "closed") await assertWritable(trx, ticket);
      throw new DomainError("ticket_not_solved");
    }
    await updateTicket(trx, ticket.id, {
      satisfaction_score: input.score,
      satisfaction_comment: comment,
      rated_at: at,
      updated_at: at,
    });
    await addEvent(trx, platform, {
      ticketId: ticket.id,
      actorId: actorOf(caller),
      kind: "rated",
      detail: { score: input.score, previous: ticket.satisfaction_score },
      at,
    });
  });
  await deps.live.publish({ type: "ticket.updated", ticketId });
  return { score: input.score, comment };
}
