import { sql } from "kysely";
import { DomainError } from "../../platform/errors/domain-error.js";
import { currency as currencyOf } from "../../platform/money/money.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";

/**
 * The ledger: the only code that moves money. Double entry: every journal's postings sum to
 * zero per currency; balances are kept on the account rows inside the same transaction
 * (never recomputed on read); each account numbers its postings 1, 2, 3… without gaps.
 * Accounts are locked in id order, so concurrent journals never deadlock one another.
 */
export interface LedgerAccount {
  id: string;
  kind: "customer" | "platform";
  ownerId: string | null;
  code: string | null;
  currency: string;
  allowNegative: boolean;
  posted: bigint;
  held: bigint;
  available: bigint;
  seq: bigint;
}

export interface Posting {
  accountId: string;
  /** Positive credits the account, negative debits it. */
  amount: bigint;
}

export interface JournalInput {
  kind: string;
  postings: Posting[];
  memo?: Record<string, unknown>;
  reversesId?: string;
}

type AccountRow = {
  id: string;
  kind: "customer" | "platform";
  owner_id: string | null;
  code: string | null;
  currency: string;
  allow_negative: boolean;
  posted: bigint;
  held: bigint;
  seq: bigint;
};

function toAccount(row: AccountRow): LedgerAccount {
  return {
    id: row.id,
    kind: row.kind,
    ownerId: row.owner_id,
    code: row.code,
    currency: row.currency,
    allowNegative: row.allow_negative,
    posted: row.posted,
    held: row.held,
    available: row.posted - row.held,
    seq: row.seq,
  };
}

export class Ledger {
  constructor(private readonly platform: Platform) {}

  /** The customer's wallet in a currency, opened on first use. */
  async customerWallet(executor: Executor, userId: string, currencyCode: string): Promise<LedgerAccount> {
    currencyOf(currencyCode);
    await executor
      .insertInto("ledger_accounts")
      .values({
        id: this.platform.ids.next("ledgerAccount"),
        kind: "customer",
        owner_id: userId,
        code: null,
        currency: currencyCode,
        allow_negative: false,
        created_at: this.platform.clock.now(),
      })
      .onConflict((oc) => oc.columns(["owner_id", "currency"]).where("kind", "=", "customer").doNothing())
      .execute();
    const row = await executor
      .selectFrom("ledger_accounts")
      .selectAll()
      .where("kind", "=", "customer")
      .where("owner_id", "=", userId)
      .where("currency", "=", currencyCode)
      .executeTakeFirstOrThrow();
    return toAccount(row);
  }

  /** A platform account (fees, FX, provider clearing, suspense…), which may go negative. */
  async platformAccount(executor: Executor, code: string, currencyCode: string): Promise<LedgerAccount> {
    currencyOf(currencyCode);
    await executor
      .insertInto("ledger_accounts")
      .values({
        id: this.platform.ids.next("ledgerAccount"),
        kind: "platform",
        owner_id: null,
        code,
        currency: currencyCode,
        allow_negative: true,
        created_at: this.platform.clock.now(),
      })
      .onConflict((oc) => oc.columns(["code", "currency"]).where("kind", "=", "platform").doNothing())
      .execute();
    const row = await executor
      .selectFrom("ledger_accounts")
      .selectAll()
      .where("kind", "=", "platform")
      .where("code", "=", code)
      .where("currency", "=", currencyCode)
      .executeTakeFirstOrThrow();
    return toAccount(row);
  }

  async account(executor: Executor, id: string): Promise<LedgerAccount | undefined> {
    const row = await executor
      .selectFrom("ledger_accounts")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row && toAccount(row);
  }

