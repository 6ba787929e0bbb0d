// `satchel start` as a child process for the benchmarks: started with an environment, waited
// for until /readyz answers 200, stopped with SIGTERM (which drains the outbox loop and closes
// the database). Its output goes to a log file that is shown when it fails to start.
import { spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";

const cli = new URL("../../apps/cli/bin/satchel.js", import.meta.url).pathname;
const children = new Set();
// Interrupted (Ctrl+C, a closed pipe, a crash): no server is left running behind.
process.once("exit", () => {
  for (const child of children) child.kill("SIGTERM");
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(signal, () => process.exit(130));
process.stdout.on("error", () => process.exit(1));

/** Starts satchel with `env` (PORT must be set) and resolves once it is ready. */
export async function startSatchel(env, { logFile, nodeArgs = [], timeoutMs = 180_000 }) {
  const log = openSync(logFile, "a");
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, cli, "start"], { env, stdio: ["ignore", log, log] });
  children.add(child);
  child.once("exit", () => children.delete(child));
  const base = `http://127.0.0.1:${env.PORT}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`satchel exited before it was ready:\n${readFileSync(logFile, "utf8").slice(-3000)}`);
      if (performance.now() - started > timeoutMs)
        throw new Error(`satchel was not ready after ${timeoutMs} ms`);
      try {
        if ((await fetch(`${base}/readyz`)).status === 200) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid, base, readyMs: performance.now() - started, stop };
}
