/** The server package's public face, used by the CLI and the benchmarks. */
export { build, type SatchelApp } from "./app.js";
export { type Config, ConfigError, loadConfig } from "./config.js";
export { type Diagnosis, diagnose } from "./diagnostics.js";
export { USER_ROLES } from "./modules/accounts/index.js";
export { CLI_ACTOR } from "./modules/audit/index.js";
export { DataDirLockedError } from "./platform/db/data-dir-lock.js";
export { type Database, openDatabase, redactUrl } from "./platform/db/database.js";
export { MigrationError, migrationStatus } from "./platform/db/migrate.js";
export { DomainError } from "./platform/errors/domain-error.js";
export { createPlatform, type Platform } from "./platform/platform.js";
export { DEMO_LOGINS, type DemoLogin, SeedRefusedError, seedDemo } from "./seed/demo.js";
export { openConfiguredDatabase, type RunningSatchel, runMigrations, startSatchel } from "./server.js";
export { createServices, type Services } from "./services.js";
export { VERSION } from "./version.js";
