import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "../platform/db/database.js";
import { migrateToLatest } from "../platform/db/migrate.js";

/** The PostgreSQL server tests use, when one is named; PGlite otherwise. */
export const TEST_POSTGRES_URL: string | undefined =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

export const testDatabaseKind = TEST_POSTGRES_URL ? "postgres" : "pglite";

/**
 * A fresh, empty database for one test file: a schema of its own on PostgreSQL (dropped
 * on close), or a new in-memory PGlite. Migrated unless told otherwise.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<Database> {
  let database: Database;
  if (TEST_POSTGRES_URL) {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    await withAdminClient((client) => client.query(`create schema ${schema}`));
    const opened = await openDatabase({ url: TEST_POSTGRES_URL, searchPath: schema, maxConnections: 5 });
    database = {
      ...opened,
      close: async () => {
        await opened.close();
        await withAdminClient((client) => client.query(`drop schema ${schema} cascade`));
      },
    };
  } else {
    database = await openDatabase({ dataDir: "memory://" });
  }
  if (options.migrate ?? true) await migrateToLatest(database.db);
  return database;
}

async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
