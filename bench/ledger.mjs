#!/usr/bin/env node
// Ledger throughput: transfers per second through the HTTP API on PostgreSQL, next to
// pgbench (TPC-B) on the same PostgreSQL, and the invariants checked afterwards.
//
// Usage: node bench/ledger.mjs [seconds]        (npm run bench:ledger)
// Needs `npm run build` first and a PostgreSQL that the bench may create databases on
// (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432). Settings (env):
//   BENCH_SECONDS (20)        measured seconds per shape, and pgbench's -T; argv[2] wins
//   BENCH_WARMUP_SECONDS (5)  unmeasured load before each shape
//   BENCH_WALLETS (10000)     funded customers      BENCH_CLIENTS (64) concurrent clients
//   BENCH_SHAPES (uniform,hot)                      BENCH_PGBENCH (1)  0 skips pgbench
//   BENCH_KEEP (0)            1 keeps both databases and the server log afterwards
//   BENCH_SERVER_NODE_ARGS    extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p"
//   BENCH_DB_SETTINGS         PostgreSQL settings for the bench database only, e.g.
//                             "log_min_duration_statement=0" (ALTER DATABASE … SET, ";"-separated)
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { batchSizes, checkInvariants, ledgerSnapshot, walBytes } from "./lib/ledger-checks.mjs";
import {
  adminQuery,
  cpuMeter,
  databaseUrl,
  dropDatabase,
  freePort,
  freshDatabase,
  machineFacts,
  percent,
  runPgbench,
} from "./lib/system.mjs";

const env = process.env;
const seconds = Number(process.argv[2] ?? env.BENCH_SECONDS ?? 20);
const warmupSeconds = Number(env.BENCH_WARMUP_SECONDS ?? 5);
const walletCount = Number(env.BENCH_WALLETS ?? 10_000);
const clients = Number(env.BENCH_CLIENTS ?? 64);
const shapes = (env.BENCH_SHAPES ?? "uniform,hot").split(",").map((s) => s.trim());
const withPgbench = env.BENCH_PGBENCH !== "0";
const keep = env.BENCH_KEEP === "1";
const serverUrl = env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432";
const LEDGER_DB = "satchel_bench_ledger";
const PGBENCH_DB = "satchel_bench_pgbench";
/** CPU milliseconds per unit of work, from a share of one core and a rate per second. */
const perUnit = (share, rate) =>
  share === undefined || !rate ? "n/a" : `${((share * 1000) / rate).toFixed(2)} ms`;
const FUND_MINOR = 100_000n; // 1,000.00 USD per wallet
const AMOUNT = "0.01";

for (const shape of shapes)
  if (shape !== "uniform" && shape !== "hot") throw new Error(`unknown shape ${shape} (uniform or hot)`);
const cli = new URL("../apps/cli/bin/satchel.js", import.meta.url).pathname;
if (!existsSync(new URL("../apps/server/dist/index.js", import.meta.url)))
  throw new Error("apps/server/dist is missing: run `npm run build` first");
// Loaded after that check: the seeding helpers import the built server.
const { openBenchDatabase, seedCustomers } = await import("./lib/ledger-seed.mjs");

const facts = await machineFacts(serverUrl);
console.log(
  `Machine: ${facts.cores} cores, ${facts.memoryGiB} GiB, Node.js ${facts.node.slice(1)}, PostgreSQL ${facts.postgres}, commit ${facts.commit}`,
);
console.log(
  `Load average over the last minute: ${loadavg()[0].toFixed(2)} (figures from a busy machine are not worth recording)`,
);
console.log(
  `Plan: ${walletCount} funded wallets, ${clients} clients, ${shapes.join(" + ")} for ${seconds} s each after ${warmupSeconds} s of warm-up${withPgbench ? `; pgbench TPC-B scale 10, 8 clients, ${seconds} s` : ""}`,
);

