import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { CustomerProfile } from "../../accounts/customers.js";
import type { OutboundMessage } from "../../messaging/index.js";
import { composeAddressEmail, renderEmail } from "../../notifications/templates/render.js";

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

/**
 * The request as the team reads it, rendered as every email is (templates/render.ts): the facts
 * as lines, the customer's message quoted as typed, where the answer goes as small print.
 */
export function supportEmail(request: ContactRequest, to: string): OutboundMessage {
  const subject = `[${request.reference}] ${request.subject}`;
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
  const { text, html } = renderEmail({
    language: "en",
    title: subject,
    lines: head,
    quote: request.message,
    footer: [`Reply to / 回复至: ${request.replyTo}`],
  });
  return { channel: "email", to, subject, text, html, replyTo: request.replyTo };
}

/**
 * The acknowledgement to the account holder's own verified address, as the accounts module's
 * emails word it (greeting with their name, lines, action, anti-phishing code). It never quotes
 * what the customer wrote: the acknowledgement says only that a message arrived.
 */
export function acknowledgementCopies(reference: string, helpUrl: string): Record<HelpLocale, Copy> {
  return {
    en: {
      subject: `We received your message (${reference})`,
      lines: [
        "Thank you for contacting Satchel support. We have received your message and will answer at this address.",
        `Your reference is ${reference}. Quote it if you write to us again about the same question.`,
        "Satchel staff will never ask for your password, a full card number or a two-factor code.",
      ],
      action: { label: "Browse the help center", url: helpUrl },
    },
    "zh-CN": {
      subject: `我们已收到您的留言（${reference}）`,
      lines: [
        "感谢您联系 Satchel 客服。我们已收到您的留言，会回复到此邮箱。",
        `您的参考编号是 ${reference}。如就同一问题再次联系我们，请提供此编号。`,
        "Satchel 工作人员绝不会向您索要密码、完整银行卡号或双重认证验证码。",
      ],
      action: { label: "浏览帮助中心", url: helpUrl },
    },
  };
}

/** Said in the plain acknowledgement: whoever typed the address may not own it. */
const NOT_YOU: Record<HelpLocale, string> = {
  en: "If you did not write to us, someone may have typed your address by mistake: you can ignore this email.",
  "zh-CN": "如果您没有联系过我们，可能是有人误填了您的邮箱，请忽略此邮件。",
};

/**
 * The acknowledgement to an address someone typed (a guest, or a customer whose address is not
 * verified): anyone can type anyone's address, so it carries no name, no anti-phishing code and
 * nothing the sender wrote, and reads the same whether or not the address has an account (it
 * neither lends our trust markers to a stranger's text nor tells who is a customer).
 */
export function plainAcknowledgement(
  to: string,
  locale: HelpLocale,
  reference: string,
  helpUrl: string,
): OutboundMessage {
  return composeAddressEmail(to, locale, acknowledgementCopies(reference, helpUrl), {
    footer: [NOT_YOU[locale]],
  });
}
