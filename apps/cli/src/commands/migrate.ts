import { migrationStatus, openConfiguredDatabase, runMigrations } from "@satchel/server";
import { configFrom } from "../config-from-flags.js";
import { type Io, mark } from "../io.js";

export async function migrateCommand(io: Io, flags: { status?: boolean }): Promise<number> {
  const config = configFrom(io);
  if (!config) return 1;
  const database = await openConfiguredDatabase(config);
  try {
    io.out(
      `Database: ${database.kind === "pglite" ? "embedded PGlite" : "PostgreSQL"} (${database.location})`,
    );
    if (flags.status) {
      const status = await migrationStatus(database.db);
      for (const name of status.applied) io.out(`  ${mark.ok(io)} ${name}`);
      for (const name of status.pending) io.out(`  ${mark.warn(io)} ${name} (pending)`);
      io.out(status.pending.length === 0 ? "Up to date." : `${status.pending.length} migration(s) pending.`);
      return 0;
    }
    await runMigrations(database, (line) => io.out(line));
    return 0;
  } finally {
    await database.close();
  }
}
