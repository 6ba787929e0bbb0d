import { sql } from "kysely";
import { DomainError } from "../../platform/errors/domain-error.js";
import { currency as currencyOf } from "../../platform/money/money.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import { type AccountRow, type LedgerAccount, toAccount } from "./types.js";

const ACCOUNT_COLUMNS = [
  "id",
  "kind",
  "owner_id",
  "code",
  "shard",
  "currency",
  "allow_negative",
  "posted",
  "held",
  "seq",
] as const;

export const walletKey = (ownerId: string, currency: string) => `${ownerId}|${currency}`;

/**
 * Customer wallets for (owner, currency) pairs in one round trip each way; with `open`, the
 * missing ones are opened first (a wallet is opened the first time money arrives in it).
 */
export async function customerWallets(
  executor: Executor,
  platform: Platform,
  pairs: { ownerId: string; currency: string }[],
  open: boolean,
): Promise<Map<string, LedgerAccount>> {
  if (pairs.length === 0) return new Map();
  for (const pair of pairs) currencyOf(pair.currency);
  // Sorted by key: the insert below waits on rows other transactions are creating, and the
  // same order everywhere means two batches never wait on each other in a cycle.
  const unique = [...new Map(pairs.map((p) => [walletKey(p.ownerId, p.currency), p])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, p]) => p);
  if (open) {
    const now = platform.clock.now();
    await executor
      .insertInto("ledger_accounts")
      .values(
        unique.map((p) => ({
          id: platform.ids.next("ledgerAccount"),
          kind: "customer" as const,
          owner_id: p.ownerId,
          code: null,
          currency: p.currency,
          allow_negative: false,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(["owner_id", "currency"]).where("kind", "=", "customer").doNothing())
      .execute();
  }
  const byCurrency = new Map<string, string[]>();
  for (const p of unique) byCurrency.set(p.currency, [...(byCurrency.get(p.currency) ?? []), p.ownerId]);
  const rows = await executor
    .selectFrom("ledger_accounts")
    .select(ACCOUNT_COLUMNS)
    .where("kind", "=", "customer")
    // Grouped by currency, `owner_id in (…)` uses the (owner_id, currency) index whatever the
    // planner's statistics say; a row-value list can turn into a scan of every wallet.
    .where((eb) =>
      eb.or(
        [...byCurrency].map(([currency, owners]) =>
          eb.and([eb("currency", "=", currency), eb("owner_id", "in", owners)]),
        ),
      ),
    )
    .execute();
  return new Map(rows.map((r) => [walletKey(r.owner_id ?? "", r.currency), toAccount(r)]));
}

/** A platform account (fees, FX, provider clearing, suspense…) or one of its shards; may go negative. */
export async function platformAccount(
  executor: Executor,
  platform: Platform,
  code: string,
  currencyCode: string,
  shard = 0,
): Promise<LedgerAccount> {
  currencyOf(currencyCode);
  await executor
    .insertInto("ledger_accounts")
    .values({
      id: platform.ids.next("ledgerAccount"),
      kind: "platform",
      owner_id: null,
      code,
      shard,
      currency: currencyCode,
      allow_negative: true,
      created_at: platform.clock.now(),
    })
    .onConflict((oc) => oc.columns(["code", "currency", "shard"]).where("kind", "=", "platform").doNothing())
    .execute();
  const row = await executor
    .selectFrom("ledger_accounts")
    .select(ACCOUNT_COLUMNS)
    .where("kind", "=", "platform")
    .where("code", "=", code)
    .where("currency", "=", currencyCode)
    .where("shard", "=", shard)
    .executeTakeFirstOrThrow();
  return toAccount(row);
}

export async function findAccount(executor: Executor, id: string): Promise<LedgerAccount | undefined> {
  const row = await executor
    .selectFrom("ledger_accounts")
    .select(ACCOUNT_COLUMNS)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toAccount(row);
}

export async function walletsOf(executor: Executor, ownerId: string): Promise<LedgerAccount[]> {
  const rows = await executor
    .selectFrom("ledger_accounts")
    .select(ACCOUNT_COLUMNS)
    .where("kind", "=", "customer")
    .where("owner_id", "=", ownerId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toAccount);
}

/** Platform accounts summed over their shards, for the admin's view. */
export async function platformTotals(executor: Executor) {
  const rows = await executor
    .selectFrom("ledger_accounts")
    .select([
      "code",
      "currency",
      sql<string>`sum(posted)::text`.as("posted"),
      sql<string>`sum(held)::text`.as("held"),
      sql<string>`count(*)::text`.as("sub_accounts"),
    ])
    .where("kind", "=", "platform")
    .groupBy(["code", "currency"])
    .orderBy("code")
    .orderBy("currency")
    .execute();
  return rows.map((r) => ({
    code: r.code ?? "",
    currency: r.currency,
    posted: BigInt(r.posted),
    held: BigInt(r.held),
    subAccounts: Number(r.sub_accounts),
  }));
}

/**
 * Locks accounts for update in id order, the one order every writer uses, so concurrent
 * journals wait for one another instead of deadlocking.
 */
export async function lockAccounts(executor: Executor, ids: string[]): Promise<Map<string, AccountRow>> {
  const sorted = [...new Set(ids)].sort();
  // `in ()` is not SQL: nothing to lock is an empty answer, not a query.
  if (sorted.length === 0) return new Map();
  const rows = await executor
    .selectFrom("ledger_accounts")
    .select(ACCOUNT_COLUMNS)
    .where("id", "in", sorted)
    .orderBy("id")
    .forUpdate()
    .execute();
  if (rows.length !== sorted.length) throw new DomainError("not_found");
  return new Map(rows.map((r) => [r.id, r]));
}
