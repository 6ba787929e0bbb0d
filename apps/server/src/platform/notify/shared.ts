import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Logger } from "pino";
import type { Database } from "../db/database.js";

/** What every notifier implementation shares: payload checks, envelopes, handler lists, channel names. */

export type NotifyPayload = Record<string, string | number | boolean | null>;
export type NotifyHandler = (payload: NotifyPayload) => void | Promise<void>;

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; Redis keeps the same limit so code works on both. */
const MAX_PAYLOAD_BYTES = 7_900;
/** Channel names are identifiers on PostgreSQL: at most 63 bytes (kept on Redis too). */
const MAX_CHANNEL_BYTES = 63;

export interface Envelope {
  node: string;
  data: NotifyPayload;
}

export class Handlers {
  private readonly byChannel = new Map<string, Set<NotifyHandler>>();
  readonly resync = new Set<() => void | Promise<void>>();

  add(channel: string, handler: NotifyHandler): () => void {
    let set = this.byChannel.get(channel);
    if (!set) {
      set = new Set();
      this.byChannel.set(channel, set);
    }
    set.add(handler);
    return () => {
      set.delete(handler);
    };
  }

  channels(): string[] {
    return [...this.byChannel.keys()];
  }

  async dispatch(channel: string, payload: NotifyPayload, log: Pick<Logger, "warn">): Promise<void> {
    for (const handler of this.byChannel.get(channel) ?? []) {
      try {
        await handler(payload);
      } catch (error) {
        log.warn({ err: error, channel }, "a change notification could not be applied");
      }
    }
  }

  /** After a reconnection: every resync handler, none waiting for another, failures logged. */
  runResync(log: Pick<Logger, "warn">): void {
    for (const handler of this.resync)
      void (async () => handler())().catch((error: unknown) =>
        log.warn({ err: error }, "catching up after a reconnection failed"),
      );
  }
}

export function checkPayload(payload: NotifyPayload, nodeId: string): string {
  const text = JSON.stringify({ node: nodeId, data: payload } satisfies Envelope);
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES)
    throw new Error(`notification payload too large (${Buffer.byteLength(text)} bytes)`);
  return text;
}

export function parseEnvelope(text: string | undefined): Envelope | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const { node, data } = value as { node?: unknown; data?: unknown };
    if (typeof node !== "string" || typeof data !== "object" || data === null) return undefined;
    return { node, data: data as NotifyPayload };
  } catch {
    return undefined;
  }
}

/** An embedded database lives in one process: its channels are named after the open database. */
const embeddedNames = new WeakMap<object, string>();

/**
 * Channel names of one deployment: "satchel.<channel>" on PostgreSQL's public schema,
 * "satchel.<schema>.<channel>" on another schema (test files sharing a server never hear each
 * other), and on the embedded database "satchel.<id of the open database>" (two apps on one
 * embedded database in a test share it; other databases sharing a Redis do not).
 */
export class ChannelNames {
  private prefix: string | undefined;

  constructor(private readonly database: Database) {}

  async prefixWithDot(): Promise<string> {
    return `${await this.base()}.`;
  }

  async name(channel: string): Promise<string> {
    const name = `${await this.base()}.${channel}`;
    if (Buffer.byteLength(name) > MAX_CHANNEL_BYTES) throw new Error(`channel name too long: ${name}`);
    return name;
  }

  private async base(): Promise<string> {
    if (this.prefix !== undefined) return this.prefix;
    if (this.database.kind === "postgres") {
      const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
        this.database.db,
      );
      const schema = rows[0]?.schema ?? "public";
      this.prefix = schema === "public" ? "satchel" : `satchel.${schema}`;
    } else {
      let id = embeddedNames.get(this.database.db);
      if (!id) {
        id = randomUUID().slice(0, 12);
        embeddedNames.set(this.database.db, id);
      }
      this.prefix = `satchel.${id}`;
    }
    return this.prefix;
  }
}
