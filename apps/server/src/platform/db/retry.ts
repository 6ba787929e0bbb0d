import type { Kysely, Transaction } from "kysely";

/** PostgreSQL's codes for "try the whole transaction again": deadlock and serialization failure. */
const RETRYABLE = new Set(["40P01", "40001"]);

export function isRetryable(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && RETRYABLE.has(String((error as { code?: unknown }).code))
  );
}

/**
 * Runs `fn` in a transaction and runs it again when PostgreSQL aborted it to break a
 * deadlock or a serialization conflict. `fn` must do nothing outside the transaction that
 * cannot be repeated.
 */
export async function transactionWithRetry<DB, T>(
  db: Kysely<DB>,
  fn: (trx: Transaction<DB>) => Promise<T>,
  attempts = 4,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(fn);
    } catch (error) {
      if (!isRetryable(error) || attempt >= attempts) throw error;
      // A short random pause so the two transactions do not collide the same way again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
