import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { type ChannelSettings, channelEnvShape, channelSettings } from "./config-channels.js";
import { type PaymentSettings, paymentEnvShape, paymentSettings } from "./config-payments.js";
import { type StatusSettings, statusEnvShape, statusSettings } from "./config-status.js";
import { type WalletSettings, walletEnvShape, walletSettings } from "./config-wallets.js";

/**
 * The whole configuration of a Satchel process, read once from the environment.
 * A wrong value stops start-up with a message naming the variable and what it expects.
 */

const urlWithScheme = (schemes: string[], example: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return schemes.includes(new URL(value).protocol.replace(/:$/, ""));
        } catch {
          return false;
        }
      },
      `a URL starting with ${schemes.map((s) => `${s}://`).join(" or ")} (for example ${example})`,
    );

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce
    .number({ error: "a port number from 1 to 65535" })
    .int("a whole port number from 1 to 65535")
    .min(1, "a port number from 1 to 65535")
    .max(65535, "a port number from 1 to 65535")
    .default(8080),
  HOST: z.string().trim().min(1, "a host name or IP address to listen on").default("127.0.0.1"),
  DATABASE_URL: optional(urlWithScheme(["postgres", "postgresql"], "postgres://user:pass@db:5432/satchel")),
  SATCHEL_DATA_DIR: z.string().trim().min(1).default("./data"),
  REDIS_URL: optional(urlWithScheme(["redis", "rediss"], "redis://127.0.0.1:6379")),
  SMTP_URL: optional(urlWithScheme(["smtp", "smtps"], "smtp://user:pass@mail.example.com:587")),
  MAIL_FROM: z.string().trim().min(3).default("Satchel <no-reply@satchel.localhost>"),
  SMS_GATEWAY_URL: optional(urlWithScheme(["http", "https"], "https://sms.example.com/send")),
  SMS_GATEWAY_TOKEN: optional(z.string().min(1)),
  PUBLIC_URL: optional(urlWithScheme(["http", "https"], "https://wallet.example.com")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SATCHEL_SECRET: optional(z.string().min(32, "a random string of at least 32 characters")),
  SATCHEL_ROLE: z.enum(["all", "api", "worker"]).default("all"),
  CORS_ORIGINS: optional(z.string()),
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"], { error: "true or false" })
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  BODY_LIMIT: z.coerce
    .number({ error: "a size in bytes" })
    .int()
    .min(1024, "at least 1024 bytes")
    .max(50 * 1024 * 1024, "at most 50 MiB")
    .default(1024 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: "a whole number" }).int().min(1).default(600),
  LOGIN_LOCKOUT_THRESHOLD: count(5, 1, 100),
  LOGIN_LOCKOUT_MINUTES: count(15, 1, 24 * 60),
  LOGIN_HARD_LOCK_AFTER: count(3, 2, 20),
  LOGIN_IP_FAILURE_LIMIT: count(50, 5, 100_000),
  LOGIN_IP_WINDOW_MINUTES: count(15, 1, 24 * 60),
  SESSION_IDLE_MINUTES: count(30, 1, 7 * 24 * 60),
  SESSION_ABSOLUTE_HOURS: count(12, 1, 24 * 30),
  API_TOKEN_IDLE_DAYS: count(7, 1, 365),
  API_TOKEN_ABSOLUTE_DAYS: count(30, 1, 365),
  STAFF_REQUIRE_2FA: z
    .enum(["true", "false", "1", "0"], { error: "true or false" })
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  SUPPORT_EMAIL_ADDRESS: optional(z.email("an email address such as support@example.com")),
  METRICS_TOKEN: optional(z.string().min(16, "a random string of at least 16 characters")),
  ...walletEnvShape,
  ...paymentEnvShape,
  ...channelEnvShape,
  ...statusEnvShape,
});

