import { type Config, ConfigError, loadConfig } from "@satchel/server";
import type { Io } from "./io.js";

/** Reads the configuration, letting flags such as --port override the environment. */
export function configFrom(io: Io, overrides: Record<string, string | undefined> = {}): Config | undefined {
  const env = { ...io.env };
  for (const [name, value] of Object.entries(overrides)) if (value !== undefined) env[name] = value;
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err("Satchel cannot start because of its configuration:");
    for (const problem of error.problems) io.err(`  - ${problem}`);
    io.err("Fix the environment variables above (see the configuration table in README.md) and try again.");
    return undefined;
  }
}
