import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { VERSION } from "@satchel/server";
import { createUserCommand } from "./commands/create-user.js";
import { doctorCommand } from "./commands/doctor.js";
import { migrateCommand } from "./commands/migrate.js";
import { seedCommand } from "./commands/seed.js";
import { startCommand } from "./commands/start.js";
import { type Io, terminalIo } from "./io.js";

export const HELP = `satchel — run and look after a Satchel installation

Usage: satchel <command> [options]

Commands:
  start [--role all|api|worker] [--port N] [--host H]
                      apply migrations, seed demo data on the first development
                      start, then serve the API and web app and run the workers
  migrate [--status]  apply pending database migrations (or list them)
  seed --demo         add the demo customer, agent and admin (development only)
  create-user --role customer|agent|supervisor|compliance|admin --email <address>
              [--name <name>] [--password-stdin]
                      create an account; without --password-stdin a strong
                      password is generated and shown once (staff then turn on
                      two-factor authentication unless STAFF_REQUIRE_2FA=false)
  doctor              check configuration, database, mail, SMS, Redis and the web
                      build, and say how to fix what is wrong
  help                show this text
  version             print the version

Configuration comes from environment variables (DATABASE_URL, PORT, SMTP_URL, …);
see README.md. Without DATABASE_URL, data lives in ./data (SATCHEL_DATA_DIR).`;

function readStdin(): Promise<string> {
  return new Promise((resolve) => {
    if (process.stdin.isTTY) return resolve(readFileSync(0, "utf8"));
    let data = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => {
      data += chunk;
    });
    process.stdin.on("end", () => resolve(data));
  });
}

export async function main(argv: string[], io: Io = terminalIo()): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`satchel: ${error instanceof Error ? error.message : String(error)}`);
    io.err("Run `satchel help` for usage.");
    return 2;
  }
  const { values, positionals } = parsed;
  const [command = "help", ...rest] = positionals;
  if (rest.length > 0) {
    io.err(`satchel: unexpected argument ${rest[0]}. Run \`satchel help\` for usage.`);
    return 2;
  }
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  try {
    switch (command) {
      case "start":
        return await startCommand(io, values);
      case "migrate":
        return await migrateCommand(io, values);
      case "seed":
        return await seedCommand(io, values);
      case "create-user":
        return await createUserCommand(io, {
          ...values,
          passwordStdin: values["password-stdin"],
          stdin: readStdin,
        });
      case "doctor":
        return await doctorCommand(io);
      case "help":
        io.out(HELP);
        return 0;
      case "version":
        io.out(VERSION);
        return 0;
      default:
        io.err(`satchel: unknown command "${command}". Run \`satchel help\` for usage.`);
        return 2;
    }
  } catch (error) {
    io.err(`satchel ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: "boolean", short: "h" },
      role: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      status: { type: "boolean" },
      demo: { type: "boolean" },
      email: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
  });
}
