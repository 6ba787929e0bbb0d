import { createHash } from "node:crypto";
import { type AddressObject, type ParsedMail, simpleParser } from "mailparser";
import type { Locale } from "../../../../platform/i18n.js";
import { cleanText } from "../clean-text.js";
import type { InboundFile } from "../inbound.js";
import { htmlToText, sanitizeEmailHtml } from "./html.js";
import { stripQuoted } from "./strip-quotes.js";

/**
 * One raw mail (RFC 5322, as the SMTP listener or an inbound-mail provider hands it over)
 * made into what the desk needs: who sent it and to whom, the ids that thread it, its text
 * (from the text part, or from the sanitized HTML part), its files, and the headers that tell
 * an autoresponder, a bounce or a mailing list from a person. mailparser decodes the
 * charsets (GB2312/GBK/GB18030, Big5, ISO-2022-JP, …) and RFC 2047 encoded headers.
 */

/** The largest mail taken, whole (SMTP SIZE, and the HTTP endpoint). */
export const MAX_EMAIL_BYTES = 20 * 1024 * 1024;
export const MAX_EMAIL_MB = MAX_EMAIL_BYTES / (1024 * 1024);
/** A stored body is read in the console; the full mail stays in the original. */
const MAX_BODY_CHARS = 20_000;
/** Ids a References header may list that are looked up (the newest ones). */
const MAX_THREAD_IDS = 20;
/** Longer ids are hashed: the unique index on external ids takes entries of bounded size. */
const MAX_ID_LENGTH = 250;

export interface EmailSender {
  address: string;
  name: string | undefined;
}

export interface ParsedEmail {
  /**
   * The Message-ID without angle brackets; when it has none, `<sha256 of the raw mail>@no-message-id.invalid`,
   * so a retry of it is still stored once.
   */
  externalId: string;
  hasMessageId: boolean;
  /** In-Reply-To first, then References newest first, without brackets. */
  threadIds: string[];
  subject: string;
  from: EmailSender;
  /** Every address it was sent to that the headers name (To, Cc, Delivered-To, X-Original-To, Envelope-To). */
  recipients: string[];
  /** The customer's own words: quoted history and signature stripped (or the full text when nothing is left). */
  body: string;
  /** The HTML part (its first 500,000 characters), sanitized; undefined when there is none. */
  html: string | undefined;
  files: InboundFile[];
  /** Header values by lower-case name, unfolded, as sent (several when repeated). */
  header(name: string): string[];
  /** multipart/report; report-type=delivery-status (a bounce or a delivery notice). */
  deliveryReport: boolean;
  /** zh-CN when the subject or the body is written in Chinese. */
  language: Locale;
}

/** Thrown for input that is not a mail we can take; the callers answer it as bad input. */
export class UnreadableEmail extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "UnreadableEmail";
  }
}

const ADDRESS = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;
export const isEmailAddress = (address: string) => address.length <= 254 && ADDRESS.test(address);

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

/**
 * "<a@b>" → "a@b"; over-long ids become a hash of themselves. Ids we make up keep the form of a
 * Message-ID (our answers put them in In-Reply-To) in the reserved .invalid domain.
 */
export function bareId(id: string): string {
  const bare = cleanText(id).trim().replace(/^<|>$/g, "").trim();
  return bare.length > MAX_ID_LENGTH ? `${sha256(bare)}@long-message-id.invalid` : bare;
}

/** The ids in a header value ("<a@b> <c@d>"); a value without brackets is one id. */
function idsIn(value: string): string[] {
  const bracketed = [...value.matchAll(/<([^<>]+)>/g)].map((m) => m[1] ?? "");
  const ids = bracketed.length > 0 ? bracketed : value.trim() ? [value.trim()] : [];
  return ids.map(bareId).filter((id) => id.length > 0);
}

