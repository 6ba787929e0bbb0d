import { sql } from "kysely";
import type { Locale } from "../../../../platform/i18n.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../../deps.js";
import { describeTarget, receivedCopies } from "../../tickets/emails.js";
import { ticketLink } from "../../tickets/notify.js";
import { addEvent, type TicketRow } from "../../tickets/repository.js";
import type { ContactRow } from "../contacts.js";
import { composeTicketEmail, supportDomain } from "./compose.js";
import { ACKNOWLEDGED_EVENT } from "./threading.js";

/**
 * "We received your request #n; we aim to answer within one working day": the answer to a
 * mail that opened a ticket, in the ticket's language, threaded to it (Reply-To the ticket's
 * token, In-Reply-To the customer's mail) so an answer to it lands in the same ticket.
 *
 * At most three per sender address a day: a sender that is itself an autoresponder nobody
 * labelled as one would otherwise trade acknowledgements with us forever. Its subject is our
 * own wording, never the sender's: anyone can put anyone's address in From, and we would be
 * mailing their text to that address.
 */

export const ACKNOWLEDGEMENTS_PER_DAY = 3;
const DAY_MS = 24 * 3_600_000;

const SUBJECT: Record<Locale, string> = {
  en: "We received your request",
  "zh-CN": "我们已收到您的请求",
};

/**
 * What the acknowledgement says, in the ticket's language: our own subject line, and the
 * "received" notice's lines with its link as paragraphs (template previews show the same).
 */
export function acknowledgementContent(
  number: string,
  language: Locale,
  targets: Record<Locale, string>,
  url: string,
): { subjectLine: string; text: string } {
  const copy = receivedCopies(number, targets, url)[language];
  const action = copy.action ? [`${copy.action.label}: ${copy.action.url}`] : [];
  return { subjectLine: SUBJECT[language], text: [...copy.lines, ...action].join("\n\n") };
}

/** Acknowledgements sent to this contact in the last 24 hours (their tickets' events). */
async function recentAcknowledgements(deps: SupportDeps, executor: Executor, contactId: string) {
  const since = new Date(deps.platform.clock.now().getTime() - DAY_MS);
  const row = await executor
    .selectFrom("support_ticket_events as e")
    .innerJoin("support_tickets as t", "t.id", "e.ticket_id")
    .select(sql<string>`count(*)`.as("count"))
    .where("t.contact_id", "=", contactId)
    .where("t.created_at", ">=", since)
    .where("e.kind", "=", ACKNOWLEDGED_EVENT)
    .where("e.created_at", ">=", since)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Queues the acknowledgement of a new email ticket; false when the daily limit held it back. */
export async function acknowledgeEmailTicket(
  deps: SupportDeps,
  ticket: TicketRow,
  contact: ContactRow,
): Promise<boolean> {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    // Two mails from one sender at once count one after the other.
    await trx.selectFrom("support_contacts").select("id").where("id", "=", contact.id).forUpdate().execute();
    const at = platform.clock.now();
    if ((await recentAcknowledgements(deps, trx, contact.id)) >= ACKNOWLEDGEMENTS_PER_DAY) {
      await addEvent(trx, platform, {
        ticketId: ticket.id,
        actorId: null,
        kind: "acknowledgement_skipped",
        detail: { to: contact.address, reason: "daily_limit" },
        at,
      });
      return false;
    }
    const target = await deps.sla.expectation(trx, ticket.priority);
    const targets = { en: describeTarget(target, "en"), "zh-CN": describeTarget(target, "zh-CN") };
    const content = acknowledgementContent(
      String(ticket.number),
      ticket.language,
      targets,
      await ticketLink(deps, trx, ticket),
    );
    const messageId = `ack.${ticket.id}.1@${supportDomain(deps)}`;
    const email = await composeTicketEmail(deps, trx, {
      ticket,
      to: contact.address,
      kind: "acknowledgement",
      text: content.text,
      subjectLine: content.subjectLine,
      messageId,
    });
    // "auto-replied" (RFC 3834): the sender's own autoresponder stays quiet instead of answering us.
    await deps.messaging.send(trx, { ...email, autoSubmitted: "auto-replied" });
    await addEvent(trx, platform, {
      ticketId: ticket.id,
      actorId: null,
      kind: ACKNOWLEDGED_EVENT,
      detail: { to: contact.address, messageId },
      at,
    });
    return true;
  });
}
