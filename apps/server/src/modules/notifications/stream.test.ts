import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlatform } from "../../platform/platform.js";
import { eventually, openEventStream } from "../../test/support-helpers-live.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testConfig } from "../../test/test-config.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildCustomer, type Customer, send } from "../../test/wallet-helpers.js";
import { createNotificationsLive, type LivePush } from "./live.js";

describe(`notification stream on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let base: string;
  let payer: Customer;
  let ann: Customer;
  let bob: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    await ctx.app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
    payer = await buildCustomer(ctx, { USD: "100.00" }, "Alice Payer");
    ann = await buildCustomer(ctx, {}, "Ann Lee");
    bob = await buildCustomer(ctx, {}, "Bob Ray");
  });
  afterAll(() => ctx?.close());

  const transfer = async (to: Customer, amount: string) => {
    const res = await send(ctx, payer, { to: to.walletNumber, amount, currency: "USD" });
    expect(res.statusCode, res.body).toBe(201);
  };

  it("pushes a new notification to the recipient's open stream once its transaction committed", async () => {
    // EventSource sends no Accept-Language: the language comes in the address.
    const stream = await openEventStream(`${base}/api/v1/notifications/stream?lang=zh-CN`, ann.auth);
    try {
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
      expect(stream.response.headers.get("cache-control")).toBe("no-cache, no-transform");
      expect(await stream.opened()).toContain("retry: 3000");

      // Someone else's notification never reaches this stream.
      await transfer(bob, "2.00");
      await transfer(ann, "5.00");
      await ctx.platform.outbox.drain();
      const event = await stream.next();
      expect(event.event).toBe("notification");
      const data = JSON.parse(event.data);
      expect(data).toMatchObject({
        kind: "transfers",
        title: "您收到了 5.00 USD",
        link: expect.stringMatching(/^\/transactions\/txn_/),
        createdAt: ctx.clock.now().toISOString(),
        unread: 1,
      });
      expect(data.id).toMatch(/^ntf_/);
      expect(data).not.toHaveProperty("readAt");

      // Read on another device: this stream hears the new count.
      const read = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/notifications/read",
        headers: ann.auth,
        payload: { all: true },
      });
      expect(read.json()).toEqual({ unread: 0 });
      expect(await stream.next()).toEqual({ event: "unread", data: JSON.stringify({ unread: 0 }) });
    } finally {
      stream.close();
    }
  });

  it("refuses the stream without a session", async () => {
    const guest = await fetch(`${base}/api/v1/notifications/stream`);
    expect(guest.status).toBe(401);
    await guest.body?.cancel();
  });

  it("keeps at most five streams per user on a node: a sixth ends the oldest", async () => {
    const streams = [];
    for (let i = 0; i < 6; i++) {
      const stream = await openEventStream(`${base}/api/v1/notifications/stream`, bob.auth);
      await stream.opened();
      streams.push(stream);
    }
    try {
      await expect(streams[0]?.next(2_000)).rejects.toThrow("the stream ended");
      await transfer(bob, "1.00");
      await ctx.platform.outbox.drain();
      expect((await streams[5]?.next())?.event).toBe("notification");
    } finally {
      for (const stream of streams) stream.close();
    }
  });

  it("reaches streams held by another node of the deployment", async () => {
    // A second node on the same database: its own outbox worker and notifier.
    const other = createPlatform({ config: testConfig(), database: ctx.database, clock: ctx.clock });
    const live = createNotificationsLive(other);
    await live.start();
    const heard: LivePush[] = [];
    const stop = live.listen(ann.userId, (push) => heard.push(push));
    try {
      await transfer(ann, "7.00");
      await ctx.platform.outbox.drain();
      await eventually(() => heard.length === 1);
      expect(heard[0]).toMatchObject({
        type: "notification",
        notification: { userId: ann.userId, kind: "transfers", title: { en: "You received 7.00 USD" } },
        unread: 1,
      });
      await ctx.services.notifications.deps.live.unreadChanged(ann.userId, 0);
      await eventually(() => heard.length === 2);
      expect(heard[1]).toEqual({ type: "unread", unread: 0 });
    } finally {
      stop();
      await live.close();
    }
  });
});
