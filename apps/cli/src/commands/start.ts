import { DEMO_LOGINS, startSatchel } from "@satchel/server";
import { configFrom } from "../config-from-flags.js";
import { type Io, paint } from "../io.js";

export async function startCommand(
  io: Io,
  flags: { role?: string; port?: string; host?: string },
): Promise<number> {
  const config = configFrom(io, { SATCHEL_ROLE: flags.role, PORT: flags.port, HOST: flags.host });
  if (!config) return 1;
  const started = performance.now();
  io.out(paint(io, "bold", "Starting Satchel…"));
  const running = await startSatchel(config, (line) => io.out(line));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  io.out();
  if (running.app) {
    io.out(
      `${paint(io, "green", "Satchel is running")} at ${paint(io, "cyan", running.url)} (ready in ${seconds} s)`,
    );
    io.out(`  API reference   ${running.url}/api/docs`);
    if (config.devTools) io.out(`  Dev mailbox     ${running.url}/dev/mailbox`);
  } else {
    io.out(`${paint(io, "green", "Satchel worker is running")} (ready in ${seconds} s)`);
  }
  io.out(
    `  Database        ${running.platform.database.kind === "pglite" ? "embedded PGlite" : "PostgreSQL"} (${running.platform.database.location})`,
  );
  io.out(`  Role            ${config.role}`);
  if (config.devTools && running.app) {
    io.out();
    io.out(paint(io, "bold", "Demo logins (development only):"));
    for (const login of DEMO_LOGINS)
      io.out(`  ${login.role.padEnd(10)} ${login.email.padEnd(28)} ${login.password}`);
  }
  io.out();
  io.out(paint(io, "dim", "Press Ctrl+C to stop."));

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      io.out(`\nReceived ${signal}; stopping…`);
      void running.stop().then(resolve);
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
  });
  io.out("Stopped.");
  return 0;
}
