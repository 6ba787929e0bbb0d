import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import type { Logger } from "pino";
import type { Config } from "../../config.js";
import type { Database } from "../db/database.js";
import { RedisNotifier } from "./redis-notifier.js";
import {
  ChannelNames,
  checkPayload,
  Handlers,
  type NotifyHandler,
  type NotifyPayload,
  parseEnvelope,
} from "./shared.js";

export type { NotifyHandler, NotifyPayload } from "./shared.js";

/**
 * Tells the other nodes of a deployment that something they keep in memory changed (a help
 * article was published, the synonym list was edited, a chat message arrived). With REDIS_URL
 * a message goes through Redis pub/sub (redis-notifier.ts); on PostgreSQL through NOTIFY, and
 * every node LISTENs on a connection of its own; on the embedded database there is
 * only one process, so messages go to the other notifiers open on the same database in this
 * process (two apps in one test). A node never hears its own messages: it has already
 * applied the change it announces.
 *
 * Delivery is best effort (a message is lost while a listener is disconnected): after a
 * reconnection `onResync` handlers run, so a node can compare its memory with the database.
 */
export interface Notifier {
  /** This process's id, carried in every message so the sender can ignore its own. */
  readonly nodeId: string;
  /** Sends to the other nodes (after the change is committed; never inside a transaction). */
  publish(channel: string, payload: NotifyPayload): Promise<void>;
  /** Starts listening on the channel (connecting when needed); returns the way to stop. */
  subscribe(channel: string, handler: NotifyHandler): Promise<() => void>;
  /** Runs after the listener came back from a disconnection: messages may have been missed. */
  onResync(handler: () => void | Promise<void>): void;
  close(): Promise<void>;
}

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * Redis pub/sub when REDIS_URL is set (the nodes may share Redis without sharing a LISTEN
 * connection budget), else LISTEN/NOTIFY on PostgreSQL, else the other apps in this process.
 */
export function createNotifier(database: Database, config: Config, log: Logger): Notifier {
  if (config.redisUrl) return new RedisNotifier(database, config.redisUrl, log);
  if (database.kind === "postgres" && config.databaseUrl)
    return new PostgresNotifier(database, config.databaseUrl, log);
  if (database.kind === "postgres")
    log.debug("no DATABASE_URL to listen with: changes reach only this process's other notifiers");
  return new InProcessNotifier(database);
}

/** Notifiers open in this process, per database: the embedded database's "other nodes". */
const localPeers = new WeakMap<object, Set<InProcessNotifier>>();

class InProcessNotifier implements Notifier {
  readonly nodeId = randomUUID();
  private readonly handlers = new Handlers();
  private readonly peers: Set<InProcessNotifier>;

  constructor(database: Database) {
    let peers = localPeers.get(database.db);
    if (!peers) {
      peers = new Set();
      localPeers.set(database.db, peers);
    }
    this.peers = peers;
    peers.add(this);
  }

  async publish(channel: string, payload: NotifyPayload): Promise<void> {
    const text = checkPayload(payload, this.nodeId);
    for (const peer of this.peers) {
      if (peer === this) continue;
      // Asynchronously, as a real notification would arrive: the sender never waits for a peer.
      setImmediate(() => {
        const envelope = parseEnvelope(text);
        if (envelope) void peer.handlers.dispatch(channel, envelope.data, noLog);
      });
    }
  }

  async subscribe(channel: string, handler: NotifyHandler): Promise<() => void> {
    return this.handlers.add(channel, handler);
  }

  onResync(handler: () => void | Promise<void>): void {
    this.handlers.resync.add(handler);
  }

  async close(): Promise<void> {
    this.peers.delete(this);
  }
}

const noLog: Pick<Logger, "warn"> = { warn: () => {} };

/**
 * LISTEN on a dedicated connection (a pooled one would be handed to other queries), NOTIFY
 * through the pool. Channel names carry the schema first on the search path, so test files
 * sharing one PostgreSQL database in schemas of their own never hear each other.
 */
class PostgresNotifier implements Notifier {
  readonly nodeId = randomUUID();
  private readonly handlers = new Handlers();
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;
  private readonly names: ChannelNames;

  constructor(
    private readonly database: Database,
    private readonly url: string,
    private readonly log: Logger,
  ) {
    this.names = new ChannelNames(database);
  }

  async publish(channel: string, payload: NotifyPayload): Promise<void> {
    const text = checkPayload(payload, this.nodeId);
    await sql`select pg_notify(${await this.names.name(channel)}, ${text})`.execute(this.database.db);
  }

  async subscribe(channel: string, handler: NotifyHandler): Promise<() => void> {
    const known = this.handlers.channels().includes(channel);
    const remove = this.handlers.add(channel, handler);
    try {
      if (!this.client) await this.connect();
      else if (!known) await this.listen(this.client, [channel]);
    } catch (error) {
      // The node still serves from memory; it catches up when the listener is back.
      this.log.warn({ err: error }, "change listener could not start; retrying");
      this.scheduleReconnect();
    }
    return remove;
  }

  onResync(handler: () => void | Promise<void>): void {
    this.handlers.resync.add(handler);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.connecting?.catch(() => {});
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private async listen(client: pg.Client, channels: string[]): Promise<void> {
    for (const channel of channels)
      await client.query(`listen ${client.escapeIdentifier(await this.names.name(channel))}`);
  }

  /** Connects and listens to every channel subscribed so far; concurrent callers share one attempt. */
  private connect(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async open(): Promise<void> {
    const prefix = await this.names.prefixWithDot();
    // Named, so an operator (or a test) can tell the listener from the pool's connections.
    const client = new pg.Client({
      connectionString: this.url,
      application_name: `satchel-notify-${this.nodeId.slice(0, 8)}`,
    });
    // Without a listener an 'error' event would crash the process; 'end' brings the reconnection.
    client.on("error", (error) => this.log.warn({ err: error }, "change listener connection failed"));
    client.on("notification", (message) => {
      if (!message.channel.startsWith(prefix)) return;
      const envelope = parseEnvelope(message.payload);
      if (!envelope || envelope.node === this.nodeId) return;
      void this.handlers.dispatch(message.channel.slice(prefix.length), envelope.data, this.log);
    });
    try {
      await client.connect();
      await this.listen(client, this.handlers.channels());
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    client.on("end", () => {
      if (this.client !== client) return;
      this.client = undefined;
      if (!this.closed) this.scheduleReconnect();
    });
    this.client = client;
    this.failures = 0;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** this.failures);
    this.failures += 1;
    this.log.warn({ delayMs: delay }, "change listener disconnected; reconnecting");
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect().then(
        () => this.handlers.runResync(this.log),
        (error: unknown) => {
          this.log.warn({ err: error }, "change listener could not reconnect");
          this.scheduleReconnect();
        },
      );
    }, delay);
    this.reconnectTimer.unref();
  }
}
