import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import { Redis } from "ioredis";
import { sql } from "kysely";
import nodemailer from "nodemailer";
import type { Config } from "./config.js";
import { DataDirLockedError } from "./platform/db/data-dir-lock.js";
import { openDatabase, redactUrl } from "./platform/db/database.js";
import { migrationStatus } from "./platform/db/migrate.js";
import { WEB_DIST_DIR } from "./platform/http/web-plugin.js";

/** One finding of `satchel doctor`: what was checked, how it went, and how to fix it. */
export interface Diagnosis {
  check: string;
  status: "ok" | "warn" | "fail";
  detail: string;
  fix?: string;
}

const TIMEOUT_MS = 5000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(
        () => reject(new Error(`${what} did not answer within ${TIMEOUT_MS / 1000} s`)),
        TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function diagnose(config: Config): Promise<Diagnosis[]> {
  const results: Diagnosis[] = [];
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  results.push(
    major > 20 || (major === 20 && minor >= 19)
      ? { check: "Node.js", status: "ok", detail: `v${process.versions.node}` }
      : {
          check: "Node.js",
          status: "fail",
          detail: `v${process.versions.node}`,
          fix: "Install Node.js 20.19 or newer.",
        },
  );
  results.push({
    check: "Mode",
    status: "ok",
    detail: config.isProduction ? "production" : `${config.env} (development tools on)`,
  });
  results.push(await checkDatabase(config));
  results.push(checkMail(config));
  if (config.smtpUrl) results.push(await checkSmtp(config.smtpUrl));
  results.push(checkSms(config));
  results.push(await checkRedis(config));
  results.push(
    existsSync(`${WEB_DIST_DIR}index.html`)
      ? { check: "Web app", status: "ok", detail: `built (${WEB_DIST_DIR})` }
      : {
          check: "Web app",
          status: "warn",
          detail: "not built; only the API will be served",
          fix: "Run `npm run build`.",
        },
  );
  if (config.isProduction && !config.metricsToken) {
    results.push({
      check: "Metrics",
      status: "warn",
      detail: "/metrics is open to anyone who can reach the server",
      fix: "Set METRICS_TOKEN, or block /metrics at the reverse proxy.",
    });
  }
  if (config.isProduction && !config.publicUrl.startsWith("https://")) {
    results.push({
      check: "Public URL",
      status: "warn",
      detail: config.publicUrl,
      fix: "Serve Satchel over HTTPS and set PUBLIC_URL=https://…",
    });
  } else {
    results.push({ check: "Public URL", status: "ok", detail: config.publicUrl });
  }
  return results;
}

async function checkDatabase(config: Config): Promise<Diagnosis> {
  const where = config.databaseUrl
    ? `PostgreSQL ${redactUrl(config.databaseUrl)}`
    : `embedded PGlite in ${config.dataDir}`;
  if (!config.databaseUrl) {
    try {
      mkdirSync(config.dataDir, { recursive: true });
      accessSync(config.dataDir, constants.W_OK);
    } catch (error) {
      return {
        check: "Database",
        status: "fail",
        detail: `${where}: ${message(error)}`,
        fix: "Make SATCHEL_DATA_DIR a writable directory.",
      };
    }
  }
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    database = await withTimeout(
      openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, maxConnections: 1 }),
      "the database",
    );
    await withTimeout(sql`select 1`.execute(database.db), "the database");
    const { pending } = await migrationStatus(database.db);
    if (pending.length > 0) {
      return {
        check: "Database",
        status: "warn",
        detail: `${where}: ${pending.length} migration(s) pending`,
        fix: "Run `satchel migrate` (`satchel start` also applies them).",
      };
    }
    return { check: "Database", status: "ok", detail: `${where}, schema up to date` };
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      return {
        check: "Database",
        status: "ok",
        detail: `${where}: in use by the running Satchel (process ${error.pid}); not opened`,
      };
    }
    return {
      check: "Database",
      status: "fail",
      detail: `${where}: ${message(error)}`,
      fix: config.databaseUrl
        ? "Check that PostgreSQL is running and that DATABASE_URL has the right host, port, user, password and database."
        : "Another Satchel may be using this data directory; stop it or set SATCHEL_DATA_DIR elsewhere.",
    };
  } finally {
    await database?.close().catch(() => {});
  }
}

function checkMail(config: Config): Diagnosis {
  if (config.smtpUrl)
    return {
      check: "Email",
      status: "ok",
      detail: `SMTP ${redactUrl(config.smtpUrl)}, from ${config.mailFrom}`,
    };
  return {
    check: "Email",
    status: "ok",
    detail: "dev mailbox: emails are kept and shown at /dev/mailbox (set SMTP_URL to send real mail)",
  };
}

async function checkSmtp(url: string): Promise<Diagnosis> {
  try {
    await withTimeout(nodemailer.createTransport(url).verify(), "the SMTP server");
    return { check: "SMTP server", status: "ok", detail: "accepted the connection and credentials" };
  } catch (error) {
    return {
      check: "SMTP server",
      status: "fail",
      detail: message(error),
      fix: "Check SMTP_URL: host, port, user and password (smtp://user:pass@host:587).",
    };
  }
}

function checkSms(config: Config): Diagnosis {
  if (config.smsGatewayUrl)
    return { check: "SMS", status: "ok", detail: `HTTP gateway ${redactUrl(config.smsGatewayUrl)}` };
  if (config.devTools)
    return { check: "SMS", status: "ok", detail: "dev mailbox: text messages are shown at /dev/mailbox" };
  return {
    check: "SMS",
    status: "warn",
    detail: "no SMS gateway: text messages (sign-in codes, reset by SMS) stay queued and are not delivered",
    fix: "Set SMS_GATEWAY_URL (and SMS_GATEWAY_TOKEN) to your SMS provider's HTTP endpoint.",
  };
}

async function checkRedis(config: Config): Promise<Diagnosis> {
  if (!config.redisUrl)
    return {
      check: "Redis",
      status: "ok",
      detail: "not used (fine on one node; set REDIS_URL when running several)",
    };
  const redis = new Redis(config.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  redis.on("error", () => {});
  try {
    await withTimeout(
      redis.connect().then(() => redis.ping()),
      "Redis",
    );
    return { check: "Redis", status: "ok", detail: redactUrl(config.redisUrl) };
  } catch (error) {
    return {
      check: "Redis",
      status: "fail",
      detail: `${redactUrl(config.redisUrl)}: ${message(error)}`,
      fix: "Start Redis or correct REDIS_URL; unset it to run on one node without Redis.",
    };
  } finally {
    redis.disconnect();
  }
}
