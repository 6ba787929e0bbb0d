/** The outbox topic of every email and SMS (the dead-letter page summarises its rows). */
export const DELIVER_TOPIC = "messaging.deliver";

/** A file sent with an email, inline in the message (small images from a ticket, never documents). */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export const AUTO_SUBMITTED = ["auto-replied", "auto-generated"] as const;
export type AutoSubmitted = (typeof AUTO_SUBMITTED)[number];

/** One outbound message. Email and SMS share one interface so callers need not care. */
export type OutboundMessage =
  | {
      channel: "email";
      to: string;
      subject: string;
      text: string;
      html?: string | null;
      /** Where answers go when it is not the sender (a customer's request forwarded to support, a ticket's support+token address). */
      replyTo?: string | null;
      /** The sender when it is not MAIL_FROM (support's own address for ticket emails), as `"Name" <address>`. */
      from?: string | null;
      /** Threading headers of ticket emails, ids without angle brackets (the transport adds them). */
      messageId?: string | null;
      inReplyTo?: string | null;
      references?: string[] | null;
      attachments?: EmailAttachment[] | null;
      /**
       * RFC 3834's Auto-Submitted header: a machine wrote this ("auto-replied" answers a
       * message, "auto-generated" anything else), so autoresponders do not answer it back.
       */
      autoSubmitted?: AutoSubmitted | null;
      /**
       * Where a one-click unsubscribe POST goes (status subscribers' notices): sent as
       * `List-Unsubscribe: <url>` with RFC 8058's `List-Unsubscribe-Post: List-Unsubscribe=One-Click`,
       * so mail clients offer their own unsubscribe button.
       */
      listUnsubscribe?: string | null;
    }
  | { channel: "sms"; to: string; text: string };

export type OutboundEmail = Extract<OutboundMessage, { channel: "email" }>;

export interface MessageTransport {
  /** A short name for logs and `satchel doctor`. */
  readonly name: string;
  send(message: OutboundMessage): Promise<void>;
}

const optionalString = (value: unknown) => value === undefined || value === null || typeof value === "string";

const isAttachment = (value: unknown): value is EmailAttachment => {
  if (typeof value !== "object" || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.filename === "string" && typeof a.contentType === "string" && typeof a.contentBase64 === "string"
  );
};

export function isOutboundMessage(value: unknown): value is OutboundMessage {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  if (typeof m.to !== "string" || typeof m.text !== "string") return false;
  if (m.channel === "sms") return true;
  if (m.channel !== "email" || typeof m.subject !== "string") return false;
  const strings = [m.html, m.replyTo, m.from, m.messageId, m.inReplyTo, m.listUnsubscribe].every(
    optionalString,
  );
  const references =
    m.references === undefined ||
    m.references === null ||
    (Array.isArray(m.references) && m.references.every((r) => typeof r === "string"));
  const attachments =
    m.attachments === undefined ||
    m.attachments === null ||
    (Array.isArray(m.attachments) && m.attachments.every(isAttachment));
  const autoSubmitted =
    m.autoSubmitted === undefined ||
    m.autoSubmitted === null ||
    (AUTO_SUBMITTED as readonly unknown[]).includes(m.autoSubmitted);
  return strings && references && attachments && autoSubmitted;
}

/** "<id>" for a header from an id kept without brackets. */
export const bracketed = (id: string) => `<${id.replace(/^<|>$/g, "")}>`;

/** The domain our own Message-IDs end in: MAIL_FROM's ("Satchel <no-reply@satchel.test>" → "satchel.test"). */
export function mailDomain(mailFrom: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom.trim())?.[1];
  return domain?.toLowerCase() ?? "satchel.invalid";
}

/**
 * The Message-ID of an email that brought none of its own (everything but support's threaded
 * mail): made from its outbox row, so every attempt to send that row carries the same one. A
 * retry after an unknown outcome (the connection dropped after the server took the message)
 * is then recognisable to the receiver as the message it already has.
 */
export const outboxMessageId = (outboxId: string, domain: string) => `${outboxId}@${domain}`;
