import { sql } from "kysely";
import type { PaymentDirection } from "../../platform/db/schema-payments.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import { breachedLimit, dayOf, limitExceeded } from "../wallets/index.js";
import type { PaymentsDeps } from "./deps.js";

const monthStartOf = (at: Date) => `${at.toISOString().slice(0, 7)}-01`;

/**
 * Deposit and withdrawal limits by verification level (DEPOSIT_LIMITS_LEVEL_n,
 * WITHDRAWAL_LIMITS_LEVEL_n), counted in USD per UTC day and month. Today's usage row is
 * locked first, so two requests of one customer check their limits one after the other.
 * Call inside the transaction that records the deposit or withdrawal.
 */
export async function claimUsage(
  deps: PaymentsDeps,
  executor: Executor,
  input: { userId: string; direction: PaymentDirection; level: number; amount: bigint; currency: string },
): Promise<bigint> {
  const { platform } = deps;
  const now = platform.clock.now();
  const table =
    input.direction === "deposit"
      ? platform.config.payments.depositLimits
      : platform.config.payments.withdrawalLimits;
  const limits = table[Math.max(0, Math.min(input.level, table.length - 1))] as (typeof table)[number];
  const usd = await deps.fx.convert(input.amount, input.currency, "USD", { round: "up" });
  const today = dayOf(now);
  await executor
    .insertInto("payment_usage")
    .values({ user_id: input.userId, direction: input.direction, day: today, amount: 0n })
    .onConflict((oc) => oc.columns(["user_id", "direction", "day"]).doNothing())
    .execute();
  const rows = await executor
    .selectFrom("payment_usage")
    .select([sql<string>`day::text`.as("day"), "amount"])
    .where("user_id", "=", input.userId)
    .where("direction", "=", input.direction)
    .where("day", ">=", monthStartOf(now))
    .orderBy("day")
    .forUpdate()
    .execute();
  let daily = 0n;
  let monthly = 0n;
  for (const row of rows) {
    monthly += BigInt(row.amount);
    if (row.day === today) daily += BigInt(row.amount);
  }
  const breach = breachedLimit(limits, { daily, monthly }, usd);
  if (breach) {
    if (input.direction === "withdrawal" && limits.perTransaction === 0n)
      throw new DomainError("kyc_required", { level: 1, current: input.level }, [], {
        requiredLevel: 1,
        currentLevel: input.level,
      });
    throw limitExceeded(breach.limit, breach.remaining, { direction: input.direction });
  }
  await executor
    .updateTable("payment_usage")
    .set({ amount: sql`amount + ${usd}` })
    .where("user_id", "=", input.userId)
    .where("direction", "=", input.direction)
    .where("day", "=", today)
    .execute();
  // Kept on the operation, so a refund of the limit gives back exactly this.
  return usd;
}

/** Gives back what a refused, canceled or failed operation had counted (never below zero). */
export async function releaseUsage(
  deps: PaymentsDeps,
  executor: Executor,
  input: {
    userId: string;
    direction: PaymentDirection;
    amount: bigint;
    currency: string;
    at: Date;
    /** What the operation counted when it was claimed; older rows without it are converted again. */
    usd: bigint | null;
  },
): Promise<void> {
  const usd = input.usd ?? (await deps.fx.convert(input.amount, input.currency, "USD", { round: "up" }));
  await executor
    .updateTable("payment_usage")
    .set({ amount: sql`greatest(amount - ${usd}, 0)` })
    .where("user_id", "=", input.userId)
    .where("direction", "=", input.direction)
    .where("day", "=", dayOf(input.at))
    .execute();
}
