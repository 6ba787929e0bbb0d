import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { CustomerProfile } from "../../accounts/customers.js";
import type { OutboundMessage } from "../../messaging/index.js";

/**
 * The two emails of a contact request: to the support team (everything an agent needs to
 * answer without asking back, labels in both languages since either may be on duty) and the
 * acknowledgement to the customer in their language, with the reference.
 */

export interface ContactRequest {
  reference: string;
  subject: string;
  message: string;
  locale: HelpLocale;
  /** Where the answer goes: the account's address when signed in, the one typed otherwise. */
  replyTo: string;
  /** Signed in: the account. */
  customer: CustomerProfile | undefined;
  /** What the contact page suggested before the form was sent. */
  deflection: { query: string; suggested: string[]; opened: string[] } | undefined;
  at: Date;
}

type Copy = { subject: string; lines: string[]; action?: { label: string; url: string } };

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

const yesNo = (value: boolean, yes: string, no: string) => (value ? yes : no);

function customerLines(request: ContactRequest): string[] {
  const c = request.customer;
  if (!c)
    return [
      `From / 来自: ${request.replyTo} (guest, not signed in / 访客，未登录)`,
      `Language / 语言: ${request.locale}`,
    ];
  return [
    `From / 来自: ${c.name ? `${c.name} <${c.email}>` : c.email} (signed in / 已登录)`,
    `Customer id / 客户 ID: ${c.id}`,
    `Wallet number / 钱包号: ${c.walletNumber ?? "none yet / 暂无"}`,
    `Verification level / 认证等级: ${c.verificationLevel}`,
    `Two-factor authentication / 双重认证: ${yesNo(c.hasSecondFactor, "on / 已开启", "off / 未开启")}`,
    `Account / 账户: ${yesNo(c.frozen, "FROZEN / 已冻结", "active, not frozen / 正常，未冻结")}`,
    `Email verified / 邮箱已验证: ${yesNo(c.emailVerified, "yes / 是", "no / 否")}`,
    `Phone / 手机: ${c.phone ? `${c.phone}${c.phoneVerified ? " (verified / 已验证)" : " (not verified / 未验证)"}` : "none / 无"}`,
    ...(c.withdrawalsHeldUntil && c.withdrawalsHeldUntil > request.at
      ? [`Withdrawals paused until / 提现暂停至: ${c.withdrawalsHeldUntil.toISOString()}`]
      : []),
    `Language / 语言: ${request.locale}`,
  ];
}

function deflectionLines(request: ContactRequest): string[] {
  const d = request.deflection;
  if (!d) return [];
  const list = (slugs: string[]) => (slugs.length === 0 ? "none / 无" : slugs.join(", "));
  return [
    "",
    `Typed on the contact page / 在联系页面输入: ${d.query}`,
    `Articles suggested / 推荐的文章: ${list(d.suggested)}`,
    `Articles opened / 打开过的文章: ${list(d.opened)}`,
  ];
}

export function supportEmail(request: ContactRequest, to: string): OutboundMessage {
  const head = [
    `New contact request ${request.reference} / 新的联系请求 ${request.reference}`,
    `Received / 收到时间: ${request.at.toISOString()}`,
    "",
    ...customerLines(request),
    ...deflectionLines(request),
    "",
    `Subject / 主题: ${request.subject}`,
    "Message / 内容:",
  ];
  const tail = ["", `Reply to / 回复至: ${request.replyTo}`];
  const text = [...head, request.message, ...tail].join("\n");
  const html = [
    ...head.map((line) => (line === "" ? "" : `<p>${escapeHtml(line)}</p>`)),
    `<blockquote style="white-space:pre-wrap">${escapeHtml(request.message)}</blockquote>`,
    ...tail.map((line) => (line === "" ? "" : `<p>${escapeHtml(line)}</p>`)),
  ].join("");
  return {
    channel: "email",
    to,
    subject: `[${request.reference}] ${request.subject}`,
    text,
    html,
    replyTo: request.replyTo,
  };
}

/** The acknowledgement, as the accounts module's emails word it (greeting, lines, action). */
export function acknowledgementCopies(request: ContactRequest, helpUrl: string): Record<HelpLocale, Copy> {
  const ref = request.reference;
  return {
    en: {
      subject: `We received your message (${ref})`,
      lines: [
        `Thank you for contacting Satchel support. We have your message "${request.subject}" and will answer at this address.`,
        `Your reference is ${ref}. Quote it if you write to us again about the same question.`,
        "Satchel staff will never ask for your password, a full card number or a two-factor code.",
      ],
      action: { label: "Browse the help center", url: helpUrl },
    },
    "zh-CN": {
      subject: `我们已收到您的留言（${ref}）`,
      lines: [
        `感谢您联系 Satchel 客服。我们已收到您主题为“${request.subject}”的留言，会回复到此邮箱。`,
        `您的参考编号是 ${ref}。如就同一问题再次联系我们，请提供此编号。`,
        "Satchel 工作人员绝不会向您索要密码、完整银行卡号或双重认证验证码。",
      ],
      action: { label: "浏览帮助中心", url: helpUrl },
    },
  };
}

/** The acknowledgement for an address that is not an account's (no name, no anti-phishing code to show). */
export function guestAcknowledgement(request: ContactRequest, helpUrl: string): OutboundMessage {
  const copy = acknowledgementCopies(request, helpUrl)[request.locale];
  const greeting = request.locale === "zh-CN" ? "您好：" : "Hello,";
  const action = copy.action ? [`${copy.action.label}: ${copy.action.url}`] : [];
  const text = [greeting, "", ...copy.lines, "", ...action].join("\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...copy.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    copy.action ? `<p><a href="${escapeHtml(copy.action.url)}">${escapeHtml(copy.action.label)}</a></p>` : "",
  ].join("");
  return { channel: "email", to: request.replyTo, subject: copy.subject, text, html };
}
