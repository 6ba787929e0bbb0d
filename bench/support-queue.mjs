#!/usr/bin/env node
// The agent console's hot paths on a desk with two years of history.
//
// 1. Seeds the desk straight into the database (bench/lib/support-seed.mjs): tickets over the
//    two years before now (100,000 on PostgreSQL, 5,000 on PGlite unless --tickets says), about
//    3 messages and 4 events each, from customers (one for every 2.5 tickets, a few writing
//    often) and some guests, worked by 20 agents; statuses, groups, priorities and SLA deadlines
//    as a desk in service has them; then ANALYZE, as autovacuum would have done.
// 2. Signs in one of the agents (and a customer with 50 tickets) through POST /api/v1/auth/login
//    and sends each request (--requests, 200 by default, after 5 of warm-up) one at a time
//    through app.inject: the queues, the tab counts, the search box (a ticket number, an email
//    address, a word of the threads), one ticket, the customer's own list; p50 / p95 / p99 / max.
// 3. Records one more request of each: how many statements it sent, and EXPLAIN ANALYZE of
//    them; prints the slowest one's plan when it takes 10 ms or more (--plans: every request's),
//    with the tables it read whole and the indexes it used.
//
// 4. --what-if: tries the fixes this bench proposes on its own database (bench/lib/support-what-if.mjs):
//    the missing indexes, measured again through the app, and the searches rewritten, in SQL.
//
// Usage: npm run bench:support [-- --tickets N --requests N --max-seconds S --postgres[=URL]
//        --what-if --plans --keep --only <part of a request's name>,…]
// --max-seconds: per request kind, stop after S seconds (20 requests at least): for searches
// that read every ticket on a large desk, where 200 requests would take most of an hour.
// It runs the server's TypeScript sources through vite-node: no build needed. Embedded PGlite in
// memory by default; PostgreSQL with --postgres, BENCH_DATABASE_URL or DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test): the bench creates the database satchel_bench_support
// on that server and drops it at the end (--keep leaves it for a look with psql).
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { get, measureEndpoint, signIn } from "./lib/support-measure.mjs";
import { seedDesk } from "./lib/support-seed.mjs";
import { planLines, shortSql, statementRecorder, table } from "./lib/support-sql.mjs";
import { whatIf } from "./lib/support-what-if.mjs";
import { cpuMeter, databaseUrl, dropDatabase, freshDatabase, machineFacts, percent } from "./lib/system.mjs";

const args = parseArgs(process.argv.slice(2));
const env = process.env;
const requestCount = Number(args.requests ?? env.BENCH_REQUESTS ?? 200);
const maxSeconds = args["max-seconds"] ? Number(args["max-seconds"]) : undefined;
const allPlans = args.plans === true;
const serverUrl =
  typeof args.postgres === "string"
    ? args.postgres
    : args.postgres === true || env.BENCH_DATABASE_URL || env.DATABASE_URL
      ? env.BENCH_DATABASE_URL || env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test"
      : undefined;
// PGlite answers one query at a time on this thread, and a search reads every ticket: at
// 100,000 tickets the three searches alone would take most of an hour at 200 requests each.
const ticketCount = Number(args.tickets ?? env.BENCH_TICKETS ?? (serverUrl ? 100_000 : 5_000));
const DB_NAME = "satchel_bench_support";
const PASSWORD = "quartz-ember-willow-58";
/** A request whose slowest statement takes longer than this gets its plan printed. */
const SLOW_STATEMENT_MS = 10;
const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
let updates = 0; // progress lines so far (see progress())

if (!Number.isInteger(ticketCount) || ticketCount < 100) throw new Error("--tickets: a whole number ≥ 100");
if (!Number.isInteger(requestCount) || requestCount < 1) throw new Error("--requests: a whole number ≥ 1");

const dataDir = mkdtempSync(join(tmpdir(), "satchel-bench-support-"));
let dropOnExit = false;
const cleanUp = async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (dropOnExit && !args.keep) await dropDatabase(serverUrl, DB_NAME).catch(() => {});
};
process.once("SIGINT", () => cleanUp().finally(() => process.exit(130)));

const benchStarted = performance.now();
const server = await import("../apps/server/src/index.ts");
const { createIdGenerator } = await import("../apps/server/src/platform/ids.ts");
const { cryptoRandom } = await import("../apps/server/src/platform/random.ts");
const { build, createPlatform, createServices, loadConfig, openDatabase, runMigrations, CLI_ACTOR } = server;

console.log(
  `Database: ${serverUrl ? `PostgreSQL (${DB_NAME} on ${new URL(serverUrl).host})` : "embedded PGlite (in memory)"}; ` +
    `${ticketCount.toLocaleString("en")} tickets; ${requestCount} timed requests per endpoint; Node.js ${process.version.slice(1)}`,
);

