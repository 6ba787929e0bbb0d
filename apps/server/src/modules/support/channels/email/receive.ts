import { sql } from "kysely";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { Locale } from "../../../../platform/i18n.js";
import type { SupportDeps } from "../../deps.js";
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_MESSAGE, detectImageType } from "../../tickets/attachments.js";
import { addEvent, lockTicket } from "../../tickets/repository.js";
import { readChannelSettings } from "../admin/channel-settings.js";
import { type InboundFile, receiveInbound } from "../inbound.js";
import { acknowledgeEmailTicket } from "./acknowledge.js";
import { senderAuthenticated } from "./authentication.js";
import { type AutomatedKind, automatedKind, type EmailEnvelope } from "./automated.js";
import { MAX_EMAIL_MB, type ParsedEmail, parseEmail, UnreadableEmail } from "./parse.js";
import { findThread } from "./threading.js";

/**
 * One inbound mail, whichever way it came (the SMTP listener, or an inbound-mail provider's
 * POST): parsed, checked for autoresponders and loops, threaded, then stored through the
 * channels' shared receiveInbound (deduped by Message-ID, the original MIME kept for agents).
 * A mail that opens a ticket is acknowledged. Mail no person wrote is never stored as a
 * message: on a ticket it matched it leaves an event agents can see, elsewhere nothing.
 */

export interface EmailReceipt {
  ticketId: string | null;
  number: string | null;
  created: boolean;
  duplicate: boolean;
  /** Why the mail was not taken as a customer's message. */
  ignored?: AutomatedKind | undefined;
}

/** Kind of the ticket event left by an autoresponder's, a bounce's or a list's mail to a ticket. */
export const AUTO_REPLY_EVENT = "auto_reply_received";

const NOT_KEPT: Record<Locale, string> = {
  en: "Not kept",
  "zh-CN": "未保留的附件",
};

/** The files a thread keeps (images, as uploads in the app are), and the names of the rest. */
function sortFiles(files: readonly InboundFile[]) {
  const kept: InboundFile[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const image = file.bytes.length <= ATTACHMENT_MAX_BYTES && detectImageType(file.bytes) !== undefined;
    if (image && kept.length < ATTACHMENTS_PER_MESSAGE) kept.push(file);
    else skipped.push(file.filename);
  }
  return { kept, skipped };
}

function storedBody(mail: ParsedEmail, skipped: string[]): string {
  const note = skipped.length > 0 ? [`${NOT_KEPT[mail.language]}: ${skipped.join(", ")}`] : [];
  const parts = [mail.body, ...note].filter((part) => part.length > 0);
  return parts.length > 0 ? parts.join("\n\n") : "(no text)";
}

/** Leaves an autoresponder's or a bounce's mail on the ticket it answers, once per mail. */
async function recordAutomated(deps: SupportDeps, ticketId: string, mail: ParsedEmail, kind: AutomatedKind) {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const ticket = await lockTicket(trx, ticketId);
    if (!ticket) return { ticket: undefined, duplicate: false };
    const seen = await trx
      .selectFrom("support_ticket_events")
      .select("id")
      .where("ticket_id", "=", ticketId)
      .where("kind", "=", AUTO_REPLY_EVENT)
      .where(sql<string>`detail->>'messageId'`, "=", mail.externalId)
      .executeTakeFirst();
    if (!seen)
      await addEvent(trx, platform, {
        ticketId,
        actorId: null,
        kind: AUTO_REPLY_EVENT,
        detail: {
          kind,
          from: mail.from.address,
          subject: mail.subject.slice(0, 200),
          messageId: mail.externalId,
        },
        at: platform.clock.now(),
      });
    return { ticket, duplicate: seen !== undefined };
  });
}

/** Kind of the ticket event that says a message's sender was not authenticated (the console shows it). */
export const UNAUTHENTICATED_EVENT = "sender_not_authenticated";

/**
 * Authenticated by our MTA (INBOUND_EMAIL_AUTHSERV_ID); without that setting every sender is
 * taken at its word, as in development (docs/channels/email-inbound.md says what that risks).
 */
function fromAuthenticated(authservId: string | undefined, mail: ParsedEmail): boolean {
  if (!authservId) return true;
  return senderAuthenticated(mail.header("authentication-results"), authservId, mail.from.address);
}

async function recordUnauthenticated(
  deps: SupportDeps,
  ticketId: string,
  mail: ParsedEmail,
  messageId: string,
) {
  const { platform } = deps;
  await platform.db.transaction().execute((trx) =>
    addEvent(trx, platform, {
      ticketId,
      actorId: null,
      kind: UNAUTHENTICATED_EVENT,
      detail: { from: mail.from.address, messageId, externalId: mail.externalId },
      at: platform.clock.now(),
    }),
  );
}

/** Throws inbound_email_invalid for anything that is not a mail we can take. */
export async function receiveEmail(
  deps: SupportDeps,
  raw: Buffer,
  envelope?: EmailEnvelope | undefined,
): Promise<EmailReceipt> {
  const { config } = deps.platform;
  let mail: ParsedEmail;
  try {
    mail = await parseEmail(raw);
  } catch (error) {
    if (error instanceof UnreadableEmail)
      throw new DomainError("inbound_email_invalid", { maxMb: MAX_EMAIL_MB });
    throw error;
  }
  const authenticated = fromAuthenticated(config.channels.inboundAuthservId, mail);
  const thread = await findThread(deps.platform.db, config.channels.supportAddress, mail, {
    envelopeRecipients: envelope?.rcptTo,
    senderAuthenticated: authenticated,
  });
  const automated = automatedKind(config, mail, envelope);
  if (automated) {
    if (!thread)
      return { ticketId: null, number: null, created: false, duplicate: false, ignored: automated };
    const { ticket, duplicate } = await recordAutomated(deps, thread.ticketId, mail, automated);
    return {
      ticketId: ticket?.id ?? null,
      number: ticket ? String(ticket.number) : null,
      created: false,
      duplicate,
      ignored: automated,
    };
  }

  const { kept, skipped } = sortFiles(mail.files);
  const result = await receiveInbound(deps, {
    channel: "email",
    from: { kind: "email", address: mail.from.address, name: mail.from.name },
    externalId: mail.externalId,
    ticketId: thread?.ticketId,
    continueLatest: false,
    subject: mail.subject,
    body: storedBody(mail, skipped),
    files: kept,
    original: { bytes: raw, contentType: "message/rfc822" },
    language: mail.language,
    // A From the receiving MTA did not authenticate may be forged: it opens no customer's account.
    ...(authenticated ? {} : { userId: null }),
  });
  if (!authenticated && result.message)
    await recordUnauthenticated(deps, result.ticket.id, mail, result.message.id);
  // Admins can turn acknowledgements off on the channels admin page.
  if (
    result.created &&
    result.message &&
    (await readChannelSettings(deps.platform.db, "email")).autoAcknowledge
  ) {
    try {
      await acknowledgeEmailTicket(deps, result.ticket, result.contact);
    } catch (error) {
      // The mail is in its ticket; a retry of the delivery would only find it stored.
      deps.platform.log.warn({ err: error, ticketId: result.ticket.id }, "email acknowledgement not queued");
    }
  }
  return {
    ticketId: result.ticket.id,
    number: String(result.ticket.number),
    created: result.created,
    duplicate: result.message === undefined,
  };
}
