import type { Config } from "../../config.js";
import { formatAmount } from "../../platform/money/money.js";

type Triple = { perTransaction: bigint; daily: bigint; monthly: bigint };

const present = (t: Triple) => ({
  perTransaction: formatAmount(t.perTransaction, "USD"),
  daily: formatAmount(t.daily, "USD"),
  monthly: formatAmount(t.monthly, "USD"),
});

const at = (table: Triple[], level: number) =>
  table[Math.max(0, Math.min(level, table.length - 1))] as Triple;

/**
 * The limits a verification level gives, straight from configuration
 * (DEPOSIT_LIMITS_LEVEL_n, WITHDRAWAL_LIMITS_LEVEL_n, TRANSFER_LIMITS_LEVEL_n), in USD.
 */
export function limitsOfLevel(config: Pick<Config, "payments" | "wallets">, level: number) {
  return {
    level,
    currency: "USD" as const,
    deposit: present(at(config.payments.depositLimits, level)),
    withdrawal: present(at(config.payments.withdrawalLimits, level)),
    transfer: present(at(config.wallets.limits, level)),
  };
}

export type LevelLimits = ReturnType<typeof limitsOfLevel>;
