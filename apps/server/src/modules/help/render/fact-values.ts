import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { Bilingual } from "../../../platform/db/schema-payments.js";
import { WITHDRAWAL_HOLD_AFTER_RESET_MS } from "../../accounts/index.js";
import type { PublishedPolicies } from "../../payments/policies/index.js";
import type { HelpDeps } from "../deps.js";
import {
  centsToDecimal,
  formatDuration,
  formatFee,
  formatList,
  formatUsd,
  isZero,
  markdownTable,
  ppmToPercent,
} from "./fact-format.js";
import { FACTS, FACTS_ZH, LEVEL_NAMES, LIMIT_KINDS, LIMIT_PERIODS } from "./fact-names.js";

/** One fact now, in one language, with what it means (for the editor's list). */
export interface FactValue {
  name: string;
  value: string;
  description: Bilingual;
}

export type FactSource = Pick<HelpDeps, "platform" | "policies">;

type Method = PublishedPolicies["methods"][number];
type LimitKind = (typeof LIMIT_KINDS)[number];

const HOUR_MS = 3_600_000;

const KIND_NAMES: Record<LimitKind, Bilingual> = {
  deposit: { en: "Adding money", "zh-CN": "充值" },
  withdrawal: { en: "Withdrawing", "zh-CN": "提现" },
  transfer: { en: "Sending money", "zh-CN": "转账" },
};

const PERIOD_NAMES: Record<(typeof LIMIT_PERIODS)[number], Bilingual> = {
  perTransaction: { en: "per transaction", "zh-CN": "单笔" },
  daily: { en: "per day", "zh-CN": "每日" },
  monthly: { en: "per month", "zh-CN": "每月" },
};

const METHOD_FACT_NAMES = {
  fee: { en: "fee", "zh-CN": "手续费" },
  min: { en: "smallest amount", "zh-CN": "最低金额" },
  max: { en: "largest amount", "zh-CN": "最高金额" },
  processingTime: { en: "processing time", "zh-CN": "处理时间" },
  name: { en: "name", "zh-CN": "名称" },
} as const;

const NOT_AVAILABLE: Bilingual = { en: "Not available", "zh-CN": "不可用" };
const ALL_COUNTRIES: Bilingual = { en: "All countries", "zh-CN": "所有国家和地区" };

const levelName = (level: number, locale: HelpLocale) => LEVEL_NAMES[level]?.[locale] ?? String(level);

/** Hours customers wait to withdraw after a password reset: the accounts module's own constant. */
export const PAUSE_AFTER_RESET_HOURS = WITHDRAWAL_HOLD_AFTER_RESET_MS / HOUR_MS;

/** Every fact in one language, from the configuration and the policies in force. */
export async function factValues(deps: FactSource, locale: HelpLocale): Promise<FactValue[]> {
  const { config } = deps.platform;
  const { security, wallets, payments } = config;
  const policies = await deps.policies.current(locale);
  const general: Record<keyof typeof FACTS, string> = {
    "lockout.threshold": String(security.lockoutThreshold),
    "lockout.minutes": formatDuration(security.lockoutMinutes, "minute", locale),
    "lockout.hardLockAfter": String(security.hardLockAfter),
    "session.idleMinutes": formatDuration(security.sessionIdleMinutes, "minute", locale),
    "session.absoluteHours": formatDuration(security.sessionAbsoluteHours, "hour", locale),
    "withdrawals.pauseAfterResetHours": formatDuration(PAUSE_AFTER_RESET_HOURS, "hour", locale),
    "destinations.holdHours": formatDuration(policies.payoutDestinationHoldHours, "hour", locale),
    "withdrawals.reviewOver": formatUsd(policies.withdrawalReviewOver, locale),
    "bank.depositExpiryDays": formatDuration(policies.bankDepositExpiryDays, "day", locale),
    "kyc.maxUploadMb": `${Math.floor(payments.kycMaxUploadBytes / (1024 * 1024))} MB`,
    "transfer.fee": formatFee(
      { percent: ppmToPercent(wallets.transferFeePpm), fixed: centsToDecimal(wallets.transferFeeFixed) },
      locale,
    ),
    "fx.spread": `${ppmToPercent(wallets.fxSpreadPpm)}%`,
    "fx.quoteSeconds": formatDuration(wallets.fxQuoteTtlSeconds, "second", locale),
    "wallet.currencies": formatList(wallets.currencies, locale),
    // A link either way: markdown-it's linkify does not turn bare addresses into links.
    "support.email": config.supportEmail
      ? `[${config.supportEmail}](mailto:${config.supportEmail})`
      : locale === "zh-CN"
        ? "[联系页面](/contact)"
        : "[the contact page](/contact)",
    "limits.deposit.level0.daily": "",
    "table.limits": limitsTable(policies, locale),
    "table.depositMethods": methodsTable(policies, "deposit", locale),
    "table.withdrawalMethods": methodsTable(policies, "withdrawal", locale),
    "method.card.fee": "",
  };
  const values: FactValue[] = [];
  for (const [name, value] of Object.entries(general) as [keyof typeof FACTS, string][]) {
    // The two examples of generated families are produced with their families below.
    if (name === "limits.deposit.level0.daily" || name === "method.card.fee") continue;
    values.push({ name, value, description: { en: FACTS[name], "zh-CN": FACTS_ZH[name] } });
  }
  values.push(...limitFacts(policies, locale), ...methodFacts(policies, locale));
  return values;
}

