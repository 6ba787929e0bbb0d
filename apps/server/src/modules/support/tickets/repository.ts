import type { Insertable, Selectable, Updateable } from "kysely";
import type {
  MessageAttachmentRef,
  SupportMessagesTable,
  SupportTicketsTable,
} from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Platform } from "../../../platform/platform.js";

/** Plain queries on tickets, their messages and their event trail (shared by every part of the desk). */

export type TicketRow = Selectable<SupportTicketsTable>;
export type MessageRow = Selectable<SupportMessagesTable>;
export type TicketPatch = Updateable<SupportTicketsTable>;

export async function findTicket(executor: Executor, id: string): Promise<TicketRow | undefined> {
  return executor.selectFrom("support_tickets").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Locks the ticket row for the rest of the transaction (status changes, replies, merges). */
export async function lockTicket(executor: Executor, id: string): Promise<TicketRow | undefined> {
  return executor
    .selectFrom("support_tickets")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function findTicketByNumber(executor: Executor, number: string): Promise<TicketRow | undefined> {
  if (!/^\d{1,15}$/.test(number)) return undefined;
  return executor.selectFrom("support_tickets").selectAll().where("number", "=", number).executeTakeFirst();
}

export async function insertTicket(
  executor: Executor,
  row: Insertable<SupportTicketsTable>,
): Promise<TicketRow> {
  return executor.insertInto("support_tickets").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateTicket(executor: Executor, id: string, patch: TicketPatch): Promise<void> {
  await executor.updateTable("support_tickets").set(patch).where("id", "=", id).execute();
}

export async function addMessage(
  executor: Executor,
  platform: Platform,
  message: {
    ticketId: string;
    authorType: MessageRow["author_type"];
    authorId: string | null;
    authorName: string | null;
    body: string;
    internal?: boolean;
    channel?: string;
    attachments?: MessageAttachmentRef[];
    at: Date;
    /** Channels: the provider's id, who wrote, what it answers, the original, how delivery goes. */
    externalId?: string | null;
    contactId?: string | null;
    replyToId?: string | null;
    originalKey?: string | null;
    deliveryStatus?: MessageRow["delivery_status"];
  },
): Promise<MessageRow> {
  return executor
    .insertInto("support_messages")
    .values({
      id: platform.ids.next("ticketMessage"),
      ticket_id: message.ticketId,
      author_type: message.authorType,
      author_id: message.authorId,
      author_name: message.authorName,
      body: message.body,
      internal: message.internal ?? false,
      channel: message.channel ?? "web",
      attachments: JSON.stringify(message.attachments ?? []),
      created_at: message.at,
      external_id: message.externalId ?? null,
      contact_id: message.contactId ?? null,
      reply_to_id: message.replyToId ?? null,
      original_key: message.originalKey ?? null,
      delivery_status: message.deliveryStatus ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The thread, oldest first; customers never get internal notes. */
export async function listMessages(
  executor: Executor,
  ticketId: string,
  options: { includeInternal: boolean },
): Promise<MessageRow[]> {
  let query = executor
    .selectFrom("support_messages")
    .selectAll()
    .where("ticket_id", "=", ticketId)
    .orderBy("created_at")
    .orderBy("id");
  if (!options.includeInternal) query = query.where("internal", "=", false);
  return query.execute();
}

/** One line of the ticket's trail: status, priority, assignment, merge, actions taken from the panel. */
export async function addEvent(
  executor: Executor,
  platform: Platform,
  event: {
    ticketId: string;
    actorId: string | null;
    kind: string;
    detail?: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  await executor
    .insertInto("support_ticket_events")
    .values({
      id: platform.ids.next("ticketEvent"),
      ticket_id: event.ticketId,
      actor_id: event.actorId,
      kind: event.kind,
      detail: JSON.stringify(event.detail ?? {}),
      created_at: event.at,
    })
    .execute();
}
