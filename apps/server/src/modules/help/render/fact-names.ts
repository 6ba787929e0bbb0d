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
  "support.email": "the support email address (SUPPORT_EMAIL_ADDRESS), or the contact page when unset",
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
