import {
  createPlatform,
  createServices,
  openConfiguredDatabase,
  runMigrations,
  SeedRefusedError,
  seedDemo,
} from "@satchel/server";
import { configFrom } from "../config-from-flags.js";
import type { Io } from "../io.js";

export async function seedCommand(io: Io, flags: { demo?: boolean }): Promise<number> {
  if (!flags.demo) {
    io.err("Say what to seed: `satchel seed --demo` adds the demo customer, agent and admin.");
    return 2;
  }
  const config = configFrom(io);
  if (!config) return 1;
  const database = await openConfiguredDatabase(config);
  let services: ReturnType<typeof createServices> | undefined;
  try {
    const platform = createPlatform({ config, database });
    services = createServices(platform);
    await runMigrations(database, (line) => io.out(line));
    io.out("Seeding demo data…");
    const result = await seedDemo(platform, services, (line) => io.out(line));
    // Deliver the welcome email now, so it is in the dev mailbox even before `start`.
    await platform.outbox.drain();
    io.out(result.seeded ? "Seeded demo data." : "Demo data was already there; nothing changed.");
    for (const login of result.logins)
      io.out(`  ${login.role.padEnd(10)} ${login.email.padEnd(28)} ${login.password}`);
    return 0;
  } catch (error) {
    if (error instanceof SeedRefusedError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  } finally {
    // The status module listens for changes once used (the gate does during the seed's payments).
    await services?.status.close();
    await database.close();
  }
}
