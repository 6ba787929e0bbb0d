import { z } from "zod";
import { limitTriple, usd } from "./config-wallets.js";

/**
 * Settings of money in and out. Amounts are in the limits currency (USD) minor units. The
 * public policies page is generated from these and the payment-method catalogue, so what
 * customers read is what the system does.
 */
export interface PaymentSettings {
  /** Deposit limits per verification level (0, 1, 2). */
  depositLimits: { perTransaction: bigint; daily: bigint; monthly: bigint }[];
  /** Withdrawal limits per verification level; level 0 cannot withdraw (all zero). */
  withdrawalLimits: { perTransaction: bigint; daily: bigint; monthly: bigint }[];
  /** Withdrawals at or above this amount wait for a compliance review. */
  withdrawalReviewOver: bigint;
  /** A new payout destination can be used this many hours after it was added. */
  destinationHoldHours: number;
  /** Bank-transfer deposit instructions stay valid this many days. */
  bankDepositExpiryDays: number;
  /** How long to wait for a provider before treating the call as a timeout. */
  providerTimeoutMs: number;
  /** Webhook signing secret of the built-in simulators; derived from SATCHEL_SECRET when unset. */
  providerWebhookSecret: string | undefined;
  /** Largest identity document upload, in bytes. */
  kycMaxUploadBytes: number;
}

const whole = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `a whole number from ${min} to ${max}` })
    .int(`a whole number from ${min} to ${max}`)
    .min(min, `a whole number from ${min} to ${max}`)
    .max(max, `a whole number from ${min} to ${max}`)
    .default(fallback);

export const paymentEnvShape = {
  DEPOSIT_LIMITS_LEVEL_0: limitTriple("500,1000,2000"),
  DEPOSIT_LIMITS_LEVEL_1: limitTriple("10000,20000,50000"),
  DEPOSIT_LIMITS_LEVEL_2: limitTriple("50000,100000,500000"),
  WITHDRAWAL_LIMITS_LEVEL_0: limitTriple("0,0,0"),
  WITHDRAWAL_LIMITS_LEVEL_1: limitTriple("2000,5000,20000"),
  WITHDRAWAL_LIMITS_LEVEL_2: limitTriple("50000,100000,500000"),
  WITHDRAWAL_REVIEW_OVER: usd("3000"),
  PAYOUT_DESTINATION_HOLD_HOURS: whole(0, 720, 24),
  BANK_DEPOSIT_EXPIRY_DAYS: whole(1, 90, 14),
  PROVIDER_TIMEOUT_MS: whole(100, 120_000, 10_000),
  PROVIDER_WEBHOOK_SECRET: z.string().trim().min(16, "at least 16 characters").optional(),
  KYC_MAX_UPLOAD_MB: whole(1, 50, 8),
};

type PaymentEnv = z.output<z.ZodObject<typeof paymentEnvShape>>;

export function paymentSettings(e: PaymentEnv): PaymentSettings {
  return {
    depositLimits: [e.DEPOSIT_LIMITS_LEVEL_0, e.DEPOSIT_LIMITS_LEVEL_1, e.DEPOSIT_LIMITS_LEVEL_2],
    withdrawalLimits: [e.WITHDRAWAL_LIMITS_LEVEL_0, e.WITHDRAWAL_LIMITS_LEVEL_1, e.WITHDRAWAL_LIMITS_LEVEL_2],
    withdrawalReviewOver: e.WITHDRAWAL_REVIEW_OVER,
    destinationHoldHours: e.PAYOUT_DESTINATION_HOLD_HOURS,
    bankDepositExpiryDays: e.BANK_DEPOSIT_EXPIRY_DAYS,
    providerTimeoutMs: e.PROVIDER_TIMEOUT_MS,
    providerWebhookSecret: e.PROVIDER_WEBHOOK_SECRET,
    kycMaxUploadBytes: e.KYC_MAX_UPLOAD_MB * 1024 * 1024,
  };
}
