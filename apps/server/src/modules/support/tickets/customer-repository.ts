import type { Insertable, Selectable } from "kysely";
import type {
  SupportAttachmentsTable,
  TicketTransactionSnapshot,
} from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { TicketRow } from "./repository.js";

/** Queries of the customer side: a requester's own tickets, attached transactions, uploads. */

export type AttachmentRow = Selectable<SupportAttachmentsTable>;

/** A customer's tickets, newest first, before `cursor` (ids sort by time). */
export async function listTicketsOfUser(
  executor: Executor,
  userId: string,
  filter: { state: "open" | "closed" | undefined; cursor: string | undefined; limit: number },
): Promise<TicketRow[]> {
  let query = executor.selectFrom("support_tickets").selectAll().where("user_id", "=", userId);
  if (filter.state === "open") query = query.where("status", "!=", "closed");
  if (filter.state === "closed") query = query.where("status", "=", "closed");
  if (filter.cursor) query = query.where("id", "<", filter.cursor);
  return query.orderBy("id", "desc").limit(filter.limit).execute();
}

export async function insertTicketTransactions(
  executor: Executor,
  ticketId: string,
  items: { id: string; snapshot: TicketTransactionSnapshot }[],
  linkedBy: string | null,
  at: Date,
): Promise<void> {
  if (items.length === 0) return;
  await executor
    .insertInto("support_ticket_transactions")
    .values(
      items.map((item) => ({
        ticket_id: ticketId,
        transaction_id: item.id,
        snapshot: JSON.stringify(item.snapshot),
        linked_by: linkedBy,
        created_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(["ticket_id", "transaction_id"]).doNothing())
    .execute();
}

export async function listTicketTransactions(
  executor: Executor,
  ticketId: string,
): Promise<{ id: string; snapshot: TicketTransactionSnapshot }[]> {
  const rows = await executor
    .selectFrom("support_ticket_transactions")
    .select(["transaction_id", "snapshot"])
    .where("ticket_id", "=", ticketId)
    .orderBy("created_at")
    .orderBy("transaction_id")
    .execute();
  return rows.map((row) => ({ id: row.transaction_id, snapshot: row.snapshot }));
}

export async function insertAttachment(
  executor: Executor,
  row: Insertable<SupportAttachmentsTable>,
): Promise<void> {
  await executor.insertInto("support_attachments").values(row).execute();
}

export async function findAttachment(executor: Executor, id: string): Promise<AttachmentRow | undefined> {
  return executor.selectFrom("support_attachments").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Who uploaded: a customer, or a guest (by the address of the ticket their access token opens). */
export type Uploader = { userId: string } | { guestEmail: string };

/**
 * The uploader's still-unused attachments among `ids`, locked until the message that uses them
 * is written. Fewer rows than ids means some are not theirs, already used or purged.
 */
export async function lockUnusedAttachments(
  executor: Executor,
  ids: readonly string[],
  uploader: Uploader,
): Promise<AttachmentRow[]> {
  if (ids.length === 0) return [];
  let query = executor
    .selectFrom("support_attachments")
    .selectAll()
    .where("id", "in", [...ids])
    .where("ticket_id", "is", null);
  query =
    "userId" in uploader
      ? query.where("uploader_user_id", "=", uploader.userId)
      : query.where("uploader_user_id", "is", null).where("uploader_guest_email", "=", uploader.guestEmail);
  return query.orderBy("created_at").orderBy("id").forUpdate().execute();
}

/** Ties attachments to the message that carries them (and so to its ticket: no longer purged). */
export async function tieAttachments(
  executor: Executor,
  ids: readonly string[],
  target: { ticketId: string; messageId: string },
): Promise<void> {
  if (ids.length === 0) return;
  await executor
    .updateTable("support_attachments")
    .set({ ticket_id: target.ticketId, message_id: target.messageId })
    .where("id", "in", [...ids])
    .execute();
}

/** Uploads never used by a message, older than `before` (the chore deletes their files and rows). */
export async function unusedAttachments(
  executor: Executor,
  before: Date,
  limit: number,
): Promise<AttachmentRow[]> {
  return executor
    .selectFrom("support_attachments")
    .selectAll()
    .where("ticket_id", "is", null)
    .where("created_at", "<", before)
    .orderBy("created_at")
    .limit(limit)
    .execute();
}

/** Deletes the row only if it is still unused (a message may have claimed it meanwhile). */
export async function deleteUnusedAttachment(executor: Executor, id: string): Promise<boolean> {
  const result = await executor
    .deleteFrom("support_attachments")
    .where("id", "=", id)
    .where("ticket_id", "is", null)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Whether a message is a note for staff; undefined when there is no such message. */
export async function isInternalMessage(executor: Executor, messageId: string): Promise<boolean | undefined> {
  const row = await executor
    .selectFrom("support_messages")
    .select("internal")
    .where("id", "=", messageId)
    .executeTakeFirst();
  return row?.internal;
}
