import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import { PGliteDialect } from "./pglite-dialect.js";
import type { DB } from "./schema.js";

export type DatabaseKind = "postgres" | "pglite";

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** An open database: the Kysely handle plus what operators need to see about it. */
export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Where the data lives, for messages: a redacted URL or a directory. */
  location: string;
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL; when absent the embedded database is used. */
  url?: string | undefined;
  /** Directory for the embedded database; ignored with a URL. `memory://` keeps it in memory. */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /** Schema to put first on the search path (tests isolate themselves this way). */
  searchPath?: string;
}

const INT8_OID = 20;
const parseInt8 = (value: string) => BigInt(value);

/**
 * bigint columns (money in minor units, counters) come back as JS bigint from both
 * drivers, so no amount ever passes through a float.
 */
function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: "text" | "binary") => {
      if (oid === INT8_OID) return parseInt8;
      return pg.types.getTypeParser(oid, format ?? "text");
    }) as pg.CustomTypesConfig["getTypeParser"],
  };
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options);
  return openPGlite(options.dataDir ?? "memory://");
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    types: pgTypes(),
    // A transaction left open by a stuck or killed process would hold its row locks (a wallet,
    // the fee account) and stall every transfer behind it: PostgreSQL ends it after a minute.
    options: [
      "-c idle_in_transaction_session_timeout=60000",
      ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : []),
    ].join(" "),
  });
  // A broken idle connection must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "postgres",
    location: redactUrl(url),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

async function openPGlite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  const directory = inMemory ? dataDir : join(dataDir, "pg");
  if (!inMemory) mkdirSync(directory, { recursive: true });
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = new PGlite(directory, { parsers: { [INT8_OID]: parseInt8 } });
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const dialect = new PGliteDialect(client);
  const db = new Kysely<DB>({ dialect });
  const { driver } = dialect;
  return {
    db,
    kind: "pglite",
    location: inMemory ? "in memory" : directory,
    poolStats: () => ({ total: 1, idle: driver.inUse ? 0 : 1, waiting: driver.waiting }),
    close: async () => {
      await db.destroy();
      unlock();
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
