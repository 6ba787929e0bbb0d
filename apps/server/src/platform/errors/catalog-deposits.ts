import type { ErrorDefinition } from "./catalog.js";

/** Errors of deposits, provider webhooks and the simulators' pages; part of the one catalogue in catalog.ts. */
export const depositsErrors = {
  webhook_payload_invalid: {
    status: 400,
    title: { en: "Webhook body not understood", "zh-CN": "无法识别 Webhook 正文" },
    detail: {
      en: "The signature matched, but the body is not an event this endpoint understands. Nothing was changed.",
      "zh-CN": "签名有效，但正文不是本接口能识别的事件，未做任何更改。",
    },
  },
  simulator_payment_closed: {
    status: 409,
    title: { en: "This payment is no longer waiting", "zh-CN": "该付款已不在等待确认" },
    detail: {
      en: "This payment was already approved, declined or canceled, or its page expired after an hour. Go back to Satchel to see where your deposit is.",
      "zh-CN": "该付款已被确认、拒绝或取消，或页面已在一小时后过期。请返回 Satchel 查看充值状态。",
    },
    helpArticle: "deposit-not-arrived",
  },
} as const satisfies Record<string, ErrorDefinition>;
