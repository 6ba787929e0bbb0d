#!/usr/bin/env node
// Cold start of `satchel start` on an existing data directory, until /readyz answers 200.
// Usage: node bench/cold-start.mjs [runs]   (BENCH_DATABASE_URL=postgres://… to use PostgreSQL)
// Needs `npm run build` first. Prints one progress line per run, then min / median / max.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const runs = Number(process.argv[2] ?? 7);
const cli = new URL("../apps/cli/bin/satchel.js", import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), "satchel-bench-"));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startOnce() {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [cli, "start"], {
    env: {
      ...process.env,
      PORT: String(port),
      SATCHEL_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "error",
    },
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error("satchel exited before it was ready");
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (res.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
}

console.log(`Database: ${databaseUrl ? "PostgreSQL" : `embedded PGlite in ${dataDir}`}`);
const first = await startOnce();
console.log(`  first start (creates the database, migrates, seeds): ${first.toFixed(0)} ms`);
const times = [];
for (let i = 1; i <= runs; i++) {
  const ms = await startOnce();
  times.push(ms);
  console.log(`  [${i}/${runs}] cold start to /readyz: ${ms.toFixed(0)} ms`);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `min ${times[0].toFixed(0)} ms · median ${median.toFixed(0)} ms · max ${times.at(-1).toFixed(0)} ms`,
);
rmSync(dataDir, { recursive: true, force: true });
