import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

const dataDir = () => mkdtempSync(join(tmpdir(), "satchel-config-"));

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadConfig", () => {
  it("has defaults that start a development server on the embedded database", () => {
    const dir = dataDir();
    const config = loadConfig({ SATCHEL_DATA_DIR: dir });
    expect(config.port).toBe(8080);
    expect(config.host).toBe("127.0.0.1");
    expect(config.databaseUrl).toBeUndefined();
    expect(config.publicUrl).toBe("http://127.0.0.1:8080");
    expect(config.devTools).toBe(true);
    // A development secret is made once and kept.
    expect(config.secret).toBe(readFileSync(join(dir, "secret.key"), "utf8").trim());
    expect(loadConfig({ SATCHEL_DATA_DIR: dir }).secret).toBe(config.secret);
  });

  it("names the variable and what it expects when a value is wrong", () => {
    const env = { SATCHEL_DATA_DIR: dataDir() };
    expect(problemsOf({ ...env, PORT: "eighty" })[0]).toMatch(/^PORT must be .*1 to 65535.*"eighty"/);
    expect(problemsOf({ ...env, PORT: "70000" })[0]).toMatch(/^PORT must be/);
    expect(problemsOf({ ...env, DATABASE_URL: "mysql://x" })[0]).toMatch(
      /^DATABASE_URL must be .*postgres:\/\//,
    );
    expect(problemsOf({ ...env, LOG_LEVEL: "loud" })[0]).toMatch(/^LOG_LEVEL must be/);
    expect(problemsOf({ ...env, NODE_ENV: "staging" })[0]).toMatch(/^NODE_ENV must be/);
    expect(problemsOf({ ...env, REDIS_URL: "http://x" })[0]).toMatch(/^REDIS_URL must be .*redis:\/\//);
  });

  it("demands the production settings and turns off development tools", () => {
    const problems = problemsOf({ NODE_ENV: "production" });
    expect(problems.join("\n")).toMatch(/DATABASE_URL is required/);
    expect(problems.join("\n")).toMatch(/SMTP_URL is required/);
    expect(problems.join("\n")).toMatch(/PUBLIC_URL is required/);
    expect(problems.join("\n")).toMatch(/SATCHEL_SECRET is required/);

    const config = loadConfig({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://db/satchel",
      SMTP_URL: "smtp://mail:587",
      PUBLIC_URL: "https://wallet.example.com/",
      SATCHEL_SECRET: "x".repeat(40),
    });
    expect(config.devTools).toBe(false);
    expect(config.publicUrl).toBe("https://wallet.example.com");
  });

  it("treats empty values as unset", () => {
    const config = loadConfig({ SATCHEL_DATA_DIR: dataDir(), DATABASE_URL: "", REDIS_URL: "" });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
  });
});
