import type { ReasonDefinition } from "./catalog.js";

/**
 * Why a deposit or withdrawal did not go through; part of the one reason catalogue. Card
 * declines follow the decline codes card networks (and Stripe's test cards) use.
 */
export const paymentReasons = {
  card_insufficient_funds: {
    title: { en: "Not enough money on the card", "zh-CN": "银行卡余额不足" },
    explanation: {
      en: "Your card issuer declined the payment because the card's balance or credit limit is too low.",
      "zh-CN": "发卡机构拒绝了这笔付款，因为卡内余额或信用额度不足。",
    },
    nextStep: {
      en: "Use another card, a smaller amount, or a bank transfer.",
      "zh-CN": "请换用其他银行卡、减少金额，或改用银行转账。",
    },
    helpArticle: "card-declined",
  },
  lost_card: {
    title: { en: "The card was reported lost", "zh-CN": "该卡已挂失" },
    explanation: {
      en: "Your card issuer declined the payment because this card has been reported lost.",
      "zh-CN": "发卡机构拒绝了这笔付款，因为该卡已被挂失。",
    },
    nextStep: {
      en: "Use another card. If you still have this card, call the number on its back.",
      "zh-CN": "请换用其他银行卡。如果该卡仍在您手中，请拨打卡背面的电话。",
    },
    helpArticle: "card-declined",
  },
  stolen_card: {
    title: { en: "The card was reported stolen", "zh-CN": "该卡已被报告被盗" },
    explanation: {
      en: "Your card issuer declined the payment because this card has been reported stolen.",
      "zh-CN": "发卡机构拒绝了这笔付款，因为该卡已被报告被盗。",
    },
    nextStep: {
      en: "Use another card, and contact your card issuer.",
      "zh-CN": "请换用其他银行卡，并联系发卡机构。",
    },
    helpArticle: "card-declined",
  },
  incorrect_cvc: {
    title: { en: "The security code was wrong", "zh-CN": "安全码错误" },
    explanation: {
      en: "Your card issuer declined the payment because the 3- or 4-digit security code (CVC) did not match.",
      "zh-CN": "发卡机构拒绝了这笔付款，因为 3 位或 4 位安全码（CVC）不匹配。",
    },
    nextStep: {
      en: "Check the code on the back of the card and try again.",
      "zh-CN": "请核对卡背面的安全码后重试。",
    },
    helpArticle: "card-declined",
  },
  processing_error: {
    title: { en: "The card could not be processed", "zh-CN": "银行卡处理出错" },
    explanation: {
      en: "An error occurred while the card network processed the payment. You were not charged.",
      "zh-CN": "卡组织处理付款时出错，您未被扣款。",
    },
    nextStep: {
      en: "Wait a moment and try again; if it happens again, use another card.",
      "zh-CN": "请稍后重试；如果再次出现，请换用其他银行卡。",
    },
    helpArticle: "card-declined",
  },
  authentication_failed: {
    title: { en: "Card verification failed", "zh-CN": "银行卡验证未通过" },
    explanation: {
      en: "The 3-D Secure check with your card issuer was not completed, so the payment was not made.",
      "zh-CN": "未完成发卡机构的 3-D Secure 验证，因此付款未进行。",
    },
    nextStep: {
      en: "Try again and complete the check your bank shows, or use another card.",
      "zh-CN": "请重试并完成银行显示的验证，或换用其他银行卡。",
    },
    helpArticle: "card-declined",
  },
  payment_canceled: {
    title: { en: "Payment not approved", "zh-CN": "付款未获批准" },
    explanation: {
      en: "The payment was canceled on the provider's page, or not approved there in time.",
      "zh-CN": "付款在支付机构页面被取消，或未在规定时间内获批准。",
    },
    nextStep: {
      en: "Start a new deposit and approve it on the provider's page.",
      "zh-CN": "请重新发起充值并在支付机构页面确认。",
    },
    helpArticle: "deposit-not-arrived",
  },
  deposit_expired: {
    title: { en: "No money arrived in time", "zh-CN": "未在有效期内收到款项" },
    explanation: {
      en: "We did not receive the transfer before the deposit instructions expired.",
      "zh-CN": "在充值指引过期前，我们没有收到您的转账。",
    },
    nextStep: {
      en: "If you did send money, use 'My deposit has not arrived' so we can find it; otherwise start a new deposit.",
      "zh-CN": "如果您已汇款，请使用“充值未到账”查询，我们会帮您查找；否则请重新发起充值。",
    },
    helpArticle: "deposit-not-arrived",
  },
  compliance_rejected: {
    title: { en: "Not approved by our review", "zh-CN": "未通过审核" },
    explanation: {
      en: "Our compliance team reviewed this withdrawal and could not approve it. The money is back in your wallet.",
      "zh-CN": "我们的合规团队审核了这笔提现，未能批准。款项已退回您的钱包。",
    },
    nextStep: {
      en: "Read the note from the reviewer, then contact support if you need more help.",
      "zh-CN": "请阅读审核人员的说明，如需进一步帮助请联系客服。",
    },
    helpArticle: "withdrawal-rejected",
  },
  destination_invalid: {
    title: { en: "The payout details were refused", "zh-CN": "收款信息被拒绝" },
    explanation: {
      en: "The bank, card or e-wallet could not accept money with the details you saved. The money is back in your wallet.",
      "zh-CN": "银行、银行卡或电子钱包无法按您保存的信息收款。款项已退回您的钱包。",
    },
    nextStep: {
      en: "Check the details, add the destination again, and withdraw to it.",
      "zh-CN": "请核对信息，重新添加收款方式后再提现。",
    },
    helpArticle: "withdrawal-rejected",
  },
  returned_by_bank: {
    title: { en: "Returned by the receiving bank", "zh-CN": "被收款银行退回" },
    explanation: {
      en: "The money was sent, but the receiving bank returned it. It is back in your wallet.",
      "zh-CN": "款项已发出，但被收款银行退回，现已回到您的钱包。",
    },
    nextStep: {
      en: "Check the account details with your bank, then withdraw again.",
      "zh-CN": "请向银行核对账户信息后再次提现。",
    },
    helpArticle: "withdrawal-rejected",
  },
} as const satisfies Record<string, ReasonDefinition>;
