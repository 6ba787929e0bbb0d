import type { Locale } from "../../../platform/i18n.js";
import {
  acknowledgementCopies,
  type ContactRequest,
  plainAcknowledgement,
  supportEmail,
} from "../../help/insights/contact-emails.js";
import { transcriptCopies } from "../../support/channels/chat/transcript.js";
import { acknowledgementContent } from "../../support/channels/email/acknowledge.js";
import { renderTicketEmail, supportDomain, supportFrom } from "../../support/channels/email/compose.js";
import { replyAddress } from "../../support/channels/email/reply-address.js";
import { callbackConfirmedCopies, slotText } from "../../support/channels/phone/callback-emails.js";
import {
  describeTarget,
  plainEmail,
  receivedCopies,
  replyCopies,
  solvedCopies,
  verifyCopies,
} from "../../support/tickets/emails.js";
import {
  accountEmail,
  customTemplate,
  guestEmail,
  type MessageTemplate,
  type SampleContext,
} from "./define.js";
import { antiPhishingLine, type Bilingual } from "./render.js";
import { SAMPLE_AT, sampleChat, sampleLink, sampleTicket } from "./samples.js";

/** The support desk's emails (tickets, chats, callbacks, mail threads) and the help center's contact form. */

const NUMBER = "100482";
const TICKET_ID = "tkt_01JDSAMPLE0000000000000000";
/** "within 1 working day", as the default SLA promises. */
const TARGETS: Record<Locale, string> = {
  en: describeTarget({ minutes: 540, businessHours: true }, "en"),
  "zh-CN": describeTarget({ minutes: 540, businessHours: true }, "zh-CN"),
};
const ticketPage = ({ config }: SampleContext) => `${config.publicUrl}/support/tickets/${TICKET_ID}`;
const guestPage = ({ config }: SampleContext) => sampleLink(config.publicUrl, "/support/verify");

/** A ticket notice, as an account holder and as a guest (same copy, the guest's plain and with an access link). */
function ticketNotice(
  name: string,
  description: { en: string; "zh-CN": string },
  builder: (number: string, url: string) => Bilingual,
  extra: readonly ((...args: never[]) => unknown)[] = [],
): MessageTemplate[] {
  return [
    accountEmail(
      { key: `support.${name}`, kind: "support", description, builders: [builder, ...extra] },
      (context) => builder(NUMBER, ticketPage(context)),
    ),
    guestEmail(
      {
        key: `support.${name}.guest`,
        kind: null,
        description: {
          en: `${description.en} (to a guest, with an access link)`,
          "zh-CN": `${description["zh-CN"]}（发送给访客，附访问链接）`,
        },
        builders: [builder, plainEmail, ...extra],
      },
      (context) => builder(NUMBER, guestPage(context)),
    ),
  ];
}

/** The team's copy of a contact request: everything an agent needs, labels in both languages. */
function sampleContactRequest(locale: Locale): ContactRequest {
  return {
    reference: "C-7KQ2MD",
    subject: locale === "zh-CN" ? "提现一直在审核中" : "Withdrawal stuck in review",
    message:
      locale === "zh-CN"
        ? "我昨天申请的提现还在审核，请问什么时候能到账？"
        : "My withdrawal from yesterday is still in review. When will it arrive?",
    locale,
    replyTo: "li.wei@example.com",
    customer: {
      id: "usr_01JDSAMPLE0000000000000000",
      email: "li.wei@example.com",
      name: "Li Wei",
      language: locale,
      country: "CN",
      phone: "+8613800138000",
      phoneVerified: true,
      emailVerified: true,
      walletNumber: "8800 1234 5678",
      verificationLevel: 2,
      frozen: false,
      withdrawalsHeldUntil: null,
      hasSecondFactor: true,
    },
    deflection: {
      query: locale === "zh-CN" ? "提现 审核" : "withdrawal review",
      suggested: ["withdrawal-review", "withdrawal-times"],
      opened: ["withdrawal-review"],
    },
    at: SAMPLE_AT,
  };
}

/** An email of a ticket's mail thread, threaded and signed as the desk sends it. */
function threadEmail(
  { config }: SampleContext,
  to: Parameters<MessageTemplate["sample"]>[0],
  content: { kind: "acknowledgement" | "reply"; subject: string; text: string; messageId: string },
) {
  const deps = { platform: { config } };
  return renderTicketEmail({
    number: NUMBER,
    language: to.language,
    to: to.email,
    kind: content.kind,
    subject: content.subject,
    text: content.text,
    messageId: content.messageId,
    banner: antiPhishingLine(to),
    from: supportFrom(deps),
    replyTo: replyAddress(config.channels.supportAddress, "k3x9q2sample0000"),
    inReplyTo: `CAF8x2sample@mail.example.com`,
    references: [`CAF8x2sample@mail.example.com`],
  });
}