  private async lock(executor: Executor, ids: string[]): Promise<Map<string, AccountRow>> {
    const sorted = [...new Set(ids)].sort();
    const rows = await executor
      .selectFrom("ledger_accounts")
      .selectAll()
      .where("id", "in", sorted)
      .orderBy("id")
      .forUpdate()
      .execute();
    if (rows.length !== sorted.length) throw new DomainError("not_found");
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Posts a journal inside the caller's transaction; throws insufficient_funds and leaves nothing behind. */
  async post(executor: Executor, input: JournalInput): Promise<string> {
    if (input.postings.length < 2 || input.postings.some((p) => p.amount === 0n))
      throw new DomainError("ledger_unbalanced");
    const accounts = await this.lock(
      executor,
      input.postings.map((p) => p.accountId),
    );
    const sums = new Map<string, bigint>();
    const deltas = new Map<string, bigint>();
    for (const p of input.postings) {
      const account = accounts.get(p.accountId);
      if (!account) throw new DomainError("not_found");
      sums.set(account.currency, (sums.get(account.currency) ?? 0n) + p.amount);
      deltas.set(p.accountId, (deltas.get(p.accountId) ?? 0n) + p.amount);
    }
    if ([...sums.values()].some((s) => s !== 0n)) throw new DomainError("ledger_unbalanced");
    for (const [id, delta] of deltas) {
      const a = accounts.get(id);
      if (a && !a.allow_negative && a.posted + delta - a.held < 0n)
        throw new DomainError("insufficient_funds");
    }

    const now = this.platform.clock.now();
    const journalId = this.platform.ids.next("journal");
    await executor
      .insertInto("ledger_journals")
      .values({
        id: journalId,
        kind: input.kind,
        reverses_id: input.reversesId ?? null,
        memo: JSON.stringify(input.memo ?? {}) as never,
        created_at: now,
      })
      .execute();
    const rows = [];
    for (const p of input.postings) {
      const a = accounts.get(p.accountId) as AccountRow;
      a.posted += p.amount;
      a.seq += 1n;
      rows.push({
        journal_id: journalId,
        account_id: a.id,
        seq: a.seq,
        amount: p.amount,
        currency: a.currency,
        posted_after: a.posted,
        created_at: now,
      });
    }
    await executor.insertInto("ledger_postings").values(rows).execute();
    for (const id of deltas.keys()) {
      const a = accounts.get(id) as AccountRow;
      await executor
        .updateTable("ledger_accounts")
        .set({ posted: a.posted, seq: a.seq })
        .where("id", "=", id)
        .execute();
    }
    return journalId;
  }

  /** A correction: the same postings negated, pointing at the original; at most one per journal. */
  async reverse(executor: Executor, journalId: string, kind = "reversal"): Promise<string> {
    const postings = await executor
      .selectFrom("ledger_postings")
      .select(["account_id", "amount"])
      .where("journal_id", "=", journalId)
      .execute();
    if (postings.length === 0) throw new DomainError("not_found");
    const already = await executor
      .selectFrom("ledger_journals")
      .select("id")
      .where("reverses_id", "=", journalId)
      .executeTakeFirst();
    if (already) throw new DomainError("hold_not_active");
    return this.post(executor, {
      kind,
      reversesId: journalId,
      postings: postings.map((p) => ({ accountId: p.account_id, amount: -p.amount })),
    });
  }

  /** Reserves money on an account: available drops now, posted only when the hold is posted. */
  async hold(
    executor: Executor,
    input: { accountId: string; amount: bigint; expiresAt?: Date; memo?: Record<string, unknown> },
  ): Promise<string> {
    if (input.amount <= 0n) throw new DomainError("amount_must_be_positive");
    const accounts = await this.lock(executor, [input.accountId]);
    const a = accounts.get(input.accountId) as AccountRow;
    if (!a.allow_negative && a.posted - a.held - input.amount < 0n)
      throw new DomainError("insufficient_funds");
    const id = this.platform.ids.next("hold");
    await executor
      .updateTable("ledger_accounts")
      .set({ held: a.held + input.amount })
      .where("id", "=", a.id)
      .execute();
    await executor
      .insertInto("ledger_holds")
      .values({
        id,
        account_id: a.id,
        amount: input.amount,
        remaining: input.amount,
        status: "active",
        expires_at: input.expiresAt ?? null,
        memo: JSON.stringify(input.memo ?? {}) as never,
        created_at: this.platform.clock.now(),
        closed_at: null,
      })
      .execute();
    return id;
  }

  /**
   * Closes a hold and releases what it still reserves. Locks go accounts first (in id order),
   * then the hold row, the same order as everywhere else, so no two journals deadlock.
   */
  private async closeHold(
    executor: Executor,
    holdId: string,
    status: "posted" | "voided" | "expired",
    alsoLock: string[] = [],
  ) {
    const peek = await executor
      .selectFrom("ledger_holds")
      .select("account_id")
      .where("id", "=", holdId)
      .executeTakeFirst();
    if (!peek) throw new DomainError("not_found");
    await this.lock(executor, [peek.account_id, ...alsoLock]);
    const hold = await executor
      .selectFrom("ledger_holds")
      .selectAll()
      .where("id", "=", holdId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (hold.status !== "active") throw new DomainError("hold_not_active");
    await executor
      .updateTable("ledger_accounts")
      .set({ held: sql`held - ${hold.remaining}` })
      .where("id", "=", hold.account_id)
      .execute();
    await executor
      .updateTable("ledger_holds")
      .set({ status, remaining: 0n, closed_at: this.platform.clock.now() })
      .where("id", "=", holdId)
      .execute();
    return hold;
  }

  /**
   * Posts a hold, in full or in part, to the given counter-postings (which must add up to the
   * amount); whatever is not posted is released.
   */
  async postHold(
    executor: Executor,
    holdId: string,
    input: { amount?: bigint; to: Posting[]; kind: string; memo?: Record<string, unknown> },
  ): Promise<string> {
    const hold = await this.closeHold(
      executor,
      holdId,
      "posted",
      input.to.map((p) => p.accountId),
    );
    const amount = input.amount ?? hold.remaining;
    if (amount <= 0n || amount > hold.remaining)
      throw new DomainError("invalid_amount", { amount: String(amount) });
    return this.post(executor, {
      kind: input.kind,
      ...(input.memo ? { memo: input.memo } : {}),
      postings: [{ accountId: hold.account_id, amount: -amount }, ...input.to],
    });
  }

  async voidHold(executor: Executor, holdId: string): Promise<void> {
    await this.closeHold(executor, holdId, "voided");
  }

  /** Releases holds whose time is up; returns how many. */
  async expireHolds(): Promise<number> {
    const due = await this.platform.db
      .selectFrom("ledger_holds")
      .select("id")
      .where("status", "=", "active")
      .where("expires_at", "<=", this.platform.clock.now())
      .execute();
    let expired = 0;
    for (const { id } of due) {
      try {
        await this.platform.db.transaction().execute((trx) => this.closeHold(trx, id, "expired"));
        expired++;
      } catch (error) {
        if (!(error instanceof DomainError && error.code === "hold_not_active")) throw error;
      }
    }
    return expired;
  }

  /** The posted balance as it stood at a moment, from the account's history. */
  async postedAt(executor: Executor, accountId: string, at: Date): Promise<bigint> {
    const row = await executor
      .selectFrom("ledger_postings")
      .select("posted_after")
      .where("account_id", "=", accountId)
      .where("created_at", "<=", at)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    return row?.posted_after ?? 0n;
  }

  /** Per currency, the sum of every account's posted balance: always zero. */
  async trialBalance(executor: Executor): Promise<Record<string, bigint>> {
    const rows = await executor
      .selectFrom("ledger_accounts")
      .select(["currency", sql<bigint>`coalesce(sum(posted), 0)::bigint`.as("total")])
      .groupBy("currency")
      .execute();
    return Object.fromEntries(rows.map((r) => [r.currency, BigInt(r.total)]));
  }
}
