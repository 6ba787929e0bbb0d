import { ConfigError, loadConfig } from "./config.js";
import { startSatchel } from "./server.js";

/** Runs the server from the environment; `satchel start` does the same with more output. */
try {
  const running = await startSatchel(loadConfig(), (line) => console.log(line));
  console.log(`Satchel is running at ${running.url}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void running.stop().then(() => process.exit(0)));
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
