import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  EVENT_STREAM_DEFAULTS,
  openEventStream as serveEventStream,
} from "../../../platform/http/event-stream.js";
import {
  buildSupportStaff,
  buildTicketRow,
  eventually,
  openEventStream,
  type SupportStaff,
} from "../../../test/support-helpers-live.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer } from "../../../test/wallet-helpers.js";
import type { SupportEvent } from "../live/index.js";

describe(`live console routes, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let base: string;
  let agent: SupportStaff;
  let other: SupportStaff;
  beforeAll(async () => {
    ctx = await buildTestApp();
    await ctx.app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
    agent = await buildSupportStaff(ctx, "agent", "Alice Agent");
    other = await buildSupportStaff(ctx, "supervisor", "Bob Boss");
  });
  afterAll(() => ctx?.close());

  const viewing = (who: SupportStaff, ticketId: string, typing: boolean) =>
    ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${ticketId}/viewing`,
      headers: who.auth,
      payload: { typing },
    });

  it("streams events to a connected console as server-sent events", async () => {
    const stream = await openEventStream(`${base}/api/v1/agent/events`, agent.auth);
    try {
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
      expect(stream.response.headers.get("cache-control")).toBe("no-cache, no-transform");
      expect(stream.response.headers.get("x-accel-buffering")).toBe("no");
      expect(stream.response.headers.get("x-request-id")).toBeTruthy();
      expect(await stream.opened()).toContain("retry: 3000");

      const ticket = await buildTicketRow(ctx);
      const created: SupportEvent = {
        type: "ticket.created",
        ticketId: ticket.id,
        number: String(ticket.number),
        groupKey: ticket.group_key,
      };
      await ctx.services.support.deps.live.publish(created);
      const first = await stream.next();
      expect(first.event).toBe("ticket.created");
      expect(JSON.parse(first.data)).toEqual(created);

      await ctx.services.support.deps.live.publish({ type: "ticket.updated", ticketId: ticket.id });
      expect(await stream.next()).toEqual({
        event: "ticket.updated",
        data: JSON.stringify({ type: "ticket.updated", ticketId: ticket.id }),
      });
    } finally {
      stream.close();
    }
  });

  it("refuses the stream to guests and customers", async () => {
    const guest = await fetch(`${base}/api/v1/agent/events`);
    expect(guest.status).toBe(401);
    await guest.body?.cancel();
    const customer = await buildCustomer(ctx);
    const refused = await fetch(`${base}/api/v1/agent/events`, { headers: customer.auth });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe("forbidden");
  });

  it("stops listening when the console hangs up", async () => {
    const { live } = ctx.services.support.deps;
    // Counts the listeners the route opens and closes.
    const listen = live.listen;
    let active = 0;
    live.listen = (listener) => {
      active += 1;
      const stop = listen(listener);
      return () => {
        active -= 1;
        stop();
      };
    };
    try {
      const stream = await openEventStream(`${base}/api/v1/agent/events`, agent.auth);
      await stream.opened();
      expect(active).toBe(1);
      stream.close();
      await eventually(() => active === 0);
    } finally {
      live.listen = listen;
    }
  });

  it("tells who else is viewing a ticket and whether they type; viewers expire after 30 s", async () => {
    const ticket = await buildTicketRow(ctx);
    const changes: string[] = [];
    const stop = ctx.services.support.deps.live.listen((event) => {
      if (event.type === "viewers.changed") changes.push(event.ticketId);
    });

    const alone = await viewing(agent, ticket.id, false);
    expect(alone.statusCode).toBe(200);
    expect(alone.json()).toEqual({ viewers: [] });
    expect(changes).toEqual([ticket.id]);

    const seen = await viewing(other, ticket.id, true);
    expect(seen.json().viewers).toEqual([{ id: agent.userId, name: "Alice Agent", typing: false }]);
    expect((await viewing(agent, ticket.id, false)).json().viewers).toEqual([
      { id: other.userId, name: "Bob Boss", typing: true },
    ]);
    // Still here without news: not announced again.
    expect(changes).toHaveLength(2);

    // Typing lasts 8 s after the last report.
    ctx.clock.advance(9_000);
    expect((await viewing(agent, ticket.id, false)).json().viewers).toEqual([
      { id: other.userId, name: "Bob Boss", typing: false },
    ]);

    // Bob's console stopped reporting: 30 s later he is gone.
    ctx.clock.advance(22_000);
    expect((await viewing(agent, ticket.id, false)).json().viewers).toEqual([]);
    stop();
  });

  it("forgets a viewer who closed the ticket at once", async () => {
    const ticket = await buildTicketRow(ctx);
    await viewing(agent, ticket.id, false);
    await viewing(other, ticket.id, false);
    const changes: string[] = [];
    const stop = ctx.services.support.deps.live.listen((event) => {
      if (event.type === "viewers.changed") changes.push(event.ticketId);
    });
    const left = await ctx.app.inject({
      method: "DELETE",
      url: `/api/v1/agent/tickets/${ticket.id}/viewing`,
      headers: other.auth,
    });
    expect(left.statusCode).toBe(204);
    expect(changes).toEqual([ticket.id]);
    expect((await viewing(agent, ticket.id, false)).json().viewers).toEqual([]);
    stop();
  });

  it("answers ticket_not_found for unknown tickets and unconfirmed guests' tickets", async () => {
    const unknown = await viewing(agent, "tkt_nope", false);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe("ticket_not_found");
    const unconfirmed = await buildTicketRow(ctx, { verified: false });
    expect((await viewing(agent, unconfirmed.id, true)).json().code).toBe("ticket_not_found");
    const gone = await ctx.app.inject({
      method: "DELETE",
      url: "/api/v1/agent/tickets/tkt_nope/viewing",
      headers: agent.auth,
    });
    expect(gone.statusCode).toBe(404);
    const customer = await buildCustomer(ctx);
    const refused = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${unconfirmed.id}/viewing`,
      headers: customer.auth,
      payload: { typing: false },
    });
    expect(refused.statusCode).toBe(403);
  });

  it("ends a console's stream at the next ping once the staff session is signed out", async () => {
    const leaving = await buildSupportStaff(ctx, "agent", "Lee Leaving");
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const stream = await openEventStream(`${base}/api/v1/agent/events`, leaving.auth);
      try {
        await stream.opened();
        const out = await ctx.app.inject({
          method: "POST",
          url: "/api/v1/auth/logout",
          headers: leaving.auth,
        });
        expect(out.statusCode).toBe(204);
        vi.advanceTimersByTime(EVENT_STREAM_DEFAULTS.pingMs);
        await expect(stream.next(5_000)).rejects.toThrow("the stream ended");
      } finally {
        stream.close();
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it("closing the server ends the consoles' open streams", async () => {
    const stream = await openEventStream(`${base}/api/v1/agent/events`, agent.auth);
    await stream.opened();
    // afterAll closes the app with this stream open: it must not wait for the console.
  });
});

describe("an event stream on the wire", () => {
  let server: Server;
  let url: string;
  const listeners = new Set<(event: SupportEvent) => void>();
  const live = {
    listen(listener: (event: SupportEvent) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  let maxAgeMs = 60_000;
  beforeAll(async () => {
    server = createServer((request, response) => {
      serveEventStream(
        request,
        response,
        (send) => live.listen((event) => send({ event: event.type, data: event })),
        { "x-request-id": "req-1" },
        {
          pingMs: 30,
          retryMs: 3_000,
          maxAgeMs,
          maxBufferedBytes: 1024 * 1024,
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("sends ping comments between events and lets go of its listener when the client hangs up", async () => {
    const stream = await openEventStream(url, {});
    expect(await stream.opened()).toBe("retry: 3000\n: connected");
    expect(stream.response.headers.get("x-request-id")).toBe("req-1");
    expect(listeners.size).toBe(1);
    // A few pings' time.
    await new Promise((resolve) => setTimeout(resolve, 80));
    for (const listener of listeners) listener({ type: "ticket.updated", ticketId: "tkt_9" });
    expect((await stream.next()).event).toBe("ticket.updated");
    expect(stream.preamble.some((block) => block === ": ping")).toBe(true);
    stream.close();
    await eventually(() => listeners.size === 0);
  });

  it("ends a stream after its time so the browser reconnects (and signs in again)", async () => {
    maxAgeMs = 100;
    const stream = await openEventStream(url, {});
    await stream.opened();
    await expect(stream.next(2_000)).rejects.toThrow("the stream ended");
    await eventually(() => listeners.size === 0);
    maxAgeMs = 60_000;
  });
});
