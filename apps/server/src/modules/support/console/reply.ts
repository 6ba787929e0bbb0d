import type { UserRole } from "../../../platform/db/schema.js";
import type { MessageChannel } from "../../../platform/db/schema-channels.js";
import type { TicketStatus } from "../../../platform/db/schema-support.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { type ReplyRoute, routeReply } from "../channels/outbound.js";
import type { SupportDeps } from "../deps.js";
import { takeAttachments, tieToMessage } from "../tickets/attachments.js";
import { notifyCustomerOfReply, notifySolved } from "../tickets/notify.js";
import { presentMessage } from "../tickets/present.js";
import { addEvent, addMessage, type TicketPatch, updateTicket } from "../tickets/repository.js";
import { staffCaller } from "./access.js";
import { statusPatch } from "./status.js";
import { lockForChange } from "./update.js";

export interface ReplyInput {
  body: string;
  /** An internal note: staff only, no email, no first response. */
  internal?: boolean | undefined;
  attachmentIds?: string[] | undefined;
  /** The status after the reply; by default a public answer to a new or open ticket waits on the customer. */
  status?: Exclude<TicketStatus, "new" | "closed"> | undefined;
  /** The macro the text came from (usage is counted when it is rendered). */
  macroId?: string | undefined;
  /** The way back; by default the channel of the customer's latest message (channels/outbound.ts). */
  channel?: MessageChannel | undefined;
  /** The channel's id of this reply (a chat client's id for it): a resend with the same id is refused by the unique index. */
  externalId?: string | undefined;
}

async function macroExists(executor: Executor, id: string): Promise<boolean> {
  // Deleted macros count: the text may have been rendered just before someone deleted it.
  const row = await executor
    .selectFrom("support_macros")
    .select("id")
    .where("id", "=", id)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A public reply or an internal note. The first public reply stops the first-response clock
 * and moves a new ticket to open; by default a public answer to a new or open ticket leaves it
 * pending (waiting on the customer, SLA paused), while a note changes nothing unless asked.
 * A public reply goes back the way the customer wrote (channels/outbound.ts): through email,
 * Messenger or X with its text, into their chat, or as the "you have a reply" email (never the
 * text) for web tickets; they are emailed again when it solves the ticket. Audited as
 * ticket.replied or ticket.note_added.
 */
export async function replyToTicket(
  deps: SupportDeps,
  auth: { userId: string; role: UserRole },
  id: string,
  input: ReplyInput,
) {
  const { db, clock } = deps.platform;
  const internal = input.internal ?? false;
  const message = await db.transaction().execute(async (trx) => {
    const caller = await staffCaller(deps, trx, auth);
    const before = await lockForChange(trx, caller, id);
    if (input.macroId !== undefined && !(await macroExists(trx, input.macroId)))
      throw new DomainError("macro_not_found");
    // Staff upload through the customers' route, so their screenshots are a user's unused uploads.
    const attachments = await takeAttachments(
      trx,
      { kind: "user", userId: caller.userId },
      input.attachmentIds,
      { asNamed: true },
    );
    const at = clock.now();
    const route: ReplyRoute | undefined = internal
      ? undefined
      : await routeReply(deps, trx, before, input.channel);
    const message = await addMessage(trx, deps.platform, {
      ticketId: id,
      authorType: "agent",
      authorId: caller.userId,
      authorName: caller.name,
      body: input.body,
      internal,
      attachments,
      at,
      externalId: input.externalId ?? null,
      ...(route
        ? {
            channel: route.channel,
            replyToId: route.replyToId,
            deliveryStatus: route.delivered ? "queued" : null,
          }
        : {}),
    });
    if (route?.delivered) await deps.channels.queueDelivery(trx, message.id);
    await tieToMessage(trx, attachments, { ticketId: id, messageId: message.id });

    let current = before;
    const patch: TicketPatch = { updated_at: at };
    if (!internal) {
      patch.last_agent_activity_at = at;
      if (before.first_responded_at === null) {
        const sla = { first_responded_at: at, ...deps.sla.onAgentReply(before, at) };
        Object.assign(patch, sla);
        current = { ...current, ...sla };
      }
    }
    const defaultStatus: TicketStatus =
      !internal && (before.status === "new" || before.status === "open") ? "pending" : before.status;
    const to = input.status ?? defaultStatus;
    if (to !== before.status) {
      Object.assign(patch, await statusPatch(deps, trx, current, to, at));
      await addEvent(trx, deps.platform, {
        ticketId: id,
        actorId: caller.userId,
        kind: "status_changed",
        detail: { from: before.status, to, messageId: message.id },
        at,
      });
    }
    await updateTicket(trx, id, patch);
    await deps.audit.record(
      trx,
      caller.actor,
      internal ? "ticket.note_added" : "ticket.replied",
      { type: "ticket", id },
      {
        number: String(before.number),
        messageId: message.id,
        ...(to !== before.status ? { status: { from: before.status, to } } : {}),
        ...(input.macroId ? { macroId: input.macroId } : {}),
        ...(route ? { channel: route.channel } : {}),
        ...(attachments.length > 0 ? { attachments: attachments.length } : {}),
      },
    );
    const after = await trx
      .selectFrom("support_tickets")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    // A reply delivered through the customer's channel, or said in their chat, needs no notice.
    if (route && !route.delivered && route.channel !== "chat") await notifyCustomerOfReply(deps, trx, after);
    if (to === "solved" && before.status !== "solved") await notifySolved(deps, trx, after);
    return message;
  });
  await deps.live.publish({
    type: "message.created",
    ticketId: id,
    messageId: message.id,
    internal,
    authorType: "agent",
  });
  await deps.live.publish({ type: "ticket.updated", ticketId: id });
  return presentMessage(message);
}
