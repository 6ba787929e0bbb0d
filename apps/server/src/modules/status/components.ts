import { COMPONENT_KEYS, type ComponentKey, type Localized } from "../../platform/db/schema-status.js";

/**
 * What each component of the status page is called and covers, in both languages. The keys
 * and their order are API.md's (COMPONENT_KEYS); the names are what a customer reads.
 */
export const COMPONENTS: Record<ComponentKey, { name: Localized; description: Localized }> = {
  login: {
    name: { en: "Login and accounts", "zh-CN": "登录与账户" },
    description: {
      en: "Signing in, registration, password reset and account settings.",
      "zh-CN": "登录、注册、重置密码和账户设置。",
    },
  },
  card_deposits: {
    name: { en: "Card deposits", "zh-CN": "银行卡充值" },
    description: { en: "Adding money with a debit or credit card.", "zh-CN": "使用借记卡或信用卡充值。" },
  },
  bank_deposits: {
    name: { en: "Bank deposits", "zh-CN": "银行转账充值" },
    description: { en: "Adding money by bank transfer.", "zh-CN": "通过银行转账充值。" },
  },
  ewallet_deposits: {
    name: { en: "E-wallet deposits", "zh-CN": "电子钱包充值" },
    description: { en: "Adding money from another e-wallet.", "zh-CN": "从其他电子钱包充值。" },
  },
  withdrawals: {
    name: { en: "Withdrawals", "zh-CN": "提现" },
    description: {
      en: "Sending money out to a bank account, card or e-wallet.",
      "zh-CN": "提现到银行账户、银行卡或电子钱包。",
    },
  },
  transfers: {
    name: { en: "Transfers", "zh-CN": "转账" },
    description: { en: "Sending money to other Satchel customers.", "zh-CN": "向其他 Satchel 用户转账。" },
  },
  exchange: {
    name: { en: "Currency exchange", "zh-CN": "货币兑换" },
    description: {
      en: "Quotes and exchanges between the currencies of your wallets.",
      "zh-CN": "钱包之间的货币报价与兑换。",
    },
  },
  merchant_payments: {
    name: { en: "Merchant payments", "zh-CN": "商户支付" },
    description: { en: "Paying merchants with Satchel.", "zh-CN": "使用 Satchel 向商户付款。" },
  },
  help_center: {
    name: { en: "Help center", "zh-CN": "帮助中心" },
    description: { en: "Articles, search and guides.", "zh-CN": "文章、搜索和指南。" },
  },
  live_chat: {
    name: { en: "Live chat", "zh-CN": "在线客服" },
    description: { en: "Chatting with our support team.", "zh-CN": "与客服团队在线沟通。" },
  },
  email_support: {
    name: { en: "Email support", "zh-CN": "邮件支持" },
    description: {
      en: "Support requests by email and the web form, and our replies.",
      "zh-CN": "通过邮件和网页表单提交的支持请求及回复。",
    },
  },
  api: {
    name: { en: "API", "zh-CN": "API" },
    description: { en: "The REST API for apps and merchants.", "zh-CN": "供应用和商户使用的 REST API。" },
  },
};

/** The component rows of a fresh installation: every key in the page's order, operational. */
export const componentSeed = (now: Date) =>
  COMPONENT_KEYS.map((key, position) => ({ key, position, updated_at: now, updated_by: null }));

export const isComponentKey = (value: string): value is ComponentKey =>
  (COMPONENT_KEYS as readonly string[]).includes(value);
