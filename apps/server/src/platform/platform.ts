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

/**
 * Query parameters that carry a secret: a guest's chat socket has its token there (browsers
 * cannot send headers), Meta's webhook check its verify token. X's crc_token is no secret but
 * is signed back, so it is left out of logs too.
 */
const SECRET_QUERY = /([?&](?:token|access_token|hub\.verify_token|crc_token)=)[^&#]*/gi;

/** A request as the log shows it (Fastify logs one as `req`): secrets in the query string replaced. */
export function requestForLog(req: { method?: string; url?: string; ip?: string }) {
  return {
    method: req.method,
    url: (req.url ?? "").replace(SECRET_QUERY, "$1[redacted]"),
    remoteAddress: req.ip,
  };
}

export function createLogger(config: Pick<Config, "logLevel">, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    serializers: { req: requestForLog },
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
  };
  return destination ? pino(options, destination) : pino(options);
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
    outbox: new Outbox(db, clock, ids, random, log.child({ component: "outbox" }), options.outbox),
    idempotency: new Idempotency(db, clock),
    log,
  };
}
