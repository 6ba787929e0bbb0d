import type { Locale } from "../../../platform/i18n.js";
import { PROCESSING_TIMES, type ProcessingTime } from "../methods/catalogue.js";
import type { LimitTerms, MethodTerms, PolicySnapshot } from "./snapshot.js";

type Scalar = string | number | null;
type Text = Record<Locale, string>;

/** One difference between two versions, with a sentence for people in each language. */
export interface PolicyChange {
  path: string;
  before: Scalar;
  after: Scalar;
  description: Text;
}

const METHOD_FIELDS: Record<string, Text> = {
  "name.en": { en: "English name", "zh-CN": "英文名称" },
  "name.zh-CN": { en: "Chinese name", "zh-CN": "中文名称" },
  kind: { en: "kind", "zh-CN": "类型" },
  directions: { en: "use", "zh-CN": "用途" },
  countries: { en: "countries", "zh-CN": "适用国家或地区" },
  currencies: { en: "currencies", "zh-CN": "币种" },
  minAmount: { en: "minimum amount", "zh-CN": "最低金额" },
  maxAmount: { en: "maximum amount", "zh-CN": "最高金额" },
  "fee.fixed": { en: "fixed fee", "zh-CN": "固定手续费" },
  "fee.percent": { en: "percentage fee", "zh-CN": "按比例收取的手续费" },
  processingTime: { en: "processing time", "zh-CN": "到账时间" },
  "verificationLevel.deposit": { en: "verification level for deposits", "zh-CN": "充值所需认证等级" },
  "verificationLevel.withdrawal": { en: "verification level for withdrawals", "zh-CN": "提现所需认证等级" },
};

const LIMIT_KINDS: Record<string, Text> = {
  deposit: { en: "Deposit limit", "zh-CN": "充值限额" },
  withdrawal: { en: "Withdrawal limit", "zh-CN": "提现限额" },
  transfer: { en: "Transfer limit", "zh-CN": "转账限额" },
};

const PERIODS: Record<string, Text> = {
  perTransaction: { en: "per transaction", "zh-CN": "单笔" },
  daily: { en: "per day", "zh-CN": "每日" },
  monthly: { en: "per month", "zh-CN": "每月" },
};

const SETTINGS: Record<string, Text> = {
  withdrawalReviewOver: {
    en: "Withdrawals checked by our staff from",
    "zh-CN": "需人工审核的提现金额起点",
  },
  payoutDestinationHoldHours: {
    en: "Hours before a new payout destination can be used",
    "zh-CN": "新收款账户可使用前的等待时间（小时）",
  },
  bankDepositExpiryDays: {
    en: "Days bank transfer instructions stay valid",
    "zh-CN": "银行转账充值信息的有效期（天）",
  },
  currency: { en: "Currency of amounts", "zh-CN": "金额币种" },
};

const AMOUNT_KEYS = new Set([
  "minAmount",
  "maxAmount",
  "fixed",
  "perTransaction",
  "daily",
  "monthly",
  "withdrawalReviewOver",
]);
const DIRECTIONS: Record<string, Text> = {
  deposit: { en: "deposits", "zh-CN": "充值" },
  withdrawal: { en: "withdrawals", "zh-CN": "提现" },
};

/** A value as a person reads it: amounts with their currency, percentages, times in words. */
function show(key: string, value: Scalar, locale: Locale): string {
  if (value === null || value === "") return locale === "zh-CN" ? "无" : "none";
  const text = String(value);
  if (AMOUNT_KEYS.has(key)) return `${text} USD`;
  if (key === "percent") return `${text}%`;
  if (key === "processingTime") return PROCESSING_TIMES[text as ProcessingTime]?.[locale] ?? text;
  if (key === "directions")
    return text
      .split(", ")
      .map((d) => DIRECTIONS[d]?.[locale] ?? d)
      .join(locale === "zh-CN" ? "、" : " and ");
  if (key === "countries" && text === "*") return locale === "zh-CN" ? "所有地区" : "everywhere";
  return text;
}

const changed = (label: Text, key: string, before: Scalar, after: Scalar): Text => ({
  en: `${label.en} changed from ${show(key, before, "en")} to ${show(key, after, "en")}`,
  "zh-CN": `${label["zh-CN"]}由 ${show(key, before, "zh-CN")} 调整为 ${show(key, after, "zh-CN")}`,
});

