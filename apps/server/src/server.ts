import { build, type SatchelApp } from "./app.js";
import type { Config } from "./config.js";
import { startHousekeeping } from "./housekeeping.js";
import { preparePasswordPolicy } from "./modules/accounts/security/password-policy.js";
import { type Database, openDatabase } from "./platform/db/database.js";
import { migrateToLatest } from "./platform/db/migrate.js";
import { createPlatform, type Platform } from "./platform/platform.js";
import { type SeedResult, seedDemo } from "./seed/demo.js";
import { createServices } from "./services.js";

export type Report = (line: string) => void;

/** Opens the configured database: PostgreSQL with DATABASE_URL, embedded PGlite otherwise. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
}

export async function runMigrations(database: Database, report: Report): Promise<string[]> {
  const applied = await migrateToLatest(database.db, ({ name, index, total }) =>
    report(`  [${index}/${total}] ${name}`),
  );
  report(applied.length === 0 ? "Database schema is up to date." : `Applied ${applied.length} migration(s).`);
  return applied;
}

export interface RunningSatchel {
  app: SatchelApp | undefined;
  platform: Platform;
  seed: SeedResult | undefined;
  url: string;
  stop(): Promise<void>;
}

/**
 * `satchel start`: migrate, seed demo data on the first development start, then serve the
 * API and web app and run the background workers, as the role asks.
 */
export async function startSatchel(config: Config, report: Report = () => {}): Promise<RunningSatchel> {
  report(`Database: ${config.databaseUrl ? "PostgreSQL" : "embedded PGlite"}`);
  const database = await openConfiguredDatabase(config);
  const platform = createPlatform({ config, database });
  try {
    report("Applying migrations…");
    await runMigrations(database, report);

    // Services register the outbox's handlers, so they exist in every role.
    const services = createServices(platform);
    await services.accounts.seedOfficialChannels();
    await services.payments.seed();
    await services.help.seed();
    await services.support.seed();
    await services.status.seed();
    // Building the password checker's dictionaries takes about half a second: do it now,
    // not in the first customer's sign-up.
    preparePasswordPolicy();
    let seed: SeedResult | undefined;
    if (config.devTools && config.role !== "worker") {
      seed = await seedDemo(platform, services, report);
      if (seed.seeded) report("Seeded demo data.");
    }

    const app = config.role === "worker" ? undefined : await build({ platform, services });
    // Search answers from memory: build the index before the first customer asks.
    if (app) await services.help.warm();
    if (app) await services.support.warm();
    if (app) await services.status.warm();
    if (config.role !== "api") platform.outbox.start();
    const housekeeping = config.role !== "api" ? startHousekeeping(platform, services) : undefined;
    if (app) await app.listen({ port: config.port, host: config.host });

    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        await platform.outbox.stop();
        await housekeeping?.stop();
        await app?.close();
        await services.help.close();
        await services.support.close();
        await services.status.close();
        await database.close();
      })();
      return stopping;
    };
    return { app, platform, seed, url: config.publicUrl, stop };
  } catch (error) {
    await platform.outbox.stop();
    await database.close();
    throw error;
  }
}
