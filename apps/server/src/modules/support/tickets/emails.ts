import type { Locale } from "../../../platform/i18n.js";
import type { Bilingual } from "../../accounts/emails.js";
import type { OutboundMessage } from "../../messaging/index.js";
import { composeAddressEmail } from "../../notifications/templates/render.js";

/**
 * The emails a requester gets about their ticket, in both languages. None quotes what anyone
 * typed (the subject, the description, an agent's reply): a subject line must never carry a
 * stranger's text, and replies are read on the site, behind sign-in or the guest's link.
 */

export const ticketLabel = (number: string) => `#${number}`;

/** "within 1 working day", "within 4 business hours", "within 1 hour". */
export function describeTarget(
  target: { minutes: number; businessHours: boolean },
  language: Locale,
): string {
  const { minutes, businessHours } = target;
  const zh = language === "zh-CN";
  // 540 business minutes make one working day (09:00–18:00).
  if (businessHours && minutes >= 540 && minutes % 540 === 0) {
    const days = minutes / 540;
    return zh ? `${days} 个工作日内` : `within ${days} working day${days === 1 ? "" : "s"}`;
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    if (businessHours)
      return zh ? `${hours} 个工作小时内` : `within ${hours} business hour${hours === 1 ? "" : "s"}`;
    return zh ? `${hours} 小时内` : `within ${hours} hour${hours === 1 ? "" : "s"}`;
  }
  if (businessHours) return zh ? `${minutes} 个工作分钟内` : `within ${minutes} business minutes`;
  return zh ? `${minutes} 分钟内` : `within ${minutes} minutes`;
}

const NEVER_ASK: Record<Locale, string> = {
  en: "Satchel staff will never ask for your password, a full card number or a two-factor code.",
  "zh-CN": "Satchel 工作人员绝不会向您索要密码、完整银行卡号或双重认证验证码。",
};

export function receivedCopies(number: string, targets: Record<Locale, string>, url: string): Bilingual {
  const label = ticketLabel(number);
  return {
    en: {
      subject: `We received your request ${label}`,
      lines: [
        `Thank you for contacting Satchel support. Your request is ${label}; we aim to answer ${targets.en}.`,
        "We will email you when there is a reply. Quote the number if you contact us about the same question.",
        NEVER_ASK.en,
      ],
      action: { label: "View your request", url },
    },
    "zh-CN": {
      subject: `我们已收到您的请求 ${label}`,
      lines: [
        `感谢您联系 Satchel 客服。您的请求编号为 ${label}，我们会在${targets["zh-CN"]}回复。`,
        "有回复时我们会发邮件通知您。如就同一问题再次联系我们，请提供此编号。",
        NEVER_ASK["zh-CN"],
      ],
      action: { label: "查看您的请求", url },
    },
  };
}

export function replyCopies(number: string, url: string): Bilingual {
  const label = ticketLabel(number);
  return {
    en: {
      subject: `You have a reply on ${label}`,
      lines: [
        `Satchel support answered your request ${label}. Open the request to read the reply and answer it.`,
      ],
      action: { label: "Read the reply", url },
    },
    "zh-CN": {
      subject: `您的请求 ${label} 有新回复`,
      lines: [`Satchel 客服已回复您的请求 ${label}，请打开该请求查看回复并作答。`],
      action: { label: "查看回复", url },
    },
  };
}

export function solvedCopies(number: string, url: string): Bilingual {
  const label = ticketLabel(number);
  return {
    en: {
      subject: `Your request ${label} is solved`,
      lines: [
        `We marked your request ${label} as solved. If something is still wrong, reply within 7 days and it opens again.`,
        "How did we do? Rating your experience takes a few seconds and helps us improve.",
      ],
      action: { label: "Rate our answer", url },
    },
    "zh-CN": {
      subject: `您的请求 ${label} 已解决`,
      lines: [
        `我们已将您的请求 ${label} 标记为已解决。如果问题仍未解决，请在 7 天内回复，请求会重新打开。`,
        "我们的服务如何？评价只需几秒钟，能帮助我们改进。",
      ],
      action: { label: "评价我们的服务", url },
    },
  };
}

export function verifyCopies(number: string, url: string): Bilingual {
  const label = ticketLabel(number);
  return {
    en: {
      subject: `Confirm your email to send request ${label}`,
      lines: [
        `Someone (hopefully you) asked Satchel support for help with this email address. Request ${label} reaches our team once you confirm the address.`,
        "The link works once, for 24 hours. If you did not write to us, ignore this email and nothing is sent.",
        NEVER_ASK.en,
      ],
      action: { label: "Confirm and send", url },
    },
    "zh-CN": {
      subject: `请确认邮箱以提交请求 ${label}`,
      lines: [
        `有人（希望是您本人）使用此邮箱向 Satchel 客服寻求帮助。确认邮箱后，请求 ${label} 才会送达我们的团队。`,
        "该链接仅可使用一次，24 小时内有效。如果您没有联系过我们，请忽略此邮件，请求不会被提交。",
        NEVER_ASK["zh-CN"],
      ],
      action: { label: "确认并提交", url },
    },
  };
}

/**
 * An email to an address a guest typed: no name, no anti-phishing code (anyone can type anyone's
 * address), in the language the guest wrote in; rendered as every email is (templates/render.ts),
 * as the desk's own notice (RFC 3834 "auto-generated"): autoresponders do not answer it.
 */
export function plainEmail(to: string, language: Locale, copies: Bilingual): OutboundMessage {
  return composeAddressEmail(to, language, copies);
}
