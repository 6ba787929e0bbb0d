import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Database } from "../db/database.js";
import type { Notifier } from "./notifier.js";
import {
  ChannelNames,
  checkPayload,
  Handlers,
  type NotifyHandler,
  type NotifyPayload,
  parseEnvelope,
} from "./shared.js";

/**
 * Notifications through Redis pub/sub (REDIS_URL): PUBLISH on one connection, SUBSCRIBE on a
 * dedicated one (a subscribed connection can run nothing else). Channel names carry the same
 * prefix as on PostgreSQL (the schema, so test files never hear each other). A node ignores its
 * own messages. ioredis reconnects and subscribes again by itself; messages published while
 * the subscriber was away are lost, so `onResync` handlers run once it is back.
 */
export class RedisNotifier implements Notifier {
  readonly nodeId = randomUUID();
  private readonly handlers = new Handlers();
  private readonly names: ChannelNames;
  private publisher: Redis | undefined;
  private subscriber: Redis | undefined;
  private readonly subscribed = new Set<string>();
  /** The subscriber lost its connection since it was last ready: catch up when it is back. */
  private lost = false;
  private closed = false;

  constructor(
    database: Database,
    private readonly url: string,
    private readonly log: Logger,
  ) {
    this.names = new ChannelNames(database);
  }

  async publish(channel: string, payload: NotifyPayload): Promise<void> {
    const text = checkPayload(payload, this.nodeId);
    const name = await this.names.name(channel);
    await this.publisherClient().publish(name, text);
  }

  async subscribe(channel: string, handler: NotifyHandler): Promise<() => void> {
    const remove = this.handlers.add(channel, handler);
    const name = await this.names.name(channel);
    if (!this.subscribed.has(name) && !this.closed) {
      this.subscribed.add(name);
      try {
        await (await this.subscriberClient()).subscribe(name);
      } catch (error) {
        // ioredis subscribes again to every channel once it has reconnected.
        this.log.warn({ err: error }, "change listener could not subscribe yet; retrying");
      }
    }
    return remove;
  }

  onResync(handler: () => void | Promise<void>): void {
    this.handlers.resync.add(handler);
  }

  async close(): Promise<void> {
    this.closed = true;
    const clients = [this.subscriber, this.publisher];
    this.subscriber = undefined;
    this.publisher = undefined;
    await Promise.all(
      clients.map(async (client) => {
        if (!client) return;
        await client.quit().catch(() => client.disconnect());
      }),
    );
  }

  private publisherClient(): Redis {
    if (this.closed) throw new Error("notifier closed");
    if (!this.publisher) {
      const publisher = new Redis(this.url, {
        connectionName: `satchel-publish-${this.nodeId.slice(0, 8)}`,
        // A Redis that is down fails the publish quickly; callers treat notifications as best effort.
        maxRetriesPerRequest: 1,
      });
      publisher.on("error", (error) => this.log.warn({ err: error }, "change publisher connection failed"));
      this.publisher = publisher;
    }
    return this.publisher;
  }

  private async subscriberClient(): Promise<Redis> {
    if (this.subscriber) return this.subscriber;
    const prefix = await this.names.prefixWithDot();
    if (this.subscriber) return this.subscriber;
    // Named, so an operator (or a test) can tell the listener from other connections.
    const subscriber = new Redis(this.url, {
      connectionName: `satchel-notify-${this.nodeId.slice(0, 8)}`,
      autoResubscribe: true,
      // Subscriptions wait for the connection instead of failing while Redis restarts.
      maxRetriesPerRequest: null,
    });
    subscriber.on("error", (error) => this.log.warn({ err: error }, "change listener connection failed"));
    subscriber.on("message", (channel: string, message: string) => {
      if (!channel.startsWith(prefix)) return;
      const envelope = parseEnvelope(message);
      if (!envelope || envelope.node === this.nodeId) return;
      void this.handlers.dispatch(channel.slice(prefix.length), envelope.data, this.log);
    });
    subscriber.on("close", () => {
      if (this.closed) return;
      if (!this.lost) this.log.warn("change listener disconnected; reconnecting");
      this.lost = true;
    });
    subscriber.on("ready", () => {
      if (!this.lost || this.closed) return;
      this.lost = false;
      this.handlers.runResync(this.log);
    });
    this.subscriber = subscriber;
    return subscriber;
  }
}
