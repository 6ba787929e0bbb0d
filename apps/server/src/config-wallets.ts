import { z } from "zod";
import { findCurrency } from "./platform/money/currencies.js";

/**
 * Settings of wallets, transfers and exchange. They are configuration because the help
 * center quotes them to customers and operators tune them. Amounts of limits and fixed fees
 * are in the limits currency (USD); other currencies are converted at the operator's rates.
 */
export interface WalletSettings {
  currencies: string[];
  limitsCurrency: "USD";
  /** Per verification level (0 basic, 1 verified, 2 enhanced): limits in minor units of USD. */
  limits: { perTransaction: bigint; daily: bigint; monthly: bigint }[];
  /** Transfer fee: a percentage (in parts per million of the amount) plus a fixed USD amount. */
  transferFeePpm: bigint;
  transferFeeFixed: bigint;
  fxSpreadPpm: bigint;
  fxQuoteTtlSeconds: number;
  transferBatchMax: number;
}

const PERCENT = /^\d{1,2}(\.\d{1,4})?$/;
const USD_AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

export const percent = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(PERCENT, "a percentage such as 0.5 (0 to 99.9999)")
    .default(fallback)
    .transform(toPpm);

export const usd = (fallback: string) =>
  z.string().trim().regex(USD_AMOUNT, "an amount in USD such as 1.50").default(fallback).transform(toCents);

export const limitTriple = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(
      /^\d{1,12},\d{1,12},\d{1,12}$/,
      "three whole USD amounts: per transaction, per day, per month (for example 1000,2000,5000)",
    )
    .default(fallback)
    .transform((value) => {
      const [perTransaction, daily, monthly] = value.split(",").map((v) => BigInt(v) * 100n) as [
        bigint,
        bigint,
        bigint,
      ];
      return { perTransaction, daily, monthly };
    });

function toPpm(value: string): bigint {
  const [whole = "0", fraction = ""] = value.split(".");
  return BigInt(whole) * 10_000n + BigInt(fraction.padEnd(4, "0"));
}

function toCents(value: string): bigint {
  const [whole = "0", fraction = ""] = value.split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
}

export const walletEnvShape = {
  WALLET_CURRENCIES: z
    .string()
    .trim()
    .default("USD,EUR,GBP,CNY,HKD,SGD,JPY")
    .transform((value) => [...new Set(value.split(",").map((c) => c.trim().toUpperCase()))])
    .refine(
      (codes) => codes.length > 0 && codes.includes("USD") && codes.every((c) => findCurrency(c)),
      "a comma-separated list of ISO 4217 currency codes that includes USD (for example USD,EUR,CNY)",
    ),
  TRANSFER_FEE_PERCENT: percent("0"),
  TRANSFER_FEE_FIXED: usd("0"),
  TRANSFER_LIMITS_LEVEL_0: limitTriple("1000,2000,5000"),
  TRANSFER_LIMITS_LEVEL_1: limitTriple("10000,20000,50000"),
  TRANSFER_LIMITS_LEVEL_2: limitTriple("50000,100000,500000"),
  FX_SPREAD_PERCENT: percent("0.5"),
  FX_QUOTE_TTL_SECONDS: z.coerce
    .number({ error: "a whole number of seconds from 5 to 600" })
    .int("a whole number of seconds from 5 to 600")
    .min(5, "a whole number of seconds from 5 to 600")
    .max(600, "a whole number of seconds from 5 to 600")
    .default(30),
  TRANSFER_BATCH_MAX: z.coerce
    .number({ error: "a whole number from 1 to 2000" })
    .int("a whole number from 1 to 2000")
    .min(1, "a whole number from 1 to 2000")
    .max(2000, "a whole number from 1 to 2000")
    .default(256),
};

type WalletEnv = { [K in keyof typeof walletEnvShape]: z.output<(typeof walletEnvShape)[K]> };

export function walletSettings(e: WalletEnv): WalletSettings {
  return {
    currencies: e.WALLET_CURRENCIES,
    limitsCurrency: "USD",
    limits: [e.TRANSFER_LIMITS_LEVEL_0, e.TRANSFER_LIMITS_LEVEL_1, e.TRANSFER_LIMITS_LEVEL_2],
    transferFeePpm: e.TRANSFER_FEE_PERCENT,
    transferFeeFixed: e.TRANSFER_FEE_FIXED,
    fxSpreadPpm: e.FX_SPREAD_PERCENT,
    fxQuoteTtlSeconds: e.FX_QUOTE_TTL_SECONDS,
    transferBatchMax: e.TRANSFER_BATCH_MAX,
  };
}
