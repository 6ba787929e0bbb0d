// Helpers of the benchmarks that talk to the machine rather than to Satchel: databases made
// and dropped, pgbench, CPU time of processes, and the machine facts a figure needs.
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, totalmem } from "node:os";
import pg from "pg";

export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** A postgres:// URL with its database name replaced. */
export function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs SQL on the server's maintenance database (`postgres`). */
export async function adminQuery(serverUrl, text) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

const ident = (name) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  return name;
};

/** Drops (disconnecting anyone still on it) and creates an empty database. */
export async function freshDatabase(serverUrl, name) {
  await adminQuery(serverUrl, `drop database if exists ${ident(name)} with (force)`);
  await adminQuery(serverUrl, `create database ${ident(name)}`);
}

export async function dropDatabase(serverUrl, name) {
  await adminQuery(serverUrl, `drop database if exists ${ident(name)} with (force)`);
}

/** The libpq arguments (-h -p -U) of a postgres:// URL, for pgbench. */
function libpqArgs(url) {
  const u = new URL(url);
  return [
    "-h",
    u.hostname || "127.0.0.1",
    "-p",
    u.port || "5432",
    "-U",
    decodeURIComponent(u.username || "postgres"),
  ];
}

function run(command, args, env, onSpawn) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    onSpawn?.(child);
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}:\n${out}`)),
    );
  });
}

/**
 * TPC-B as pgbench runs it (three updates, a select and an insert per transaction) on a
 * fresh database: the yardstick for "how many small write transactions this PostgreSQL
 * commits per second on this machine". Returns tps without connection time.
 */
export async function runPgbench(serverUrl, { database, scale, clients, threads, seconds, onProgress }) {
  const password = new URL(serverUrl).password;
  const env = password ? { PGPASSWORD: decodeURIComponent(password) } : {};
  await freshDatabase(serverUrl, database);
  onProgress?.(`  pgbench -i -s ${scale} (${scale * 100_000} accounts)…`);
  await run("pgbench", ["-i", "-s", String(scale), "-q", ...libpqArgs(serverUrl), database], env);
  onProgress?.(`  pgbench -c ${clients} -j ${threads} -T ${seconds} -M prepared…`);
  const wal0 = await walPosition(serverUrl, database);
  let cpu;
  const out = await run(
    "pgbench",
    [
      "-c",
      String(clients),
      "-j",
      String(threads),
      "-T",
      String(seconds),
      "-M",
      "prepared",
      ...libpqArgs(serverUrl),
      database,
    ],
    env,
    (child) => {
      cpu = cpuMeter({ serverPid: child.pid, database });
    },
  );
  const usage = cpu.read();
  const wal = (await walPosition(serverUrl, database)) - wal0;
  const tps =
    /tps = ([\d.]+) \((?:without initial connection time|excluding connections establishing)\)/.exec(out);
  if (!tps) throw new Error(`could not read tps from pgbench:\n${out}`);
  const latency = /latency average = ([\d.]+) ms/.exec(out);
  const transactions = /number of transactions actually processed: (\d+)/.exec(out);
  return {
    tps: Number(tps[1]),
    latencyMs: latency ? Number(latency[1]) : undefined,
    cpu: usage,
    walPerTransaction: transactions ? wal / Number(transactions[1]) : undefined,
  };
}

/** Bytes of WAL written so far by the whole server (every database, anyone's). */
export async function walPosition(serverUrl, database) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
  await client.connect();
  try {
    const { rows } = await client.query("select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::text as b");
    return Number(rows[0].b);
  } finally {
    await client.end();
  }
}

const TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process, in seconds (or only stime, the kernel's part); undefined when it is gone. */
function cpuSecondsOf(pid, { kernelOnly = false } = {}) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((kernelOnly ? 0 : Number(fields[11])) + Number(fields[12])) / TICKS;
  } catch {
    return undefined;
  }
}

function commOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds of the PostgreSQL processes that work for `database`: its backends, and the
 * server's own processes (postmaster, WAL writer, checkpointer…), which every database
 * shares. Backends of other databases (someone else's tests) are left out.
 */
function postgresCpu(database) {
  const byPid = new Map();
  let pids = [];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return byPid;
  }
  for (const pid of pids) {
    if (commOf(pid) !== "postgres") continue;
    let cmdline = "";
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
      continue;
    }
    // A backend's title is "postgres: user database host(port) state".
    const backend = /\d+\.\d+\.\d+\.\d+\(\d+\)|\[local\]|::1?\(\d+\)/.test(cmdline);
    if (backend && !cmdline.includes(` ${database} `)) continue;
    const seconds = cpuSecondsOf(pid);
    if (seconds !== undefined) byPid.set(pid, seconds);
  }
  return byPid;
}

/** Busy CPU seconds of the whole machine, all cores (from /proc/stat). */
function machineCpu() {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
    // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
    const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
    return (user + nice + system + irq + softirq + steal) / TICKS;
  } catch {
    return undefined;
  }
}

/**
 * CPU used from now until read(), as a share of one core: this process (the load
 * generator), an optional server process (or pgbench's client), the PostgreSQL processes of
 * `database`, and whatever else ran on the machine meanwhile (`others`: a busy machine
 * makes figures worthless). Linux only; elsewhere the figures are undefined. Processes are
 * sampled every 200 ms, so one that ends in between (pgbench's backends, pgbench itself) is
 * counted up to its last sample, and one that starts in between is counted whole.
 */
export function cpuMeter({ serverPid, database }) {
  const started = performance.now();
  const self = process.cpuUsage();
  const machine = machineCpu();
  const first = { server: undefined, serverKernel: undefined, pg: postgresCpu(database) };
  const last = { server: undefined, serverKernel: undefined, pg: new Map(first.pg) };
  const sample = () => {
    if (serverPid) {
      const total = cpuSecondsOf(serverPid);
      const kernel = cpuSecondsOf(serverPid, { kernelOnly: true });
      if (total !== undefined) {
        first.server ??= total;
        first.serverKernel ??= kernel;
        last.server = total;
        last.serverKernel = kernel;
      }
    }
    for (const [pid, seconds] of postgresCpu(database)) last.pg.set(pid, seconds);
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    read() {
      clearInterval(timer);
      sample();
      const wall = (performance.now() - started) / 1000;
      const selfUsed = process.cpuUsage(self);
      let pgUsed = 0;
      for (const [pid, seconds] of last.pg) pgUsed += seconds - (first.pg.get(pid) ?? 0);
      const machineAfter = machineCpu();
      const share = (seconds) => (seconds === undefined ? undefined : seconds / wall);
      const loadGenerator = (selfUsed.user + selfUsed.system) / 1e6;
      const serverUsed = first.server === undefined ? undefined : last.server - first.server;
      const total = machine !== undefined && machineAfter !== undefined ? machineAfter - machine : undefined;
      return {
        loadGenerator: share(loadGenerator),
        server: share(serverUsed),
        serverKernel: share(
          first.serverKernel === undefined ? undefined : last.serverKernel - first.serverKernel,
        ),
        postgres: first.pg.size > 0 || last.pg.size > 0 ? share(pgUsed) : undefined,
        machine: share(total),
        others:
          total === undefined
            ? undefined
            : share(Math.max(0, total - loadGenerator - (serverUsed ?? 0) - pgUsed)),
      };
    },
  };
}

export const percent = (share) => (share === undefined ? "n/a" : `${Math.round(share * 100)}%`);

/** What a figure must be read with: cores, memory, Node, PostgreSQL, commit. */
export async function machineFacts(serverUrl) {
  const { rows } = await adminQuery(serverUrl, "select current_setting('server_version') as v");
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "apps/server"], {
      encoding: "utf8",
    }).trim();
    if (dirty) commit += " (apps/server has uncommitted changes)";
  } catch {
    // not a git checkout
  }
  return {
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: rows[0]?.v ?? "unknown",
    commit,
  };
}
