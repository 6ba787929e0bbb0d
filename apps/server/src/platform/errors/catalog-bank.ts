import type { ErrorDefinition } from "./catalog.js";

/**
 * Errors of bank statements, the suspense queue, payment cases and the deposit tracer; part
 * of the one catalogue in catalog.ts.
 */
export const bankErrors = {
  statement_line_duplicate: {
    status: 409,
    title: { en: "Line already posted", "zh-CN": "该流水已入账" },
    detail: {
      en: "A statement line with id {externalId} was already posted for this method, so it was not posted again. The existing line is lineId.",
      "zh-CN": "该支付方式下编号为 {externalId} 的银行流水已经入账，本次未重复入账。已有流水见 lineId。",
    },
  },
  statement_line_not_unmatched: {
    status: 409,
    title: { en: "Line already matched", "zh-CN": "该流水已匹配" },
    detail: {
      en: "Only unmatched lines can be matched to a customer; this line is {status}.",
      "zh-CN": "只有未匹配的流水才能匹配给客户；该流水的状态为 {status}。",
    },
  },
  statement_line_amount_mismatch: {
    status: 422,
    title: { en: "Amounts differ", "zh-CN": "金额不一致" },
    detail: {
      en: "The line is {lineAmount} {currency} but the deposit is {depositAmount} {currency}. Match without choosing a deposit to credit what actually arrived.",
      "zh-CN":
        "该流水金额为 {lineAmount} {currency}，而充值单金额为 {depositAmount} {currency}。请不指定充值单进行匹配，按实际到账金额入账。",
    },
  },
  statement_line_method_mismatch: {
    status: 422,
    title: { en: "Not a deposit by this transfer", "zh-CN": "该充值单不是此类转账" },
    detail: {
      en: "The line arrived by {lineMethod}, but the deposit was made with {depositMethod}: only a deposit of the same bank method can take it.",
      "zh-CN":
        "该流水来自 {lineMethod}，而充值单使用的是 {depositMethod}，只有相同银行方式的充值单才能匹配。",
    },
  },
  statement_line_currency_mismatch: {
    status: 422,
    title: { en: "Currencies differ", "zh-CN": "币种不一致" },
    detail: {
      en: "The line is in {lineCurrency} but the deposit is in {depositCurrency}.",
      "zh-CN": "该流水币种为 {lineCurrency}，而充值单币种为 {depositCurrency}。",
    },
  },
  deposit_not_open: {
    status: 409,
    title: { en: "The deposit is closed", "zh-CN": "该充值单已结束" },
    detail: {
      en: "This deposit is already {status}; only a deposit still waiting for money can be matched.",
      "zh-CN": "该充值单已是“{status}”状态；只有仍在等待到账的充值单才能匹配。",
    },
    helpArticle: "deposit-not-arrived",
  },
  bank_method_required: {
    status: 422,
    title: { en: "Not a bank transfer method", "zh-CN": "不是银行转账方式" },
    detail: {
      en: "Statement lines belong to a bank transfer method; {methodId} is not one.",
      "zh-CN": "银行流水只能属于银行转账方式；{methodId} 不是银行转账方式。",
    },
  },
  customer_not_found: {
    status: 404,
    title: { en: "Customer not found", "zh-CN": "未找到客户" },
    detail: {
      en: "No customer matches that wallet number, verified email address or verified phone number.",
      "zh-CN": "没有与该钱包号、已验证邮箱或已验证手机号匹配的客户。",
    },
  },
  payment_case_resolved: {
    status: 409,
    title: { en: "Case already resolved", "zh-CN": "该案例已处理" },
    detail: {
      en: "This case was resolved on {resolvedAt}.",
      "zh-CN": "该案例已于 {resolvedAt} 处理完毕。",
    },
  },
  statement_csv_invalid: {
    status: 400,
    title: { en: "The statement file cannot be read", "zh-CN": "无法读取对账单文件" },
    detail: {
      en: "{problem} Nothing was imported.",
      "zh-CN": "{problem}未导入任何内容。",
    },
  },
  statement_row_invalid: {
    status: 400,
    title: { en: "Row not imported", "zh-CN": "该行未导入" },
    detail: { en: "{problem}", "zh-CN": "{problem}" },
  },
} as const satisfies Record<string, ErrorDefinition>;
