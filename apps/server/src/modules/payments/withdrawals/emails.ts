import type { WithdrawalStatus } from "../../../platform/db/schema-payments.js";
import { interpolate, type Locale } from "../../../platform/i18n.js";
import { formatAmount } from "../../../platform/money/money.js";
import { explainReason, isReasonCode } from "../../../platform/reasons/catalog.js";
import type { WithdrawalRow } from "./repository.js";

type Copy = { subject: string; lines: string[]; action?: { label: string; url: string } };

const money = (amount: bigint, currency: string) => `${formatAmount(amount, currency)} ${currency}`;

/** Why a withdrawal waits for a person, as the customer reads it. */
export const REVIEW_REASONS: Record<string, Record<Locale, string>> = {
  new_destination: {
    en: "it is the first withdrawal to this destination",
    "zh-CN": "这是向该收款方式的首次提现",
  },
  large_amount: { en: "the amount is large", "zh-CN": "金额较大" },
};

/** Each state in words, for emails and error messages. */
export const STATUS_NAMES: Record<WithdrawalStatus, Record<Locale, string>> = {
  requested: { en: "requested", "zh-CN": "已申请" },
  in_review: { en: "in review", "zh-CN": "审核中" },
  processing: { en: "being sent", "zh-CN": "处理中" },
  paid: { en: "paid", "zh-CN": "已到账" },
  rejected: { en: "rejected", "zh-CN": "已拒绝" },
  canceled: { en: "canceled", "zh-CN": "已取消" },
  failed: { en: "failed", "zh-CN": "失败" },
  returned: { en: "returned", "zh-CN": "已退回" },
};

/** What each state says: a subject and the first line; {amount}, {total}, {fee}, {destination}, {reasons} are filled in. */
const COPY: Record<WithdrawalStatus, Record<Locale, { subject: string; line: string }>> = {
  requested: {
    en: {
      subject: "Your withdrawal of {amount} is requested",
      line: "We reserved {total} in your wallet (fee {fee}) and will send {amount} to {destination}. You can cancel it until we send it.",
    },
    "zh-CN": {
      subject: "您的 {amount} 提现已提交",
      line: "我们已在您的钱包中预留 {total}（手续费 {fee}），将向 {destination} 支付 {amount}。在我们发出之前，您可以随时取消。",
    },
  },
  in_review: {
    en: {
      subject: "Your withdrawal of {amount} is being reviewed",
      line: "Before we send {amount} to {destination}, our team checks it because {reasons}. This usually takes less than one business day. The money stays reserved, and you can cancel until we send it.",
    },
    "zh-CN": {
      subject: "您的 {amount} 提现正在审核",
      line: "由于{reasons}，在向 {destination} 支付 {amount} 之前，我们的团队会先进行审核，通常不超过一个工作日。资金将保持预留，发出之前您可以随时取消。",
    },
  },
  processing: {
    en: {
      subject: "Your withdrawal of {amount} is on its way",
      line: "We sent {amount} to {destination}. It can no longer be canceled; we will write again when it arrives.",
    },
    "zh-CN": {
      subject: "您的 {amount} 提现已发出",
      line: "我们已向 {destination} 发出 {amount}，现已无法取消。到账后我们会再次通知您。",
    },
  },
  paid: {
    en: {
      subject: "Your withdrawal of {amount} was paid",
      line: "{destination} received {amount}. Your wallet paid {total} (fee {fee}).",
    },
    "zh-CN": {
      subject: "您的 {amount} 提现已到账",
      line: "{destination} 已收到 {amount}。您的钱包共支付 {total}（手续费 {fee}）。",
    },
  },
  failed: {
    en: {
      subject: "Your withdrawal of {amount} did not go through",
      line: "The payout to {destination} was refused, so nothing was taken: {total} is available in your wallet again.",
    },
    "zh-CN": {
      subject: "您的 {amount} 提现未成功",
      line: "向 {destination} 的付款被拒绝，未扣除任何款项：{total} 已重新回到您的钱包可用余额。",
    },
  },
  returned: {
    en: {
      subject: "Your withdrawal of {amount} was returned",
      line: "The payout to {destination} came back, so we put {total} back in your wallet.",
    },
    "zh-CN": {
      subject: "您的 {amount} 提现已被退回",
      line: "向 {destination} 的付款被退回，我们已将 {total} 退还到您的钱包。",
    },
  },
  canceled: {
    en: {
      subject: "Your withdrawal of {amount} is canceled",
      line: "You canceled the withdrawal to {destination}; the {total} we had reserved is available again.",
    },
    "zh-CN": {
      subject: "您的 {amount} 提现已取消",
      line: "您已取消向 {destination} 的提现，之前预留的 {total} 已恢复可用。",
    },
  },
  rejected: {
    en: {
      subject: "Your withdrawal of {amount} was not approved",
      line: "We did not send {amount} to {destination}; the {total} we had reserved is available again.",
    },
    "zh-CN": {
      subject: "您的 {amount} 提现未获批准",
      line: "我们未向 {destination} 支付 {amount}，之前预留的 {total} 已恢复可用。",
    },
  },
};

/** The email for a withdrawal's new state, in both languages, with the reason and next step where there is one. */
export function withdrawalEmail(
  w: WithdrawalRow,
  destination: string,
  reference: string | undefined,
  url: string,
): Record<Locale, Copy> {
  const copy = (locale: Locale): Copy => {
    const text = COPY[w.status][locale];
    const params = {
      amount: money(w.amount, w.currency),
      total: money(w.amount + w.fee, w.currency),
      fee: money(w.fee, w.currency),
      destination,
      reasons: w.review_reasons
        .map((r) => REVIEW_REASONS[r]?.[locale] ?? r)
        .join(locale === "en" ? " and " : "且"),
    };
    const reason =
      w.reason_code && isReasonCode(w.reason_code) ? explainReason(w.reason_code, locale) : undefined;
    const en = locale === "en";
    return {
      subject: interpolate(text.subject, params, locale),
      lines: [
        interpolate(text.line, params, locale),
        ...(reason ? [reason.title, reason.explanation, reason.nextStep] : []),
        ...(w.reason_note
          ? [en ? `Note from our team: ${w.reason_note}` : `审核人员说明：${w.reason_note}`]
          : []),
        ...(reference ? [en ? `Reference: ${reference}` : `交易编号：${reference}`] : []),
      ],
      action: { label: en ? "See the withdrawal" : "查看提现详情", url },
    };
  };
  return { en: copy("en"), "zh-CN": copy("zh-CN") };
}

/** The security notice when a payout destination is added: the customer should know at once if it was not them. */
export function destinationAddedEmail(label: string, usableAfter: Date, url: string): Record<Locale, Copy> {
  return {
    en: {
      subject: "A payout destination was added to your account",
      lines: [
        `${label} was added as a place to withdraw money to. For your safety it can be used from ${interpolate("{at}", { at: usableAfter }, "en")}.`,
        "If this was not you, remove it now, change your password and contact Satchel support.",
      ],
      action: { label: "See your payout destinations", url },
    },
    "zh-CN": {
      subject: "您的账户添加了新的收款方式",
      lines: [
        `${label} 已被添加为提现收款方式。为保障安全，它自 ${interpolate("{at}", { at: usableAfter }, "zh-CN")} 起才能使用。`,
        "如果这不是您本人的操作，请立即删除该收款方式、修改密码并联系 Satchel 客服。",
      ],
      action: { label: "查看收款方式", url },
    },
  };
}
