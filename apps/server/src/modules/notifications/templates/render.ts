import type { Locale } from "../../../platform/i18n.js";
import type { OutboundMessage } from "../../messaging/index.js";
import type { AutoSubmitted } from "../../messaging/message.js";

/**
 * The one way Satchel renders a message: copy in both languages (subject, lines, an optional
 * action) becomes an email with an HTML and a plain-text part, in the recipient's language; or
 * a text message. Email to an account's own address opens with its anti-phishing code when the
 * customer has set one (so a message without it is recognisably not from us); email to an
 * address someone only typed (a guest's, a status subscriber's) never carries one, nor a name.
 * Every template in registry.ts is rendered here.
 */
export interface Recipient {
  email: string;
  phone: string | null;
  name: string | null;
  language: Locale;
  antiPhishingCode: string | null;
}

export interface Copy {
  subject: string;
  lines: string[];
  action?: { label: string; url: string };
}

export type Bilingual = Record<Locale, Copy>;

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** Plain text → paragraphs (blank lines) with line breaks, everything escaped. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/** Everything an email shows, top to bottom; each part is optional but the lines. */
export interface EmailLayout {
  language: Locale;
  /** The document's title (mail programs show the message's own subject). */
  title: string;
  /** Above everything, small (support's "reply above this line" marker). */
  preface?: string | undefined;
  /** The anti-phishing line, as a banner. */
  banner?: string | undefined;
  greeting?: string | undefined;
  /** The paragraphs, one a line in the text part; a line's own line breaks are kept. */
  lines: readonly string[];
  /** Text someone else wrote (a customer's message to the support team), set apart and shown as typed. */
  quote?: string | undefined;
  action?: { label: string; url: string } | undefined;
  /** Small print at the end, one line each. */
  footer?: readonly string[] | undefined;
}

/** The plain-text part: what every mail program can show, and what tests and the dev mailbox read. */
function layoutText(layout: EmailLayout): string {
  const { preface, banner, greeting, quote, action, footer = [] } = layout;
  return [
    ...(preface ? [preface, ""] : []),
    ...(banner ? [banner, ""] : []),
    ...(greeting ? [greeting, ""] : []),
    ...layout.lines,
    ...(quote !== undefined ? [quote] : []),
    ...(action ? ["", `${action.label}: ${action.url}`] : []),
    ...(footer.length > 0 ? ["", ...footer] : []),
  ].join("\n");
}

const FONT =
  "-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei','Helvetica Neue',Arial,sans-serif";

/**
 * The HTML part: a complete document, one centred column of tables and inline styles (what mail
 * programs render alike), every parameter escaped. The button's address is also written out,
 * for programs that block links and for readers who check where a link goes.
 */
