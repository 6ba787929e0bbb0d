import type { Locale } from "../../../platform/i18n.js";
import type { OutboundMessage } from "../../messaging/index.js";

/**
 * The one way Satchel renders a message to a customer: copy in both languages (subject, lines,
 * an optional action) becomes an email with an HTML and a plain-text part, in the recipient's
 * language, opening with their anti-phishing code when they have set one (so a message
 * without it is recognisably not from us); or a text message. Every template in
 * registry.ts is copy of this shape.
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

function greeting(r: Recipient): string {
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

export function composeEmail(r: Recipient, copies: Bilingual): OutboundMessage {
  const copy = copies[r.language];
  const banner = antiPhishingLine(r);
  const textParts = [
    ...(banner ? [banner, ""] : []),
    greeting(r),
    "",
    ...copy.lines,
    ...(copy.action ? ["", `${copy.action.label}: ${copy.action.url}`] : []),
    "",
    footer(r.language),
  ];
  const html = [
    banner
      ? `<p style="padding:8px 12px;background:#eef2ff;border-radius:6px;font-weight:600">${escapeHtml(banner)}</p>`
      : "",
    `<p>${escapeHtml(greeting(r))}</p>`,
    ...copy.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    copy.action
      ? `<p><a href="${escapeHtml(copy.action.url)}" style="display:inline-block;padding:10px 18px;background:#4f46e5;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(copy.action.label)}</a></p><p style="font-size:12px;color:#555">${escapeHtml(copy.action.url)}</p>`
      : "",
    `<p style="font-size:12px;color:#555">${escapeHtml(footer(r.language))}</p>`,
  ].join("");
  // Every account email is a notice Satchel wrote (RFC 3834 "auto-generated"), so a customer's
  // out-of-office reply does not answer it; support's ticket notices to account holders come here too.
  return {
    channel: "email",
    to: r.email,
    subject: copy.subject,
    text: textParts.join("\n"),
    html,
    autoSubmitted: "auto-generated",
  };
}

export function composeSms(phone: string, language: Locale, text: Record<Locale, string>): OutboundMessage {
  return { channel: "sms", to: phone, text: `[Satchel] ${text[language]}` };
}
