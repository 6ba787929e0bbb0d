import type { Selectable } from "kysely";
import type { OneTimeTokensTable } from "../../platform/db/schema.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";

/**
 * Single-use secrets sent to people: email links, SMS codes, the pending second step of a
 * login. Only a hash is stored; each has a purpose, an expiry and a try counter; using one
 * is atomic, so a link clicked twice at once works once.
 */
export type TokenPurpose =
  | "verify_email"
  | "change_email"
  | "verify_phone"
  | "reset_password"
  | "reset_password_sms"
  | "reset_mfa_sms"
  | "reauth_sms"
  | "unlock"
  | "mfa_login";

export type TokenRow = Selectable<OneTimeTokensTable>;

export class OneTimeTokens {
  constructor(private readonly platform: Platform) {}

  /** Issues a token; older open tokens of the same purpose for the user are voided. */
  async issue(
    executor: Executor,
    input: {
      userId: string;
      purpose: TokenPurpose;
      secretHash: string;
      ttlMs: number;
      data?: Record<string, unknown>;
    },
  ): Promise<string> {
    const now = this.platform.clock.now();
    await this.voidAll(executor, input.userId, input.purpose);
    const id = this.platform.ids.next("token");
    await executor
      .insertInto("one_time_tokens")
      .values({
        id,
        user_id: input.userId,
        purpose: input.purpose,
        secret_hash: input.secretHash,
        data: JSON.stringify(input.data ?? {}) as never,
        created_at: now,
        expires_at: new Date(now.getTime() + input.ttlMs),
        used_at: null,
        voided_at: null,
      })
      .execute();
    return id;
  }

  /** The open token with this hash, if it has not expired. */
  async findOpen(
    executor: Executor,
    purpose: TokenPurpose,
    secretHash: string,
  ): Promise<TokenRow | undefined> {
    return executor
      .selectFrom("one_time_tokens")
      .selectAll()
      .where("purpose", "=", purpose)
      .where("secret_hash", "=", secretHash)
      .where("used_at", "is", null)
      .where("voided_at", "is", null)
      .where("expires_at", ">", this.platform.clock.now())
      .executeTakeFirst();
  }

  /** The user's newest open token of a purpose (SMS codes are looked up this way). */
  async latestOpen(executor: Executor, userId: string, purpose: TokenPurpose): Promise<TokenRow | undefined> {
    return executor
      .selectFrom("one_time_tokens")
      .selectAll()
      .where("user_id", "=", userId)
      .where("purpose", "=", purpose)
      .where("used_at", "is", null)
      .where("voided_at", "is", null)
      .where("expires_at", ">", this.platform.clock.now())
      .orderBy("created_at", "desc")
      .executeTakeFirst();
  }

  /** Marks the token used; false when someone else used it first. */
  async consume(executor: Executor, id: string): Promise<boolean> {
    const result = await executor
      .updateTable("one_time_tokens")
      .set({ used_at: this.platform.clock.now() })
      .where("id", "=", id)
      .where("used_at", "is", null)
      .where("voided_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Takes one try before the guess is compared, so parallel guesses cannot exceed `max`.
   * False when the tries are used up (the token is then void).
   */
  async claimAttempt(executor: Executor, id: string, max: number): Promise<boolean> {
    const row = await executor
      .updateTable("one_time_tokens")
      .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
      .where("id", "=", id)
      .where("attempts", "<", max)
      .where("voided_at", "is", null)
      .returning("attempts")
      .executeTakeFirst();
    if (row) return true;
    await executor
      .updateTable("one_time_tokens")
      .set({ voided_at: this.platform.clock.now() })
      .where("id", "=", id)
      .execute();
    return false;
  }

  async setData(executor: Executor, id: string, data: Record<string, unknown>): Promise<void> {
    await executor
      .updateTable("one_time_tokens")
      .set({ data: JSON.stringify(data) as never })
      .where("id", "=", id)
      .execute();
  }

  async voidAll(executor: Executor, userId: string, purpose: TokenPurpose): Promise<void> {
    await executor
      .updateTable("one_time_tokens")
      .set({ voided_at: this.platform.clock.now() })
      .where("user_id", "=", userId)
      .where("purpose", "=", purpose)
      .where("used_at", "is", null)
      .where("voided_at", "is", null)
      .execute();
  }
}
