// Helpers of bench/deposits.mjs: a keep-alive HTTP client, a closed-loop load driver with
// latency percentiles, the simulator's webhook signature, the bench's own connection to the
// database (PGlite's data directory only while the server is stopped) and the checks.
import { execFileSync } from "node:child_process";
import http from "node:http";
import { availableParallelism } from "node:os";
import { createPlatform, loadConfig, openDatabase } from "../../apps/server/dist/index.js";
import { Ledger } from "../../apps/server/dist/modules/ledger/index.js";
import { machineFacts } from "./system.mjs";

/** Cores, Node, commit (and PostgreSQL's version when there is one): what a figure is read with. */
export async function machineOf(databaseUrl) {
  if (databaseUrl) return machineFacts(databaseUrl);
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      encoding: "utf8",
      stdio: "pipe",
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "apps/server"], { encoding: "utf8" });
    if (dirty.trim()) commit += " (apps/server has uncommitted changes)";
  } catch {
    // not a git checkout
  }
  return { cores: availableParallelism(), node: process.version, commit };
}

import { signPayload, simulatorSecret } from "../../apps/server/dist/modules/payments/providers/signing.js";

/** One request over a shared keep-alive agent; resolves { status, json, ms } (status 0: network error). */
export function httpClient(port, maxSockets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const request = ({ method = "GET", path, headers = {}, body }) =>
    new Promise((resolve) => {
      const started = performance.now();
      const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          method,
          path,
          agent,
          headers: {
            ...headers,
            ...(payload === undefined
              ? {}
              : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
          },
        },
        (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => {
            let json;
            try {
              json = JSON.parse(Buffer.concat(chunks).toString());
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode, json, ms: performance.now() - started });
          });
        },
      );
      req.on("error", (error) => resolve({ status: 0, json: { code: error.code }, ms: 0 }));
      req.end(payload);
    });
  return { request, base: `http://127.0.0.1:${port}`, close: () => agent.destroy() };
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/**
 * `concurrency` loops calling `work(n)` (n counts from 0 across loops) until `seconds` are up
 * or `count` calls were made. `work` resolves { ok, key, ms }: answers are tallied by key.
 * A progress line every 5 s, with whatever `extra()` adds.
 */
export async function drive({ concurrency, seconds, count, work, label, extra }) {
  const latencies = [];
  const answers = new Map();
  let started = 0;
  let ok = 0;
  let lastOk = 0;
  let finished = false;
  const t0 = performance.now();
  const deadline = seconds ? t0 + seconds * 1000 : Number.POSITIVE_INFINITY;
  const ticker = setInterval(async () => {
    const elapsed = Math.round((performance.now() - t0) / 1000);
    const more = extra ? ` · ${await extra()}` : "";
    if (finished) return; // a late line, after the level ended
    console.log(
      `  ${label} ${elapsed}${seconds ? `/${seconds}` : ""} s · ${((ok - lastOk) / 5).toFixed(0)}/s over the last 5 s${count ? ` · ${ok}/${count} done` : ""}${more}`,
    );
    lastOk = ok;
  }, 5_000);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && (count === undefined || started < count)) {
        const r = await work(started++);
        latencies.push(r.ms);
        answers.set(r.key, (answers.get(r.key) ?? 0) + 1);
        if (r.ok) ok++;
      }
    }),
  );
  clearInterval(ticker);
  finished = true;
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    concurrency,
    ok,
    calls: latencies.length,
    elapsed,
    rate: ok / elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    answers,
  };
}

export const tally = (answers) => [...answers].map(([k, n]) => `${k} × ${n}`).join(", ");

/** The card simulator's webhook: the event as its body, signed now with the simulator's key. */
export function signedWebhook(webhookSecret, event) {
  const rawBody = JSON.stringify(event);
  const secret = simulatorSecret(webhookSecret, "", "card_sim");
  return { rawBody, signature: signPayload(secret, rawBody, new Date()) };
}

