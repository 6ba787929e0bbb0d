import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { type RawBuilder, sql } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../platform/db/database.js";
import { formatAmount, parseAmount } from "../../platform/money/money.js";
import { DEMO_LOGINS } from "../../seed/demo.js";
import { STRONG_PASSWORD } from "../../test/accounts-helpers.js";
import { TEST_POSTGRES_URL, testDatabaseKind } from "../../test/test-db.js";

/**
 * The crash test: the real server runs as a child process on a database that outlives it
 * (a PostgreSQL schema of its own, or PGlite in a temporary data directory), sixteen
 * clients send transfers, and the child is killed with SIGKILL in the middle of it. After a
 * restart on the same database no acknowledged transfer is lost, every request whose answer
 * was lost is executed exactly once when retried with its Idempotency-Key, and the books
 * still balance to the last posting.
 *
 * The child is TypeScript (no build runs before the tests), so it is started with
 * vite-node, which vitest itself depends on; see test/crash-child.ts.
 */

const CLIENTS = 16;
const CUSTOMERS = 6;
const CURRENCIES = ["USD", "EUR"] as const;
const FUNDING = "1000.00";
/**
 * Load, SIGKILL, restart. Twice on PostgreSQL, so a restart also recovers from a crash that
 * followed a crash; once on PGlite, whose every start costs several seconds more (initdb
 * on the first, WASM start and recovery on each).
 */
const CRASHES = testDatabaseKind === "postgres" ? 2 : 1;
const MAX_REQUESTS_PER_CLIENT = 5_000;

