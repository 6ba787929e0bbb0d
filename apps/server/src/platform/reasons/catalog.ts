import type { Locale } from "../i18n.js";
import { paymentReasons } from "./catalog-payments.js";

/**
 * Why a transaction failed, in words a customer understands: one catalogue for the whole
 * platform (transfers, exchanges, deposits, withdrawals, payments). Each reason says what
 * happened, what the customer can do next, and which help-center article explains it.
 * Codes are a public contract: add freely, never rename.
 */
export interface ReasonDefinition {
  title: Record<Locale, string>;
  explanation: Record<Locale, string>;
  nextStep: Record<Locale, string>;
  helpArticle: string;
}

export const reasonCatalog = {
  insufficient_funds: {
    title: { en: "Not enough money in the wallet", "zh-CN": "钱包余额不足" },
    explanation: {
      en: "The available balance was lower than the amount plus any fee. Money reserved for pending payments is not available to spend.",
      "zh-CN": "可用余额低于金额与手续费之和。为处理中的付款预留的资金不能使用。",
    },
    nextStep: {
      en: "Add money to this wallet or send a smaller amount, then try again.",
      "zh-CN": "请向该钱包充值或减少金额后重试。",
    },
    helpArticle: "insufficient-funds",
  },
  recipient_not_found: {
    title: { en: "Recipient not found", "zh-CN": "未找到收款人" },
    explanation: {
      en: "No Satchel account matches the wallet number, email or phone number that was entered.",
      "zh-CN": "没有与所输入的钱包号、邮箱或手机号匹配的 Satchel 账户。",
    },
    nextStep: {
      en: "Check the details with the recipient. A wallet number looks like S1234-5678-90.",
      "zh-CN": "请与收款人核对信息。钱包号的格式类似 S1234-5678-90。",
    },
    helpArticle: "send-money",
  },
  currency_not_supported: {
    title: { en: "Currency not supported", "zh-CN": "不支持该币种" },
    explanation: {
      en: "Satchel wallets cannot hold this currency, or this payment method does not accept it.",
      "zh-CN": "Satchel 钱包不支持持有该币种，或该支付方式不接受该币种。",
    },
    nextStep: {
      en: "Choose one of the currencies listed in your wallet, or exchange to one first.",
      "zh-CN": "请选择钱包中列出的币种，或先兑换为支持的币种。",
    },
    helpArticle: "currencies-and-exchange",
  },
  limit_exceeded: {
    title: { en: "Over your limit", "zh-CN": "超出限额" },
    explanation: {
      en: "The amount is more than your per-transaction, daily or monthly limit allows at your verification level.",
      "zh-CN": "该金额超出了您当前认证等级的单笔、每日或每月限额。",
    },
    nextStep: {
      en: "Send a smaller amount, wait until the limit resets, or verify your identity to raise your limits.",
      "zh-CN": "请减少金额、等待限额重置，或完成身份认证以提高限额。",
    },
    helpArticle: "limits",
  },
  account_frozen: {
    title: { en: "Outgoing payments are frozen", "zh-CN": "转出功能已冻结" },
    explanation: {
      en: "Payments out of this account are frozen, usually to protect it after a report of suspicious activity. Money can still come in.",
      "zh-CN": "该账户的转出功能已被冻结，通常是在收到可疑活动报告后为保护账户而采取的措施。账户仍可收款。",
    },
    nextStep: {
      en: "Contact support: after checking your identity they can lift the freeze.",
      "zh-CN": "请联系客服，核实身份后即可解除冻结。",
    },
    helpArticle: "account-frozen",
  },
  kyc_required: {
    title: { en: "Identity verification needed", "zh-CN": "需要身份认证" },
    explanation: {
      en: "This operation needs a higher verification level than your account has.",
      "zh-CN": "此操作需要比您账户当前更高的认证等级。",
    },
    nextStep: {
      en: "Verify your identity in the security center, then try again.",
      "zh-CN": "请在安全中心完成身份认证后重试。",
    },
    helpArticle: "identity-verification",
  },
  method_unavailable_in_region: {
    title: { en: "Not available in your region", "zh-CN": "您所在地区不可用" },
    explanation: {
      en: "This payment method is not offered for your country or currency.",
      "zh-CN": "该支付方式不支持您所在的国家或地区或所用币种。",
    },
    nextStep: {
      en: "Pick one of the methods listed for your country.",
      "zh-CN": "请选择适用于您所在国家或地区的支付方式。",
    },
    helpArticle: "payment-methods",
  },
  card_declined: {
    title: { en: "The card was declined", "zh-CN": "银行卡被拒绝" },
    explanation: {
      en: "The bank that issued the card refused the payment. Banks do not always tell us why.",
      "zh-CN": "发卡银行拒绝了这笔付款，银行并不总会说明原因。",
    },
    nextStep: {
      en: "Try another card, or call the number on the back of your card to ask your bank.",
      "zh-CN": "请换一张卡，或拨打卡背面的电话向发卡银行咨询。",
    },
    helpArticle: "card-declined",
  },
  incorrect_card_details: {
    title: { en: "Card details are not right", "zh-CN": "银行卡信息有误" },
    explanation: {
      en: "The card number, expiry date or security code did not match what the bank has.",
      "zh-CN": "卡号、有效期或安全码与银行记录不符。",
    },
    nextStep: {
      en: "Check the details on your card and enter them again.",
      "zh-CN": "请核对卡面信息后重新输入。",
    },
    helpArticle: "card-declined",
  },
  expired_card: {
    title: { en: "The card has expired", "zh-CN": "银行卡已过期" },
    explanation: {
      en: "The expiry date on the card has passed.",
      "zh-CN": "该卡已超过有效期。",
    },
    nextStep: {
      en: "Use your new card or another payment method.",
      "zh-CN": "请使用新卡或其他支付方式。",
    },
    helpArticle: "card-declined",
  },
  provider_unavailable: {
    title: { en: "Our payment partner is unavailable", "zh-CN": "支付合作方暂不可用" },
    explanation: {
      en: "The bank or payment partner that handles this method did not answer. No money moved.",
      "zh-CN": "处理该支付方式的银行或合作方没有响应，资金未发生变动。",
    },
    nextStep: {
      en: "Try again later or use another method. The status page shows known incidents.",
      "zh-CN": "请稍后重试或改用其他方式。状态页面会显示已知故障。",
    },
    helpArticle: "service-status",
  },
  maintenance: {
    title: { en: "Under maintenance", "zh-CN": "系统维护中" },
    explanation: {
      en: "This service was in a scheduled maintenance window, so the operation was not started.",
      "zh-CN": "该服务正处于计划维护时段，因此操作未被执行。",
    },
    nextStep: {
      en: "Try again after the maintenance ends; the status page shows when.",
      "zh-CN": "请在维护结束后重试，状态页面会显示结束时间。",
    },
    helpArticle: "service-status",
  },
  network_timeout: {
    title: { en: "The connection timed out", "zh-CN": "连接超时" },
    explanation: {
      en: "We did not get an answer in time. We check the result automatically and will not charge you twice.",
      "zh-CN": "未能及时收到响应。我们会自动核查结果，不会重复扣款。",
    },
    nextStep: {
      en: "Wait a few minutes and check this transaction again before retrying.",
      "zh-CN": "请等待几分钟，先查看该交易的状态再决定是否重试。",
    },
    helpArticle: "payment-failed",
  },
  suspected_fraud: {
    title: { en: "Stopped for your protection", "zh-CN": "为保护您的账户已拦截" },
    explanation: {
      en: "Our checks flagged this payment as possibly not made by you, so it was stopped.",
      "zh-CN": "我们的风控检查认为这笔付款可能并非您本人操作，因此已将其拦截。",
    },
    nextStep: {
      en: "If it was you, contact support to confirm. If not, change your password now.",
      "zh-CN": "如果是您本人操作，请联系客服确认；如果不是，请立即修改密码。",
    },
    helpArticle: "suspicious-activity",
  },
  quote_expired: {
    title: { en: "The exchange rate expired", "zh-CN": "汇率报价已过期" },
    explanation: {
      en: "A quoted rate is held for a short time only, and this one ran out before it was used.",
      "zh-CN": "报价汇率仅在短时间内有效，本次报价在使用前已过期。",
    },
    nextStep: {
      en: "Get a new quote and confirm it within the time shown.",
      "zh-CN": "请重新获取报价，并在显示的时间内确认。",
    },
    helpArticle: "currencies-and-exchange",
  },
  amount_below_minimum: {
    title: { en: "Amount below the minimum", "zh-CN": "金额低于下限" },
    explanation: {
      en: "This method has a minimum amount and the payment was smaller.",
      "zh-CN": "该支付方式设有最低金额，本次付款低于该金额。",
    },
    nextStep: {
      en: "Enter at least the minimum shown for the method.",
      "zh-CN": "请输入不低于该方式所示最低金额的数额。",
    },
    helpArticle: "limits",
  },
  amount_above_maximum: {
    title: { en: "Amount above the maximum", "zh-CN": "金额超过上限" },
    explanation: {
      en: "This method has a maximum amount and the payment was larger.",
      "zh-CN": "该支付方式设有最高金额，本次付款超过了该金额。",
    },
    nextStep: {
      en: "Split the payment or choose a method with a higher maximum.",
      "zh-CN": "请拆分付款，或选择上限更高的支付方式。",
    },
    helpArticle: "limits",
  },
  bank_rejected: {
    title: { en: "The receiving bank returned the money", "zh-CN": "收款银行退回了款项" },
    explanation: {
      en: "The bank refused the payment, most often because the account name or number does not match an open account.",
      "zh-CN": "银行拒绝了这笔款项，最常见的原因是户名或账号与在用账户不符。",
    },
    nextStep: {
      en: "Check the account details with your bank and try again; the money is back in your wallet.",
      "zh-CN": "请向银行核对账户信息后重试，款项已退回您的钱包。",
    },
    helpArticle: "withdrawal-rejected",
  },
  cancelled_by_customer: {
    title: { en: "Cancelled by you", "zh-CN": "已由您取消" },
    explanation: {
      en: "You cancelled this operation before it was completed. Any reserved money was released.",
      "zh-CN": "您在操作完成前取消了它，所有预留资金均已释放。",
    },
    nextStep: {
      en: "Nothing to do. Start a new one if you still need it.",
      "zh-CN": "无需任何操作。如仍需要，请重新发起。",
    },
    helpArticle: "payment-failed",
  },
  reversed_by_support: {
    title: { en: "Reversed by Satchel", "zh-CN": "已被 Satchel 冲正" },
    explanation: {
      en: "Our team reversed this transaction, for example after correcting an error. The reversal appears as its own entry.",
      "zh-CN": "我们的团队冲正了这笔交易，例如在更正错误之后。冲正会作为单独的记录显示。",
    },
    nextStep: {
      en: "If you did not expect this, contact support and quote the reference.",
      "zh-CN": "如有疑问，请联系客服并提供交易编号。",
    },
    helpArticle: "payment-failed",
  },
  ...paymentReasons,
} as const satisfies Record<string, ReasonDefinition>;

export type ReasonCode = keyof typeof reasonCatalog;

export function isReasonCode(value: string): value is ReasonCode {
  return Object.hasOwn(reasonCatalog, value);
}

/** One reason in one language, as the API and the web app show it. */
export function explainReason(code: ReasonCode, locale: Locale) {
  const reason: ReasonDefinition = reasonCatalog[code];
  return {
    code,
    title: reason.title[locale],
    explanation: reason.explanation[locale],
    nextStep: reason.nextStep[locale],
    helpArticle: reason.helpArticle,
  };
}