function headerReader(mail: ParsedMail): (name: string) => string[] {
  const values = new Map<string, string[]>();
  for (const { key, line } of mail.headerLines) {
    const colon = line.indexOf(":");
    const value = cleanText(line.slice(colon + 1).replace(/\r?\n[ \t]+/g, " ")).trim();
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  return (name) => values.get(name.toLowerCase()) ?? [];
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  return objects.flatMap((object) =>
    object.value.flatMap((entry) => [
      ...(entry.address ? [entry.address] : []),
      ...(entry.group ?? []).flatMap((member) => (member.address ? [member.address] : [])),
    ]),
  );
}

/** Plain addresses in a header such as Delivered-To ("a@b", "<a@b>", "Name <a@b>"). */
function plainAddresses(values: string[]): string[] {
  return values.flatMap((value) => value.split(",")).map((v) => (/<([^<>]+)>/.exec(v)?.[1] ?? v).trim());
}

const HAN = /\p{Script=Han}/u;

export function detectLanguage(...texts: string[]): Locale {
  return texts.some((text) => HAN.test(text)) ? "zh-CN" : "en";
}

function attachmentName(filename: string | undefined, contentType: string, index: number): string {
  const name = cleanText(filename ?? "")
    .replace(/[\\/]/g, "_")
    .trim()
    .slice(0, 200);
  if (name) return name;
  const extension = contentType.split("/")[1]?.replace(/[^a-z0-9.+-]/gi, "") ?? "bin";
  return `attachment-${index + 1}.${extension}`;
}

/**
 * Text is made from at most this much of a part (the stored body is cut far shorter anyway,
 * and sanitizing takes time in proportion); the whole mail stays in the original.
 */
const MAX_PART_CHARS = 500_000;

function bodyText(mail: ParsedMail): { body: string; html: string | undefined } {
  const rawHtml =
    typeof mail.html === "string" && mail.html.trim() ? mail.html.slice(0, MAX_PART_CHARS) : undefined;
  const html = rawHtml ? sanitizeEmailHtml(rawHtml) : undefined;
  const text = mail.text?.trim() ? cleanText(mail.text.slice(0, MAX_PART_CHARS)) : undefined;
  if (text !== undefined) return { body: stripQuoted(text), html };
  if (!rawHtml) return { body: "", html };
  // From the HTML as sent: the quote markup (class and id attributes) is gone once sanitized.
  // The mail program's quote markup goes first, then the text-level markers (Outlook's header block).
  const own = stripQuoted(cleanText(htmlToText(rawHtml, { withoutQuotes: true })));
  return { body: own || stripQuoted(cleanText(htmlToText(rawHtml, { withoutQuotes: false }))), html };
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  if (raw.length === 0) throw new UnreadableEmail("empty");
  if (raw.length > MAX_EMAIL_BYTES) throw new UnreadableEmail("too large");
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
      skipTextLinks: true,
      keepCidLinks: true,
    });
  } catch (error) {
    throw new UnreadableEmail(error instanceof Error ? error.message : "unparseable");
  }
  const header = headerReader(mail);
  const sender = mail.from?.value.find((entry) => entry.address);
  const address = cleanText(sender?.address ?? "").trim();
  if (!isEmailAddress(address)) throw new UnreadableEmail("no sender address");

  const messageId = mail.messageId ? bareId(mail.messageId) : "";
  const threadIds = [
    ...header("in-reply-to").flatMap(idsIn),
    ...header("references").flatMap(idsIn).reverse(),
  ].filter((id, index, all) => all.indexOf(id) === index);
  const contentType = header("content-type")[0] ?? "";
  const { body, html } = bodyText(mail);
  const subject = cleanText(mail.subject ?? "")
    .replace(/\s+/g, " ")
    .trim();

  return {
    externalId: messageId || `${sha256(raw)}@no-message-id.invalid`,
    hasMessageId: messageId.length > 0,
    threadIds: threadIds.slice(0, MAX_THREAD_IDS),
    subject,
    from: { address: address.toLowerCase(), name: cleanText(sender?.name ?? "").trim() || undefined },
    recipients: [
      ...addressesOf(mail.to),
      ...addressesOf(mail.cc),
      ...plainAddresses([...header("delivered-to"), ...header("x-original-to"), ...header("envelope-to")]),
    ]
      .map((r) => r.trim().toLowerCase())
      .filter((r, index, all) => r && all.indexOf(r) === index),
    body: clip(body, MAX_BODY_CHARS),
    html,
    files: mail.attachments.map((attachment, index) => ({
      filename: attachmentName(attachment.filename, attachment.contentType, index),
      contentType: attachment.contentType,
      bytes: attachment.content,
    })),
    header,
    deliveryReport:
      /^\s*multipart\/report\s*;/i.test(contentType) &&
      /;\s*report-type\s*=\s*"?delivery-status"?/i.test(contentType),
    language: detectLanguage(subject, body),
  };
}
