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
      headers: null,
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

  it("keeps an email's threading headers for the dev mailbox, angle brackets added", async () => {
    await ctx.services.messaging.send(ctx.platform.db, {
      channel: "email",
      to: "threaded@example.test",
      subject: "Re: [#100001] Help",
      text: "Answer",
      from: '"Satchel Support" <support@satchel.test>',
      replyTo: "support+abcdef0123456789@satchel.test",
      messageId: "m1.100001@satchel.test",
      inReplyTo: "<CA123@mail.example.test>",
      references: ["first@mail.example.test", "CA123@mail.example.test"],
    });
    await ctx.platform.outbox.drain();
    const res = await ctx.app.inject({ method: "GET", url: "/api/v1/dev/messages?to=threaded@example.test" });
    expect(res.json().data[0].headers).toEqual({
      From: '"Satchel Support" <support@satchel.test>',
      "Reply-To": "support+abcdef0123456789@satchel.test",
      "Message-ID": "<m1.100001@satchel.test>",
      "In-Reply-To": "<CA123@mail.example.test>",
      References: "<first@mail.example.test> <CA123@mail.example.test>",
    });
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
      const reply = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/dev/messages/any/reply",
        payload: { text: "Hello" },
      });
      expect(reply.statusCode).toBe(404);
    } finally {
      await ctx.close();
    }
  });
});
