import { sql } from "kysely";
import type { WalletSettings } from "../../config-wallets.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/**
 * Sending limits per verification level, per transaction, per UTC day and per UTC month,
 * counted in the limits currency (USD). Each customer's daily totals are kept in
 * transfer_usage, written in the same transaction as the transfer, so a limit holds under
 * concurrency as firmly as a balance does.
 */
export type LimitKind = "perTransaction" | "daily" | "monthly";

export interface Usage {
  daily: bigint;
  monthly: bigint;
}

export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const monthStartOf = (at: Date) => `${at.toISOString().slice(0, 7)}-01`;

export function limitsFor(settings: WalletSettings, level: number) {
  return settings.limits[
    Math.max(0, Math.min(level, settings.limits.length - 1))
  ] as WalletSettings["limits"][number];
}

/**
 * Each sender's usage this month. With `lock`, today's row is claimed first (in user id
 * order), which makes it the sender's lock for the rest of the transaction: two transfers
 * by one customer, in any currencies, check their limits one after the other.
 */
export async function usageOf(
  executor: Executor,
  userIds: string[],
  now: Date,
  options: { lock: boolean },
): Promise<Map<string, Usage>> {
  const usage = new Map<string, Usage>(userIds.map((id) => [id, { daily: 0n, monthly: 0n }]));
  if (userIds.length === 0) return usage;
  const today = dayOf(now);
  let query = executor
    .selectFrom("transfer_usage")
    .select(["user_id", sql<string>`day::text`.as("day"), "amount"])
    .where("user_id", "in", [...new Set(userIds)])
    .where("day", ">=", monthStartOf(now))
    .orderBy("user_id")
    .orderBy("day");
  if (options.lock) {
    // Make sure today's row exists (without rewriting it when it does), then lock the
    // senders' rows in user order as they are read.
    await executor
      .insertInto("transfer_usage")
      .values([...new Set(userIds)].sort().map((id) => ({ user_id: id, day: today, amount: 0n })))
      .onConflict((oc) => oc.columns(["user_id", "day"]).doNothing())
      .execute();
    query = query.forUpdate();
  }
  const rows = await query.execute();
  for (const row of rows) {
    const entry = usage.get(row.user_id) as Usage;
    entry.monthly += BigInt(row.amount);
    if (row.day === today) entry.daily += BigInt(row.amount);
  }
  return usage;
}

/** Which limit an amount would break, and how much is left under it; undefined when it fits. */
export function breachedLimit(
  limits: { perTransaction: bigint; daily: bigint; monthly: bigint },
  usage: Usage,
  amount: bigint,
): { limit: LimitKind; remaining: bigint } | undefined {
  if (amount > limits.perTransaction) return { limit: "perTransaction", remaining: limits.perTransaction };
  if (usage.daily + amount > limits.daily)
    return { limit: "daily", remaining: limits.daily > usage.daily ? limits.daily - usage.daily : 0n };
  if (usage.monthly + amount > limits.monthly)
    return {
      limit: "monthly",
      remaining: limits.monthly > usage.monthly ? limits.monthly - usage.monthly : 0n,
    };
  return undefined;
}

export async function addUsage(executor: Executor, entries: { userId: string; amount: bigint }[], now: Date) {
  const totals = new Map<string, bigint>();
  for (const e of entries) totals.set(e.userId, (totals.get(e.userId) ?? 0n) + e.amount);
  if (totals.size === 0) return;
  const day = dayOf(now);
  await executor
    .insertInto("transfer_usage")
    .values(
      [...totals]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([userId, amount]) => ({ user_id: userId, day, amount })),
    )
    .onConflict((oc) =>
      oc.columns(["user_id", "day"]).doUpdateSet({ amount: sql`transfer_usage.amount + excluded.amount` }),
    )
    .execute();
}
