import type { FastifyPluginAsync } from "fastify";
import { build, type SatchelApp } from "../app.js";
import type { Config } from "../config.js";
import { ManualClock } from "../platform/clock.js";
import type { Database } from "../platform/db/database.js";
import { createPlatform, type Platform } from "../platform/platform.js";
import { createServices, type Services } from "../services.js";
import { testConfig } from "./test-config.js";
import { createTestDatabase } from "./test-db.js";

export interface TestContext {
  app: SatchelApp;
  platform: Platform;
  services: Services;
  database: Database;
  clock: ManualClock;
  close(): Promise<void>;
}

/**
 * The whole app on a fresh database, ready for `app.inject`. Time stands still (a manual
 * clock) unless a test moves it; the outbox worker does not run until a test drains it.
 */
export async function buildTestApp(
  options: {
    config?: Partial<Config>;
    database?: Database;
    webRoot?: string;
    /** Seed the shipped help-center content (categories, articles, synonyms); off by default to keep other tests fast. */
    helpContent?: boolean;
    /** Extra routes a test needs, registered before the app is ready. */
    plugins?: FastifyPluginAsync[];
  } = {},
): Promise<TestContext> {
  const database = options.database ?? (await createTestDatabase());
  const clock = new ManualClock("2026-11-26T10:00:00.000Z");
  const platform = createPlatform({ config: testConfig(options.config), database, clock });
  const services = createServices(platform);
  // A database the test brings may be unmigrated on purpose (readiness tests); seed only ours.
  if (!options.database) {
    await services.payments.seed();
    await services.support.seed();
    await services.status.seed();
  }
  if (options.helpContent) await services.help.seed();
  const app = await build({
    platform,
    services,
    web: options.webRoot !== undefined,
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  for (const plugin of options.plugins ?? []) await app.register(plugin);
  await app.ready();
  return {
    app,
    platform,
    services,
    database,
    clock,
    close: async () => {
      await app.close();
      await services.support.close();
      await services.status.close();
      await database.close();
    },
  };
}