const require = createRequire(import.meta.url);
const VITE_NODE = require.resolve("vite-node/vite-node.mjs");
const CHILD = fileURLToPath(new URL("../../test/crash-child.ts", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const ADMIN = DEMO_LOGINS.find((login) => login.role === "admin");

// ---------------------------------------------------------------------------------------
// The child process

interface Child {
  proc: ChildProcess;
  base: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  for (const proc of children) {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
  }
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function startChild(env: NodeJS.ProcessEnv): Promise<Child> {
  const proc = spawn(process.execPath, [VITE_NODE, CHILD], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(proc);
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    proc.once("exit", (code, signal) => {
      children.delete(proc);
      resolve({ code, signal });
    });
  });
  proc.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    output += chunk;
  });
  return new Promise<Child>((resolve, reject) => {
    let pending = "";
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      reject(new Error(`the server did not start within 90 s:\n${output}`));
    }, 90_000);
    proc.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (!line.startsWith('{"ready":true')) continue;
        clearTimeout(timer);
        const ready = JSON.parse(line) as { port: number; pid: number };
        // vite-node runs the script in its own process: the pid we kill is the server's.
        if (ready.pid !== proc.pid) reject(new Error(`server pid ${ready.pid} is not the child ${proc.pid}`));
        resolve({ proc, base: `http://127.0.0.1:${ready.port}`, exited, output: () => output });
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited before it was ready (${code ?? signal}):\n${output}`));
    });
  });
}

async function kill(child: Child): Promise<void> {
  child.proc.kill("SIGKILL");
  const { signal } = await child.exited;
  expect(signal).toBe("SIGKILL");
}

async function stop(child: Child): Promise<void> {
  child.proc.kill("SIGTERM");
  const { code } = await child.exited;
  expect(code, child.output()).toBe(0);
}

// ---------------------------------------------------------------------------------------
// Where the data lives

interface Store {
  env: NodeJS.ProcessEnv;
  /** Opens the database in this process (the child must be stopped on PGlite). */
  open(): Promise<Database>;
}

async function withPostgres<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function prepareStore(): Promise<Store> {
  const dataDir = mkdtempSync(join(tmpdir(), "satchel-crash-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    NODE_ENV: "development", // demo data: the demo admin funds the customers
    LOG_LEVEL: "error",
    HOST: "127.0.0.1",
    SATCHEL_DATA_DIR: dataDir,
    SATCHEL_SECRET: randomBytes(24).toString("hex"),
    RATE_LIMIT_PER_MINUTE: "1000000",
    TRANSFER_LIMITS_LEVEL_0: "1000000,1000000,1000000",
    TRANSFER_FEE_PERCENT: "1", // fees too: the fee shards must balance after a crash
  };
  if (!TEST_POSTGRES_URL) {
    return { env, open: () => openDatabase({ dataDir }) };
  }
  // A schema of its own, as test-db.ts does for in-process tests; the child reaches it
  // through the connection string's `options` (search_path).
  const schema = `crash_${randomBytes(6).toString("hex")}`;
  await withPostgres((client) => client.query(`create schema ${schema}`));
  cleanups.push(async () => {
    await withPostgres((client) => client.query(`drop schema ${schema} cascade`));
  });
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  env.DATABASE_URL = url.toString();
  return {
    env,
    open: () => openDatabase({ url: TEST_POSTGRES_URL, searchPath: schema, maxConnections: 2 }),
  };
}

// ---------------------------------------------------------------------------------------
// HTTP

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
}

async function ok(answer: Promise<Answer>, status = 200): Promise<Record<string, unknown>> {
  const a = await answer;
  if (a.status !== status) throw new Error(`expected ${status}, got ${a.status}: ${JSON.stringify(a.body)}`);
  return a.body;
}

async function login(base: string, email: string, password: string): Promise<string> {
  const body = await ok(call(base, "POST", "/api/v1/auth/login", { body: { login: email, password } }));
  return body.token as string;
}

interface Customer {
  index: number;
  token: string;
  walletNumber: string;
}

// ---------------------------------------------------------------------------------------
// The load

interface Sent {
  key: string;
  sender: Customer;
  recipient: Customer;
  body: { to: string; amount: string; currency: string; note: string };
}

interface Outcome {
  sent: Sent;
  status: "completed" | "failed";
  transactionId: string;
  reference: string;
  /** Minor units; zero for a failed transfer. */
  amount: bigint;
  fee: bigint;
}

function outcomeOf(sent: Sent, answer: Answer): Outcome | undefined {
  if (answer.status === 201) {
    const b = answer.body;
    return {
      sent,
      status: "completed",
      transactionId: b.id as string,
      reference: b.reference as string,
      amount: parseAmount(b.amount as string, sent.body.currency),
      fee: parseAmount(b.fee as string, sent.body.currency, { allowZero: true }),
    };
  }
  if (answer.status === 422 && answer.body.code === "insufficient_funds") {
    return {
      sent,
      status: "failed",
      transactionId: answer.body.transactionId as string,
      reference: answer.body.reference as string,
      amount: 0n,
      fee: 0n,
    };
  }
  return undefined;
}

function postTransfer(base: string, sent: Sent): Promise<Answer> {
  return call(base, "POST", "/api/v1/transfers", {
    token: sent.sender.token,
    body: sent.body,
    headers: { "idempotency-key": sent.key },
  });
}

interface Round {
  outcomes: Outcome[];
  lost: Sent[];
  unexpected: string[];
  killedAfterMs: number;
}

/** Sixteen clients send transfers until the server dies under them. */
async function loadAndKill(child: Child, customers: Customer[], round: number): Promise<Round> {
  const outcomes: Outcome[] = [];
  const lost: Sent[] = [];
  const unexpected: string[] = [];
  const client = async (c: number) => {
    for (let n = 0; n < MAX_REQUESTS_PER_CLIENT; n++) {
      const from = randomInt(customers.length);
      const to = (from + 1 + randomInt(customers.length - 1)) % customers.length;
      const currency = CURRENCIES[randomInt(CURRENCIES.length)] as string;
      const key = `crash-${round}-${c}-${n}-${randomBytes(4).toString("hex")}`;
      const sent: Sent = {
        key,
        sender: customers[from] as Customer,
        recipient: customers[to] as Customer,
        // Up to 40.00: now and then a sender runs short and the refusal is recorded too.
        body: {
          to: (customers[to] as Customer).walletNumber,
          amount: formatAmount(BigInt(randomInt(1, 4_001)), currency),
          currency,
          note: key,
        },
      };
      let answer: Answer;
      try {
        answer = await postTransfer(child.base, sent);
      } catch {
        lost.push(sent); // sent, maybe executed, never answered: the server is gone
        return;
      }
      const outcome = outcomeOf(sent, answer);
      if (outcome) outcomes.push(outcome);
      else unexpected.push(`${answer.status} ${JSON.stringify(answer.body)}`);
    }
  };
  const started = Date.now();
  const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
  // Some load first, then a random moment in the middle of it.
  while (outcomes.length < 20 && Date.now() - started < 30_000) await sleep(10);
  await sleep(randomInt(300, 801));
  const killedAfterMs = Date.now() - started;
  await kill(child);
  await Promise.all(clients);
  return { outcomes, lost, unexpected, killedAfterMs };
}

// ---------------------------------------------------------------------------------------
// The checks

async function history(base: string, customer: Customer, type: string) {
  const rows: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?type=${type}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = await ok(call(base, "GET", `/api/v1/transactions${query}`, { token: customer.token }));
    rows.push(...(page.data as Record<string, unknown>[]));
    cursor = page.nextCursor as string | null;
  } while (cursor);
  return rows;
}

/** One row of a raw query; bigint and numeric sums come back as text to compare exactly. */
async function rows<T>(db: Database, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(db.db)).rows;
}

async function checkBooks(db: Database) {
  // Every account is the replay of its postings: gap-free seq 1..n, a running balance that
  // matches posted_after at every step, and the last step equal to the account's balance.
  const accounts = await rows(
    db,
    sql<{
      id: string;
      posted: string;
      seq: string;
      total: string;
      n: string;
      min_seq: string | null;
      max_seq: string | null;
      last_after: string | null;
    }>`
      select a.id, a.posted::text, a.seq::text,
        coalesce(sum(p.amount), 0)::text as total, count(p.seq)::text as n,
        min(p.seq)::text as min_seq, max(p.seq)::text as max_seq,
        (select l.posted_after::text from ledger_postings l
          where l.account_id = a.id order by l.seq desc limit 1) as last_after
      from ledger_accounts a left join ledger_postings p on p.account_id = a.id
      group by a.id, a.posted, a.seq`,
  );
  expect(accounts.length).toBeGreaterThan(0);
  for (const a of accounts) {
    const label = `account ${a.id}`;
    expect(a.total, label).toBe(a.posted);
    expect(a.n, label).toBe(a.seq);
    if (a.n !== "0") {
      expect(a.min_seq, label).toBe("1");
      expect(a.max_seq, label).toBe(a.seq);
      expect(a.last_after, label).toBe(a.posted);
    }
  }
  const driftingSteps = await rows(
    db,
    sql<{ account_id: string; seq: string }>`
      select account_id, seq::text from (
        select account_id, seq, posted_after,
          sum(amount) over (partition by account_id order by seq) as running
        from ledger_postings) steps
      where posted_after <> running`,
  );
  expect(driftingSteps).toEqual([]);

  // Double entry: every journal balances in each currency, and so does the whole ledger.
  const unbalancedJournals = await rows(
    db,
    sql<{ journal_id: string }>`
      select journal_id from ledger_postings group by journal_id, currency having sum(amount) <> 0`,
  );
  expect(unbalancedJournals).toEqual([]);
  const trial = await rows(
    db,
    sql<{ currency: string; total: string }>`
      select currency, sum(posted)::text as total from ledger_accounts group by currency`,
  );
  for (const t of trial) expect(t.total, `trial balance ${t.currency}`).toBe("0");

  // No customer below zero.
  const negative = await rows(
    db,
    sql<{ id: string }>`
      select id from ledger_accounts where kind = 'customer' and (posted < 0 or posted - held < 0)`,
  );
  expect(negative).toEqual([]);

  // History and ledger agree: a completed transfer has its journal, a failed one none, and
  // every transfer journal is told by exactly one transfer_out and one transfer_in.
  const mismatched = await rows(
    db,
    sql<{ id: string }>`
      select t.id from transactions t left join ledger_journals j on j.id = t.journal_id
      where t.type in ('transfer_out', 'transfer_in')
        and ((t.status = 'completed') <> (j.id is not null) or t.status not in ('completed', 'failed'))`,
  );
  expect(mismatched).toEqual([]);
  const orphanJournals = await rows(
    db,
    sql<{ id: string }>`
      select j.id from ledger_journals j
      where j.kind = 'transfer' and (
        (select count(*) from transactions t where t.journal_id = j.id and t.type = 'transfer_out') <> 1 or
        (select count(*) from transactions t where t.journal_id = j.id and t.type = 'transfer_in') <> 1)`,
  );
  expect(orphanJournals).toEqual([]);

  // A key is claimed and answered in the same database transaction: none is left claimed.
  const unanswered = await rows(
    db,
    sql<{ key: string }>`select key from idempotency_keys where response_status = 0`,
  );
  expect(unanswered).toEqual([]);
}

// ---------------------------------------------------------------------------------------

describe(`a SIGKILL of the server under load (${testDatabaseKind})`, () => {
  it("loses no acknowledged transfer and keeps every invariant after a restart", async () => {
    if (!ADMIN) throw new Error("no demo admin");
    const started = Date.now();
    const store = await prepareStore();
    let child = await startChild(store.env);
    const firstStartMs = Date.now() - started;

    // Customers with USD and EUR wallets, funded by the demo admin through the ledger.
    const adminToken = await login(child.base, ADMIN.email, ADMIN.password);
    const runId = randomBytes(4).toString("hex");
    const customers = await Promise.all(
      Array.from({ length: CUSTOMERS }, async (_, index): Promise<Customer> => {
        const email = `crash-${runId}-${index}@example.test`;
        const reg = await ok(
          call(child.base, "POST", "/api/v1/auth/register", {
            body: { email, password: STRONG_PASSWORD, country: "CN", name: `Crash Customer ${index}` },
          }),
          201,
        );
        const token = await login(child.base, email, STRONG_PASSWORD);
        for (const currency of CURRENCIES) {
          const wallet = await ok(
            call(child.base, "POST", "/api/v1/wallets", { token, body: { currency } }),
            201,
          );
          await ok(
            call(child.base, "POST", `/api/v1/admin/wallets/${wallet.id as string}/adjustments`, {
              token: adminToken,
              body: { amount: FUNDING, currency, reason: "crash test funding" },
              headers: { "idempotency-key": `fund-${runId}-${index}-${currency}` },
            }),
            201,
          );
        }
        return { index, token, walletNumber: (reg.user as { walletNumber: string }).walletNumber };
      }),
    );

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
      await Promise.all(
        outcomes.map(async (o) => {
          const detail = await ok(
            call(child.base, "GET", `/api/v1/transactions/${o.transactionId}`, {
              token: o.sent.sender.token,
            }),
          );
          expect(detail).toMatchObject({
            id: o.transactionId,
            reference: o.reference,
            status: o.status,
            type: "transfer_out",
            currency: o.sent.body.currency,
            note: o.sent.key,
          });
          if (o.status === "completed") expect(detail.amount).toBe(o.sent.body.amount);
        }),
      );

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
    // Each key was executed exactly once: one transfer_out per key in the sender's history
    // (completed or failed as answered), one transfer_in per completed one at the recipient.
    const outs = new Map<string, Record<string, unknown>[]>();
    const ins = new Map<string, Record<string, unknown>[]>();
    for (const customer of customers) {
      for (const row of await history(child.base, customer, "transfer_out")) {
        outs.set(row.note as string, [...(outs.get(row.note as string) ?? []), row]);
      }
      for (const row of await history(child.base, customer, "transfer_in")) {
        ins.set(row.note as string, [...(ins.get(row.note as string) ?? []), row]);
      }
    }
    expect(
      [...outs.keys()].filter((key) => !finals.has(key)),
      "transfers nobody sent",
    ).toEqual([]);
    for (const [key, final] of finals) {
      const out = outs.get(key) ?? [];
      expect(
        out.map((r) => [r.id, r.status]),
        key,
      ).toEqual([[final.transactionId, final.status]]);
      expect((ins.get(key) ?? []).length, key).toBe(final.status === "completed" ? 1 : 0);
    }

    // The balances are the client's own arithmetic over the answers it holds.
    const expected = new Map<string, bigint>();
    const slot = (c: Customer, currency: string) => `${c.index}|${currency}`;
    for (const c of customers) {
      for (const currency of CURRENCIES) expected.set(slot(c, currency), parseAmount(FUNDING, currency));
    }
    for (const o of finals.values()) {
      if (o.status !== "completed") continue;
      const { currency } = o.sent.body;
      const from = slot(o.sent.sender, currency);
      const to = slot(o.sent.recipient, currency);
      expected.set(from, (expected.get(from) ?? 0n) - o.amount - o.fee);
      expected.set(to, (expected.get(to) ?? 0n) + o.amount);
    }
    for (const c of customers) {
      const wallets = await ok(call(child.base, "GET", "/api/v1/wallets", { token: c.token }));
      for (const currency of CURRENCIES) {
        const wallet = (wallets.data as { currency: string; posted: string; available: string }[]).find(
          (w) => w.currency === currency,
        );
        const want = formatAmount(expected.get(slot(c, currency)) ?? 0n, currency);
        expect(wallet, `customer ${c.index} ${currency}`).toMatchObject({ posted: want, available: want });
        expect(parseAmount(wallet?.posted ?? "-1", currency, { allowZero: true })).toBeGreaterThanOrEqual(0n);
      }
    }

    // The operator's trial balance.
    const trial = await ok(
      call(child.base, "GET", "/api/v1/admin/ledger/trial-balance", { token: adminToken }),
    );
    expect(trial.balanced).toBe(true);
    for (const row of trial.data as { currency: string; total: string }[]) {
      expect(parseAmount(row.total, row.currency, { allowZero: true }), row.currency).toBe(0n);
    }

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