function layoutHtml(layout: EmailLayout): string {
  const { preface, banner, greeting, quote, action, footer = [] } = layout;
  const content = [
    preface ? `<p style="font-size:12px;color:#888">${escapeHtml(preface)}</p>` : "",
    banner
      ? `<p style="padding:8px 12px;background:#eef2ff;border-radius:6px;font-weight:600">${escapeHtml(banner)}</p>`
      : "",
    greeting ? `<p>${escapeHtml(greeting)}</p>` : "",
    layout.lines.map(textToHtml).join(""),
    quote !== undefined
      ? `<blockquote style="margin:12px 0;padding:8px 12px;border-left:3px solid #d1d5db;color:#374151;white-space:pre-wrap">${escapeHtml(quote)}</blockquote>`
      : "",
    action
      ? `<p style="margin:24px 0 8px"><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 18px;background:#4f46e5;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p><p style="font-size:12px;color:#555;word-break:break-all">${escapeHtml(action.url)}</p>`
      : "",
  ].join("");
  const small = footer.map((line) => escapeHtml(line)).join("<br>");
  return [
    "<!doctype html>",
    `<html lang="${layout.language}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light">',
    `<title>${escapeHtml(layout.title)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f4f4f7">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f7"><tr><td align="center" style="padding:24px 12px">',
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;font-family:${FONT};font-size:15px;line-height:1.6;color:#1f2937">`,
    '<tr><td style="padding:18px 28px;border-bottom:1px solid #e5e7eb;font-size:18px;font-weight:700;color:#4f46e5">Satchel</td></tr>',
    `<tr><td style="padding:20px 28px">${content}</td></tr>`,
    small
      ? `<tr><td style="padding:14px 28px;border-top:1px solid #e5e7eb;font-size:12px;color:#6b7280">${small}</td></tr>`
      : "",
    "</table></td></tr></table></body></html>",
  ].join("");
}

/** Both parts of an email from its layout. */
export function renderEmail(layout: EmailLayout): { text: string; html: string } {
  return { text: layoutText(layout), html: layoutHtml(layout) };
}

function greeting(r: Pick<Recipient, "name" | "language">): string {
  if (r.language === "zh-CN") return r.name ? `${r.name}，您好：` : "您好：";
  return r.name ? `Hi ${r.name},` : "Hello,";
}

/** The line every email about an account opens with, when the user has set a code (support's ticket emails reuse it). */
export function antiPhishingLine(r: Recipient): string | undefined {
  if (!r.antiPhishingCode) return undefined;
  return r.language === "zh-CN"
    ? `您的防钓鱼码：${r.antiPhishingCode}`
    : `Your anti-phishing code: ${r.antiPhishingCode}`;
}

function footer(language: Locale): string {
  return language === "zh-CN"
    ? "如果这不是您本人的操作，请立即修改密码并联系 Satchel 客服。"
    : "If this was not you, change your password now and contact Satchel support.";
}

/** An email to an account's own address: their name, their language, their anti-phishing code. */
export function composeEmail(r: Recipient, copies: Bilingual): OutboundMessage {
  const copy = copies[r.language];
  const { text, html } = renderEmail({
    language: r.language,
    title: copy.subject,
    banner: antiPhishingLine(r),
    greeting: greeting(r),
    lines: copy.lines,
    action: copy.action,
    footer: [footer(r.language)],
  });
  // Every account email is a notice Satchel wrote (RFC 3834 "auto-generated"), so a customer's
  // out-of-office reply does not answer it; support's ticket notices to account holders come here too.
  return {
    channel: "email",
    to: r.email,
    subject: copy.subject,
    text,
    html,
    autoSubmitted: "auto-generated",
  };
}

/**
 * An email to an address someone typed (a guest's ticket, a status subscription): anyone can
 * type anyone's address, so it carries no name and no anti-phishing code (it must not lend our
 * trust markers to whoever typed it), in the language they wrote in. `footer` is its small print.
 */
export function composeAddressEmail(
  to: string,
  language: Locale,
  copies: Bilingual,
  options: { footer?: readonly string[]; autoSubmitted?: AutoSubmitted } = {},
): OutboundMessage {
  const copy = copies[language];
  const { text, html } = renderEmail({
    language,
    title: copy.subject,
    greeting: greeting({ name: null, language }),
    lines: copy.lines,
    action: copy.action,
    footer: options.footer,
  });
  return {
    channel: "email",
    to,
    subject: copy.subject,
    text,
    html,
    autoSubmitted: options.autoSubmitted ?? "auto-generated",
  };
}

/**
 * A notice by text message (a customer turned texts on for its kind): the module's own text when
 * it gives one, else the headline, which is the email's subject. Never the body, a link or a
 * name: a text is read on a lock screen, and a texted link is what phishing looks like.
 */
export function noticeText(copies: Bilingual, sms?: Record<Locale, string>): Record<Locale, string> {
  return sms ?? { en: copies.en.subject, "zh-CN": copies["zh-CN"].subject };
}

/** A text message: "[Satchel] " and the text in the recipient's language. */
export function composeSms(phone: string, language: Locale, text: Record<Locale, string>): OutboundMessage {
  return { channel: "sms", to: phone, text: `[Satchel] ${text[language]}` };
}
