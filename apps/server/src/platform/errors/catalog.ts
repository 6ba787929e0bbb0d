import type { Locale } from "../i18n.js";
import { bankErrors } from "./catalog-bank.js";
import { channelErrors } from "./catalog-channels.js";
import { depositsErrors } from "./catalog-deposits.js";
import { helpErrors } from "./catalog-help.js";
import { kycErrors } from "./catalog-kyc.js";
import { paymentErrors } from "./catalog-payments.js";
import { statusErrors } from "./catalog-status.js";
import { supportErrors } from "./catalog-support.js";
import { walletErrors } from "./catalog-wallets.js";
import { withdrawalsErrors } from "./catalog-withdrawals.js";

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
    helpArticle: "network-problems-and-retrying",
  },
  // Access
  authentication_required: {
    status: 401,
    title: { en: "Sign-in required", "zh-CN": "需要登录" },
    detail: {
      en: "Sign in, or send a valid bearer token, to use this endpoint.",
      "zh-CN": "请先登录，或提供有效的访问令牌后再使用此接口。",
    },
    helpArticle: "cant-log-in",
  },
  forbidden: {
    status: 403,
    title: { en: "Not allowed", "zh-CN": "无权操作" },
    detail: {
      en: "Your account is not allowed to do this.",
      "zh-CN": "您的账户无权执行此操作。",
    },
    helpArticle: "contact-support",
  },
  // Money
  unsupported_currency: {
    status: 400,
    title: { en: "Unsupported currency", "zh-CN": "不支持的币种" },
    detail: {
      en: "{currency} is not an ISO 4217 currency that Satchel supports.",
      "zh-CN": "{currency} 不是 Satchel 支持的 ISO 4217 币种。",
    },
    helpArticle: "currencies-and-exchange",
  },
  invalid_amount: {
    status: 400,
    title: { en: "Invalid amount", "zh-CN": "金额无效" },
    detail: {
      en: 'Write amounts as a decimal string such as "12.50", without separators or exponents.',
      "zh-CN": "金额请写成十进制字符串，例如 “12.50”，不要使用千位分隔符或科学计数法。",
    },
    helpArticle: "send-money",
  },
  amount_too_precise: {
    status: 400,
    title: { en: "Too many decimal places", "zh-CN": "小数位数过多" },
    detail: {
      en: "{currency} amounts have at most {decimals} decimal places.",
      "zh-CN": "{currency} 金额最多保留 {decimals} 位小数。",
    },
    helpArticle: "currencies-and-exchange",
  },
  amount_out_of_range: {
    status: 400,
    title: { en: "Amount too large", "zh-CN": "金额过大" },
    detail: {
      en: "The amount is larger than Satchel can hold for {currency}.",
      "zh-CN": "该金额超出了 Satchel 可处理的 {currency} 上限。",
    },
    helpArticle: "limits",
  },
  amount_must_be_positive: {
    status: 400,
    title: { en: "Amount must be positive", "zh-CN": "金额必须大于零" },
    detail: {
      en: "Enter an amount greater than zero.",
      "zh-CN": "请输入大于零的金额。",
    },
    helpArticle: "send-money",
  },
  currency_mismatch: {
    status: 400,
    title: { en: "Currencies do not match", "zh-CN": "币种不一致" },
    detail: {
      en: "Expected {expected} but got {actual}.",
      "zh-CN": "应为 {expected}，实际为 {actual}。",
    },
    helpArticle: "currencies-and-exchange",
  },
  insufficient_funds: {
    status: 422,
    title: { en: "Not enough money", "zh-CN": "余额不足" },
    detail: {
      en: "The available balance is lower than the amount.",
      "zh-CN": "可用余额低于该金额。",
    },
    helpArticle: "insufficient-funds",
  },
  ledger_unbalanced: {
    status: 500,
    title: { en: "Internal accounting error", "zh-CN": "内部记账错误" },
    detail: {
      en: "A movement of money did not balance and was refused. Nothing was changed. Request id {requestId}.",
      "zh-CN": "一笔资金变动未能平衡，已被拒绝，未做任何更改。请求编号 {requestId}。",
    },
  },
  hold_not_active: {
    status: 409,
    title: { en: "The reservation is closed", "zh-CN": "预留已结束" },
    detail: {
      en: "This reserved amount was already used, released or expired.",
      "zh-CN": "该预留金额已被使用、释放或已过期。",
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
    helpArticle: "forgot-password",
  },
  phone_already_registered: {
    status: 409,
    title: { en: "Phone number already registered", "zh-CN": "该手机号已注册" },
    detail: {
      en: "An account with this phone number already exists.",
      "zh-CN": "已存在使用此手机号的账户。",
    },
    helpArticle: "create-account",
  },
  weak_password: {
    status: 400,
    title: { en: "Choose a stronger password", "zh-CN": "请设置更安全的密码" },
    detail: {
      en: "This password is too easy to guess. The errors list says why.",
      "zh-CN": "此密码太容易被猜到，具体原因见 errors 列表。",
    },
    helpArticle: "choosing-a-strong-password",
  },
  invalid_credentials: {
    status: 401,
    title: { en: "Wrong login or password", "zh-CN": "账号或密码错误" },
    detail: {
      en: "The login or password is not correct.",
      "zh-CN": "账号或密码不正确。",
    },
    helpArticle: "cant-log-in",
  },
  account_locked: {
    status: 423,
    title: { en: "Account locked", "zh-CN": "账户已锁定" },
    detail: {
      en: "Too many failed sign-in attempts. {until}",
      "zh-CN": "登录失败次数过多。{until}",
    },
    helpArticle: "account-locked",
  },
  invalid_mfa_code: {
    status: 401,
    title: { en: "Wrong verification code", "zh-CN": "验证码错误" },
    detail: {
      en: "The code is wrong or has already been used. Codes change every 30 seconds.",
      "zh-CN": "验证码错误或已被使用。动态验证码每 30 秒更新一次。",
    },
    helpArticle: "two-factor-authentication",
  },
  mfa_token_invalid: {
    status: 401,
    title: { en: "Sign in again", "zh-CN": "请重新登录" },
    detail: {
      en: "This sign-in attempt has expired. Enter your login and password again.",
      "zh-CN": "本次登录已过期，请重新输入账号和密码。",
    },
    helpArticle: "cant-log-in",
  },
  mfa_required: {
    status: 400,
    title: { en: "Verification code required", "zh-CN": "需要验证码" },
    detail: {
      en: "Two-factor authentication is on for this account: enter a code from your authenticator app or a recovery code.",
      "zh-CN": "此账户已开启两步验证：请输入身份验证器应用中的验证码或恢复码。",
    },
    helpArticle: "two-factor-authentication",
  },
  token_invalid: {
    status: 400,
    title: { en: "Link or code no longer valid", "zh-CN": "链接或验证码已失效" },
    detail: {
      en: "It is wrong, has expired or has already been used. Ask for a new one.",
      "zh-CN": "它有误、已过期或已被使用，请重新获取。",
    },
    helpArticle: "cant-log-in",
  },
  step_up_required: {
    status: 403,
    title: { en: "Confirm it is you", "zh-CN": "请确认是您本人" },
    detail: {
      en: "Enter your password or a verification code again to continue.",
      "zh-CN": "请再次输入密码或验证码以继续。",
    },
    helpArticle: "two-factor-authentication",
  },
  csrf_failed: {
    status: 403,
    title: { en: "Request refused", "zh-CN": "请求被拒绝" },
    detail: {
      en: "This request did not carry a valid X-CSRF-Token header. Reload the page and try again.",
      "zh-CN": "该请求缺少有效的 X-CSRF-Token 请求头，请刷新页面后重试。",
    },
    helpArticle: "cant-log-in",
  },
  two_factor_not_pending: {
    status: 409,
    title: { en: "Start setup first", "zh-CN": "请先开始设置" },
    detail: {
      en: "There is no authenticator setup waiting for confirmation. Start again.",
      "zh-CN": "没有待确认的身份验证器设置，请重新开始。",
    },
    helpArticle: "two-factor-authentication",
  },
  two_factor_already_enabled: {
    status: 409,
    title: { en: "Already turned on", "zh-CN": "已经开启" },
    detail: {
      en: "An authenticator app is already set up. Turn it off first to set up another.",
      "zh-CN": "已设置身份验证器应用。如需更换，请先关闭当前设置。",
    },
    helpArticle: "two-factor-authentication",
  },
  two_factor_not_enabled: {
    status: 409,
    title: { en: "Two-factor authentication is off", "zh-CN": "两步验证未开启" },
    detail: {
      en: "Turn on an authenticator app first.",
      "zh-CN": "请先开启身份验证器应用。",
    },
    helpArticle: "two-factor-authentication",
  },
  phone_not_verified: {
    status: 409,
    title: { en: "Verify your phone first", "zh-CN": "请先验证手机号" },
    detail: {
      en: "Add and verify a phone number before using text-message codes.",
      "zh-CN": "使用短信验证码前，请先添加并验证手机号。",
    },
    helpArticle: "sms-codes",
  },
  identity_checks_insufficient: {
    status: 400,
    title: { en: "Not enough identity checks", "zh-CN": "身份核验项不足" },
    detail: {
      en: "Record at least two identity checks that passed before acting on the account.",
      "zh-CN": "操作该账户前，请至少记录两项已通过的身份核验。",
    },
  },
  idempotency_key_reused: {
    status: 409,
    title: { en: "Idempotency key already used", "zh-CN": "幂等键已被使用" },
    detail: {
      en: "This Idempotency-Key was used for a different request. Use a new key for a new request.",
      "zh-CN": "该 Idempotency-Key 已用于另一个不同的请求。新请求请使用新的键。",
    },
    helpArticle: "network-problems-and-retrying",
  },
  conflict: {
    status: 409,
    title: { en: "Conflicting change", "zh-CN": "更改冲突" },
    detail: {
      en: "Someone else changed this at the same moment. Reload and try again.",
      "zh-CN": "有其他操作同时修改了此内容，请刷新后重试。",
    },
    helpArticle: "network-problems-and-retrying",
  },
  // Server side
  internal_error: {
    status: 500,
    title: { en: "Something went wrong on our side", "zh-CN": "服务器出现问题" },
    detail: {
      en: "The error has been logged with request id {requestId}. Please try again later.",
      "zh-CN": "该错误已记录，请求编号 {requestId}。请稍后重试。",
    },
    helpArticle: "service-status",
  },
  ...walletErrors,
  ...paymentErrors,
  ...depositsErrors,
  ...bankErrors,
  ...withdrawalsErrors,
  ...kycErrors,
  ...helpErrors,
  ...supportErrors,
  ...channelErrors,
  ...statusErrors,
  service_unavailable: {
    status: 503,
    title: { en: "Service unavailable", "zh-CN": "服务暂不可用" },
    detail: {
      en: "Satchel cannot serve this request right now. Please try again shortly.",
      "zh-CN": "Satchel 暂时无法处理此请求，请稍后重试。",
    },
    helpArticle: "service-status",
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalog;

export function errorDefinition(code: ErrorCode): ErrorDefinition {
  return errorCatalog[code];
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorCatalog, value);
}
