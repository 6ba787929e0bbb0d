import type { ShippedCategory } from "./types.js";

/** The help center's categories and their sections, in the order customers see them. */
export const shippedCategories: ShippedCategory[] = [
  {
    slug: "getting-started",
    icon: "user",
    name: { en: "Getting started", "zh-CN": "新手入门" },
    description: {
      en: "Opening an account, confirming your email and finding your way around.",
      "zh-CN": "注册账户、验证邮箱，快速熟悉 Satchel。",
    },
    sections: [{ slug: "account-basics", name: { en: "Your account", "zh-CN": "您的账户" } }],
  },
  {
    slug: "login-and-security",
    icon: "shield",
    name: { en: "Login and security", "zh-CN": "登录与安全" },
    description: {
      en: "Signing in, passwords, locked accounts, two-factor authentication and staying safe from fraud.",
      "zh-CN": "登录、密码、账户锁定、双重认证，以及如何防范诈骗。",
    },
    sections: [
      { slug: "signing-in", name: { en: "Signing in", "zh-CN": "登录" } },
      { slug: "two-factor", name: { en: "Two-factor authentication", "zh-CN": "双重认证" } },
      { slug: "staying-safe", name: { en: "Staying safe", "zh-CN": "安全防护" } },
    ],
  },
  {
    slug: "deposits",
    icon: "deposit",
    name: { en: "Adding money", "zh-CN": "充值" },
    description: {
      en: "Deposits by card, bank transfer and e-wallet, and what to do when money has not arrived.",
      "zh-CN": "通过银行卡、银行转账和电子钱包充值，以及资金未到账时该怎么办。",
    },
    sections: [
      { slug: "deposit-methods", name: { en: "Ways to add money", "zh-CN": "充值方式" } },
      { slug: "deposit-problems", name: { en: "Deposit problems", "zh-CN": "充值问题" } },
    ],
  },
  {
    slug: "withdrawals",
    icon: "wallet",
    name: { en: "Withdrawing money", "zh-CN": "提现" },
    description: {
      en: "Payout destinations, withdrawals, reviews, rejections and cancellations.",
      "zh-CN": "收款账户、提现、审核、被拒与取消。",
    },
    sections: [
      { slug: "withdrawing", name: { en: "Withdrawing", "zh-CN": "如何提现" } },
      { slug: "withdrawal-problems", name: { en: "Withdrawal problems", "zh-CN": "提现问题" } },
    ],
  },
  {
    slug: "payments-and-transfers",
    icon: "send",
    name: { en: "Sending, paying and exchanging", "zh-CN": "转账、付款与换汇" },
    description: {
      en: "Sending money to other Satchel users, currencies and exchange, and why a payment failed.",
      "zh-CN": "向其他 Satchel 用户转账、币种与换汇，以及付款失败的原因。",
    },
    sections: [
      { slug: "sending", name: { en: "Sending and exchanging", "zh-CN": "转账与换汇" } },
      { slug: "payment-failures", name: { en: "Failed payments", "zh-CN": "付款失败" } },
    ],
  },
  {
    slug: "verification-limits-fees",
    icon: "scale",
    name: { en: "Verification, limits and fees", "zh-CN": "认证、限额与费用" },
    description: {
      en: "Verification levels, what each level allows, fees and our policies.",
      "zh-CN": "认证等级、各等级的额度、费用以及我们的政策。",
    },
    sections: [
      { slug: "verification", name: { en: "Identity verification", "zh-CN": "身份认证" } },
      { slug: "limits-and-fees", name: { en: "Limits, fees and policies", "zh-CN": "限额、费用与政策" } },
    ],
  },
  {
    slug: "contact-and-status",
    icon: "headset",
    name: { en: "Contact and service status", "zh-CN": "联系我们与服务状态" },
    description: {
      en: "How to reach support, follow your tickets, what to prepare, and how to check whether a service is down.",
      "zh-CN": "如何联系客服、跟进您的工单、需要准备什么，以及如何查看服务是否中断。",
    },
    sections: [
      {
        slug: "contacting-support",
        name: { en: "Contacting support and your tickets", "zh-CN": "联系客服与工单" },
      },
      { slug: "service-status", name: { en: "Service status and news", "zh-CN": "服务状态与公告" } },
    ],
  },
];
