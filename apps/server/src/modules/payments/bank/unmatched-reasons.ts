import type { Locale } from "../../../platform/i18n.js";

/** Why the platform could not credit a statement line by itself, in words staff read. */
export const UNMATCHED_REASONS = {
  reference_missing: {
    en: "The payment text has no reference in it.",
    "zh-CN": "付款附言中没有参考号。",
  },
  reference_not_found: {
    en: "No deposit has a reference that appears in the payment text.",
    "zh-CN": "付款附言中没有任何充值单的参考号。",
  },
  method_mismatch: {
    en: "The reference belongs to a deposit made with another bank method (the money reached a different account).",
    "zh-CN": "该参考号属于使用其他银行方式的充值单（款项汇入了另一个账户）。",
  },
  ambiguous: {
    en: "The payment text names more than one open deposit.",
    "zh-CN": "付款附言中包含不止一个未完成充值单的参考号。",
  },
  deposit_closed: {
    en: "The deposit with this reference is already closed (credited, failed or expired).",
    "zh-CN": "该参考号对应的充值单已结束（已入账、失败或已过期）。",
  },
  currency_mismatch: {
    en: "The deposit with this reference is in another currency.",
    "zh-CN": "该参考号对应的充值单币种不同。",
  },
  amount_mismatch: {
    en: "The deposit with this reference is for a different amount.",
    "zh-CN": "该参考号对应的充值单金额不同。",
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type UnmatchedReason = keyof typeof UNMATCHED_REASONS;

export function isUnmatchedReason(value: unknown): value is UnmatchedReason {
  return typeof value === "string" && Object.hasOwn(UNMATCHED_REASONS, value);
}
