import type { Config } from "../../../../config.js";
import type { Locale } from "../../../../platform/i18n.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import type { OutboundEmail } from "../../../messaging/message.js";
import { renderEmail, textToHtml } from "../../../notifications/templates/render.js";
import type { SupportDeps } from "../../deps.js";
import type { MessageRow, TicketRow } from "../../tickets/repository.js";
import { ensureReplyToken, replyAddress } from "./reply-address.js";

/**
 * Every email we send about a ticket (agents' replies, acknowledgements) goes out in one
 * shape, so that whatever the customer's mail program does, the answer finds its ticket:
 * Reply-To support+<token>@domain, our own Message-ID, In-Reply-To and References to the
 * customer's mail, "[#number]" in the subject, and a marker line above which the customer
 * writes (the inbound side cuts the quoted rest at it).
 */

/** The line customers answer above; inbound stripping cuts at either language's marker. */
export const REPLY_ABOVE_MARKERS: Record<Locale, string> = {
  en: "##- Reply above this line -##",
  "zh-CN": "##- 请在此行上方回复 -##",
};

/** References kept short: mail programs and providers truncate long chains anyway. */
const MAX_REFERENCES = 10;
/** A subject from a customer's mail is theirs to choose; we keep it readable, not unbounded. */
const MAX_SUBJECT = 150;

export interface TicketEmailInput {
  ticket: TicketRow;
  /** The recipient's address (the customer's, or the contact the reply goes to). */
  to: string;
  kind: "acknowledgement" | "reply";
  /** The reply's body, or for an acknowledgement the text already chosen in the ticket's language. */
  text: string;
  /** Replaces the ticket's subject after the "[#number]" tag (an acknowledgement's own wording). */
  subjectLine?: string | undefined;
  /** Our Message-ID, without angle brackets (see docs/channels/email-outbound.md for the shapes). */
  messageId: string;
  /** The customer message this answers; by default the ticket's latest customer email. */
  answering?: MessageRow | undefined;
}

/** What the addresses below are made from: the configuration (a template preview has no more). */
type WithConfig = { platform: { config: Pick<Config, "mailFrom" | "channels"> } };

/** The domain of the support address ("support@example.com" → "example.com"). */
export function supportDomain(deps: WithConfig): string {
  const address = deps.platform.config.channels.supportAddress;
  return address.slice(address.lastIndexOf("@") + 1);
}

/** Our Message-ID of an agent's reply (without brackets): `<message id>.<ticket number>@<domain>`. */
export function replyMessageId(deps: SupportDeps, messageId: string, ticketNumber: string): string {
  return `${messageId}.${ticketNumber}@${supportDomain(deps)}`;
}

/** `"Satchel Support" <support@example.com>`: MAIL_FROM's display name, our support address. */
export function supportFrom(deps: WithConfig): string {
  const { mailFrom, channels } = deps.platform.config;
  const named = /^\s*"?([^"<]*?)"?\s*</.exec(mailFrom)?.[1]?.trim();
  const name = named || "Satchel Support";
  return `"${name.replace(/["\\]/g, "")}" <${channels.supportAddress}>`;
}

