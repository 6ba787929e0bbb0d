import { sql } from "kysely";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import { recognizedUser } from "../contacts.js";
import type { ParsedEmail } from "./parse.js";
import { ticketIdByReplyToken, tokenFromAddress } from "./reply-address.js";

/**
 * Which ticket a mail answers, in the order of the channels contract: the reply token in any
 * address it was sent to (support+<token>@domain, whatever the subject became), then an id in
 * In-Reply-To/References that is one of the ticket's stored emails (the customer's or ours)
 * or our acknowledgement, then "[#123456]" in the subject, but only from an address proven to be
 * the ticket's (a number is easy to guess; a stranger quoting one gets a ticket of their own).
 */

export type ThreadedBy = "token" | "message_id" | "subject";

export interface Thread {
  ticketId: string;
  by: ThreadedBy;
}

const SUBJECT_NUMBER = /\[#(\d{1,12})\]|(?:^|[\s(:：])#(\d{6,12})\b/;

/** Kind of the ticket event that records an acknowledgement (its detail holds our Message-ID). */
export const ACKNOWLEDGED_EVENT = "acknowledged";

async function byToken(executor: Executor, supportAddress: string, recipients: string[]) {
  for (const recipient of recipients) {
    const token = tokenFromAddress(recipient, supportAddress);
    const ticketId = token ? await ticketIdByReplyToken(executor, token) : undefined;
    if (ticketId) return ticketId;
  }
  return undefined;
}

async function byMessageId(executor: Executor, ids: string[]) {
  if (ids.length === 0) return undefined;
  const stored = await executor
    .selectFrom("support_messages")
    .select(["ticket_id", "external_id"])
    .where("channel", "=", "email")
    .where("external_id", "in", ids)
    .execute();
  // In-Reply-To comes first in `ids`, then References from the newest.
  for (const id of ids) {
    const hit = stored.find((row) => row.external_id === id);
    if (hit) return hit.ticket_id;
  }
  // Our acknowledgements are not thread messages; their ids are kept on the ticket's event.
  const acknowledged = await executor
    .selectFrom("support_ticket_events")
    .select("ticket_id")
    .where("kind", "=", ACKNOWLEDGED_EVENT)
    .where(sql<string>`detail->>'messageId'`, "in", ids)
    .limit(1)
    .executeTakeFirst();
  return acknowledged?.ticket_id;
}

/**
 * The ticket whose number the subject names, only when the sender's address is proven to be
 * that ticket's: the customer's verified email now, a web guest who followed the verification
 * link, or an email contact who wrote into that ticket before. An address typed into a chat (or
 * given by a caller) proves nothing: otherwise whoever typed someone else's address would read
 * that person's answer to our notice (issue #8, security review).
 */
async function bySubject(executor: Executor, subject: string, sender: string) {
  const match = SUBJECT_NUMBER.exec(subject);
  const number = match?.[1] ?? match?.[2];
  if (!number) return undefined;
  const customer = await recognizedUser(executor, "email", sender);
  const row = await executor
    .selectFrom("support_tickets as t")
    .select("t.id")
    .where("t.number", "=", number)
    .where((eb) =>
      eb.or([
        ...(customer ? [eb("t.user_id", "=", customer)] : []),
        eb.and([
          eb("t.user_id", "is", null),
          eb("t.channel", "=", "web"),
          eb("t.guest_verified_at", "is not", null),
          eb(sql<string>`lower(t.requester_email)`, "=", sender),
        ]),
        eb.exists(
          eb
            .selectFrom("support_messages as m")
            .innerJoin("support_contacts as c", "c.id", "m.contact_id")
            .select("m.id")
            .whereRef("m.ticket_id", "=", "t.id")
            .where("m.channel", "=", "email")
            .where("m.author_type", "=", "customer")
            .where("c.kind", "=", "email")
            .where("c.address", "=", sender),
        ),
      ]),
    )
    .executeTakeFirst();
  return row?.id;
}

/** How far a mail may be threaded: by the subject's number only when its sender is authenticated. */
export interface ThreadingOptions {
  envelopeRecipients?: readonly string[] | undefined;
  /** False when the receiving MTA did not authenticate the From address (see email/authentication.ts). */
  senderAuthenticated?: boolean | undefined;
}

export async function findThread(
  executor: Executor,
  supportAddress: string,
  mail: Pick<ParsedEmail, "recipients" | "threadIds" | "subject" | "from">,
  options: ThreadingOptions = {},
): Promise<Thread | undefined> {
  const { envelopeRecipients = [], senderAuthenticated = true } = options;
  const recipients = [...envelopeRecipients.map((r) => r.toLowerCase()), ...mail.recipients];
  const token = await byToken(executor, supportAddress, recipients);
  if (token) return { ticketId: token, by: "token" };
  const messageId = await byMessageId(executor, mail.threadIds);
  if (messageId) return { ticketId: messageId, by: "message_id" };
  if (!senderAuthenticated) return undefined;
  const subject = await bySubject(executor, mail.subject, mail.from.address);
  if (subject) return { ticketId: subject, by: "subject" };
  return undefined;
}
