import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { expect } from "vitest";
import { type Database, openDatabase } from "../platform/db/database.js";
import { formatAmount, parseAmount } from "../platform/money/money.js";
import { STRONG_PASSWORD } from "./accounts-helpers.js";
import { TEST_POSTGRES_URL } from "./test-db.js";

/**
 * The harness of the crash test (modules/wallets/crash.test.ts): the real server as a child
 * process on a database that outlives it, the HTTP calls, the customers and the load that
 * runs until the child is killed. The invariants checked afterwards are in crash-checks.ts.
 *
 * The child is TypeScript (no build runs before the tests), so it is started with
 * vite-node, which vitest itself depends on; see crash-child.ts.
 */

export const CLIENTS = 16;
export const CURRENCIES = ["USD", "EUR"] as const;
export const FUNDING = "1000.00";
const MAX_REQUESTS_PER_CLIENT = 5_000;

const require = createRequire(import.meta.url);
const VITE_NODE = require.resolve("vite-node/vite-node.mjs");
const CHILD = fileURLToPath(new URL("./crash-child.ts", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

// ---------------------------------------------------------------------------------------
// The child process

export interface Child {
  proc: ChildProcess;
  base: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void> | void)[] = [];

/** For afterAll: kills any child still running, then removes the data directory or schema. */
export async function cleanUpCrashRuns(): Promise<void> {
  for (const proc of children) {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
  }
  for (const cleanup of cleanups.reverse()) await cleanup();
}

export function startChild(env: NodeJS.ProcessEnv): Promise<Child> {
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

export async function stop(child: Child): Promise<void> {
  child.proc.kill("SIGTERM");
  const { code } = await child.exited;
  expect(code, child.output()).toBe(0);
}

// ---------------------------------------------------------------------------------------
// Where the data lives

export interface Store {
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

export async function prepareStore(): Promise<Store> {
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

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function call(
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

export async function ok(answer: Promise<Answer>, status = 200): Promise<Record<string, unknown>> {
  const a = await answer;
  if (a.status !== status) throw new Error(`expected ${status}, got ${a.status}: ${JSON.stringify(a.body)}`);
  return a.body;
}

export async function login(base: string, email: string, password: string): Promise<string> {
  const body = await ok(call(base, "POST", "/api/v1/auth/login", { body: { login: email, password } }));
  if (!body.mfaRequired) return body.token as string;
  // Demo staff sign in with a texted code: have it sent, then read it from the dev mailbox.
  const mfaToken = body.mfaToken as string;
  const texts = async () => {
    const mailbox = await ok(call(base, "GET", "/api/v1/dev/messages?limit=50"));
    return (mailbox.data as { id: string; channel: string; text: string }[]).filter(
      (m) => m.channel === "sms",
    );
  };
  const before = new Set((await texts()).map((m) => m.id));
  await ok(call(base, "POST", "/api/v1/auth/login/mfa/sms", { body: { mfaToken } }), 202);
  for (let attempt = 0; attempt < 150; attempt++) {
    const fresh = (await texts()).find((m) => !before.has(m.id));
    const code = fresh && /\b(\d{6})\b/.exec(fresh.text)?.[1];
    if (code) {
      const done = await ok(call(base, "POST", "/api/v1/auth/login/mfa", { body: { mfaToken, code } }));
      return done.token as string;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no sign-in code was texted for ${email}`);
}

// ---------------------------------------------------------------------------------------
// The customers

export interface Customer {
  index: number;
  token: string;
  walletNumber: string;
}

/** Customers with USD and EUR wallets, funded by the demo admin through the ledger. */
export function setUpCustomers(base: string, adminToken: string, count: number): Promise<Customer[]> {
  const runId = randomBytes(4).toString("hex");
  return Promise.all(
    Array.from({ length: count }, async (_, index): Promise<Customer> => {
      const email = `crash-${runId}-${index}@example.test`;
      const reg = await ok(
        call(base, "POST", "/api/v1/auth/register", {
          body: { email, password: STRONG_PASSWORD, country: "CN", name: `Crash Customer ${index}` },
        }),
        201,
      );
      const token = await login(base, email, STRONG_PASSWORD);
      for (const currency of CURRENCIES) {
        const wallet = await ok(call(base, "POST", "/api/v1/wallets", { token, body: { currency } }), 201);
        await ok(
          call(base, "POST", `/api/v1/admin/wallets/${wallet.id as string}/adjustments`, {
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
}

// ---------------------------------------------------------------------------------------
// The load

export interface Sent {
  key: string;
  sender: Customer;
  recipient: Customer;
  body: { to: string; amount: string; currency: string; note: string };
}

export interface Outcome {
  sent: Sent;
  status: "completed" | "failed";
  transactionId: string;
  reference: string;
  /** Minor units; zero for a failed transfer. */
  amount: bigint;
  fee: bigint;
}

export function outcomeOf(sent: Sent, answer: Answer): Outcome | undefined {
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

export function postTransfer(base: string, sent: Sent): Promise<Answer> {
  return call(base, "POST", "/api/v1/transfers", {
    token: sent.sender.token,
    body: sent.body,
    headers: { "idempotency-key": sent.key },
  });
}

export interface Round {
  outcomes: Outcome[];
  lost: Sent[];
  unexpected: string[];
  killedAfterMs: number;
}

/** Sixteen clients send transfers until the server dies under them. */
export async function loadAndKill(child: Child, customers: Customer[], round: number): Promise<Round> {
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
