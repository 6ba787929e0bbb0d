import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * One server-sent event stream (the support console's, a customer's notifications): every
 * event as `event: <name>` and `data: <json>`, a comment line now and then so proxies and
 * browsers keep the connection, and the reconnection delay browsers should use. The stream
 * ends when the client goes away, when the server shuts down, when the client stops reading
 * (its unread events would pile up in memory), when `recheck` says the client may no longer
 * listen (asked at every ping: a session revoked or expired ends its streams within a ping),
 * and after a while anyway: EventSource reconnects by itself, and a reconnection checks the
 * session again.
 */
export interface EventStream {
  close(): void;
  /** Runs once, when the stream has ended for whatever reason. */
  onClose(handler: () => void): void;
}

export interface EventStreamOptions {
  /** How often a `: ping` comment is sent (proxies drop connections idle for a minute). */
  pingMs: number;
  /** How long the browser waits before reconnecting (the `retry:` field). */
  retryMs: number;
  /** The stream ends after this long; the browser reconnects and is authenticated again. */
  maxAgeMs: number;
  /** Unsent output beyond this ends the stream (a client that stopped reading). */
  maxBufferedBytes: number;
}

/** What one stream is asked along the way. */
export interface EventStreamChecks {
  /**
   * Asked at every ping: whether the client may still listen (its session still live). False,
   * or an error, ends the stream; the browser's reconnection is then refused or signed in afresh.
   */
  recheck?: () => Promise<boolean>;
}

export const EVENT_STREAM_DEFAULTS: EventStreamOptions = {
  pingMs: 25_000,
  retryMs: 3_000,
  maxAgeMs: 10 * 60_000,
  maxBufferedBytes: 1024 * 1024,
};

/** One event on the wire: its name (what EventSource listeners subscribe to) and its JSON data. */
export interface StreamEvent {
  event: string;
  data: unknown;
}

/**
 * Where a stream's events come from: starts calling `send` for each event and returns the way
 * to stop (called once, when the stream ends).
 */
export type ListenForEvents = (send: (event: StreamEvent) => void) => () => void;

export function formatEvent(event: StreamEvent): string {
  // JSON.stringify never emits a raw line break, so the data fits on one `data:` line.
  return `event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/**
 * Starts streaming on a response nobody else writes to (a hijacked Fastify reply). `headers`
 * are those already decided for the response (request id, security headers).
 */
export function openEventStream(
  request: IncomingMessage,
  response: ServerResponse,
  listen: ListenForEvents,
  headers: Record<string, string | number | readonly string[] | undefined>,
  options: EventStreamOptions & EventStreamChecks = EVENT_STREAM_DEFAULTS,
): EventStream {
  let closed = false;
  let checking = false;
  const closeHandlers: (() => void)[] = [];

  const write = (chunk: string) => {
    if (closed || response.writableEnded || response.destroyed) return;
    response.write(chunk);
    if (response.writableLength > options.maxBufferedBytes) close();
  };

  // Listening before the first byte: once the client has read the opening lines it hears everything.
  const stopListening = listen((event) => write(formatEvent(event)));
  const ping = setInterval(() => {
    write(": ping\n\n");
    void recheck();
  }, options.pingMs);
  const expiry = setTimeout(() => close(), options.maxAgeMs);
  // An open stream must never keep the process (or a test run) alive.
  ping.unref();
  expiry.unref();

  /** One check at a time: a slow one is not asked again until it answered. */
  async function recheck(): Promise<void> {
    if (!options.recheck || checking || closed) return;
    checking = true;
    try {
      if (!(await options.recheck())) close();
    } catch {
      close();
    } finally {
      checking = false;
    }
  }

  function close(): void {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    clearTimeout(expiry);
    stopListening();
    if (!response.writableEnded && !response.destroyed) response.end();
    for (const handler of closeHandlers.splice(0)) handler();
  }

  // The client went away (tab closed, EventSource.close(), network gone).
  request.once("close", () => {
    if (request.destroyed || response.destroyed) close();
  });
  response.once("close", close);
  response.once("error", close);

  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && name !== "content-length" && name !== "content-encoding")
      response.setHeader(name, value);
  response.socket?.setNoDelay(true);
  response.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    // no-transform: proxies that compress or rewrite would hold events back.
    "cache-control": "no-cache, no-transform",
    "x-accel-buffering": "no",
    connection: "keep-alive",
  });
  write(`retry: ${options.retryMs}\n: connected\n\n`);

  return {
    close,
    onClose(handler) {
      if (closed) handler();
      else closeHandlers.push(handler);
    },
  };
}
