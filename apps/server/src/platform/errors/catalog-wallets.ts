import type { ErrorDefinition } from "./catalog.js";

/** Errors of transfers, exchanges and wallets; part of the one catalogue in catalog.ts. */
export const walletErrors = {
  already_reversed: {
    status: 409,
    title: { en: "Already reversed", "zh-CN": "已冲正" },
    detail: {
      en: "This entry has already been reversed; a correction is made only once.",
      "zh-CN": "该记录已被冲正，每笔更正只能进行一次。",
    },
  },
  recipient_not_found: {
    status: 404,
    title: { en: "Recipient not found", "zh-CN": "未找到收款人" },
    detail: {
      en: "No Satchel account matches that wallet number, email or phone number.",
      "zh-CN": "没有与该钱包号、邮箱或手机号匹配的 Satchel 账户。",
    },
    helpArticle: "send-money",
  },
  cannot_pay_yourself: {
    status: 400,
    title: { en: "That is your own account", "zh-CN": "这是您自己的账户" },
    detail: {
      en: "To move money between your own currencies, use exchange instead.",
      "zh-CN": "如需在自己的不同币种之间转移资金，请使用货币兑换。",
    },
    helpArticle: "send-money",
  },
  limit_exceeded: {
    status: 422,
    title: { en: "Over your limit", "zh-CN": "超出限额" },
    detail: {
      en: "This is more than your {limit} limit allows. You can still send {remaining} {currency}.",
      "zh-CN": "该金额超出了您的{limit}限额，您还可以发送 {remaining} {currency}。",
    },
    helpArticle: "limits",
  },
  account_frozen: {
    status: 403,
    title: { en: "Outgoing payments are frozen", "zh-CN": "转出功能已冻结" },
    detail: {
      en: "Payments out of this account are frozen. Contact support to lift the freeze.",
      "zh-CN": "该账户的转出功能已被冻结，请联系客服解除。",
    },
    helpArticle: "account-frozen",
  },
  quote_not_found: {
    status: 404,
    title: { en: "Quote not found", "zh-CN": "未找到报价" },
    detail: {
      en: "There is no exchange quote with that id for your account.",
      "zh-CN": "您的账户下没有该编号的兑换报价。",
    },
    helpArticle: "currencies-and-exchange",
  },
  quote_expired: {
    status: 410,
    title: { en: "The quote has expired", "zh-CN": "报价已过期" },
    detail: {
      en: "Quotes are honoured for {seconds} seconds and once only. Ask for a new quote.",
      "zh-CN": "报价仅在 {seconds} 秒内有效且只能使用一次，请重新获取报价。",
    },
    helpArticle: "currencies-and-exchange",
  },
  exchange_same_currency: {
    status: 400,
    title: { en: "Pick two different currencies", "zh-CN": "请选择两种不同的币种" },
    detail: {
      en: "An exchange converts one currency into another.",
      "zh-CN": "兑换是把一种货币换成另一种货币。",
    },
    helpArticle: "currencies-and-exchange",
  },
  rate_unavailable: {
    status: 422,
    title: { en: "No exchange rate", "zh-CN": "暂无汇率" },
    detail: {
      en: "There is no rate for {currency} at the moment.",
      "zh-CN": "目前没有 {currency} 的汇率。",
    },
    helpArticle: "currencies-and-exchange",
  },
  amount_too_small: {
    status: 422,
    title: { en: "Amount too small", "zh-CN": "金额过小" },
    detail: {
      en: "After conversion this amount is less than the smallest unit of {currency}.",
      "zh-CN": "兑换后的金额小于 {currency} 的最小单位。",
    },
    helpArticle: "currencies-and-exchange",
  },
} as const satisfies Record<string, ErrorDefinition>;
