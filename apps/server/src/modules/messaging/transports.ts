import nodemailer from "nodemailer";
import type { Platform } from "../../platform/platform.js";
import { insertDevMessage } from "./dev-mailbox-repository.js";
import { bracketed, type MessageTransport, type OutboundEmail, type OutboundMessage } from "./message.js";

/** The threading headers (and Auto-Submitted) an email sets, for the dev mailbox to show; null for none. */
export function emailHeaders(message: OutboundEmail): Record<string, string> | null {
  const headers: Record<string, string> = {};
  if (message.from) headers.From = message.from;
  if (message.replyTo) headers["Reply-To"] = message.replyTo;
  if (message.messageId) headers["Message-ID"] = bracketed(message.messageId);
  if (message.inReplyTo) headers["In-Reply-To"] = bracketed(message.inReplyTo);
  if (message.references?.length) headers.References = message.references.map(bracketed).join(" ");
  if (message.autoSubmitted) headers["Auto-Submitted"] = message.autoSubmitted;
  Object.assign(headers, listUnsubscribeHeaders(message));
  return Object.keys(headers).length > 0 ? headers : null;
}

/** RFC 2369 and RFC 8058's one-click unsubscribe headers, when the message has an unsubscribe URL. */
function listUnsubscribeHeaders(message: OutboundEmail): Record<string, string> {
  if (!message.listUnsubscribe) return {};
  return {
    "List-Unsubscribe": `<${message.listUnsubscribe}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/** Keeps every message in the database for the dev mailbox page and API. */
export function devMailboxTransport(platform: Platform): MessageTransport {
  return {
    name: "dev mailbox",
    async send(message) {
      await insertDevMessage(platform.db, {
        id: platform.ids.next("message"),
        channel: message.channel,
        to: message.to,
        subject: message.channel === "email" ? message.subject : null,
        text: message.text,
        html: message.channel === "email" ? (message.html ?? null) : null,
        headers: message.channel === "email" ? emailHeaders(message) : null,
        createdAt: platform.clock.now(),
      });
    },
  };
}

/** Sends email through the SMTP server named by SMTP_URL. */
export function smtpTransport(smtpUrl: string, from: string): MessageTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    name: "smtp",
    async send(message) {
      if (message.channel !== "email") throw new Error("the SMTP transport only sends email");
      const headers = {
        ...(message.autoSubmitted ? { "Auto-Submitted": message.autoSubmitted } : {}),
        ...listUnsubscribeHeaders(message),
      };
      await transporter.sendMail({
        from: message.from || from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        ...(message.messageId ? { messageId: bracketed(message.messageId) } : {}),
        ...(message.inReplyTo ? { inReplyTo: bracketed(message.inReplyTo) } : {}),
        ...(message.references?.length ? { references: message.references.map(bracketed) } : {}),
        ...(Object.keys(headers).length > 0 ? { headers } : {}),
        ...(message.attachments?.length
          ? {
              attachments: message.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                content: Buffer.from(a.contentBase64, "base64"),
              })),
            }
          : {}),
      });
    },
  };
}

/**
 * Sends SMS through an HTTP gateway: a POST of `{ to, text }` as JSON with a bearer token.
 * Most SMS providers offer such an endpoint, or sit behind a small relay that does.
 */
export function httpSmsTransport(url: string, token: string | undefined): MessageTransport {
  return {
    name: "http sms gateway",
    async send(message) {
      if (message.channel !== "sms") throw new Error("the SMS gateway only sends SMS");
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

/** Refuses to send, with a reason an operator can act on; the outbox retries later. */
function unconfiguredTransport(reason: string): MessageTransport {
  return {
    name: "not configured",
    send: async () => {
      throw new Error(reason);
    },
  };
}

export interface Transports {
  email: MessageTransport;
  sms: MessageTransport;
}

/** Real delivery where configured; the dev mailbox otherwise, but never in production. */
export function selectTransports(platform: Platform): Transports {
  const { config } = platform;
  const mailbox = config.devTools ? devMailboxTransport(platform) : undefined;
  const email = config.smtpUrl
    ? smtpTransport(config.smtpUrl, config.mailFrom)
    : (mailbox ?? unconfiguredTransport("SMTP_URL is not set"));
  const sms = config.smsGatewayUrl
    ? httpSmsTransport(config.smsGatewayUrl, config.smsGatewayToken)
    : (mailbox ?? unconfiguredTransport("SMS_GATEWAY_URL is not set"));
  return { email, sms };
}

export function transportFor(transports: Transports, message: OutboundMessage): MessageTransport {
  return message.channel === "email" ? transports.email : transports.sms;
}
