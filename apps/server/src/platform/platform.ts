import type { Kysely } from "kysely";
import { type Logger, pino } from "pino";
import type { Config } from "../config.js";
import { type Clock, systemClock } from "./clock.js";
import type { Database } from "./db/database.js";
import type { DB } from "./db/schema.js";
import { Idempotency } from "./idempotency/idempotency.js";
import { createIdGenerator, type IdGenerator } from "./ids.js";
import { Outbox, type OutboxOptions } from "./outbox/outbox.js";
import { cryptoRandom, type Random } from "./random.js";

/**
 * What every module is given: configuration, the database, time, randomness, ids, the
 * outbox and a logger. Modules receive this, never reach for globals.
 */
export interface Platform {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  clock: Clock;
  random: Random;
  ids: IdGenerator;
  outbox: Outbox;
  /** Idempotency-Key handling for money-moving requests. */
  idempotency: Idempotency;
  log: Logger;
}

export interface PlatformOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  random?: Random;
  log?: Logger;
  outbox?: OutboxOptions;
}

export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino({
    level: config.logLevel,
    // Secrets never reach the log, whatever a caller passes in.
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'res.headers["set-cookie"]',
        "*.password",
        "*.token",
        "*.secret",
      ],
      censor: "[redacted]",
    },
  });
}

export function createPlatform(options: PlatformOptions): Platform {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? cryptoRandom;
  const ids = createIdGenerator(clock, random);
  const log = options.log ?? createLogger(options.config);
  const db = options.database.db;
  return {
    config: options.config,
    database: options.database,
    db,
    clock,
    random,
    ids,
    outbox: new Outbox(db, clock, ids, log.child({ component: "outbox" }), options.outbox),
    idempotency: new Idempotency(db, clock),
    log,
  };
}
