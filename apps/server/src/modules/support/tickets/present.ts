import type { MessageRow, TicketRow } from "./repository.js";

/** A ticket as lists show it (customers and agents alike). */
export function presentTicketSummary(t: TicketRow) {
  return {
    id: t.id,
    number: String(t.number),
    subject: t.subject,
    category: t.category,
    status: t.status,
    priority: t.priority,
    channel: t.channel,
    createdAt: t.created_at.toISOString(),
    updatedAt: t.updated_at.toISOString(),
  };
}

/** A message of the thread; `internal` only ever reaches staff (customers' queries leave notes out). */
export function presentMessage(m: MessageRow) {
  return {
    id: m.id,
    authorType: m.author_type,
    authorName: m.author_name,
    body: m.body,
    internal: m.internal,
    channel: m.channel,
    attachments: m.attachments,
    createdAt: m.created_at.toISOString(),
    deliveryStatus: m.delivery_status,
    deliveryError: m.delivery_error,
    externalId: m.external_id,
  };
}
