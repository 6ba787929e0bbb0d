import MailComposer from "nodemailer/lib/mail-composer/index.js";
import type { DevMessageRow } from "./dev-mailbox-repository.js";

/**
 * Development only: the mail a customer's program would send when they answer one of our
 * support emails from the dev mailbox: From the address it went to, To its Reply-To, threaded
 * by In-Reply-To/References, the typed text above the quoted original (as mail programs quote),
 * so the whole inbound path (threading, quote stripping) runs as it would for a real answer.
 */

/**
 * Where an answer to this email goes when it is one of support's (its Reply-To is the support
 * address or a support+token variant of it); undefined for any other message.
 */
export function supportReplyTo(message: DevMessageRow, supportAddress: string): string | undefined {
  const raw = message.channel === "email" ? message.headers?.["Reply-To"] : undefined;
  if (!raw) return undefined;
  const address = (/<([^>]+)>/.exec(raw)?.[1] ?? raw).trim();
  const support = supportAddress.toLowerCase();
  const at = support.lastIndexOf("@");
  const lower = address.toLowerCase();
  const ours =
    lower === support || (lower.startsWith(`${support.slice(0, at)}+`) && lower.endsWith(support.slice(at)));
  return ours ? address : undefined;
}

const quoted = (text: string) =>
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");

export async function customerAnswerMime(
  message: DevMessageRow,
  input: { text: string; to: string; messageId: string; at: Date },
): Promise<Buffer> {
  const headers = message.headers ?? {};
  const original = headers["Message-ID"];
  const references = [headers.References, original].filter((r): r is string => Boolean(r)).join(" ");
  const subject = message.subject ?? "";
  const text = [
    input.text.trim(),
    "",
    `On ${message.createdAt.toUTCString()}, ${headers.From ?? input.to} wrote:`,
    quoted(message.text),
  ].join("\n");
  return new MailComposer({
    from: message.to,
    to: input.to,
    subject: /^re:/i.test(subject) ? subject : `Re: ${subject}`,
    text,
    date: input.at,
    messageId: `<${input.messageId}>`,
    ...(original ? { inReplyTo: original } : {}),
    ...(references ? { references } : {}),
  })
    .compile()
    .build();
}
