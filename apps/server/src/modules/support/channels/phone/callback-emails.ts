import type { Locale } from "../../../../platform/i18n.js";
import type { Bilingual } from "../../../accounts/emails.js";
import { ticketLabel } from "../../tickets/emails.js";

/**
 * The callback confirmation, in both languages (the customer's is sent, with their
 * anti-phishing code). The time is written in the support calendar's zone, which is the one
 * the slots were offered in, with the zone named so nobody is called an hour off.
 */

export function slotText(start: Date, end: Date, timeZone: string, language: Locale): string {
  const tag = language === "zh-CN" ? "zh-CN" : "en-GB";
  const day = new Intl.DateTimeFormat(tag, {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
  }).format(start);
  const time = new Intl.DateTimeFormat(tag, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return `${day} ${time.format(start)}–${time.format(end)} (${timeZone})`;
}

export function callbackConfirmedCopies(input: {
  number: string;
  phone: string;
  when: Record<Locale, string>;
  url: string;
}): Bilingual {
  const label = ticketLabel(input.number);
  return {
    en: {
      subject: `We will call you back: ${input.when.en}`,
      lines: [
        `Satchel support will call you on ${input.phone} on ${input.when.en}. Your request is ${label}.`,
        "If the time no longer suits you, cancel the callback on the contact page and book another.",
        "On the call we will never ask for your password, a full card number or a two-factor code.",
      ],
      action: { label: "See your callbacks", url: input.url },
    },
    "zh-CN": {
      subject: `我们将给您回电：${input.when["zh-CN"]}`,
      lines: [
        `Satchel 客服将于 ${input.when["zh-CN"]} 致电 ${input.phone}。您的请求编号为 ${label}。`,
        "如果该时间不再方便，请在联系我们页面取消回电并重新预约。",
        "通话中我们绝不会向您索要密码、完整银行卡号或双重认证验证码。",
      ],
      action: { label: "查看您的回电预约", url: input.url },
    },
  };
}

/** The thread's record of the request, in the ticket's language (agents and the customer read it there). */
export function callbackRequestText(
  input: { phone: string; when: string; note: string },
  language: Locale,
): string {
  const head =
    language === "zh-CN"
      ? `请求回电：${input.when}，电话 ${input.phone}。`
      : `Callback requested for ${input.when} on ${input.phone}.`;
  return input.note ? `${head}\n\n${input.note}` : head;
}
