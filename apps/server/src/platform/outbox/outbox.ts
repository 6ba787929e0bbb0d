import { type Kysely, sql, type Transaction } from "kysely";
import type { Logger } from "pino";
import type { Clock } from "../clock.js";
import type { DB } from "../db/schema.js";
import type { IdGenerator } from "../ids.js";
import type { Random } from "../random.js";
import { retryParked } from "./dead-letters.js";
import { redactError } from "./redact.js";

/** Anything that can run a query: the database itself or an open transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;

/** The longest wait between two attempts, before jitter. */
export const MAX_BACKOFF_MS = 3_600_000;
/** Up to this share of the wait is added at random. */
export const BACKOFF_JITTER = 0.25;

/**
 * How long a row waits after its `attempts`-th failure: 2 s, 4 s, 8 s … capped at an hour,
 * plus up to a quarter more at random, so rows that failed together (a mail server down for
 * everyone) do not all come back in the same second. The random source is the platform's, so a
 * test can fix it; a test that waits 1.25 × the base delay sees the row due.
 */
export function backoffMs(attempts: number, random: Random): number {
  const base = Math.min(2 ** attempts * 1000, MAX_BACKOFF_MS);
  return base + random.int(0, Math.floor(base * BACKOFF_JITTER) + 1);
}

/** Which try this is (1 for the first); `last` when a failure now parks the row as dead. */
export interface OutboxAttempt {
  /** The outbox row: stable across retries (an email's Message-ID is made from it). */
  id: string;
  attempt: number;
  last: boolean;
}

/**
 * Delivers one row; throws to be retried. A handler that records a state of its own (a reply
 * "queued") reads `last` to settle it when no retry will follow, and registers with
 * `onRetry` what puts that state back when an operator retries the dead row: otherwise the
 * handler would find its work settled ("failed") and the retry would send nothing.
 */
export type OutboxHandler = (payload: Record<string, unknown>, attempt: OutboxAttempt) => Promise<void>;

/** Runs in the transaction that puts a dead row back in line, with that row's payload. */
export type OutboxReviver = (executor: Executor, payload: Record<string, unknown>) => Promise<void>;

export interface OutboxOptions {
  /** How many rows one pass claims. */
  batchSize?: number;
  /** After this many failed attempts a row is parked as dead for an operator to look at. */
  maxAttempts?: number;
  /** How long a claimed row stays invisible to other workers while it is being delivered. */
  leaseMs?: number;
  /** Pause between passes when there was nothing to do. */
  idleMs?: number;
}

/**
 * The transactional outbox. Side effects (email, SMS, webhooks) are written as rows in the
 * same transaction as the change that caused them, and delivered afterwards by a worker
 * with retries, so nothing is sent for a change that rolled back and nothing is lost for
 * one that committed.
 */