/** "Re: Fwd: [#123] Card declined" → "Card declined": what the tag and one "Re: " go in front of. */
export function bareSubject(subject: string): string {
  let bare = subject.replace(/[\r\n\t]+/g, " ").trim();
  for (;;) {
    const next = bare
      .replace(/^(re|fw|fwd|aw|sv|回复|答复|转发)\s*[:：]\s*/i, "")
      .replace(/^\[#\d+\]\s*/, "")
      .trim();
    if (next === bare) break;
    bare = next;
  }
  return bare.length > MAX_SUBJECT ? `${bare.slice(0, MAX_SUBJECT - 1)}…` : bare;
}

export function ticketSubject(number: string, subject: string, kind: TicketEmailInput["kind"]): string {
  const tagged = `[#${number}] ${bareSubject(subject)}`.trim();
  return kind === "reply" ? `Re: ${tagged}` : tagged;
}

/** The ticket's email Message-IDs (theirs and ours), oldest first. */
async function emailThread(executor: Executor, ticketId: string) {
  const rows = await executor
    .selectFrom("support_messages")
    .select(["id", "author_type", "external_id"])
    .where("ticket_id", "=", ticketId)
    .where("channel", "=", "email")
    .where("internal", "=", false)
    .where("external_id", "is not", null)
    .orderBy("seq", "desc")
    .limit(50)
    .execute();
  return rows.reverse();
}

/** In-Reply-To the answered mail, References the ticket's newest ids ending with it. */
export async function threadingHeaders(
  executor: Executor,
  ticketId: string,
  answering: MessageRow | undefined,
): Promise<{ inReplyTo: string | null; references: string[] }> {
  const thread = await emailThread(executor, ticketId);
  const answered =
    answering?.channel === "email" && answering.external_id
      ? answering.external_id
      : ([...thread].reverse().find((m) => m.author_type === "customer")?.external_id ?? null);
  const ids = thread.map((m) => m.external_id).filter((id): id is string => id !== null && id !== answered);
  const references = [...ids, ...(answered ? [answered] : [])].slice(-MAX_REFERENCES);
  return { inReplyTo: answered, references };
}

/** Plain text → paragraphs with line breaks, escaped (the renderer's, kept here for the desk's callers). */
export { textToHtml };

/** Everything a ticket email shows, gathered (composeTicketEmail) or made up for a preview. */
export interface TicketEmailParts {
  number: string;
  language: Locale;
  to: string;
  kind: TicketEmailInput["kind"];
  /** The ticket's subject, or an acknowledgement's own wording. */
  subject: string;
  text: string;
  messageId: string;
  /** The anti-phishing line, for a ticket of a customer account sent to its address. */
  banner: string | undefined;
  from: string;
  replyTo: string;
  inReplyTo: string | null;
  references: string[];
}

/**
 * The email itself, rendered as every email is (templates/render.ts): the reply-above marker
 * first, then the anti-phishing line, the text as written, and the signature as small print.
 */
export function renderTicketEmail(parts: TicketEmailParts): OutboundEmail {
  const { language, number } = parts;
  const signature =
    language === "zh-CN" ? `Satchel 客服 · 请求 #${number}` : `Satchel Support · Request #${number}`;
  const subject = ticketSubject(number, parts.subject, parts.kind);
  const { text, html } = renderEmail({
    language,
    title: subject,
    preface: REPLY_ABOVE_MARKERS[language],
    banner: parts.banner,
    lines: [parts.text.replace(/\r\n?/g, "\n").trim()],
    footer: ["--", signature],
  });
  return {
    channel: "email",
    to: parts.to,
    from: parts.from,
    replyTo: parts.replyTo,
    subject,
    text,
    html,
    messageId: parts.messageId,
    inReplyTo: parts.inReplyTo,
    references: parts.references,
  };
}

/**
 * composeTicketEmail(deps, executor, input) → the OutboundMessage of one email about a ticket:
 * From our support address (MAIL_FROM's display name), Reply-To support+<token>@domain (the
 * ticket's token, made on first use, so call it inside the transaction or worker that sends),
 * subject "[#number] subject" ("Re: " once for replies), Message-ID <input.messageId>,
 * In-Reply-To the answered customer mail (or the latest one), References the ticket's newest
 * ten email ids, a text body opening with the reply-above marker and, for a ticket of a
 * customer account sent to its address, the anti-phishing code; the same as HTML. In the
 * ticket's language. Attachments are the caller's to add.
 */
export async function composeTicketEmail(
  deps: SupportDeps,
  executor: Executor,
  input: TicketEmailInput,
): Promise<OutboundEmail> {
  const { ticket } = input;
  const language = ticket.language;
  const token = await ensureReplyToken(executor, deps.platform, ticket.id);
  const { inReplyTo, references } = await threadingHeaders(executor, ticket.id, input.answering);
  const banner = ticket.user_id
    ? await deps.customers.antiPhishingLine(executor, ticket.user_id, { language, to: input.to })
    : undefined;
  return renderTicketEmail({
    number: ticket.number,
    language,
    to: input.to,
    kind: input.kind,
    subject: input.subjectLine ?? ticket.subject,
    text: input.text,
    messageId: input.messageId,
    banner,
    from: supportFrom(deps),
    replyTo: replyAddress(deps.platform.config.channels.supportAddress, token),
    inReplyTo,
    references,
  });
}
