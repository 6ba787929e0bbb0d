import type { Executor } from "../../../../platform/outbox/outbox.js";
import type { Platform } from "../../../../platform/platform.js";

/**
 * support+<token>@domain: the Reply-To of every email we send about a ticket. The token is
 * random (not the ticket number, which anyone can guess), made once per ticket, so an answer
 * to any of our emails finds its ticket whatever the customer did to the subject.
 */

const TOKEN = /^[a-z0-9]{12,32}$/;

/** "support@example.com" + "k3x9…" → "support+k3x9…@example.com". */
export function replyAddress(supportAddress: string, token: string): string {
  const at = supportAddress.lastIndexOf("@");
  return `${supportAddress.slice(0, at)}+${token}${supportAddress.slice(at)}`;
}

/**
 * The token in an address of ours ("support+k3x9…@example.com"), or undefined for any other
 * address (another mailbox, another domain, a malformed token).
 */
export function tokenFromAddress(address: string, supportAddress: string): string | undefined {
  const at = supportAddress.lastIndexOf("@");
  const local = supportAddress.slice(0, at).toLowerCase();
  const domain = supportAddress.slice(at + 1).toLowerCase();
  const match = /^([^@+]+)\+([^@]+)@(.+)$/.exec(address.trim().toLowerCase());
  if (!match || match[1] !== local || match[3] !== domain) return undefined;
  const token = match[2] ?? "";
  return TOKEN.test(token) ? token : undefined;
}

/** The ticket's token, made on first use. */
export async function ensureReplyToken(
  executor: Executor,
  platform: Platform,
  ticketId: string,
): Promise<string> {
  const row = await executor
    .selectFrom("support_tickets")
    .select("reply_token")
    .where("id", "=", ticketId)
    .executeTakeFirstOrThrow();
  if (row.reply_token) return row.reply_token;
  const token = platform.random.bytes(10).toString("hex");
  const updated = await executor
    .updateTable("support_tickets")
    .set({ reply_token: token })
    .where("id", "=", ticketId)
    .where("reply_token", "is", null)
    .returning("reply_token")
    .executeTakeFirst();
  if (updated?.reply_token) return updated.reply_token;
  // Someone else made it first.
  const again = await executor
    .selectFrom("support_tickets")
    .select("reply_token")
    .where("id", "=", ticketId)
    .executeTakeFirstOrThrow();
  return again.reply_token ?? token;
}

export async function ticketIdByReplyToken(executor: Executor, token: string): Promise<string | undefined> {
  const row = await executor
    .selectFrom("support_tickets")
    .select("id")
    .where("reply_token", "=", token)
    .executeTakeFirst();
  return row?.id;
}
