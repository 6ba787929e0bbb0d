#!/usr/bin/env node
// Deposits and webhooks: POST /api/v1/deposits with the 4242 test card (card_sim) at a few
// concurrency levels and how fast the outbox credits them; then how many signed
// payment.succeeded webhooks per second POST /api/v1/providers/card_sim/webhooks verifies
// and applies, and what re-sending them (duplicates) costs. Afterwards every deposit must be
// credited exactly once and the trial balance must be zero.
//
// Usage: node bench/deposits.mjs [seconds]      (needs `npm run build` first)
// Embedded PGlite in a temporary data directory, or PostgreSQL with BENCH_DATABASE_URL
// pointing at an empty database (createdb). Settings (env):
//   BENCH_SECONDS (15)          measured seconds of deposits per concurrency level; argv[2] wins
//   BENCH_WARMUP_SECONDS (3)    unmeasured deposits before each level (their deposits are checked too)
//   BENCH_CONCURRENCY (1,8,32)  concurrency levels      BENCH_CUSTOMERS (2000) bench customers
//   BENCH_WEBHOOKS (1000)       signed events per concurrency level (as many deposits made first)
//   BENCH_KEEP (0)              1 keeps the data directory and the server log
//   BENCH_SERVER_NODE_ARGS      extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p"
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { cpuMeter, freePort, percent } from "./lib/system.mjs";

