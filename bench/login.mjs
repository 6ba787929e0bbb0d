#!/usr/bin/env node
// Sign-in cost: how long one login takes (Argon2id dominates, by design) and how many a
// single process completes per second with N at once. In-process through app.inject, on an
// in-memory PGlite (or BENCH_DATABASE_URL). Usage: node bench/login.mjs [logins] [concurrency]
import {
  build,
  createPlatform,
  createServices,
  openDatabase,
  runMigrations,
} from "../apps/server/dist/index.js";

const total = Number(process.argv[2] ?? 40);
const concurrency = Number(process.argv[3] ?? 4);
const database = await openDatabase({
  url: process.env.BENCH_DATABASE_URL || undefined,
  dataDir: "memory://",
});
await runMigrations(database, () => {});
const config = {
  env: "test",
  isProduction: false,
  port: 0,
  host: "127.0.0.1",
  publicUrl: "http://127.0.0.1:8080",
  databaseUrl: undefined,
  dataDir: "memory://",
  redisUrl: undefined,
  smtpUrl: undefined,
  mailFrom: "bench@satchel.test",
  smsGatewayUrl: undefined,
  smsGatewayToken: undefined,
  logLevel: "silent",
  secret: "bench-secret-bench-secret-bench-secret!!",
  role: "all",
  corsOrigins: [],
  trustProxy: false,
  bodyLimit: 1048576,
  rateLimitPerMinute: 1_000_000,
  devTools: true,
  security: {
    lockoutThreshold: 5,
    lockoutMinutes: 15,
    hardLockAfter: 3,
    ipFailureLimit: 1_000_000,
    ipWindowMinutes: 15,
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 12,
    apiTokenIdleDays: 7,
    apiTokenAbsoluteDays: 30,
  },
  supportEmail: undefined,
};
const platform = createPlatform({ config, database });
const services = createServices(platform);
const app = await build({ platform, services, web: false });
await app.ready();
const password = "quartz-ember-willow-58";
await services.users.create(
  platform.db,
  { email: "bench@example.test", password, role: "customer" },
  { id: null, label: "bench" },
);

const once = async () => {
  const started = performance.now();
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { login: "bench@example.test", password },
  });
  if (res.statusCode !== 200) throw new Error(`login answered ${res.statusCode}: ${res.body}`);
  return performance.now() - started;
};

await once(); // warm-up
const latencies = [];
for (let i = 0; i < total; i++) {
  latencies.push(await once());
  if ((i + 1) % 10 === 0) console.log(`  sequential ${i + 1}/${total}`);
}
latencies.sort((a, b) => a - b);
const pct = (p) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(0);
console.log(
  `sequential login: p50 ${pct(50)} ms · p95 ${pct(95)} ms · max ${latencies.at(-1).toFixed(0)} ms`,
);

const started = performance.now();
let done = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (done < total) {
      done++;
      await once();
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
console.log(`${total} logins, ${concurrency} at a time: ${(total / seconds).toFixed(1)} logins/s`);
await app.close();
await database.close();
