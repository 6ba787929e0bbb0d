import { sql } from "kysely";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import {
  customerWallets,
  findAccount,
  lockAccounts,
  platformAccount,
  platformTotals,
  walletKey,
  walletsOf,
} from "./accounts-repository.js";
import { postJournals } from "./post-journals.js";
import type { AccountRow, JournalInput, JournalOutcome, LedgerAccount, Posting } from "./types.js";

export { walletKey } from "./accounts-repository.js";
export type { JournalInput, JournalOutcome, LedgerAccount, Posting } from "./types.js";

/** Accounts locked for the caller's transaction; `available` is null where it may go negative. */
export interface LockedAccounts {
  rows: Map<string, AccountRow>;
  available: Map<string, bigint | null>;
}

/**
 * The ledger: the only code that moves money. Double entry: every journal's postings sum to
 * zero per currency; balances are kept on the account rows inside the same transaction
 * (never recomputed on read); each account numbers its postings 1, 2, 3… without gaps.
 * Accounts are locked in id order, so concurrent journals never deadlock one another.
 */
export class Ledger {
  constructor(private readonly platform: Platform) {}

  /** The customer's wallet in a currency, opened on first use. */
  async customerWallet(executor: Executor, userId: string, currencyCode: string): Promise<LedgerAccount> {
    const found = await customerWallets(
      executor,
      this.platform,
      [{ ownerId: userId, currency: currencyCode }],
      true,
    );
    return found.get(walletKey(userId, currencyCode)) as LedgerAccount;
  }

  /** Wallets for many (owner, currency) pairs at once, keyed by `walletKey`; `open` opens missing ones. */
  customerWallets(executor: Executor, pairs: { ownerId: string; currency: string }[], open: boolean) {
    return customerWallets(executor, this.platform, pairs, open);
  }

  /** Every wallet a customer holds, oldest first. */
  walletsOf(executor: Executor, ownerId: string): Promise<LedgerAccount[]> {
    return walletsOf(executor, ownerId);
  }

  /**
   * A platform account (fees, FX, provider clearing, suspense…), which may go negative. Hot
   * ones are spread over shards: each shard is its own row, so writers that pick different
   * shards do not wait for one another; their sum is the account's balance.
   */
  platformAccount(executor: Executor, code: string, currencyCode: string, shard = 0): Promise<LedgerAccount> {
    return platformAccount(executor, this.platform, code, currencyCode, shard);
  }

  /** Platform accounts summed over their shards. */
  platformTotals(executor: Executor) {
    return platformTotals(executor);
  }

  account(executor: Executor, id: string): Promise<LedgerAccount | undefined> {
    return findAccount(executor, id);
  }

  /** Posts many journals at once; each one posts or is refused on its own (see post-journals.ts). */
  postMany(
    executor: Executor,
    journals: JournalInput[],
    at?: Date,
    locked?: LockedAccounts,
  ): Promise<JournalOutcome[]> {
    return postJournals(executor, this.platform, journals, at, locked?.rows);
  }

  /**
   * Locks accounts (in id order) for the rest of the caller's transaction and tells what each
   * has available, for a caller that must decide in memory before posting (a transfer batch
   * checks balances before limits). Pass the result to postMany to skip locking twice.
   */
  async lock(executor: Executor, ids: string[]): Promise<LockedAccounts> {
    const rows = await lockAccounts(executor, ids);
    return {
      rows,
      available: new Map([...rows].map(([id, r]) => [id, r.allow_negative ? null : r.posted - r.held])),
    };
  }

  /** Posts a journal inside the caller's transaction; throws insufficient_funds and leaves nothing behind. */
  async post(executor: Executor, input: JournalInput): Promise<string> {
    const [outcome] = await postJournals(executor, this.platform, [input]);
    if (!outcome?.ok) throw new DomainError("insufficient_funds");
    return outcome.journalId;
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
    if (already) throw new DomainError("already_reversed");
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
    const accounts = await lockAccounts(executor, [input.accountId]);
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
    /** Checks on the locked hold before anything changes (a refusal leaves it as it was). */
    check: (hold: { remaining: bigint; expires_at: Date | null }) => void = () => {},
  ) {
    const peek = await executor
      .selectFrom("ledger_holds")
      .select("account_id")
      .where("id", "=", holdId)
      .executeTakeFirst();
    if (!peek) throw new DomainError("not_found");
    await lockAccounts(executor, [peek.account_id, ...alsoLock]);
    const hold = await executor
      .selectFrom("ledger_holds")
      .selectAll()
      .where("id", "=", holdId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (hold.status !== "active") throw new DomainError("hold_not_active");
    check(hold);
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
    const now = this.platform.clock.now();
    const hold = await this.closeHold(
      executor,
      holdId,
      "posted",
      input.to.map((p) => p.accountId),
      (locked) => {
        // An expired hold is released money, even if the expiry job has not run yet.
        if (locked.expires_at && locked.expires_at <= now) throw new DomainError("hold_not_active");
        const wanted = input.amount ?? locked.remaining;
        if (wanted <= 0n || wanted > locked.remaining)
          throw new DomainError("invalid_amount", { amount: String(wanted) });
      },
    );
    const amount = input.amount ?? hold.remaining;
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

  /** An account's posted balance right after a journal touched it. */
  async postedAfter(executor: Executor, journalId: string, accountId: string): Promise<bigint | undefined> {
    const row = await executor
      .selectFrom("ledger_postings")
      .select("posted_after")
      .where("journal_id", "=", journalId)
      .where("account_id", "=", accountId)
      .orderBy("seq", "desc")
      .executeTakeFirst();
    return row?.posted_after;
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

  /** Per currency, the sum of every account's posted balance (always zero) and how many accounts. */
  async trialBalanceDetail(
    executor: Executor,
  ): Promise<{ currency: string; total: bigint; accounts: number }[]> {
    const rows = await executor
      .selectFrom("ledger_accounts")
      .select([
        "currency",
        sql<string>`coalesce(sum(posted), 0)::text`.as("total"),
        sql<string>`count(*)::text`.as("accounts"),
      ])
      .groupBy("currency")
      .orderBy("currency")
      .execute();
    return rows.map((r) => ({ currency: r.currency, total: BigInt(r.total), accounts: Number(r.accounts) }));
  }

  /** Per currency, the sum of every account's posted balance: always zero. */
  async trialBalance(executor: Executor): Promise<Record<string, bigint>> {
    const rows = await this.trialBalanceDetail(executor);
    return Object.fromEntries(rows.map((r) => [r.currency, r.total]));
  }
}
