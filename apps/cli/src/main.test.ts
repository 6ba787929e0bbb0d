import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Io } from "./io.js";
import { main } from "./main.js";

/** Runs the CLI against a fresh embedded database in a temporary directory. */
function cli(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    env: { SATCHEL_DATA_DIR: mkdtempSync(join(tmpdir(), "satchel-cli-")), LOG_LEVEL: "silent", ...env },
    out: (line = "") => out.push(line),
    err: (line = "") => err.push(line),
    color: false,
  };
  return {
    io,
    out,
    err,
    run: async (...argv: string[]) => {
      out.length = 0;
      err.length = 0;
      return main(argv, io);
    },
  };
}

describe("satchel CLI", () => {
  it("prints help and rejects unknown commands and flags", async () => {
    const c = cli();
    expect(await c.run("--help")).toBe(0);
    expect(c.out.join("\n")).toContain("create-user --role customer|agent|supervisor|compliance|admin");
    expect(await c.run("launch")).toBe(2);
    expect(c.err.join("\n")).toContain('unknown command "launch"');
    expect(await c.run("start", "--colour")).toBe(2);
  });

  it("migrates with progress, then reports the schema up to date", async () => {
    const c = cli();
    expect(await c.run("migrate")).toBe(0);
    expect(c.out.some((l) => /^\s+\[1\/\d+\] \d{8}_0001_platform$/.test(l))).toBe(true);
    expect(await c.run("migrate", "--status")).toBe(0);
    expect(c.out.at(-1)).toBe("Up to date.");
  });

  it("creates staff accounts, refusing duplicates and bad roles", async () => {
    const c = cli();
    await c.run("migrate");
    expect(
      await c.run("create-user", "--role", "admin", "--email", "ops@example.test", "--name", "Ops"),
    ).toBe(0);
    expect(c.out[0]).toMatch(/Created admin ops@example.test \(usr_/);
    expect(c.out[1]).toMatch(/Password: \S{20,}/);
    // Unless STAFF_REQUIRE_2FA=false, staff are told to turn 2FA on before anything else.
    expect(c.out[2]).toContain("turn on two-factor authentication");
    expect(await c.run("create-user", "--role", "agent", "--email", "OPS@example.test")).toBe(1);
    expect(c.err[0]).toContain("already exists");
    expect(await c.run("create-user", "--role", "root", "--email", "x@example.test")).toBe(2);
    expect(c.err.at(-1)).toContain("--role customer|agent|supervisor|compliance|admin");
    expect(await c.run("create-user", "--role", "agent", "--email", "not-an-email")).toBe(1);
  });

  it("reads a password from stdin when asked (a supervisor here)", async () => {
    const c = cli();
    await c.run("migrate");
    const { createUserCommand } = await import("./commands/create-user.js");
    const code = await createUserCommand(c.io, {
      role: "supervisor",
      email: "sam@example.test",
      passwordStdin: true,
      stdin: async () => "marble-falcon-orbit-31\n",
    });
    expect(code).toBe(0);
    expect(c.out.join("\n")).toMatch(/Created supervisor sam@example.test \(usr_/);
    expect(c.out.join("\n")).not.toContain("Password:");
  });

  it("seeds demo data once", async () => {
    const c = cli();
    expect(await c.run("seed", "--demo")).toBe(0);
    expect(c.out).toContain("Seeded demo data.");
    expect(await c.run("seed", "--demo")).toBe(0);
    expect(c.out).toContain("Demo data was already there; nothing changed.");
    expect(await c.run("seed")).toBe(2);
  });

  it("doctor names a wrong variable and says what it expects", async () => {
    const c = cli({ PORT: "eighty" });
    expect(await c.run("doctor")).toBe(1);
    expect(c.err.join("\n")).toContain('PORT must be a port number from 1 to 65535 (got "eighty")');
  });

  it("doctor checks the database and says how to fix an unreachable one", async () => {
    const healthy = cli();
    await healthy.run("migrate");
    expect(await healthy.run("doctor")).toBe(0);
    expect(healthy.out.join("\n")).toMatch(/✔ Database: embedded PGlite/);

    const broken = cli({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/nothing" });
    expect(await broken.run("doctor")).toBe(1);
    const text = broken.out.join("\n");
    expect(text).toMatch(/✖ Database: PostgreSQL/);
    expect(text).toContain("Check that PostgreSQL is running");
  });

  it("refuses demo seeding in production", async () => {
    const c = cli({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/nothing",
      SMTP_URL: "smtp://127.0.0.1:1",
      PUBLIC_URL: "https://wallet.example.test",
      SATCHEL_SECRET: "s".repeat(40),
    });
    expect(await c.run("seed", "--demo")).toBe(1);
  });
});
