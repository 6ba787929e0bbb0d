import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * `npm test` runs every unit and API test. With TEST_DATABASE_URL (or DATABASE_URL) set
 * the database tests run against that PostgreSQL, each file in a schema of its own;
 * otherwise against embedded PGlite in memory. Browser tests are separate (npm run test:e2e).
 */
export default defineConfig({
  resolve: {
    // Tests run the TypeScript sources; no build is needed before `npm test`.
    alias: { "@satchel/server": fileURLToPath(new URL("./apps/server/src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["apps/*/src/**/*.test.ts", "apps/*/test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