// ── pgbench first, on a quiet machine ─────────────────────────────────────────────────────
let pgbench;
if (withPgbench) {
  console.log("pgbench (TPC-B) on the same PostgreSQL:");
  pgbench = await runPgbench(serverUrl, {
    database: PGBENCH_DB,
    scale: 10,
    clients: 8,
    threads: 2,
    seconds,
    onProgress: (line) => console.log(line),
  });
  console.log(
    `  ${pgbench.tps.toFixed(0)} tps, latency ${pgbench.latencyMs?.toFixed(2)} ms · CPU (share of one core): postgres ${percent(pgbench.cpu.postgres)} · pgbench client ${percent(pgbench.cpu.server)} · other processes ${percent(pgbench.cpu.others)}`,
  );
  console.log(
    `  per transaction: postgres CPU ${perUnit(pgbench.cpu.postgres, pgbench.tps)} · pgbench client CPU ${perUnit(pgbench.cpu.server, pgbench.tps)} · WAL ${pgbench.walPerTransaction?.toFixed(0)} bytes`,
  );
  if (!keep) await dropDatabase(serverUrl, PGBENCH_DB);
}

// ── Satchel on a fresh database ───────────────────────────────────────────────────────────
await freshDatabase(serverUrl, LEDGER_DB);
for (const setting of (env.BENCH_DB_SETTINGS ?? "").split(";").filter((x) => x.trim())) {
  const [name, value] = setting.split("=").map((x) => x.trim());
  if (!/^[a-z_.]+$/.test(name ?? "")) throw new Error(`BENCH_DB_SETTINGS: not a setting name: ${name}`);
  await adminQuery(
    serverUrl,
    `alter database ${LEDGER_DB} set ${name} = '${String(value).replace(/'/g, "''")}'`,
  );
}
const dataDir = mkdtempSync(join(tmpdir(), "satchel-bench-ledger-"));
const port = await freePort();
const serverEnv = {
  ...env,
  NODE_ENV: "development",
  DATABASE_URL: databaseUrl(serverUrl, LEDGER_DB),
  PORT: String(port),
  HOST: "127.0.0.1",
  SATCHEL_DATA_DIR: dataDir,
  LOG_LEVEL: "warn",
  RATE_LIMIT_PER_MINUTE: "1000000000",
  TRANSFER_LIMITS_LEVEL_0: "1000000000,1000000000,1000000000",
  TRANSFER_FEE_PERCENT: "0",
  TRANSFER_FEE_FIXED: "0",
};
const logFile = join(dataDir, "server.log");
const log = openSync(logFile, "a");
const nodeArgs = (env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
console.log(`Starting satchel on PostgreSQL (${LEDGER_DB}), port ${port}, log ${logFile}`);
const server = spawn(process.execPath, [...nodeArgs, cli, "start"], {
  env: serverEnv,
  stdio: ["ignore", log, log],
});
const base = `http://127.0.0.1:${port}`;

async function stopServer() {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
}

let bench;
let failed = false;
try {
  const started = performance.now();
  for (;;) {
    if (server.exitCode !== null)
      throw new Error(`satchel exited before it was ready:\n${readFileSync(logFile, "utf8").slice(-3000)}`);
    if (performance.now() - started > 180_000) throw new Error("satchel was not ready after 180 s");
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`  ready in ${((performance.now() - started) / 1000).toFixed(1)} s (migrations, demo seed)`);

  bench = await openBenchDatabase(serverEnv);
  console.log(`Seeding ${walletCount} customers directly in the database:`);
  const seeded = await seedCustomers(bench, {
    count: walletCount,
    fundMinor: FUND_MINOR,
    onProgress: (line) => console.log(line),
  });
  const customers = seeded.customers;
  // A database in service has planner statistics (autovacuum analyzes tables as they grow;
  // pgbench -i vacuums and analyzes its tables too). Fresh bulk-loaded tables have none
  // until autovacuum's next round, if it is on at all, so give them theirs now.
  const vacuumStarted = performance.now();
  await sql`vacuum analyze`.execute(bench.db);
  console.log(`  vacuum analyze · ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s`);
  const snapshotOptions = {
    fundingAccountId: seeded.fundingAccountId,
    benchWalletIds: customers.map((c) => c.walletId),
  };
  const before = await ledgerSnapshot(bench.db, snapshotOptions);

  // ── the load ───────────────────────────────────────────────────────────────────────────
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients, maxFreeSockets: clients });
  const runId = Date.now().toString(36);
  let sequence = 0;

  /** One POST /api/v1/transfers; resolves with the status (0 for a network error) and, if not 201, the problem code. */
  function transfer(sender, recipient) {
    const body = JSON.stringify({ to: recipient.walletNumber, amount: AMOUNT, currency: "USD" });
    return new Promise((resolve) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/api/v1/transfers",
          agent,
          headers: {
            authorization: `Bearer ${sender.token}`,
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            "idempotency-key": `bench-${runId}-${++sequence}`,
          },
        },
        (res) => {
          const chunks = [];
          if (res.statusCode === 201) res.resume();
          else res.on("data", (c) => chunks.push(c));
          res.on("end", () => {
            let code;
            if (res.statusCode !== 201) {
              try {
                code = JSON.parse(Buffer.concat(chunks).toString()).code;
              } catch {
                code = "unparsed body";
              }
            }
            resolve({ status: res.statusCode, code });
          });
        },
      );
      req.on("error", (error) => resolve({ status: 0, code: error.code ?? error.message }));
      req.end(body);
    });
  }

  const merchant = customers[0];
  const pick = (n) => Math.floor(Math.random() * n);
  const pairOf = {
    uniform() {
      const s = pick(customers.length);
      let r = pick(customers.length - 1);
      if (r >= s) r++;
      return [customers[s], customers[r]];
    },
    // Every transfer pays the merchant (customer 0), from any other customer.
    hot: () => [customers[1 + pick(customers.length - 1)], merchant],
  };

  let created = 0; // every 201, warm-up included, for the invariants
  const statuses = new Map(); // every answer by status (and problem code)

  /** `clients` loops sending transfers of one shape until `forSeconds` are up. */
  async function drive(shape, forSeconds, label) {
    const latencies = [];
    let ok = 0;
    let other = 0;
    const startedAt = performance.now();
    const deadline = startedAt + forSeconds * 1000;
    let lastOk = 0;
    const ticker = setInterval(() => {
      const elapsed = (performance.now() - startedAt) / 1000;
      console.log(
        `  ${label} ${Math.min(forSeconds, Math.round(elapsed))}/${forSeconds} s · ${((ok - lastOk) / 5).toFixed(0)} transfers/s over the last 5 s · ${other} not 201`,
      );
      lastOk = ok;
    }, 5_000);
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < deadline) {
          const [sender, recipient] = pairOf[shape]();
          const t0 = performance.now();
          const { status, code } = await transfer(sender, recipient);
          latencies.push(performance.now() - t0);
          const key = status === 201 ? "201" : `${status} ${code ?? ""}`.trim();
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          if (status === 201) {
            ok++;
            created++;
          } else other++;
        }
      }),
    );
    clearInterval(ticker);
    const elapsed = (performance.now() - startedAt) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
    return { ok, other, elapsed, tps: ok / elapsed, p50: pct(0.5), p99: pct(0.99) };
  }

  const results = [];
  for (const shape of shapes) {
    console.log(
      `Shape "${shape}": ${clients} clients, ${AMOUNT} USD each, ${shape === "hot" ? "every transfer pays one merchant" : "random sender → random other customer"}`,
    );
    await drive(shape, warmupSeconds, `${shape} warm-up`);
    const from = new Date();
    const wal0 = await walBytes(bench.db);
    const cpu = cpuMeter({ serverPid: server.pid, database: LEDGER_DB });
    const r = await drive(shape, seconds, shape);
    const usage = cpu.read();
    const wal = (await walBytes(bench.db)) - wal0;
    const batches = await batchSizes(bench.db, from, new Date());
    results.push({ shape, ...r, cpu: usage, walPerTransfer: wal / Math.max(1, r.ok), batches });
    console.log(
      `  ${shape}: ${r.tps.toFixed(0)} transfers/s · p50 ${r.p50.toFixed(1)} ms · p99 ${r.p99.toFixed(1)} ms · ${r.other} not 201`,
    );
    console.log(
      `  CPU (share of one core): server ${percent(usage.server)} (kernel ${percent(usage.serverKernel)}) · postgres ${percent(usage.postgres)} · load generator ${percent(usage.loadGenerator)} · other processes ${percent(usage.others)}`,
    );
    if ((usage.others ?? 0) > 0.2)
      console.log(
        `  ⚠ other processes used ${percent(usage.others)} of a core meanwhile: these figures understate the server`,
      );
    console.log(
      `  per transfer: server CPU ${perUnit(usage.server, r.tps)} · postgres CPU ${perUnit(usage.postgres, r.tps)} · load generator CPU ${perUnit(usage.loadGenerator, r.tps)}`,
    );
    if (batches.batches > 0)
      console.log(
        `  batches: ${batches.batches} (${(batches.batches / r.elapsed).toFixed(0)}/s), size mean ${batches.mean.toFixed(1)} · p50 ${batches.p50} · p90 ${batches.p90} · max ${batches.max} · WAL ${(wal / Math.max(1, r.ok)).toFixed(0)} bytes/transfer`,
      );
  }
  agent.destroy();

  // ── invariants ─────────────────────────────────────────────────────────────────────────
  console.log(`Answers: ${[...statuses].map(([k, n]) => `${k} × ${n}`).join(", ")}`);
  const after = await ledgerSnapshot(bench.db, snapshotOptions);
  const checks = await checkInvariants(bench.db, {
    before,
    after,
    created,
    api: { url: base, adminToken: seeded.admin.token },
  });
  console.log("Invariants:");
  for (const c of checks) console.log(`  ${c.ok ? "✓" : "✗"} ${c.label}`);
  if (checks.some((c) => !c.ok)) failed = true;

  // ── figures ────────────────────────────────────────────────────────────────────────────
  console.log("");
  console.log("| shape   | transfers/s | p50      | p99      | pgbench tps | ratio |");
  console.log("| ------- | ----------- | -------- | -------- | ----------- | ----- |");
  for (const r of results) {
    const ratio = pgbench ? (r.tps / pgbench.tps).toFixed(2) : "n/a";
    console.log(
      `| ${r.shape.padEnd(7)} | ${r.tps.toFixed(0).padStart(11)} | ${`${r.p50.toFixed(1)} ms`.padStart(8)} | ${`${r.p99.toFixed(1)} ms`.padStart(8)} | ${(pgbench ? pgbench.tps.toFixed(0) : "n/a").padStart(11)} | ${ratio.padStart(5)} |`,
    );
  }
  const uniform = results.find((r) => r.shape === "uniform");
  const hot = results.find((r) => r.shape === "hot");
  if (uniform && pgbench) {
    const ratio = uniform.tps / pgbench.tps;
    console.log(`${ratio >= 1 ? "✓" : "✗"} target: uniform ratio ≥ 1.0 (${ratio.toFixed(2)})`);
  }
  if (uniform && hot) {
    const share = hot.tps / uniform.tps;
    console.log(`${share >= 0.5 ? "✓" : "✗"} target: hot ≥ half of uniform (${share.toFixed(2)})`);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await bench?.database.close();
  await stopServer();
  if (!keep) {
    await dropDatabase(serverUrl, LEDGER_DB);
    rmSync(dataDir, { recursive: true, force: true });
  } else {
    console.log(`Kept: databases ${LEDGER_DB}${withPgbench ? ` and ${PGBENCH_DB}` : ""}, ${dataDir}`);
  }
}
process.exit(failed ? 1 : 0);
