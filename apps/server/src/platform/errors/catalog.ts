import type { Locale } from "../i18n.js";

/**
 * Every error code the API can answer with: its HTTP status and what a person reads, in
 * each language. Codes are a public contract (clients switch on them): add freely, never
 * rename. `{name}` placeholders are filled from the error's parameters.
 */
export interface ErrorDefinition {
  status: number;
  title: Record<Locale, string>;
  detail: Record<Locale, string>;
  /** A help-center article that explains the problem, where one exists. */
  helpArticle?: string;
}

export const errorCatalog = {
  // Requests the server cannot read
  validation_failed: {
    status: 400,
    title: { en: "Some fields are not valid", "zh-CN": "部分字段无效" },
    detail: {
      en: "Check the fields listed in errors and send the request again.",
      "zh-CN": "请检查 errors 中列出的字段后重新提交请求。",
    },
  },
  malformed_json: {
    status: 400,
    title: { en: "The request body is not valid JSON", "zh-CN": "请求正文不是有效的 JSON" },
    detail: {
      en: "The body could not be parsed as JSON. Check quotes, commas and brackets.",
      "zh-CN": "无法将请求正文解析为 JSON，请检查引号、逗号和括号。",
    },
  },
  empty_body: {
    status: 400,
    title: { en: "The request body is empty", "zh-CN": "请求正文为空" },
    detail: {
      en: "This request needs a JSON body, but none was sent.",
      "zh-CN": "此请求需要 JSON 正文，但未收到任何内容。",
    },
  },
  bad_request: {
    status: 400,
    title: { en: "The request could not be understood", "zh-CN": "无法理解该请求" },
    detail: {
      en: "The request is malformed. Check the URL, headers and body.",
      "zh-CN": "请求格式有误，请检查网址、请求头和正文。",
    },
  },
  unsupported_media_type: {
    status: 415,
    title: { en: "Unsupported content type", "zh-CN": "不支持的内容类型" },
    detail: {
      en: "Send the body as application/json.",
      "zh-CN": "请以 application/json 格式发送请求正文。",
    },
  },
  payload_too_large: {
    status: 413,
    title: { en: "The request body is too large", "zh-CN": "请求正文过大" },
    detail: {
      en: "The body is larger than the server accepts ({limit} bytes).",
      "zh-CN": "请求正文超过服务器允许的大小（{limit} 字节）。",
    },
  },
  not_found: {
    status: 404,
    title: { en: "Not found", "zh-CN": "未找到" },
    detail: {
      en: "There is nothing at this address.",
      "zh-CN": "此地址下没有任何内容。",
    },
  },
  not_acceptable: {
    status: 406,
    title: { en: "Not acceptable", "zh-CN": "无法提供所需格式" },
    detail: {
      en: "The server cannot answer in a format the Accept header allows.",
      "zh-CN": "服务器无法以 Accept 请求头允许的格式作答。",
    },
  },
  rate_limited: {
    status: 429,
    title: { en: "Too many requests", "zh-CN": "请求过于频繁" },
    detail: {
      en: "You have sent too many requests. Wait {retryAfter} seconds and try again.",
      "zh-CN": "您的请求过于频繁，请等待 {retryAfter} 秒后重试。",
    },
  },
  // Access
  authentication_required: {
    status: 401,
    title: { en: "Sign-in required", "zh-CN": "需要登录" },
    detail: {
      en: "Sign in, or send a valid bearer token, to use this endpoint.",
      "zh-CN": "请先登录，或提供有效的访问令牌后再使用此接口。",
    },
  },
  forbidden: {
    status: 403,
    title: { en: "Not allowed", "zh-CN": "无权操作" },
    detail: {
      en: "Your account is not allowed to do this.",
      "zh-CN": "您的账户无权执行此操作。",
    },
  },
  // Money
  unsupported_currency: {
    status: 400,
    title: { en: "Unsupported currency", "zh-CN": "不支持的币种" },
    detail: {
      en: "{currency} is not an ISO 4217 currency that Satchel supports.",
      "zh-CN": "{currency} 不是 Satchel 支持的 ISO 4217 币种。",
    },
  },
  invalid_amount: {
    status: 400,
    title: { en: "Invalid amount", "zh-CN": "金额无效" },
    detail: {
      en: 'Write amounts as a decimal string such as "12.50", without separators or exponents.',
      "zh-CN": "金额请写成十进制字符串，例如 “12.50”，不要使用千位分隔符或科学计数法。",
    },
  },
  amount_too_precise: {
    status: 400,
    title: { en: "Too many decimal places", "zh-CN": "小数位数过多" },
    detail: {
      en: "{currency} amounts have at most {decimals} decimal places.",
      "zh-CN": "{currency} 金额最多保留 {decimals} 位小数。",
    },
  },
  amount_out_of_range: {
    status: 400,
    title: { en: "Amount too large", "zh-CN": "金额过大" },
    detail: {
      en: "The amount is larger than Satchel can hold for {currency}.",
      "zh-CN": "该金额超出了 Satchel 可处理的 {currency} 上限。",
    },
  },
  amount_must_be_positive: {
    status: 400,
    title: { en: "Amount must be positive", "zh-CN": "金额必须大于零" },
    detail: {
      en: "Enter an amount greater than zero.",
      "zh-CN": "请输入大于零的金额。",
    },
  },
  currency_mismatch: {
    status: 400,
    title: { en: "Currencies do not match", "zh-CN": "币种不一致" },
    detail: {
      en: "Expected {expected} but got {actual}.",
      "zh-CN": "应为 {expected}，实际为 {actual}。",
    },
  },
  // Accounts
  email_already_registered: {
    status: 409,
    title: { en: "Email already registered", "zh-CN": "该邮箱已注册" },
    detail: {
      en: "An account with this email address already exists.",
      "zh-CN": "已存在使用此邮箱地址的账户。",
    },
  },
  // Server side
  internal_error: {
    status: 500,
    title: { en: "Something went wrong on our side", "zh-CN": "服务器出现问题" },
    detail: {
      en: "The error has been logged with request id {requestId}. Please try again later.",
      "zh-CN": "该错误已记录，请求编号 {requestId}。请稍后重试。",
    },
  },
  service_unavailable: {
    status: 503,
    title: { en: "Service unavailable", "zh-CN": "服务暂不可用" },
    detail: {
      en: "Satchel cannot serve this request right now. Please try again shortly.",
      "zh-CN": "Satchel 暂时无法处理此请求，请稍后重试。",
    },
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalog;

export function errorDefinition(code: ErrorCode): ErrorDefinition {
  return errorCatalog[code];
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorCatalog, value);
}
