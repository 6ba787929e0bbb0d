import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Staff, staffAuth } from "../../../test/support-helpers-console.js";
import { eventually } from "../../../test/support-helpers-live.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { receiveInbound } from "./inbound.js";

/**
 * A reply the outbox keeps failing to deliver (the mail server down for a whole day) ends
 * "failed" with the last error once the outbox gives up, so the agent sees it will not arrive;
 * it does not stay "queued" for ever.
 */
describe(`a channel reply that never gets through, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let attempts = 0;

  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await staffAuth(ctx, "agent");
    ctx.services.messaging.transports.email = {
      name: "down",
      async send() {
        attempts += 1;
        // A transport's error may quote its connection URL, password included.
        throw new Error("connect ECONNREFUSED smtp://relay:hunter2@127.0.0.1:25");
      },
    };
  });
  afterAll(() => ctx.close());

  const messageRow = (id: string) =>
    ctx.platform.db
      .selectFrom("support_messages")
      .select(["delivery_status", "delivery_error"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();

  it("is failed with the error after the outbox's last attempt, and open consoles hear of it", async () => {
    const address = `unreachable-${Date.now()}@example.test`;
    const { ticket } = await receiveInbound(ctx.services.support.deps, {
      channel: "email",
      from: { kind: "email", address, name: "Robin" },
      externalId: `down-${Date.now()}@mail.example.test`,
      continueLatest: false,
      subject: "Card declined",
      body: "My card was declined.",
    });
    const res = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${ticket.id}/replies`,
      headers: agent.auth,
      payload: { body: "Please try again." },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;

    // Retried with backoff; queued (with the error) while retries remain.
    await ctx.platform.outbox.drain();
    expect(await messageRow(id)).toEqual({
      delivery_status: "queued",
      delivery_error: "connect ECONNREFUSED smtp://***@127.0.0.1:25",
    });

    const updates: string[] = [];
    const stop = ctx.services.support.deps.live.listen((event) => {
      if (event.type === "ticket.updated" && event.ticketId === ticket.id) updates.push(event.type);
    });
    try {
      for (let hour = 0; hour < 12; hour++) {
        ctx.clock.advance(3_600_000);
        await ctx.platform.outbox.drain();
      }
      expect(attempts).toBe(8); // the outbox's default maxAttempts: tried that often, then no more
      expect(await messageRow(id)).toEqual({
        delivery_status: "failed",
        delivery_error: "connect ECONNREFUSED smtp://***@127.0.0.1:25",
      });
      await eventually(() => updates.length >= 7);
    } finally {
      stop();
    }

    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets/${ticket.id}`,
      headers: agent.auth,
    });
    expect(detail.json().messages.at(-1)).toMatchObject({
      id,
      deliveryStatus: "failed",
      deliveryError: "connect ECONNREFUSED smtp://***@127.0.0.1:25",
    });
  });
});