const env = process.env;
const seconds = Number(process.argv[2] ?? env.BENCH_SECONDS ?? 15);
const warmupSeconds = Number(env.BENCH_WARMUP_SECONDS ?? 3);
const levels = (env.BENCH_CONCURRENCY ?? "1,8,32").split(",").map(Number);
const customerCount = Number(env.BENCH_CUSTOMERS ?? 2000);
const webhooksPerLevel = Number(env.BENCH_WEBHOOKS ?? 1000);
const keep = env.BENCH_KEEP === "1";
const nodeArgs = (env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
const databaseUrl = env.BENCH_DATABASE_URL || "";
const AMOUNT = "10.00";
const AMOUNT_MINOR = 1000n;
const NET_MINOR = 941n; // the card method's fee: 0.30 + 2.9 % rounded up = 0.59
const WEBHOOK_SECRET = "bench-webhook-secret-for-card-sim";
const card = {
  number: "4242424242424242",
  expMonth: 12,
  expYear: new Date().getUTCFullYear() + 3,
  cvc: "123",
};

const lib = await import("./lib/deposits-support.mjs").catch((error) => {
  throw new Error(`could not load the built server (run \`npm run build\` first): ${error.message}`);
});
const { drive, httpClient, machineOf, openBenchDatabase, paymentSucceeded, printFigures } = lib;
const { serverProbe, signedWebhook, tally } = lib;
const { depositChecks, timesToCredit } = await import("./lib/deposit-checks.mjs");
const { seedCustomers } = await import("./lib/ledger-seed.mjs");
const { startSatchel } = await import("./lib/satchel-process.mjs");

const facts = await machineOf(databaseUrl);
const dataDir = mkdtempSync(join(tmpdir(), "satchel-bench-deposits-"));
const logFile = join(dataDir, "server.log");
process.once("exit", () => keep || rmSync(dataDir, { recursive: true, force: true }));
const port = await freePort();
const dbName = databaseUrl ? new URL(databaseUrl).pathname.slice(1) : undefined;
console.log(`Database: ${databaseUrl ? `PostgreSQL ${facts.postgres} (${dbName})` : "embedded PGlite"}`);
console.log(`Machine: ${facts.cores} cores, Node.js ${facts.node.slice(1)}, commit ${facts.commit}`);
console.log(
  `Load average over the last minute: ${loadavg()[0].toFixed(2)} (a busy machine's figures are worthless)`,
);
console.log(
  `Plan: ${customerCount} customers; deposits of ${AMOUNT} USD at concurrency ${levels.join(", ")} for ${seconds} s each; ${webhooksPerLevel} signed webhooks per level, then the same again as duplicates`,
);

const serverEnv = (role) => ({
  ...env,
  NODE_ENV: "development",
  PORT: String(port),
  HOST: "127.0.0.1",
  SATCHEL_DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  SATCHEL_ROLE: role,
  LOG_LEVEL: "warn",
  // The global limit (600 a minute per IP) out of the way, as in the ledger bench. The deposit
  // route keeps its own 30 a minute per IP: each customer comes from its own address, as
  // X-Forwarded-For from a trusted reverse proxy.
  RATE_LIMIT_PER_MINUTE: "1000000000",
  TRUST_PROXY: "true",
  PROVIDER_WEBHOOK_SECRET: WEBHOOK_SECRET,
});
const ipOf = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

let server;
let client;
let probe;
let admin;
let failed = false;
const start = async (role, why) => {
  server = await startSatchel(serverEnv(role), { logFile, nodeArgs });
  console.log(
    `satchel started (SATCHEL_ROLE=${role}: ${why}) · ready in ${(server.readyMs / 1000).toFixed(1)} s`,
  );
  client = httpClient(port, Math.max(...levels) + 4);
  if (admin) probe = serverProbe(client, admin.token);
};
const stop = async () => {
  client?.close();
  await server?.stop();
  server = undefined;
};
const cpuLine = (usage) =>
  `  CPU (share of one core): server ${percent(usage.server)}${dbName ? ` · postgres ${percent(usage.postgres)}` : " (PGlite included)"} · load generator ${percent(usage.loadGenerator)} · other processes ${percent(usage.others)}${(usage.others ?? 0) > 0.2 ? " ⚠ the machine was busy" : ""}`;
const stats = (r) =>
  `${r.rate.toFixed(1)}/s · p50 ${r.p50.toFixed(1)} ms · p95 ${r.p95.toFixed(1)} ms · p99 ${r.p99.toFixed(1)} ms · answers: ${tally(r.answers)}`;

try {
  // ── setup: a first start (migrations, demo data), then customers seeded with the server stopped ──
  await start("all", "migrations and demo data");
  await stop();
  const bench = await openBenchDatabase(serverEnv("all"));
  const taken = await bench.db
    .selectFrom("users")
    .select("id")
    .where("email", "like", "%@bench.satchel.test")
    .execute();
  if (taken.length > 0)
    throw new Error("the database already has bench customers: give the bench an empty one");
  console.log(`Seeding ${customerCount} customers (user, API token, USD wallet with 0.01) in the database:`);
  const seeded = await seedCustomers(bench, { count: customerCount, fundMinor: 1n, onProgress: console.log });
  await bench.database.close();
  const { customers } = seeded;
  admin = seeded.admin;

  let sent = 0;
  /** One card deposit by the next customer (round robin), from that customer's own address. */
  const deposit = async (into) => {
    const i = sent++ % customers.length;
    const r = await client.request({
      method: "POST",
      path: "/api/v1/deposits",
      headers: {
        authorization: `Bearer ${customers[i].token}`,
        "idempotency-key": `bench-deposit-${Date.now()}-${sent}`,
        "x-forwarded-for": ipOf(i),
      },
      body: { methodId: "card", amount: AMOUNT, currency: "USD", card },
    });
    const ok = r.status === 201;
    if (ok) into.push(r.json.id);
    return { ok, ms: r.ms, key: ok ? `201 ${r.json.status}` : `${r.status} ${r.json?.code ?? ""}` };
  };

  // ── 1. deposits, with the outbox crediting them in the same process (the usual deployment) ──
  await start("all", "API and outbox worker in one process");
  const depositRows = [];
  let base = await probe.creditedMinor();
  const creditedSince = async () => ((await probe.creditedMinor()) - base) / AMOUNT_MINOR;
  /** Waits (at most 10 minutes) until `n` deposits were credited since `base`; resolves with that count. */
  const creditedUpTo = async (n) => {
    const until = performance.now() + 600_000;
    let credited = await creditedSince();
    while (credited < n && performance.now() < until) {
      await new Promise((res) => setTimeout(res, 250));
      credited = await creditedSince();
    }
    return credited;
  };
  const warmupIds = [];
  for (const concurrency of levels) {
    console.log(`Deposits at concurrency ${concurrency}:`);
    if (warmupSeconds > 0) {
      // Unmeasured: a server just started is slow for its first requests; these are credited before the level.
      const warm = [];
      const w = await drive({
        concurrency,
        seconds: warmupSeconds,
        label: "warm-up",
        work: () => deposit(warm),
      });
      console.log(`  warm-up ${warmupSeconds} s: ${stats(w)}`);
      base += (await creditedUpTo(BigInt(warm.length))) * AMOUNT_MINOR;
      warmupIds.push(...warm);
    }
    const ids = [];
    const cpu = cpuMeter({ serverPid: server.pid, database: dbName ?? "-" });
    const r = await drive({
      concurrency,
      seconds,
      label: `c=${concurrency}`,
      work: () => deposit(ids),
      extra: async () => {
        const g = await probe.gauges();
        return `credited ${await creditedSince()} of ${ids.length} · outbox backlog ${g.outbox} · waiting for a DB connection ${g.poolWaiting}`;
      },
    });
    const usage = cpu.read();
    const creditedAtEnd = await creditedSince();
    const drainStart = performance.now();
    const credited = await creditedUpTo(BigInt(ids.length));
    base += credited * AMOUNT_MINOR;
    console.log(`  c=${concurrency}: ${stats(r)}`);
    console.log(
      `  credited while loading: ${creditedAtEnd} of ${ids.length} (${(Number(creditedAtEnd) / r.elapsed).toFixed(1)}/s); all ${credited} ${((performance.now() - drainStart) / 1000).toFixed(1)} s after the load stopped`,
    );
    console.log(cpuLine(usage));
    if (credited !== BigInt(ids.length)) failed = true;
    depositRows.push({ ...r, ids, creditedAtEnd });
  }
  await stop();

  // ── 2. webhooks: no outbox worker, so the simulator's own events wait and ours come first ──
  await start("api", "no outbox worker: the simulator's own webhooks stay queued");
  const webhookIds = [];
  const total = webhooksPerLevel * levels.length;
  console.log(`Making ${total} deposits for the webhooks (concurrency ${Math.max(...levels)}):`);
  const made = await drive({
    concurrency: Math.max(...levels),
    count: total,
    label: "deposits",
    work: () => deposit(webhookIds),
  });
  console.log(`  ${stats(made)} (no outbox worker in the process)`);
  if (webhookIds.length !== total)
    throw new Error(`only ${webhookIds.length} of ${total} deposits were made`);
  const runId = Date.now().toString(36);
  const events = webhookIds.map((id, n) => paymentSucceeded(`evt_bench_${runId}_${n}`, id, AMOUNT_MINOR));
  let calls = 0;
  const send = async (event) => {
    // Signed when sent, as a provider does (a retry is signed again, with a fresh timestamp),
    // from one of the provider's 16 sending addresses (the route allows 6,000 a minute per address).
    const { rawBody, signature } = signedWebhook(WEBHOOK_SECRET, event);
    const r = await client.request({
      method: "POST",
      path: "/api/v1/providers/card_sim/webhooks",
      headers: { "satchel-signature": signature, "x-forwarded-for": `192.0.2.${(calls++ % 16) + 1}` },
      body: rawBody,
    });
    const ok = r.status === 200 && r.json?.received === true;
    return { ok, ms: r.ms, key: ok ? "200" : `${r.status} ${r.json?.code ?? ""}` };
  };
  const webhookRows = [];
  let before = await probe.creditedMinor();
  for (const [index, concurrency] of levels.entries()) {
    const slice = events.slice(index * webhooksPerLevel, (index + 1) * webhooksPerLevel);
    const row = { concurrency };
    for (const kind of ["fresh", "duplicate"]) {
      console.log(
        `Webhooks at concurrency ${concurrency}, ${kind === "fresh" ? "first delivery" : "duplicates"}:`,
      );
      const cpu = cpuMeter({ serverPid: server.pid, database: dbName ?? "-" });
      const r = await drive({
        concurrency,
        count: slice.length,
        label: `c=${concurrency}`,
        work: (n) => send(slice[n]),
      });
      const usage = cpu.read();
      const after = await probe.creditedMinor();
      const credited = (after - before) / AMOUNT_MINOR;
      before = after;
      console.log(`  c=${concurrency} ${kind}: ${stats(r)} · deposits credited: ${credited}`);
      console.log(cpuLine(usage));
      if (credited !== (kind === "fresh" ? BigInt(slice.length) : 0n) || r.ok !== slice.length) failed = true;
      row[kind] = r;
    }
    webhookRows.push(row);
  }
  await stop();

  // ── 3. the outbox catches up: the simulator's own, late events must change nothing ────────
  await start("all", "the outbox delivers the simulator's queued webhooks");
  const drained = await probe.outboxDrained();
  const extra = ((await probe.creditedMinor()) - before) / AMOUNT_MINOR;
  console.log(
    `  outbox drained in ${drained.toFixed(1)} s; the late events credited ${extra} deposits (must be 0)`,
  );
  if (extra !== 0n) failed = true;
  const trial = await client.request({
    path: "/api/v1/admin/ledger/trial-balance",
    headers: { authorization: `Bearer ${admin.token}` },
  });
  await stop();

  // ── checks and figures ──────────────────────────────────────────────────────────────────────
  const check = await openBenchDatabase(serverEnv("all"));
  const allIds = [...warmupIds, ...depositRows.flatMap((r) => r.ids), ...webhookIds];
  const checks = await depositChecks(check.db, {
    depositIds: allIds,
    eventIds: events.map((e) => e.id),
    twiceSignalled: webhookIds,
    walletIds: customers.map((c) => c.walletId),
    expectedWallets: BigInt(customers.length) + BigInt(allIds.length) * NET_MINOR,
  });
  checks.unshift({
    ok: trial.json?.balanced === true && trial.json.data.every((d) => /^0(\.0+)?$/.test(d.total)),
    label: `trial balance sums to zero (admin API: ${trial.json?.data?.map((d) => `${d.currency} ${d.total}`).join(", ")})`,
  });
  for (const row of depositRows) row.credit = await timesToCredit(check.db, row.ids);
  await check.database.close();
  console.log("Checks:");
  for (const c of checks) console.log(`  ${c.ok ? "✓" : "✗"} ${c.label}`);
  if (checks.some((c) => !c.ok)) failed = true;
  printFigures(depositRows, webhookRows);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await stop().catch(() => {});
  if (keep) console.log(`Kept ${dataDir} (server log: ${logFile})`);
}
process.exit(failed ? 1 : 0);
