import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EVENT_STREAM_DEFAULTS } from "../../platform/http/event-stream.js";
import { createPlatform } from "../../platform/platform.js";
import { STRONG_PASSWORD } from "../../test/accounts-helpers.js";
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

  it("answers in the stream's lang, a refusal included; another language is a 400", async () => {
    const url = "/api/v1/notifications/stream";
    const zh = await ctx.app.inject({
      method: "GET",
      url: `${url}?lang=zh-CN`,
      headers: { "accept-language": "en" },
    });
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toMatchObject({ code: "authentication_required", title: "需要登录" });
    const en = await ctx.app.inject({
      method: "GET",
      url: `${url}?lang=EN`,
      headers: { "accept-language": "zh-CN" },
    });
    expect(en.json()).toMatchObject({ code: "authentication_required", title: "Sign-in required" });
    const fr = await ctx.app.inject({ method: "GET", url: `${url}?lang=fr`, headers: bob.auth });
    expect(fr.statusCode).toBe(400);
    expect(fr.json().code).toBe("validation_failed");
  });

  /** Streams opened from here on ping when the test says (fake intervals; everything else runs as usual). */
  const withManualPings = async (run: (ping: () => void) => Promise<void>) => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      await run(() => vi.advanceTimersByTime(EVENT_STREAM_DEFAULTS.pingMs));
    } finally {
      vi.useRealTimers();
    }
  };

  it("ends a stream at the next ping once its session is signed out; the user's other session hears on", async () => {
    const cam = await buildCustomer(ctx, {}, "Cam Wu");
    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: cam.email, password: STRONG_PASSWORD },
    });
    const phone = { authorization: `Bearer ${login.json().token as string}` };
    await withManualPings(async (ping) => {
      const laptop = await openEventStream(`${base}/api/v1/notifications/stream`, cam.auth);
      const other = await openEventStream(`${base}/api/v1/notifications/stream`, phone);
      try {
        await laptop.opened();
        await other.opened();
        const out = await ctx.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: cam.auth });
        expect(out.statusCode).toBe(204);
        ping();
        await expect(laptop.next(5_000)).rejects.toThrow("the stream ended");
        // Its reconnection is refused.
        const again = await fetch(`${base}/api/v1/notifications/stream`, { headers: cam.auth });
        expect(again.status).toBe(401);
        await again.body?.cancel();

        ping();
        await transfer(cam, "3.00");
        await ctx.platform.outbox.drain();
        expect((await other.next()).event).toBe("notification");
      } finally {
        laptop.close();
        other.close();
      }
    });
  });

  it("ends a stream at the next ping once its session is revoked from another device", async () => {
    const dee = await buildCustomer(ctx, {}, "Dee Ho");
    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: dee.email, password: STRONG_PASSWORD },
    });
    const phone = { authorization: `Bearer ${login.json().token as string}` };
    await withManualPings(async (ping) => {
      const stream = await openEventStream(`${base}/api/v1/notifications/stream`, dee.auth);
      try {
        await stream.opened();
        const revoked = await ctx.app.inject({
          method: "POST",
          url: "/api/v1/me/sessions/revoke-others",
          headers: phone,
        });
        expect(revoked.statusCode).toBeLessThan(300);
        ping();
        await expect(stream.next(5_000)).rejects.toThrow("the stream ended");
      } finally {
        stream.close();
      }
    });
  });

  // Last: it moves the clock past every session's lifetime.
  it("ends a stream at the next ping once its session has expired", async () => {
    await withManualPings(async (ping) => {
      const stream = await openEventStream(`${base}/api/v1/notifications/stream`, bob.auth);
      try {
        await stream.opened();
        // Past every session's lifetime (an API token's absolute one is the longest).
        ctx.clock.advance((ctx.platform.config.security.apiTokenAbsoluteDays + 1) * 86_400_000);
        ping();
        await expect(stream.next(5_000)).rejects.toThrow("the stream ended");
      } finally {
        stream.close();
      }
    });
  });
});
