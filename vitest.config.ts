import { defineConfig } from "vitest/config";

/**
 * `npm test` runs every unit and API test. With TEST_DATABASE_URL (or DATABASE_URL) set
 * the database tests run against that PostgreSQL, each file in a schema of its own;
 * otherwise against embedded PGlite in memory. Browser tests are separate (npm run test:e2e).
 */
export default defineConfig({
  test: {
    include: ["apps/*/src/**/*.test.ts", "apps/*/test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
