import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * The embedded database is one process's files: a second process opening them at the same
 * time would corrupt them. A lock file naming the owner keeps a second `satchel start`
 * (or `satchel doctor` while one runs) out; a lock left by a process that died is taken over.
 *
 * A pid alone is not a name: in a container `node` gets the same small pid on every start,
 * so after a SIGKILL the new process would find "its own" pid, or pid 1 alive, in the lock
 * and refuse forever. Where /proc exists the lock therefore also records the owner's start
 * time (and the boot): a live process with that pid but another start time is not the owner.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (another satchel start?). ` +
        "Stop that process first, or use PostgreSQL (DATABASE_URL) to run several processes.",
    );
    this.name = "DataDirLockedError";
  }
}

/** When a process started, as the kernel counts it (Linux); undefined elsewhere or when gone. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    return `${boot}:${fields[19]}`;
  } catch {
    return undefined;
  }
}

interface Owner {
  pid: number;
  started?: string;
}

function readOwner(file: string): Owner | undefined {
  const text = readFileSync(file, "utf8").trim();
  try {
    const parsed = JSON.parse(text) as Partial<Owner>;
    if (typeof parsed === "number") return { pid: parsed };
    if (typeof parsed.pid === "number")
      return { pid: parsed.pid, ...(typeof parsed.started === "string" ? { started: parsed.started } : {}) };
  } catch {
    // Not JSON: a bare pid from an older version, or garbage (treated as stale).
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) ? { pid } : undefined;
}

/** Whether the process that wrote the lock is still running (and is the same process). */
function ownerRuns(owner: Owner): boolean {
  if (owner.pid === process.pid)
    return owner.started === undefined || owner.started === startTimeOf(process.pid);
  if (!isAlive(owner.pid)) return false;
  return (
    owner.started === undefined ||
    startTimeOf(owner.pid) === undefined ||
    startTimeOf(owner.pid) === owner.started
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock, or throws DataDirLockedError; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, "satchel.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      const started = startTimeOf(process.pid);
      writeSync(fd, JSON.stringify({ pid: process.pid, ...(started ? { started } : {}) }));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(file);
      if (owner && ownerRuns(owner)) throw new DataDirLockedError(dataDir, owner.pid);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}
