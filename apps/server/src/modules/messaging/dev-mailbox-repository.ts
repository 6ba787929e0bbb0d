import { type Selectable, sql } from "kysely";
import type { DevMessagesTable } from "../../platform/db/schema.js";
import type { Executor } from "../../platform/outbox/outbox.js";

export interface DevMessageRow {
  id: string;
  channel: "email" | "sms";
  to: string;
  subject: string | null;
  text: string;
  html: string | null;
  /** Email headers as sent (From, Reply-To, Message-ID, In-Reply-To, References, Auto-Submitted); null for SMS. */
  headers: Record<string, string> | null;
  createdAt: Date;
}

/** jsonb comes back parsed on PostgreSQL and as text on the embedded database. */
function parseHeaders(value: unknown): Record<string, string> | null {
  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
  if (typeof parsed !== "object" || parsed === null) return null;
  return Object.fromEntries(
    Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

export async function insertDevMessage(executor: Executor, message: DevMessageRow): Promise<void> {
  await executor
    .insertInto("dev_messages")
    .values({
      id: message.id,
      channel: message.channel,
      to_address: message.to,
      subject: message.subject,
      text_body: message.text,
      html_body: message.html,
      headers: message.headers ? JSON.stringify(message.headers) : null,
      created_at: message.createdAt,
    })
    .execute();
}

export async function listDevMessages(
  executor: Executor,
  filter: { to?: string | undefined; limit: number },
): Promise<DevMessageRow[]> {
  let query = executor
    .selectFrom("dev_messages")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(filter.limit);
  if (filter.to) query = query.where(sql<string>`lower(to_address)`, "=", filter.to.trim().toLowerCase());
  const rows = await query.execute();
  return rows.map(toRow);
}

export async function findDevMessage(executor: Executor, id: string): Promise<DevMessageRow | undefined> {
  const row = await executor.selectFrom("dev_messages").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toRow(row);
}

function toRow(r: Selectable<DevMessagesTable>): DevMessageRow {
  return {
    id: r.id,
    channel: r.channel,
    to: r.to_address,
    subject: r.subject,
    text: r.text_body,
    html: r.html_body,
    headers: parseHeaders(r.headers),
    createdAt: r.created_at,
  };
}