try {
  if (serverUrl) {
    await freshDatabase(serverUrl, DB_NAME);
    dropOnExit = true;
  }
  const url = serverUrl ? databaseUrl(serverUrl, DB_NAME) : undefined;
  const database = await openDatabase(url ? { url } : { dataDir: "memory://" });
  await runMigrations(database, () => {});
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    SATCHEL_SECRET: "bench-support-secret-bench-support-secret",
    SATCHEL_DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: "100000000",
    // The bench's agent signs in with a password only; 2FA enrolment is not what is measured.
    STAFF_REQUIRE_2FA: "false",
    ...(url ? { DATABASE_URL: url } : {}),
  });
  const platform = createPlatform({ config, database });
  const services = createServices(platform);
  await services.payments.seed();
  await services.support.seed();
  const app = await build({ platform, services, web: false });
  await app.ready();
  const db = database.db;

  try {
    // ---- people: 20 agents in their groups, and a customer who wrote 50 times
    const agents = [];
    for (let i = 1; i <= 20; i++) {
      const user = await services.users.create(
        db,
        { email: `agent${i}@desk.example`, password: PASSWORD, role: "agent", name: `Agent ${i}` },
        CLI_ACTOR,
      );
      agents.push({ id: user.id, name: `Agent ${i}` });
    }
    const groups = ["general", "payments", "security"];
    await db
      .insertInto("support_group_members")
      .values(agents.map((a, i) => ({ group_key: groups[i % 3], user_id: a.id, last_assigned_at: null })))
      .execute();
    const regularEmail = "wang.fang@example.cn";
    const regular = await services.users.create(
      db,
      { email: regularEmail, password: PASSWORD, role: "customer", name: "Wang Fang" },
      CLI_ACTOR,
    );

    // ---- the desk
    const now = new Date();
    const stamp = { at: now };
    const ids = createIdGenerator({ now: () => stamp.at }, cryptoRandom);
    const newId = (kind, at) => {
      stamp.at = new Date(at);
      return ids.next(kind);
    };
    const seedStarted = performance.now();
    const seeded = await seedDesk(db, {
      tickets: ticketCount,
      now,
      agents,
      regular: { id: regular.id, email: regularEmail, name: "Wang Fang" },
      newId,
      onProgress: (text) => progress(`Seeding: ${text} (${seconds(seedStarted)} s)`),
    });
    progress("");
    await sql`analyze`.execute(db);
    const sizes = await tableSizes(db);
    console.log(
      `Seeded in ${seconds(seedStarted)} s (with ANALYZE): ${seeded.customers.toLocaleString("en")} customers, ` +
        `${ticketCount.toLocaleString("en")} tickets (${Object.entries(seeded.counts)
          .sort((a, b) => b[1] - a[1])
          .map(([s, n]) => `${s} ${n.toLocaleString("en")}`)
          .join(
            ", ",
          )}), ${seeded.messages.toLocaleString("en")} messages, ${seeded.events.toLocaleString("en")} events`,
    );
    console.log(`Sizes: ${sizes}`);

    // ---- sign in as the agent and as the customer, as the console and the app do
    const agent = await signIn(app, "agent1@desk.example", PASSWORD);
    const customer = await signIn(app, regularEmail, PASSWORD);
    const counts = await get(app, "/api/v1/agent/tickets/counts", agent);
    console.log(`Agent 1's tabs: ${JSON.stringify(counts)}`);

    // Detail: mostly the recent work agents open, some old tickets from a customer's history.
    const recent = seeded.recentIds.length > 0 ? seeded.recentIds : seeded.oldIds;
    const detailIds = Array.from({ length: 50 }, (_, i) =>
      i % 5 === 4 ? seeded.oldIds[i % seeded.oldIds.length] : recent[(i * 37) % recent.length],
    );
    const cycle = (list) => (i) => list[i % list.length];
    const number = cycle(seeded.numbers);
    const email = cycle(seeded.emails);
    const detail = cycle(detailIds);
    const endpoints = [
      ["GET /agent/tickets (default view: all)", () => "/api/v1/agent/tickets", agent],
      ["GET /agent/tickets?view=unassigned", () => "/api/v1/agent/tickets?view=unassigned", agent],
      ["GET /agent/tickets?view=mine", () => "/api/v1/agent/tickets?view=mine", agent],
      ["GET /agent/tickets?view=breached", () => "/api/v1/agent/tickets?view=breached", agent],
      ["GET /agent/tickets?view=due_soon", () => "/api/v1/agent/tickets?view=due_soon", agent],
      ["GET /agent/tickets/counts", () => "/api/v1/agent/tickets/counts", agent],
      ["GET /agent/tickets?q=#<number>", (i) => `/api/v1/agent/tickets?q=%23${number(i)}`, agent],
      [
        "GET /agent/tickets?q=<email>",
        (i) => `/api/v1/agent/tickets?q=${encodeURIComponent(email(i))}`,
        agent,
      ],
      [
        `GET /agent/tickets?q=${seeded.commonWord}`,
        () => `/api/v1/agent/tickets?q=${seeded.commonWord}`,
        agent,
      ],
      ["GET /agent/tickets/{id}", (i) => `/api/v1/agent/tickets/${detail(i)}`, agent],
      ["GET /tickets (customer, 50 tickets)", () => "/api/v1/tickets", customer],
    ];
    if (args.only) {
      const wanted = String(args.only).split(",");
      endpoints.splice(0, endpoints.length, ...endpoints.filter(([n]) => wanted.some((w) => n.includes(w))));
    }

    const recorder = statementRecorder(db);
    const rows = [];
    const findings = [];
    const meter = cpuMeter({ database: DB_NAME });
    const measureStarted = performance.now();
    const measure = async (name, path, auth) => {
      const result = await measureEndpoint({
        app,
        db,
        recorder,
        path,
        auth,
        count: requestCount,
        maxSeconds,
        onProgress: (done) => progress(`${name}: ${done}/${requestCount}`),
      });
      progress("");
      console.log(
        `${name}: p50 ${ms(result.p50)} ms, p95 ${ms(result.p95)} ms (${seconds(measureStarted)} s so far)`,
      );
      return { name, ...result };
    };
    for (const [name, path, auth] of endpoints) {
      const f = await measure(name, path, auth);
      findings.push(f);
      rows.push([
        name,
        ms(f.p50),
        ms(f.p95),
        ms(f.p99),
        ms(f.max),
        f.n,
        f.rows.toFixed(1),
        f.statements.length,
        f.verdict.seqScans.length ? `seq scan: ${f.verdict.seqScans.join(", ")}` : "indexes only",
      ]);
    }
    const cpu = meter.read();

    console.log(
      `\nLatency over ${ticketCount.toLocaleString("en")} tickets, ${requestCount} requests each${maxSeconds ? ` or as many as fit in ${maxSeconds} s (n)` : ""}, one at a time (app.inject, signed in):`,
    );
    console.log(
      table(
        [
          "request",
          "p50 ms",
          "p95 ms",
          "p99 ms",
          "max ms",
          "n",
          "rows",
          "statements",
          "slowest statement reads",
        ],
        rows,
      ),
    );
    const others = serverUrl ? cpu.others : (cpu.others ?? 0) + (cpu.postgres ?? 0);
    console.log(
      `CPU while measuring (share of one core): this process ${percent(cpu.loadGenerator)}` +
        (serverUrl ? `, PostgreSQL ${percent(cpu.postgres)}` : "") +
        `, other processes ${percent(others)}; load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(" ")}` +
        (others > 0.2 ? " — the machine was busy: the figures overstate the latencies" : ""),
    );

    console.log("\nSlowest statement of each request, and its plan (EXPLAIN ANALYZE):");
    for (const f of findings) {
      if (!allPlans && f.plan["Execution Time"] < SLOW_STATEMENT_MS) continue;
      console.log(`\n${f.name}: ${f.statements.length} statements; the slowest:`);
      console.log(`  ${shortSql(f.slowest.sql, 400)}`);
      for (const line of planLines(f.plan)) console.log(`    ${line}`);
      console.log(
        `  execution ${ms(f.plan["Execution Time"])} ms; indexes: ${f.verdict.indexes.join(", ") || "none"}`,
      );
      if (allPlans)
        for (const st of f.statements)
          console.log(
            `  - ${st.plan ? `${ms(st.plan["Execution Time"])} ms` : "(not planned)"}: ${shortSql(st.sql, 140)}`,
          );
    }
    if (args["what-if"])
      await whatIf({
        db,
        postgres: Boolean(serverUrl),
        findings,
        measure,
        endpoints,
        samples: {
          number: String(number(7)),
          email: email(7),
          reference: seeded.references[0],
          chineseWord: "到账",
          commonWord: seeded.commonWord,
        },
        log: console.log,
        ms,
      });
    if (serverUrl) {
      const facts = await machineFacts(serverUrl);
      console.log(
        `\nMachine: ${facts.cores} cores, ${facts.memoryGiB} GiB, Node.js ${facts.node}, PostgreSQL ${facts.postgres}, commit ${facts.commit}`,
      );
    }
    console.log(`Whole bench: ${seconds(benchStarted)} s`);
  } finally {
    await app.close();
    await services.support.close();
    await database.close();
  }
} finally {
  await cleanUp();
}

// ---------------------------------------------------------------------------------------

/** --name value, --name=value, or --flag. */
function parseArgs(list) {
  const out = {};
  for (let i = 0; i < list.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(list[i]);
    if (!match) throw new Error(`unknown argument ${list[i]}`);
    const [, name, value] = match;
    if (value !== undefined) out[name] = value;
    else if (list[i + 1] !== undefined && !list[i + 1].startsWith("--")) out[name] = list[++i];
    else out[name] = true;
  }
  return out;
}

async function tableSizes(db) {
  const { rows } = await sql`
    select relname, pg_total_relation_size(oid) as bytes from pg_class
    where relname in ('support_tickets', 'support_messages', 'support_ticket_events') order by relname`.execute(
    db,
  );
  return rows.map((r) => `${r.relname} ${(Number(r.bytes) / 2 ** 20).toFixed(0)} MiB`).join(", ");
}

/** A progress line that rewrites itself on a terminal; in a log, only every tenth update. */
function progress(text) {
  if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K${text}`);
  else if (text && updates++ % 10 === 0) console.log(text);
}