/** A whole number within bounds, with a default. */
function count(fallback: number, min: number, max: number) {
  const expects = `a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ error: expects })
    .int(expects)
    .min(min, expects)
    .max(max, expects)
    .default(fallback);
}

/**
 * Lockout, throttling and session lifetimes. They are configuration because the help
 * center quotes them to customers and operators tune them.
 */
export interface SecuritySettings {
  lockoutThreshold: number;
  lockoutMinutes: number;
  hardLockAfter: number;
  ipFailureLimit: number;
  ipWindowMinutes: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  apiTokenIdleDays: number;
  apiTokenAbsoluteDays: number;
  /** Staff (agents, supervisors, compliance, admins) must have two-factor authentication on to work. */
  staffRequireMfa: boolean;
}

export type Role = "all" | "api" | "worker";

export interface Config {
  env: "development" | "production" | "test";
  isProduction: boolean;
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  smsGatewayUrl: string | undefined;
  smsGatewayToken: string | undefined;
  logLevel: string;
  secret: string;
  role: Role;
  corsOrigins: string[];
  trustProxy: boolean;
  bodyLimit: number;
  rateLimitPerMinute: number;
  /** Development conveniences (dev mailbox, demo data); never in production. */
  devTools: boolean;
  security: SecuritySettings;
  supportEmail: string | undefined;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  wallets: WalletSettings;
  payments: PaymentSettings;
  /** Email in and out, chat, phone lines, Messenger and X (config-channels.ts). */
  channels: ChannelSettings;
  /** The status page's automatic signals (config-status.ts). */
  status: StatusSettings;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        const got = env[name];
        return `${name} must be ${issue.message}${got === undefined ? "" : ` (got ${JSON.stringify(got)})`}`;
      }),
    );
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === "production";
  const problems: string[] = [];
  if (isProduction) {
    if (!e.DATABASE_URL) problems.push("DATABASE_URL is required in production (postgres://...)");
    if (!e.SMTP_URL) problems.push("SMTP_URL is required in production to send email (smtp://...)");
    if (!e.PUBLIC_URL)
      problems.push("PUBLIC_URL is required in production (the https:// address customers use)");
    if (!e.SATCHEL_SECRET)
      problems.push("SATCHEL_SECRET is required in production (at least 32 random characters)");
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = resolve(e.SATCHEL_DATA_DIR);
  const displayHost = e.HOST === "0.0.0.0" || e.HOST === "::" ? "127.0.0.1" : e.HOST;
  const publicUrl = (e.PUBLIC_URL ?? `http://${displayHost}:${e.PORT}`).replace(/\/+$/, "");
  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    smsGatewayUrl: e.SMS_GATEWAY_URL,
    smsGatewayToken: e.SMS_GATEWAY_TOKEN,
    logLevel: e.LOG_LEVEL,
    secret: e.SATCHEL_SECRET ?? developmentSecret(dataDir),
    role: e.SATCHEL_ROLE,
    corsOrigins: (e.CORS_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: e.TRUST_PROXY,
    bodyLimit: e.BODY_LIMIT,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    devTools: !isProduction,
    security: {
      lockoutThreshold: e.LOGIN_LOCKOUT_THRESHOLD,
      lockoutMinutes: e.LOGIN_LOCKOUT_MINUTES,
      hardLockAfter: e.LOGIN_HARD_LOCK_AFTER,
      ipFailureLimit: e.LOGIN_IP_FAILURE_LIMIT,
      ipWindowMinutes: e.LOGIN_IP_WINDOW_MINUTES,
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
      apiTokenIdleDays: e.API_TOKEN_IDLE_DAYS,
      apiTokenAbsoluteDays: e.API_TOKEN_ABSOLUTE_DAYS,
      staffRequireMfa: e.STAFF_REQUIRE_2FA,
    },
    supportEmail: e.SUPPORT_EMAIL_ADDRESS,
    metricsToken: e.METRICS_TOKEN,
    wallets: walletSettings(e),
    payments: paymentSettings(e),
    channels: channelSettings(e, new URL(publicUrl).hostname),
    status: statusSettings(e),
  };
}

/**
 * Outside production a secret is generated once and kept in the data directory, so that
 * restarts keep signed values valid without asking a developer to invent one.
 */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, "secret.key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
