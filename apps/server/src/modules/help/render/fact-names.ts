/**
 * The `{{name}}` placeholders articles may use. Each is filled from the live configuration
 * (or the payment-method catalogue) in the reader's language when the article is rendered,
 * so an article never quotes a stale number. Amounts are formatted with their currency.
 */
export const FACTS = {
  "lockout.threshold": "wrong passwords in a row before a temporary lock (LOGIN_LOCKOUT_THRESHOLD)",
  "lockout.minutes": "how long a temporary lock lasts (LOGIN_LOCKOUT_MINUTES), e.g. '15 minutes'",
  "lockout.hardLockAfter":
    "temporary locks in a row after which the account is hard-locked (LOGIN_HARD_LOCK_AFTER)",
  "session.idleMinutes": "a web session ends after this much inactivity (SESSION_IDLE_MINUTES)",
  "session.absoluteHours": "a web session ends after this long in any case (SESSION_ABSOLUTE_HOURS)",
  "withdrawals.pauseAfterResetHours": "withdrawals pause this long after a password or 2FA reset (24 hours)",
  "destinations.holdHours":
    "a new payout destination can be used after this long (PAYOUT_DESTINATION_HOLD_HOURS)",
  "withdrawals.reviewOver":
    "withdrawals at or above this amount are reviewed (WITHDRAWAL_REVIEW_OVER), e.g. 'US$3,000.00'",
  "bank.depositExpiryDays": "bank transfer instructions stay valid this many days (BANK_DEPOSIT_EXPIRY_DAYS)",
  "kyc.maxUploadMb": "largest identity document upload in MB (KYC_MAX_UPLOAD_MB)",
  "transfer.fee": "fee on sending money, e.g. 'free' or '0.5% + US$0.30'",
  "fx.spread": "exchange spread as a percentage, e.g. '0.5%'",
  "fx.quoteSeconds": "how long an exchange quote holds its rate, in seconds",
  "wallet.currencies": "the currencies a wallet can hold, e.g. 'USD, EUR, CNY'",
  "support.email":
    "the support email address as a link (SUPPORT_EMAIL_ADDRESS), or the contact page when unset",
  "limits.deposit.level0.daily":
    "…and every combination: limits.{deposit|withdrawal|transfer}.level{0|1|2}.{perTransaction|daily|monthly}",
  "table.limits": "a markdown table of deposit, withdrawal and transfer limits per verification level",
  "table.depositMethods":
    "a markdown table of deposit methods: name, countries, currencies, min/max, fee, processing time, level needed",
  "table.withdrawalMethods": "the same for withdrawal methods",
  "method.card.fee":
    "…and for every method id (card, bank_us_ach, bank_sepa, bank_cn, bank_swift, ewallet_alipay, ewallet_paypal): method.<id>.{fee|min|max|processingTime|name}",
} as const;

export const LIMIT_KINDS = ["deposit", "withdrawal", "transfer"] as const;
export const LIMIT_PERIODS = ["perTransaction", "daily", "monthly"] as const;
export const METHOD_FACTS = ["fee", "min", "max", "processingTime", "name"] as const;

/** The same descriptions for staff who work in Chinese. */
export const FACTS_ZH: Record<keyof typeof FACTS, string> = {
  "lockout.threshold": "连续输错多少次密码后账户会被临时锁定（LOGIN_LOCKOUT_THRESHOLD）",
  "lockout.minutes": "临时锁定的时长（LOGIN_LOCKOUT_MINUTES），例如“15 分钟”",
  "lockout.hardLockAfter": "连续临时锁定多少次后账户会被彻底锁定（LOGIN_HARD_LOCK_AFTER）",
  "session.idleMinutes": "网页会话无操作多久后结束（SESSION_IDLE_MINUTES）",
  "session.absoluteHours": "网页会话最长持续多久（SESSION_ABSOLUTE_HOURS）",
  "withdrawals.pauseAfterResetHours": "重置密码或双重认证后暂停提现的时长（24 小时）",
  "destinations.holdHours": "新添加的收款账户多久后可以使用（PAYOUT_DESTINATION_HOLD_HOURS）",
  "withdrawals.reviewOver": "达到或超过此金额的提现需要审核（WITHDRAWAL_REVIEW_OVER），例如“3,000.00 美元”",
  "bank.depositExpiryDays": "银行转账充值信息的有效天数（BANK_DEPOSIT_EXPIRY_DAYS）",
  "kyc.maxUploadMb": "身份证件上传的最大大小，单位 MB（KYC_MAX_UPLOAD_MB）",
  "transfer.fee": "转账手续费，例如“免费”或“0.5% + 0.30 美元”",
  "fx.spread": "换汇点差（百分比），例如“0.5%”",
  "fx.quoteSeconds": "换汇报价的汇率保持多少秒",
  "wallet.currencies": "钱包可持有的币种，例如“USD、EUR、CNY”",
  "support.email": "客服邮箱链接（SUPPORT_EMAIL_ADDRESS），未设置时为联系页面链接",
  "limits.deposit.level0.daily":
    "……以及所有组合：limits.{deposit|withdrawal|transfer}.level{0|1|2}.{perTransaction|daily|monthly}",
  "table.limits": "按认证等级列出充值、提现和转账限额的 Markdown 表格",
  "table.depositMethods":
    "充值方式的 Markdown 表格：名称、国家和地区、币种、最低/最高金额、手续费、处理时间、所需认证",
  "table.withdrawalMethods": "提现方式的同样表格",
  "method.card.fee":
    "……以及每种支付方式（card、bank_us_ach、bank_sepa、bank_cn、bank_swift、ewallet_alipay、ewallet_paypal）：method.<id>.{fee|min|max|processingTime|name}",
};

/** The payment methods a new installation starts with; their facts are known before the catalogue is first read. */
export const DEFAULT_METHOD_IDS = [
  "card",
  "bank_us_ach",
  "bank_sepa",
  "bank_cn",
  "bank_swift",
  "ewallet_alipay",
  "ewallet_paypal",
] as const;

/** Names of the verification levels, as the web app shows them. */
export const LEVEL_NAMES = [
  { en: "Unverified", "zh-CN": "未认证" },
  { en: "Basic", "zh-CN": "基础认证" },
  { en: "Full", "zh-CN": "完整认证" },
] as const;
