import { afterAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "../../seed/demo.js";
import {
  checkAcknowledged,
  checkBalances,
  checkBooks,
  checkExactlyOnce,
  checkTrialBalance,
} from "../../test/crash-checks.js";
import {
  cleanUpCrashRuns,
  loadAndKill,
  login,
  type Outcome,
  outcomeOf,
  postTransfer,
  prepareStore,
  setUpCustomers,
  startChild,
  stop,
} from "../../test/crash-harness.js";
import { testDatabaseKind } from "../../test/test-db.js";

/**
 * The crash test: the real server runs as a child process on a database that outlives it
 * (a PostgreSQL schema of its own, or PGlite in a temporary data directory), sixteen
 * clients send transfers, and the child is killed with SIGKILL in the middle of it. After a
 * restart on the same database no acknowledged transfer is lost, every request whose answer
 * was lost is executed exactly once when retried with its Idempotency-Key, and the books
 * still balance to the last posting.
 *
 * The child process, the customers and the load are in test/crash-harness.ts; the
 * invariants checked afterwards, through the API and in SQL, in test/crash-checks.ts.
 */

const CUSTOMERS = 6;
/**
 * Load, SIGKILL, restart. Twice on PostgreSQL, so a restart also recovers from a crash that
 * followed a crash; once on PGlite, whose every start costs several seconds more (initdb
 * on the first, WASM start and recovery on each).
 */
const CRASHES = testDatabaseKind === "postgres" ? 2 : 1;
const ADMIN = DEMO_LOGINS.find((login) => login.role === "admin");

afterAll(cleanUpCrashRuns);

describe(`a SIGKILL of the server under load (${testDatabaseKind})`, () => {
  it("loses no acknowledged transfer and keeps every invariant after a restart", async () => {
    if (!ADMIN) throw new Error("no demo admin");
    const started = Date.now();
    const store = await prepareStore();
    let child = await startChild(store.env);
    const firstStartMs = Date.now() - started;

    // Customers with USD and EUR wallets, funded by the demo admin through the ledger.
    const adminToken = await login(child.base, ADMIN.email, ADMIN.password);
    const customers = await setUpCustomers(child.base, adminToken, CUSTOMERS);

    const setupMs = Date.now() - started - firstStartMs;
    // Every key ever sent, with its final answer.
    const finals = new Map<string, Outcome>();
    const rounds: { acknowledged: number; lost: number; replayed: number; killedAfterMs: number }[] = [];
    const restartMs: number[] = [];

    for (let round = 0; round < CRASHES; round++) {
      const { outcomes, lost, unexpected, killedAfterMs } = await loadAndKill(child, customers, round);
      expect(unexpected, "answers other than 201 and insufficient_funds").toEqual([]);
      expect(outcomes.filter((o) => o.status === "completed").length).toBeGreaterThan(0);
      // The clients never pause: each had a request in flight when the server died.
      expect(lost.length).toBeGreaterThan(0);
      for (const o of outcomes) finals.set(o.sent.key, o);

      const restarting = Date.now();
      child = await startChild(store.env);
      restartMs.push(Date.now() - restarting);

      // Every acknowledged transfer is there, completed, as it was answered.
      await checkAcknowledged(child.base, outcomes);

      // A request whose answer was lost, retried with its key: the committed answer is
      // replayed, or the transfer runs now; a second retry always replays that answer.
      let replayed = 0;
      await Promise.all(
        lost.map(async (sent) => {
          const first = await postTransfer(child.base, sent);
          const outcome = outcomeOf(sent, first);
          if (!outcome)
            throw new Error(`retry of ${sent.key}: ${first.status} ${JSON.stringify(first.body)}`);
          if (first.headers.get("idempotency-replayed") === "true") replayed += 1;
          finals.set(sent.key, outcome);
          const again = await postTransfer(child.base, sent);
          expect(again.status).toBe(first.status);
          expect(again.headers.get("idempotency-replayed")).toBe("true");
          expect(outcomeOf(sent, again)).toEqual(outcome);
        }),
      );
      rounds.push({ acknowledged: outcomes.length, lost: lost.length, replayed, killedAfterMs });
    }

    const verifying = Date.now();
    // Each key was executed exactly once, and the balances are the client's own arithmetic
    // over the answers it holds.
    await checkExactlyOnce(child.base, customers, finals);
    await checkBalances(child.base, customers, finals);
    // The operator's trial balance.
    await checkTrialBalance(child.base, adminToken);

    // A clean stop, then the books straight from the database.
    const apiChecksMs = Date.now() - verifying;
    const stopping = Date.now();
    await stop(child);
    const db = await store.open();
    try {
      await checkBooks(db);
    } finally {
      await db.close();
    }

    console.info(
      `crash test on ${testDatabaseKind}: first start ${firstStartMs} ms, setup ${setupMs} ms, ` +
        `restarts ${restartMs.join(", ")} ms, final checks ${apiChecksMs} ms (API) + ` +
        `${Date.now() - stopping} ms (stop, SQL); ` +
        rounds
          .map(
            (r, i) =>
              `round ${i + 1}: killed after ${r.killedAfterMs} ms, ${r.acknowledged} answered, ` +
              `${r.lost} lost and retried (${r.replayed} replayed)`,
          )
          .join("; ") +
        `; ${Date.now() - started} ms in all`,
    );
  }, 240_000);
});