export class Outbox {
  private readonly handlers = new Map<string, OutboxHandler>();
  private readonly revivers = new Map<string, OutboxReviver>();
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly leaseMs: number;
  private readonly idleMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly random: Random,
    private readonly log: Logger,
    options: OutboxOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 20;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.idleMs = options.idleMs ?? 500;
  }

  register(topic: string, handler: OutboxHandler): void {
    if (this.handlers.has(topic)) throw new Error(`outbox topic ${topic} already has a handler`);
    this.handlers.set(topic, handler);
  }

  /** What undoes a topic's settled state when an operator retries one of its dead rows (see `retryDead`). */
  onRetry(topic: string, reviver: OutboxReviver): void {
    if (this.revivers.has(topic)) throw new Error(`outbox topic ${topic} already has a reviver`);
    this.revivers.set(topic, reviver);
  }

  /**
   * An operator sends a dead row again: back in line now, its attempts from zero, and, in the
   * same transaction, its topic's `onRetry` reviver undoes what the last attempt settled, so the next
   * pass delivers it (once: a row delivered is never dead again). Undefined when the row is
   * not dead.
   */
  async retryDead(
    executor: Executor,
    input: { id: string; by: string; at: Date },
  ): Promise<{ id: string } | undefined> {
    const row = await retryParked(executor, input);
    if (!row) return undefined;
    await this.revivers.get(row.topic)?.(executor, row.payload);
    return { id: row.id };
  }

  /**
   * Writes a side effect to be delivered after `executor`'s transaction commits; with
   * `delayMs`, not before that much time has passed (a simulated provider's later event).
   * With `dedupeKey`, a side effect already written under that key is not written again (a
   * retried request, a replayed webhook): the first row's id is returned.
   */
  async enqueue(
    executor: Executor,
    topic: string,
    payload: Record<string, unknown>,
    options: { delayMs?: number; dedupeKey?: string } = {},
  ): Promise<string> {
    const id = this.ids.next("outbox");
    const now = this.clock.now();
    const due = options.delayMs ? new Date(now.getTime() + options.delayMs) : now;
    await executor
      .insertInto("outbox")
      .values({
        id,
        topic,
        payload: JSON.stringify(payload) as never,
        status: "pending",
        next_attempt_at: due,
        created_at: now,
        last_error: null,
        delivered_at: null,
        dedupe_key: options.dedupeKey ?? null,
      })
      .onConflict((oc) => oc.column("dedupe_key").where("dedupe_key", "is not", null).doNothing())
      .execute();
    if (!options.dedupeKey) return id;
    const kept = await executor
      .selectFrom("outbox")
      .select("id")
      .where("dedupe_key", "=", options.dedupeKey)
      .executeTakeFirst();
    return kept?.id ?? id;
  }

  /** Claims and delivers one batch of due rows; returns how many were attempted. */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.leaseMs);
    const claimed = await this.db
      .updateTable("outbox")
      .set({ attempts: sql`attempts + 1`, next_attempt_at: leaseUntil })
      .where(
        "id",
        "in",
        this.db
          .selectFrom("outbox")
          .select("id")
          .where("status", "=", "pending")
          .where("next_attempt_at", "<=", now)
          .orderBy("next_attempt_at")
          .orderBy("id")
          .limit(this.batchSize)
          .forUpdate()
          .skipLocked(),
      )
      .returning(["id", "topic", "payload", "attempts"])
      .execute();

    // RETURNING keeps no order; ids are time-sortable, so sorting by them delivers messages
    // in the order they were written (a reset link never overtakes its own confirmation).
    claimed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const row of claimed) await this.deliver(row);
    return claimed.length;
  }

  private async deliver(row: { id: string; topic: string; payload: unknown; attempts: number }) {
    const handler = this.handlers.get(row.topic);
    try {
      if (!handler) throw new Error(`no handler for outbox topic ${row.topic}`);
      await handler(row.payload as Record<string, unknown>, {
        id: row.id,
        attempt: row.attempts,
        last: row.attempts >= this.maxAttempts,
      });
      await this.db
        .updateTable("outbox")
        .set({ status: "delivered", delivered_at: this.clock.now(), last_error: null })
        .where("id", "=", row.id)
        .execute();
    } catch (error) {
      // Kept and logged redacted: a transport's error may quote a connection URL with its
      // password, a link with its token, the recipient's address or phone number.
      const message = redactError(error instanceof Error ? error.message : String(error));
      const dead = row.attempts >= this.maxAttempts;
      const delay = backoffMs(row.attempts, this.random);
      await this.db
        .updateTable("outbox")
        .set({
          status: dead ? "dead" : "pending",
          last_error: message.slice(0, 2000),
          next_attempt_at: new Date(this.clock.now().getTime() + delay),
        })
        .where("id", "=", row.id)
        .execute();
      this.log[dead ? "error" : "warn"](
        { outboxId: row.id, topic: row.topic, attempts: row.attempts, error: message },
        dead ? "outbox delivery failed for good" : "outbox delivery failed; will retry",
      );
    }
  }

  /** Runs passes until nothing is due (tests and `seed` use this). */
  async drain(maxPasses = 100): Promise<void> {
    for (let i = 0; i < maxPasses; i++) {
      if ((await this.runOnce()) === 0) return;
    }
  }

  async pendingCount(): Promise<number> {
    return (await this.counts()).pending;
  }

  /** Rows waiting to be delivered, and rows parked as dead for an operator (metrics, the dead-letter page). */
  async counts(): Promise<{ pending: number; dead: number }> {
    const rows = await this.db
      .selectFrom("outbox")
      .select(["status", (eb) => eb.fn.countAll<string>().as("n")])
      .where("status", "in", ["pending", "dead"])
      .groupBy("status")
      .execute();
    const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
    return { pending: of("pending"), dead: of("dead") };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      let worked = 0;
      try {
        worked = await this.runOnce();
      } catch (error) {
        this.log.error({ err: error }, "outbox pass failed");
      }
      if (!this.stopped) this.timer = setTimeout(tick, worked > 0 ? 0 : this.idleMs);
    };
    const tick = () => {
      this.running = loop();
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