function limitFacts(policies: PublishedPolicies, locale: HelpLocale): FactValue[] {
  const values: FactValue[] = [];
  for (const kind of LIMIT_KINDS) {
    for (const terms of policies.limits[kind]) {
      for (const period of LIMIT_PERIODS) {
        values.push({
          name: `limits.${kind}.level${terms.level}.${period}`,
          value: formatUsd(terms[period], locale),
          description: {
            en: `${KIND_NAMES[kind].en} limit ${PERIOD_NAMES[period].en}, level ${terms.level} (${levelName(terms.level, "en")})`,
            "zh-CN": `${KIND_NAMES[kind]["zh-CN"]}${PERIOD_NAMES[period]["zh-CN"]}限额，等级 ${terms.level}（${levelName(terms.level, "zh-CN")}）`,
          },
        });
      }
    }
  }
  return values;
}

function methodFacts(policies: PublishedPolicies, locale: HelpLocale): FactValue[] {
  const values: FactValue[] = [];
  for (const method of policies.methods) {
    const facts: Record<keyof typeof METHOD_FACT_NAMES, string> = {
      fee: formatFee(method.fee, locale),
      min: formatUsd(method.minAmount, locale),
      max: formatUsd(method.maxAmount, locale),
      processingTime: method.processingTime.text,
      name: method.name,
    };
    for (const [fact, value] of Object.entries(facts) as [keyof typeof METHOD_FACT_NAMES, string][]) {
      values.push({
        name: `method.${method.id}.${fact}`,
        value,
        description: {
          en: `${METHOD_FACT_NAMES[fact].en} of the payment method ${method.id}`,
          "zh-CN": `支付方式 ${method.id} 的${METHOD_FACT_NAMES[fact]["zh-CN"]}`,
        },
      });
    }
  }
  return values;
}

function limitsTable(policies: PublishedPolicies, locale: HelpLocale): string {
  const headers =
    locale === "zh-CN"
      ? ["类型", "认证等级", "单笔限额", "每日限额", "每月限额"]
      : ["Type", "Verification level", "Per transaction", "Per day", "Per month"];
  const rows: string[][] = [];
  for (const kind of LIMIT_KINDS) {
    for (const terms of policies.limits[kind]) {
      const amount = (decimal: string) =>
        isZero(decimal) ? NOT_AVAILABLE[locale] : formatUsd(decimal, locale);
      rows.push([
        KIND_NAMES[kind][locale],
        levelName(terms.level, locale),
        amount(terms.perTransaction),
        amount(terms.daily),
        amount(terms.monthly),
      ]);
    }
  }
  return markdownTable(headers, rows);
}

function methodsTable(
  policies: PublishedPolicies,
  direction: "deposit" | "withdrawal",
  locale: HelpLocale,
): string {
  const headers =
    locale === "zh-CN"
      ? ["方式", "国家和地区", "币种", "最低金额", "最高金额", "手续费", "处理时间", "所需认证"]
      : [
          "Method",
          "Countries",
          "Currencies",
          "Minimum",
          "Maximum",
          "Fee",
          "Processing time",
          "Verification needed",
        ];
  // A paused method is switched off by the operator: customers cannot use it, so it is not listed.
  const offered = policies.methods.filter(
    (m: Method) => m.directions.includes(direction) && m.state !== "paused",
  );
  const rows = offered.map((m) => [
    m.name,
    m.countries.includes("*") ? ALL_COUNTRIES[locale] : formatList(m.countries, locale),
    formatList(m.currencies, locale),
    formatUsd(m.minAmount, locale),
    formatUsd(m.maxAmount, locale),
    formatFee(m.fee, locale),
    m.processingTime.text,
    levelName(m.verificationLevel[direction] ?? 0, locale),
  ]);
  return markdownTable(headers, rows);
}
