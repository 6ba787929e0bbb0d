import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Clock } from "../clock.js";
import { transactionWithRetry } from "../db/retry.js";
import type { DB } from "../db/schema.js";
import { DomainError } from "../errors/domain-error.js";

export interface StoredResponse {
  status: number;
  body: unknown;
}

export const IDEMPOTENCY_KEEP_MS = 24 * 3_600_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** A stable hash of what was asked, so the same key with a different body is caught. */
export function requestHash(method: string, path: string, body: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.keys(value as Record<string, unknown>)
          .sort()
          .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
      );
    }
    return value;
  };
  return createHash("sha256")
    .update(`${method} ${path} ${JSON.stringify(canonical(body ?? null))}`)
    .digest("hex");
}

export function validIdempotencyKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/**
 * Idempotency-Key for money-moving requests. The key row is inserted in the same transaction
 * as the money movement and completed with its answer before commit, so:
 * - a retry after success replays the first answer, and never moves money twice;
 * - a concurrent request with the same key waits on the first one's row (PostgreSQL's unique
 *   index makes it wait) and then replays its answer;
 * - a request that failed left nothing behind, so its retry runs afresh;
 * - the same key with a different request is `409 idempotency_key_reused`.
 * Keys are kept 24 hours.
 */
export class Idempotency {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {}

  async run(
    input: { scope: string; key: string | undefined; hash: string },
    work: (trx: Transaction<DB>) => Promise<StoredResponse>,
  ): Promise<StoredResponse & { replayed: boolean }> {
    if (input.key === undefined) {
      return { ...(await transactionWithRetry(this.db, work)), replayed: false };
    }
    const key = input.key;
    if (!validIdempotencyKey(key)) {
      throw new DomainError("validation_failed", {}, [
        {
          in: "headers",
          path: "/idempotency-key",
          code: "invalid_format",
          message: "1 to 255 printable ASCII characters",
        },
      ]);
    }
    return transactionWithRetry(this.db, async (trx) => {
      const now = this.clock.now();
      await trx
        .deleteFrom("idempotency_keys")
        .where("scope", "=", input.scope)
        .where("key", "=", key)
        .where("expires_at", "<=", now)
        .execute();
      const claimed = await trx
        .insertInto("idempotency_keys")
        .values({
          scope: input.scope,
          key,
          request_hash: input.hash,
          response_status: 0,
          response_body: "null",
          created_at: now,
          expires_at: new Date(now.getTime() + IDEMPOTENCY_KEEP_MS),
        })
        .onConflict((oc) => oc.columns(["scope", "key"]).doNothing())
        .returning("key")
        .executeTakeFirst();
      if (!claimed) {
        const first = await trx
          .selectFrom("idempotency_keys")
          .selectAll()
          .where("scope", "=", input.scope)
          .where("key", "=", key)
          .executeTakeFirstOrThrow();
        if (first.request_hash !== input.hash) throw new DomainError("idempotency_key_reused");
        return { status: first.response_status, body: first.response_body, replayed: true };
      }
      const response = await work(trx);
      await trx
        .updateTable("idempotency_keys")
        .set({ response_status: response.status, response_body: JSON.stringify(response.body) })
        .where("scope", "=", input.scope)
        .where("key", "=", key)
        .execute();
      return { ...response, replayed: false };
    });
  }

  /**
   * The answer already given to a key, read before any other work: a retry must replay what
   * happened even when re-checking the request would now come out differently (the
   * recipient changed their email since). Undefined when the key is new or still in flight.
   */
  async peek(
    scope: string,
    key: string,
    hash: string,
  ): Promise<(StoredResponse & { replayed: true }) | undefined> {
    const row = await this.db
      .selectFrom("idempotency_keys")
      .select(["request_hash", "response_status", "response_body"])
      .where("scope", "=", scope)
      .where("key", "=", key)
      .where("expires_at", ">", this.clock.now())
      .where("response_status", ">", 0)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.request_hash !== hash) throw new DomainError("idempotency_key_reused");
    return { status: row.response_status, body: row.response_body, replayed: true };
  }

  /** Forgets keys older than 24 hours; returns how many. */
  async purgeExpired(): Promise<number> {
    const result = await this.db
      .deleteFrom("idempotency_keys")
      .where("expires_at", "<=", this.clock.now())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
