import { formatAmount } from "../../../platform/money/money.js";
import type { PaymentsDeps } from "../deps.js";
import { type MethodRow, ppmToPercent, supportsDirection } from "../methods/catalogue.js";

type Direction = "deposit" | "withdrawal";

/** A method's terms as published: what it costs, where and how fast it works, what it needs. */
export interface MethodTerms {
  id: string;
  kind: string;
  name: { en: string; "zh-CN": string };
  directions: Direction[];
  countries: string[];
  currencies: string[];
  /** USD, as decimal strings. */
  minAmount: string;
  maxAmount: string;
  fee: { fixed: string; percent: string };
  processingTime: string;
  /** Per direction the method serves. */
  verificationLevel: { deposit?: number; withdrawal?: number };
}

export interface LimitTerms {
  level: number;
  perTransaction: string;
  daily: string;
  monthly: string;
}

/**
 * The published policy terms, made from the live configuration and method catalogue. A
 * method's state (paused, in maintenance) is not a term: it is shown live but does not make
 * a new version, so an outage does not rewrite the policies. Plain JSON (strings, whole
 * numbers, arrays, objects) so it survives a round trip through jsonb unchanged.
 */
export interface PolicySnapshot {
  currency: "USD";
  methods: MethodTerms[];
  limits: { deposit: LimitTerms[]; withdrawal: LimitTerms[]; transfer: LimitTerms[] };
  withdrawalReviewOver: string;
  payoutDestinationHoldHours: number;
  bankDepositExpiryDays: number;
}

const usd = (cents: bigint) => formatAmount(cents, "USD");

export function termsOf(m: MethodRow): MethodTerms {
  const directions = (["deposit", "withdrawal"] as const).filter((d) => supportsDirection(m, d));
  return {
    id: m.id,
    kind: m.kind,
    name: { en: m.name.en, "zh-CN": m.name["zh-CN"] },
    directions,
    countries: [...m.countries].sort(),
    currencies: [...m.currencies].sort(),
    minAmount: usd(m.min_amount),
    maxAmount: usd(m.max_amount),
    fee: { fixed: usd(m.fee_fixed), percent: ppmToPercent(m.fee_ppm) },
    processingTime: m.processing_time,
    verificationLevel: {
      ...(directions.includes("deposit") ? { deposit: m.deposit_level } : {}),
      ...(directions.includes("withdrawal") ? { withdrawal: m.withdrawal_level } : {}),
    },
  };
}

const limitTable = (table: { perTransaction: bigint; daily: bigint; monthly: bigint }[]): LimitTerms[] =>
  table.map((t, level) => ({
    level,
    perTransaction: usd(t.perTransaction),
    daily: usd(t.daily),
    monthly: usd(t.monthly),
  }));

/** The terms in force now, and the method rows they were made from (for their live state). */
export async function currentTerms(
  deps: PaymentsDeps,
): Promise<{ snapshot: PolicySnapshot; rows: MethodRow[] }> {
  const { config } = deps.platform;
  const rows = await deps.methods.all();
  const snapshot: PolicySnapshot = {
    currency: "USD",
    // By id, not display position: reordering the list is not a change of terms.
    methods: rows.map(termsOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    limits: {
      deposit: limitTable(config.payments.depositLimits),
      withdrawal: limitTable(config.payments.withdrawalLimits),
      transfer: limitTable(config.wallets.limits),
    },
    withdrawalReviewOver: usd(config.payments.withdrawalReviewOver),
    payoutDestinationHoldHours: config.payments.destinationHoldHours,
    bankDepositExpiryDays: config.payments.bankDepositExpiryDays,
  };
  return { snapshot, rows };
}

/** JSON with object keys sorted at every depth: the same terms always give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
