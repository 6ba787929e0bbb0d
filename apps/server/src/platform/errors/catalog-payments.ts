import type { ErrorDefinition } from "./catalog.js";

/**
 * Errors of money in and out shared by deposits, withdrawals and the method catalogue; part
 * of the one catalogue in catalog.ts. Errors of one flow live beside it:
 * catalog-deposits.ts, catalog-withdrawals.ts, catalog-kyc.ts.
 */
export const paymentErrors = {
  method_unavailable_in_region: {
    status: 422,
    title: { en: "Not available where you are", "zh-CN": "您所在地区不支持该方式" },
    detail: {
      en: "This payment method is not offered for your country and currency. The methods you can use are listed in methods.",
      "zh-CN": "该支付方式不支持您所在的国家或币种，可用的方式列在 methods 中。",
    },
    helpArticle: "payment-methods",
  },
  maintenance: {
    status: 503,
    title: { en: "Under maintenance", "zh-CN": "系统维护中" },
    detail: {
      en: "This service is in scheduled maintenance until {endsAt}. Nothing was started; try again after that.",
      "zh-CN": "该服务正在进行计划维护，预计于 {endsAt} 结束。本次操作未开始，请在此之后重试。",
    },
    helpArticle: "service-status",
  },
  method_paused: {
    status: 503,
    title: { en: "Temporarily unavailable", "zh-CN": "暂时不可用" },
    detail: {
      en: "This payment method is paused for the moment. Nothing was started; choose another method.",
      "zh-CN": "该支付方式暂时停用，本次操作未开始，请选择其他方式。",
    },
    helpArticle: "service-status",
  },
  method_direction_unsupported: {
    status: 422,
    title: { en: "Not for this direction", "zh-CN": "该方式不支持此操作" },
    detail: {
      en: "This payment method cannot be used for a {direction}.",
      "zh-CN": "该支付方式不能用于{direction}。",
    },
    helpArticle: "payment-methods",
  },
  amount_below_minimum: {
    status: 422,
    title: { en: "Amount too small", "zh-CN": "金额过小" },
    detail: {
      en: "The smallest amount for this method is {minimum} {currency}.",
      "zh-CN": "该方式的最低金额为 {minimum} {currency}。",
    },
    helpArticle: "payment-methods",
  },
  amount_above_maximum: {
    status: 422,
    title: { en: "Amount too large", "zh-CN": "金额过大" },
    detail: {
      en: "The largest amount for this method is {maximum} {currency}.",
      "zh-CN": "该方式的最高金额为 {maximum} {currency}。",
    },
    helpArticle: "payment-methods",
  },
  kyc_required: {
    status: 403,
    title: { en: "Verify your identity first", "zh-CN": "请先完成身份认证" },
    detail: {
      en: "This needs verification level {level}; your account is at level {current}. Verify your identity to continue.",
      "zh-CN": "此操作需要 {level} 级认证，您的账户目前为 {current} 级。请完成身份认证后继续。",
    },
    helpArticle: "identity-verification",
  },
  two_factor_setup_required: {
    status: 403,
    title: { en: "Turn on two-factor authentication", "zh-CN": "请开启两步验证" },
    detail: {
      en: "Money can only leave your account with a second factor. Turn on two-factor authentication in your security center first.",
      "zh-CN": "资金转出需要第二重验证。请先在安全中心开启两步验证。",
    },
    helpArticle: "two-factor-authentication",
  },
  incorrect_card_details: {
    status: 400,
    title: { en: "Check the card details", "zh-CN": "请检查银行卡信息" },
    detail: {
      en: "The card {field} is not valid. Nothing was charged.",
      "zh-CN": "银行卡的 {field} 无效，未发生任何扣款。",
    },
    helpArticle: "card-declined",
  },
  payment_method_exists: {
    status: 409,
    title: { en: "That method id is taken", "zh-CN": "该支付方式编号已被使用" },
    detail: {
      en: "A payment method with this id already exists; edit it, or pick another id.",
      "zh-CN": "已存在使用该编号的支付方式，请编辑它或换一个编号。",
    },
  },
  webhook_signature_invalid: {
    status: 401,
    title: { en: "Signature not valid", "zh-CN": "签名无效" },
    detail: {
      en: "The webhook's signature header is missing, malformed, stale or does not match its body.",
      "zh-CN": "Webhook 的签名头缺失、格式错误、已过期或与正文不符。",
    },
  },
  provider_not_found: {
    status: 404,
    title: { en: "Unknown provider", "zh-CN": "未知的支付机构" },
    detail: {
      en: "No payment provider is configured under that name.",
      "zh-CN": "没有以该名称配置的支付机构。",
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
