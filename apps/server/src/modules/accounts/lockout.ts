import { sql } from "kysely";
import type { SecuritySettings } from "../../config.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/**
 * Consecutive-failure lockout. Each attempt first claims a slot atomically, so however many
 * requests arrive at once, at most `lockoutThreshold` passwords are tried before the lock:
 * 50 parallel guesses get 5 tries, not 50. Locks last `lockoutMinutes`, doubling with each
 * further lockout within 24 hours; the `hardLockAfter`-th within 24 hours is permanent
 * until support lifts it.
 *
 * Keys are `user:<id>` for real accounts and `login:<hash>` for logins that match none, so
 * an attacker sees the same behaviour either way and learns nothing about who exists.
 */
export type Claim = { allowed: true } | { allowed: false; lockedUntil: Date | null };

export interface FailureOutcome {
  /** This failure started a lock. */
  locked: boolean;
  hard: boolean;
  lockedUntil: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class Lockout {
  constructor(private readonly settings: SecuritySettings) {}

  async claim(executor: Executor, key: string, now: Date): Promise<Claim> {
    await executor
      .insertInto("login_locks")
      .values({ key, failed_count: 0, lockouts: "[]", updated_at: now })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    const threshold = this.settings.lockoutThreshold;
    const expired = sql<boolean>`(locked_until is not null and locked_until <= ${now})`;
    const claimed = await executor
      .updateTable("login_locks")
      .set({
        // A lock that has run out starts a fresh count.
        failed_count: sql`case when ${expired} then 1 else failed_count + 1 end`,
        locked_until: sql`case when ${expired} then null else locked_until end`,
        updated_at: now,
      })
      .where("key", "=", key)
      .where("hard_locked_at", "is", null)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
      .where((eb) => eb.or([eb("failed_count", "<", threshold), eb("locked_until", "<=", now)]))
      .returning("failed_count")
      .executeTakeFirst();
    if (claimed) return { allowed: true };

    const state = await executor
      .selectFrom("login_locks")
      .selectAll()
      .where("key", "=", key)
      .executeTakeFirstOrThrow();
    if (state.hard_locked_at) return { allowed: false, lockedUntil: null };
    // Every slot is taken by attempts still in flight: answer as the coming lock will.
    return {
      allowed: false,
      lockedUntil:
        state.locked_until ??
        new Date(now.getTime() + this.lockMinutes(this.recent(state.lockouts, now)) * 60_000),
    };
  }

  /** After a wrong password or code: locks once the claimed slots are used up. */
  async recordFailure(executor: Executor, key: string, now: Date): Promise<FailureOutcome> {
    const state = await executor
      .selectFrom("login_locks")
      .selectAll()
      .where("key", "=", key)
      .forUpdate()
      .executeTakeFirst();
    const unlocked = !state?.hard_locked_at && (!state?.locked_until || state.locked_until <= now);
    if (!state || !unlocked || state.failed_count < this.settings.lockoutThreshold) {
      return { locked: false, hard: false, lockedUntil: null };
    }
    const previous = this.recent(state.lockouts, now);
    const lockouts = [...previous.map((d) => d.toISOString()), now.toISOString()];
    const hard = lockouts.length >= this.settings.hardLockAfter;
    const lockedUntil = hard ? null : new Date(now.getTime() + this.lockMinutes(previous) * 60_000);
    await executor
      .updateTable("login_locks")
      .set({
        locked_until: lockedUntil,
        hard_locked_at: hard ? now : null,
        lockouts: JSON.stringify(lockouts),
        updated_at: now,
      })
      .where("key", "=", key)
      .execute();
    return { locked: true, hard, lockedUntil };
  }

  /** Gives back a claimed slot without clearing earlier failures. */
  async releaseClaim(executor: Executor, key: string): Promise<void> {
    await executor
      .updateTable("login_locks")
      .set({ failed_count: sql`greatest(failed_count - 1, 0)` })
      .where("key", "=", key)
      .where("locked_until", "is", null)
      .execute();
  }

  async recordSuccess(executor: Executor, key: string, now: Date): Promise<void> {
    await executor
      .updateTable("login_locks")
      .set({ failed_count: 0, updated_at: now })
      .where("key", "=", key)
      .execute();
  }

  /** Lifts a lock: a temporary one by the user's unlock link, a hard one only by staff. */
  async unlock(executor: Executor, key: string, now: Date, options: { hard: boolean }): Promise<boolean> {
    let query = executor
      .updateTable("login_locks")
      .set({
        failed_count: 0,
        locked_until: null,
        updated_at: now,
        ...(options.hard ? { hard_locked_at: null, lockouts: "[]" } : {}),
      })
      .where("key", "=", key);
    if (!options.hard) query = query.where("hard_locked_at", "is", null);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Locks for good until staff unlock: for an account that looks taken over. */
  async hardLock(executor: Executor, key: string, now: Date): Promise<void> {
    await executor
      .insertInto("login_locks")
      .values({ key, failed_count: 0, lockouts: "[]", hard_locked_at: now, updated_at: now })
      .onConflict((oc) => oc.column("key").doUpdateSet({ hard_locked_at: now, updated_at: now }))
      .execute();
  }

  async state(
    executor: Executor,
    key: string,
    now: Date,
  ): Promise<{ locked: boolean; hard: boolean; lockedUntil: Date | null }> {
    const row = await executor
      .selectFrom("login_locks")
      .selectAll()
      .where("key", "=", key)
      .executeTakeFirst();
    if (row?.hard_locked_at) return { locked: true, hard: true, lockedUntil: null };
    if (row?.locked_until && row.locked_until > now)
      return { locked: true, hard: false, lockedUntil: row.locked_until };
    return { locked: false, hard: false, lockedUntil: null };
  }

  private recent(lockouts: string[] | string, now: Date): Date[] {
    const list: string[] = typeof lockouts === "string" ? (JSON.parse(lockouts) as string[]) : lockouts;
    return list.map((s) => new Date(s)).filter((d) => now.getTime() - d.getTime() < DAY_MS);
  }

  private lockMinutes(previousLockouts: Date[]): number {
    return this.settings.lockoutMinutes * 2 ** previousLockouts.length;
  }
}
