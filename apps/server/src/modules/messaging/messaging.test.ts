import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

describe("outbound messages and the dev mailbox", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  it("delivers email and SMS after the transaction commits, newest first, filterable by recipient", async () => {
    const { messaging } = ctx.services;
    await ctx.platform.db.transaction().execute(async (trx) => {
      await messaging.send(trx, {
        channel: "email",
        to: "Bob@Example.test",
        subject: "Reset your password",
        text: "Hi",
        html: "<p>Hi</p>",
      });
    });
    // Nothing is delivered from inside a request's transaction: only the worker sends.
    let res = await ctx.app.inject({ method: "GET", url: "/api/v1/dev/messages" });
    expect(res.json().data).toEqual([]);

    await ctx.platform.outbox.drain();
    ctx.clock.advance(1000);
    await messaging.send(ctx.platform.db, {
      channel: "sms",
      to: "+8613800000000",
      text: "Your code is 123456",
    });
    await ctx.platform.outbox.drain();

    res = await ctx.app.inject({ method: "GET", url: "/api/v1/dev/messages" });
    const data = res.json().data;
    expect(data.map((m: { channel: string }) => m.channel)).toEqual(["sms", "email"]);
    expect(data[0]).toMatchObject({
      to: "+8613800000000",
      text: "Your code is 123456",
      subject: null,
      html: null,
    });
    expect(data[1]).toMatchObject({
      to: "Bob@Example.test",
      subject: "Reset your password",
      html: "<p>Hi</p>",
    });
    expect(Date.parse(data[1].createdAt)).not.toBeNaN();

    res = await ctx.app.inject({ method: "GET", url: "/api/v1/dev/messages?to=bob@example.test" });
    expect(res.json().data).toHaveLength(1);
  });

  it("does not send a message whose transaction rolled back", async () => {
    await expect(
      ctx.platform.db.transaction().execute(async (trx) => {
        await ctx.services.messaging.send(trx, {
          channel: "email",
          to: "ghost@example.test",
          subject: "x",
          text: "x",
        });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow();
    await ctx.platform.outbox.drain();
    const res = await ctx.app.inject({ method: "GET", url: "/api/v1/dev/messages?to=ghost@example.test" });
    expect(res.json().data).toEqual([]);
  });
});

describe("the dev mailbox in production", () => {
  it("does not exist: 404 problem", async () => {
    const ctx = await buildTestApp({ config: { isProduction: true, devTools: false, env: "production" } });
    try {
      const res = await ctx.app.inject({ method: "GET", url: "/api/v1/dev/messages" });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe("not_found");
    } finally {
      await ctx.close();
    }
  });
});
