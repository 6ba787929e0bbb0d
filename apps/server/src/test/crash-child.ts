import type { AddressInfo } from "node:net";
import { ConfigError, loadConfig } from "../config.js";
import { startSatchel } from "../server.js";

/**
 * The real server as a child process, for tests that kill it (crash.test.ts). It reads its
 * configuration from the environment like `satchel start`, but listens on a port the
 * system picks and tells the parent which one with one JSON line on stdout:
 * `{"ready":true,"port":…,"pid":…}`. SIGTERM stops it cleanly (exit 0); SIGKILL is the crash.
 *
 * Run it with vite-node (it is TypeScript and there is no build before the tests):
 * `node node_modules/vite-node/vite-node.mjs apps/server/src/test/crash-child.ts`.
 */
try {
  const running = await startSatchel({ ...loadConfig(), port: 0 });
  if (!running.app) throw new Error("the crash child must serve HTTP (SATCHEL_ROLE=all or api)");
  const { port } = running.app.server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ ready: true, port, pid: process.pid })}\n`);
  process.once("SIGTERM", () => {
    void running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