/** Leaves of an object as dotted paths; arrays of plain values become one "a, b" value. */
function leaves(value: unknown, prefix = ""): Map<string, Scalar> {
  const out = new Map<string, Scalar>();
  if (Array.isArray(value)) out.set(prefix, value.map(String).join(", "));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value))
      for (const e of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(...e);
  else out.set(prefix, value === undefined ? null : (value as Scalar));
  return out;
}

function diffLeaves(before: unknown, after: unknown): [path: string, before: Scalar, after: Scalar][] {
  const a = leaves(before);
  const b = leaves(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .map((p): [string, Scalar, Scalar] => [p, a.get(p) ?? null, b.get(p) ?? null])
    .filter(([, x, y]) => x !== y);
}

function methodChanges(before: MethodTerms[], after: MethodTerms[]): PolicyChange[] {
  const byId = (list: MethodTerms[]) => new Map(list.map((m) => [m.id, m]));
  const old = byId(before);
  const now = byId(after);
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort();
  return ids.flatMap((id): PolicyChange[] => {
    const was = old.get(id);
    const is = now.get(id);
    const path = `methods.${id}`;
    if (!was && is)
      return [
        {
          path,
          before: null,
          after: is.name.en,
          description: {
            en: `New payment method: ${is.name.en}`,
            "zh-CN": `新增支付方式：${is.name["zh-CN"]}`,
          },
        },
      ];
    if (was && !is)
      return [
        {
          path,
          before: was.name.en,
          after: null,
          description: {
            en: `Payment method no longer offered: ${was.name.en}`,
            "zh-CN": `不再提供的支付方式：${was.name["zh-CN"]}`,
          },
        },
      ];
    if (!was || !is) return [];
    const { id: _a, ...wasTerms } = was;
    const { id: _b, ...isTerms } = is;
    return diffLeaves(wasTerms, isTerms).map(([field, b, a]) => {
      const label = METHOD_FIELDS[field] ?? { en: field, "zh-CN": field };
      const key = field.split(".").at(-1) ?? field;
      const line = changed(label, key, b, a);
      return {
        path: `${path}.${field}`,
        before: b,
        after: a,
        description: { en: `${is.name.en}: ${line.en}`, "zh-CN": `${is.name["zh-CN"]}：${line["zh-CN"]}` },
      };
    });
  });
}

function limitChanges(kind: string, before: LimitTerms[], after: LimitTerms[]): PolicyChange[] {
  const keyed = (list: LimitTerms[]) =>
    Object.fromEntries(list.map(({ level, ...rest }) => [`level${level}`, rest]));
  return diffLeaves(keyed(before), keyed(after)).map(([field, b, a]) => {
    const [levelKey = "", period = ""] = field.split(".");
    const level = levelKey.replace("level", "");
    const kindText = LIMIT_KINDS[kind] ?? { en: kind, "zh-CN": kind };
    const periodText = PERIODS[period] ?? { en: period, "zh-CN": period };
    const label: Text = {
      en: `${kindText.en} at verification level ${level}, ${periodText.en},`,
      "zh-CN": `${level} 级认证的${periodText["zh-CN"]}${kindText["zh-CN"]}`,
    };
    const line = changed(label, period, b, a);
    return { path: `limits.${kind}.${field}`, before: b, after: a, description: line };
  });
}

/** What changed between two versions of the terms, method by method and setting by setting. */
export function policyChanges(before: PolicySnapshot, after: PolicySnapshot): PolicyChange[] {
  const changes = [...methodChanges(before.methods, after.methods)];
  for (const kind of ["deposit", "withdrawal", "transfer"] as const)
    changes.push(...limitChanges(kind, before.limits[kind], after.limits[kind]));
  const { methods: _m, limits: _l, ...beforeSettings } = before;
  const { methods: _n, limits: _k, ...afterSettings } = after;
  for (const [key, b, a] of diffLeaves(beforeSettings, afterSettings)) {
    const label = SETTINGS[key] ?? { en: key, "zh-CN": key };
    changes.push({ path: key, before: b, after: a, description: changed(label, key, b, a) });
  }
  return changes;
}
