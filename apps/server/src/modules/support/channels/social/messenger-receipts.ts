import type { SupportDeps } from "../../deps.js";
import type { MessengerEvent } from "./messenger-events.js";

/**
 * Messenger's delivery and read receipts, as the delivery state of agents' replies the console
 * shows: a receipt names our message ids (mids) and/or a watermark, "everything sent to this
 * person before this moment". Only replies we know were sent move forward (sent → delivered →
 * read), never back.
 */

type Receipt = Extract<MessengerEvent, { kind: "delivery" | "read" }>;

export async function recordMessengerReceipt(deps: SupportDeps, receipt: Receipt): Promise<void> {
  const { db, clock } = deps.platform;
  const at = clock.now();
  const contact = await db
    .selectFrom("support_contacts")
    .select("id")
    .where("kind", "=", "messenger")
    .where("address", "=", receipt.psid)
    .executeTakeFirst();
  if (!contact) return;
  // A watermark ahead of now means everything sent so far; as a date it must stay one the database takes.
  const watermark = new Date(Math.min(receipt.watermark, at.getTime()));
  const read = receipt.kind === "read";
  const from = read ? (["sent", "delivered"] as const) : (["sent"] as const);
  const mids = receipt.kind === "delivery" ? receipt.mids.slice(0, 1000) : [];
  const updated = await db
    .updateTable("support_messages")
    .set((eb) =>
      read
        ? { delivery_status: "read", read_at: at, delivered_at: eb.fn.coalesce("delivered_at", eb.val(at)) }
        : { delivery_status: "delivered", delivered_at: at },
    )
    .where("channel", "=", "messenger")
    .where("author_type", "=", "agent")
    .where("delivery_status", "in", from)
    // Replies to this person: they answer one of their messages.
    .where("reply_to_id", "in", (eb) =>
      eb.selectFrom("support_messages").select("id").where("contact_id", "=", contact.id),
    )
    .where((eb) =>
      eb.or([eb("created_at", "<=", watermark), ...(mids.length > 0 ? [eb("external_id", "in", mids)] : [])]),
    )
    .returning("ticket_id")
    .execute();
  for (const ticketId of new Set(updated.map((row) => row.ticket_id)))
    await deps.live.publish({ type: "ticket.updated", ticketId });
}
