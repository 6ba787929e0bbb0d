import type { ErrorDefinition } from "./catalog.js";

/** Errors of payout destinations, withdrawals and their review; part of the one catalogue in catalog.ts. */
export const withdrawalsErrors = {
  payout_details_invalid: {
    status: 400,
    title: { en: "Check the payout details", "zh-CN": "请检查收款信息" },
    detail: {
      en: "Some of the payout details are not valid. The fields are listed in errors.",
      "zh-CN": "部分收款信息无效，具体字段列在 errors 中。",
    },
    helpArticle: "payout-destinations",
  },
  destination_duplicate: {
    status: 409,
    title: { en: "Already saved", "zh-CN": "已保存过" },
    detail: {
      en: "You already have this payout destination. Use the one you saved, or remove it first.",
      "zh-CN": "您已保存过该收款方式。请直接使用，或先将其删除。",
    },
    helpArticle: "payout-destinations",
  },
  destination_not_ready: {
    status: 409,
    title: { en: "New destination not usable yet", "zh-CN": "新收款方式暂不可用" },
    detail: {
      en: "For your safety, a new payout destination can be used from {usableAfter}. Nothing was withdrawn.",
      "zh-CN": "为保障您的资金安全，新添加的收款方式自 {usableAfter} 起才能使用。本次未发生提现。",
    },
    helpArticle: "payout-destinations",
  },
  destination_removed: {
    status: 409,
    title: { en: "Destination removed", "zh-CN": "收款方式已删除" },
    detail: {
      en: "This payout destination was removed. Choose another one or add it again.",
      "zh-CN": "该收款方式已被删除。请选择其他收款方式或重新添加。",
    },
    helpArticle: "payout-destinations",
  },
  destination_provider_unavailable: {
    status: 503,
    title: { en: "Card service not answering", "zh-CN": "银行卡服务暂无响应" },
    detail: {
      en: "The card provider did not answer, so the card was not saved. Try again in a few minutes.",
      "zh-CN": "银行卡服务机构没有响应，银行卡未保存。请几分钟后重试。",
    },
    helpArticle: "service-status",
  },
  withdrawals_on_hold: {
    status: 403,
    title: { en: "Withdrawals paused for your safety", "zh-CN": "为保障安全，提现已暂停" },
    detail: {
      en: "After a recent security change on your account, withdrawals are paused until {heldUntil}. Other payments still work.",
      "zh-CN": "由于您的账户近期进行了安全设置变更，提现暂停至 {heldUntil}。其他付款不受影响。",
    },
    helpArticle: "withdrawals-paused",
  },
  withdrawal_not_cancelable: {
    status: 409,
    title: { en: "Cannot be canceled now", "zh-CN": "目前无法取消" },
    detail: {
      en: "This withdrawal is {status}: it can only be canceled before we send it to the provider.",
      "zh-CN": "该提现当前状态为{status}，只有在发送给支付机构之前才能取消。",
    },
    helpArticle: "cancel-withdrawal",
  },
  withdrawal_not_in_review: {
    status: 409,
    title: { en: "Not waiting for review", "zh-CN": "不在待审核状态" },
    detail: {
      en: "This withdrawal is {status}, so it can no longer be approved or rejected.",
      "zh-CN": "该提现当前状态为{status}，已无法批准或拒绝。",
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