/** The bench's own connection to the server's database, with a platform for ids and the ledger. */
export async function openBenchDatabase(env) {
  const config = loadConfig(env);
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    maxConnections: 4,
  });
  const platform = createPlatform({ config, database });
  return { config, database, platform, db: database.db, ledger: new Ledger(platform) };
}

/** What the bench reads from the running server: card_sim's clearing account, the outbox backlog, the pool. */
export function serverProbe(client, adminToken) {
  const metric = (text, name) => Number(new RegExp(`^${name} (\\d+)`, "m").exec(text)?.[1] ?? Number.NaN);
  const probe = {
    /** Minor units credited from card_sim so far (its clearing account goes negative as deposits succeed). */
    async creditedMinor() {
      const r = await client.request({
        path: "/api/v1/admin/ledger/accounts",
        headers: { authorization: `Bearer ${adminToken}` },
      });
      const row = r.json?.data?.find((a) => a.code === "provider:card_sim" && a.currency === "USD");
      if (!row) throw new Error(`no provider:card_sim account in the admin API (HTTP ${r.status})`);
      return -BigInt(Math.round(Number(row.posted) * 100));
    },
    /** Outbox rows waiting, and callers waiting for a database connection (from /metrics). */
    async gauges() {
      const r = await fetch(`${client.base}/metrics`).then((res) => res.text());
      return {
        outbox: metric(r, "satchel_outbox_pending"),
        poolWaiting: metric(r, 'satchel_db_pool_connections\\{state="waiting"\\}'),
      };
    },
    /** Resolves with the seconds it took for the outbox to have nothing pending. */
    async outboxDrained(timeoutMs = 600_000) {
      const started = performance.now();
      while ((await probe.gauges()).outbox > 0) {
        if (performance.now() - started > timeoutMs) throw new Error("the outbox did not drain");
        await new Promise((r) => setTimeout(r, 250));
      }
      return (performance.now() - started) / 1000;
    },
  };
  return probe;
}

/** A payment.succeeded event of the card simulator for one deposit, in its wire format. */
export const paymentSucceeded = (eventId, depositId, amountMinor) => ({
  id: eventId,
  type: "payment.succeeded",
  created: Math.floor(Date.now() / 1000),
  data: {
    object: "payment",
    id: `sim_${eventId}`,
    reference: depositId,
    status: "succeeded",
    amount: String(amountMinor),
    currency: "USD",
    reasonCode: null,
  },
});

const ms = (v) => `${v.toFixed(1)} ms`;
const s = (v) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`);

/** The two tables of figures, as the README records them. */
export function printFigures(deposits, webhooks) {
  console.log(
    "\n| concurrency | deposits/s | p50 | p95 | p99 | credited while loading | time to credit p50 · p95 · max |",
  );
  console.log(
    "| ----------- | ---------- | --- | --- | --- | ---------------------- | ------------------------------ |",
  );
  for (const r of deposits)
    console.log(
      `| ${r.concurrency} | ${r.rate.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${(Number(r.creditedAtEnd) / r.elapsed).toFixed(1)}/s | ${s(percentile(r.credit, 0.5))} · ${s(percentile(r.credit, 0.95))} · ${s(r.credit.at(-1))} |`,
    );
  console.log("\n| concurrency | webhooks/s, first | p50 · p95 · p99 | duplicates/s | p50 · p95 · p99 |");
  console.log("| ----------- | ----------------- | --------------- | ------------ | --------------- |");
  for (const { concurrency, fresh, duplicate: d } of webhooks)
    console.log(
      `| ${concurrency} | ${fresh.rate.toFixed(0)} | ${ms(fresh.p50)} · ${ms(fresh.p95)} · ${ms(fresh.p99)} | ${d.rate.toFixed(0)} | ${ms(d.p50)} · ${ms(d.p95)} · ${ms(d.p99)} |`,
    );
}