export const supportTemplates: readonly MessageTemplate[] = [
  ...ticketNotice(
    "ticket_received",
    { en: "A request was received, with the expected answer time", "zh-CN": "已收到请求，附预计回复时间" },
    (number, url) => receivedCopies(number, TARGETS, url),
    [receivedCopies],
  ),
  ...ticketNotice(
    "ticket_reply",
    {
      en: "Support replied to a request (never the reply itself)",
      "zh-CN": "客服回复了请求（不含回复内容）",
    },
    replyCopies,
  ),
  ...ticketNotice(
    "ticket_solved",
    { en: "A request was solved: read again and rate", "zh-CN": "请求已解决：查看并评价" },
    solvedCopies,
  ),
  guestEmail(
    {
      key: "support.guest_verification",
      kind: null,
      description: {
        en: "A guest's request reaches the team once they confirm their address",
        "zh-CN": "访客确认邮箱后，请求才会提交给团队",
      },
      builders: [verifyCopies, plainEmail],
    },
    (context) => verifyCopies(NUMBER, guestPage(context)),
  ),
  accountEmail(
    {
      key: "support.chat_transcript",
      kind: null,
      description: { en: "The transcript of a chat, as asked in the chat", "zh-CN": "应要求发送的对话记录" },
      builders: [transcriptCopies],
    },
    () => ({
      en: transcriptCopies(sampleTicket("en"), sampleChat("en")).en,
      "zh-CN": transcriptCopies(sampleTicket("zh-CN"), sampleChat("zh-CN"))["zh-CN"],
    }),
  ),
  guestEmail(
    {
      key: "support.chat_transcript.guest",
      kind: null,
      description: {
        en: "A guest's chat transcript, to the address they gave (only after an agent answered)",
        "zh-CN": "访客的对话记录，发送到其填写的邮箱（客服回复后才可发送）",
      },
      builders: [transcriptCopies, plainEmail],
    },
    () => ({
      en: transcriptCopies(sampleTicket("en"), sampleChat("en")).en,
      "zh-CN": transcriptCopies(sampleTicket("zh-CN"), sampleChat("zh-CN"))["zh-CN"],
    }),
  ),
  accountEmail(
    {
      key: "support.callback_confirmed",
      kind: "support",
      description: { en: "A phone callback was booked", "zh-CN": "已预约电话回拨" },
      builders: [callbackConfirmedCopies, slotText],
    },
    ({ config }) => {
      const start = new Date("2026-11-27T02:00:00Z");
      const end = new Date("2026-11-27T02:30:00Z");
      const when = (language: Locale) => slotText(start, end, "Asia/Shanghai", language);
      return callbackConfirmedCopies({
        number: NUMBER,
        phone: "+86 138 0013 8000",
        when: { en: when("en"), "zh-CN": when("zh-CN") },
        url: `${config.publicUrl}/contact#callbacks`,
      });
    },
  ),
  customTemplate(
    {
      key: "support.email_acknowledgement",
      channel: "email",
      audience: "customer",
      kind: null,
      description: {
        en: "The answer to a mail that opened a ticket (threaded; at most 3 a day per sender)",
        "zh-CN": "对创建工单的邮件的自动回复（同一线程；每个发件人每天最多 3 封）",
      },
      builders: [acknowledgementContent],
    },
    (to, context) => {
      const content = acknowledgementContent(NUMBER, to.language, TARGETS, ticketPage(context));
      return threadEmail(context, to, {
        kind: "acknowledgement",
        subject: content.subjectLine,
        text: content.text,
        messageId: `ack.${TICKET_ID}.1@${supportDomain({ platform: { config: context.config } })}`,
      });
    },
  ),
  customTemplate(
    {
      key: "support.email_reply",
      channel: "email",
      audience: "customer",
      kind: null,
      description: {
        en: "An agent's reply to an email ticket: their text, with the reply-above marker and threading headers",
        "zh-CN": "客服对邮件工单的回复：回复正文，附“在此行上方回复”标记和线程信息",
      },
      builders: [renderTicketEmail],
    },
    (to, context) =>
      threadEmail(context, to, {
        kind: "reply",
        subject: to.language === "zh-CN" ? "银行卡充值未到账" : "Card deposit not arrived",
        text:
          to.language === "zh-CN"
            ? "您好，\n\n您的充值已于今天上午到账，请查看钱包。\n\n祝好，\nMei"
            : "Hello,\n\nYour deposit arrived this morning; you will find it in your wallet.\n\nBest regards,\nMei",
        messageId: `msg_01JDSAMPLE0000000000000002.${NUMBER}@${supportDomain({ platform: { config: context.config } })}`,
      }),
  ),
  customTemplate(
    {
      key: "help.contact_request",
      channel: "email",
      audience: "staff",
      kind: null,
      description: {
        en: "A contact-form request, to the support team (both languages, the customer's facts)",
        "zh-CN": "联系表单请求，发送给客服团队（双语，附客户信息）",
      },
      builders: [supportEmail],
    },
    (to, { config }) => supportEmail(sampleContactRequest(to.language), config.channels.supportAddress),
  ),
  accountEmail(
    {
      key: "help.contact_acknowledgement",
      kind: null,
      description: {
        en: "A signed-in customer's contact request was received, with its reference",
        "zh-CN": "已收到登录客户的联系请求，附参考编号",
      },
      builders: [acknowledgementCopies],
    },
    ({ config }) => acknowledgementCopies("C-7KQ2MD", `${config.publicUrl}/help`),
  ),
  customTemplate(
    {
      key: "help.contact_acknowledgement.guest",
      channel: "email",
      audience: "guest",
      kind: null,
      description: {
        en: "A contact request from a typed address was received (no name, no code, nothing they wrote)",
        "zh-CN": "已收到来自填写邮箱的联系请求（无姓名、无防钓鱼码、不含所写内容）",
      },
      builders: [plainAcknowledgement, acknowledgementCopies],
    },
    (to, { config }) => plainAcknowledgement(to.email, to.language, "C-7KQ2MD", `${config.publicUrl}/help`),
  ),
];
