import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailTo, rawMail, ticketsFrom } from "../../../../test/fixtures/email/mailbox.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testConfig } from "../../../../test/test-config.js";
import { testDatabaseKind } from "../../../../test/test-db.js";

/**
 * An inbound-mail provider posts each raw mail to POST /api/v1/channels/email/inbound with the
 * channel's bearer token; only that token gets in, and nothing a caller posts makes a 500.
 */
describe(`inbound email over HTTP, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  const TOKEN = testConfig().channels.inboundEmailToken ?? "";
  let n = 0;

  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  const post = (body: Buffer | string, headers: Record<string, string> = {}) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/v1/channels/email/inbound",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "message/rfc822", ...headers },
      payload: body,
    });

  const mail = (from: string, extra: Record<string, string> = {}, body = "Where is my withdrawal?") =>
    rawMail(
      {
        From: `Pat <${from}>`,
        To: "support@satchel.test",
        Subject: "Withdrawal",
        "Message-ID": `<http-${++n}@example.com>`,
        "Content-Type": "text/plain; charset=utf-8",
        ...extra,
      },
      body,
    );

  it("takes a posted mail into a new ticket, acknowledges it, and answers a repost as a duplicate", async () => {
    const from = `pat-${Date.now()}@example.com`;
    const raw = mail(from);
    const res = await post(raw);
    expect(res.statusCode).toBe(202);
    const receipt = res.json();
    expect(receipt).toMatchObject({
      created: true,
      duplicate: false,
      number: expect.stringMatching(/^\d+$/),
    });
    expect(receipt.ignored).toBeUndefined();
    const [ticket] = await ticketsFrom(ctx, from);
    expect(ticket?.id).toBe(receipt.ticketId);
    expect(await mailTo(ctx, from)).toHaveLength(1);

    const again = await post(raw, { "content-type": "application/octet-stream" });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ ticketId: receipt.ticketId, created: false, duplicate: true });
    expect((await ticketsFrom(ctx, from))[0]?.messages).toHaveLength(1);
  });

  it("says why it ignored an autoresponder's mail", async () => {
    const res = await post(mail(`ooo-${Date.now()}@example.com`, { "Auto-Submitted": "auto-replied" }), {
      "content-type": "text/plain",
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({
      ticketId: null,
      number: null,
      created: false,
      duplicate: false,
      ignored: "auto_reply",
    });
  });

  it("refuses a missing or wrong token with 401 channel_signature_invalid", async () => {
    const raw = mail("x@example.com");
    for (const authorization of [
      "",
      "Bearer wrong-token-wrong-token",
      `Basic ${TOKEN}`,
      TOKEN,
      `Bearer ${TOKEN}x`,
    ]) {
      const res = await post(raw, { authorization });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe("channel_signature_invalid");
    }
    const none = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/channels/email/inbound",
      headers: { "content-type": "message/rfc822" },
      payload: raw,
    });
    expect(none.statusCode).toBe(401);
  });

  it("answers garbage with 400 inbound_email_invalid", async () => {
    for (const body of [
      "",
      "hello there",
      '{"json": true}',
      "From: nobody\r\n\r\nhi",
      "\u0000\u0001\u0002",
    ]) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe("inbound_email_invalid");
    }
    const json = await post(JSON.stringify({ from: "a@example.com" }), {
      "content-type": "application/json",
    });
    expect(json.statusCode).toBe(400);
  });

  it("never answers 500 to random bodies and mangled mails", async () => {
    const base = mail(`fuzz-${Date.now()}@example.com`).toString("latin1");
    for (let i = 0; i < 40; i++) {
      let body: Buffer;
      if (i % 2 === 0) body = randomBytes(1 + ((i * 97) % 4000));
      else {
        // A real mail with bytes flipped, cut short or with random header noise.
        const chars = base.split("");
        for (let j = 0; j < 8; j++)
          chars[(i * 31 + j * 17) % chars.length] = String.fromCharCode((i * 13 + j * 7) % 256);
        const mangled = chars.join("").slice(0, base.length - (i % 5) * 7);
        body = Buffer.from(`X-Noise-${i}: ${randomBytes(8).toString("hex")}\r\n${mangled}`, "latin1");
      }
      const res = await post(body);
      expect([202, 400], `status ${res.statusCode}: ${res.body}`).toContain(res.statusCode);
    }
  });

  it("says channel_disabled (503) while email is turned off", async () => {
    const at = ctx.clock.now();
    await ctx.platform.db
      .insertInto("support_channel_settings")
      .values({ channel: "email", enabled: false, settings: "{}", secrets: "{}", updated_at: at })
      .onConflict((oc) => oc.column("channel").doUpdateSet({ enabled: false }))
      .execute();
    try {
      const res = await post(mail("off@example.com"));
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe("channel_disabled");
    } finally {
      await ctx.platform.db
        .updateTable("support_channel_settings")
        .set({ enabled: true })
        .where("channel", "=", "email")
        .execute();
    }
  });

  it("is described in the OpenAPI document", async () => {
    const spec = (await ctx.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const operation = spec.paths?.["/api/v1/channels/email/inbound"]?.post;
    expect(operation?.tags).toEqual(["Support channels"]);
    expect(operation?.summary).toMatch(/raw mail/);
  });
});

describe(`inbound email over HTTP without a token, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp({
      config: { channels: { ...testConfig().channels, inboundEmailToken: undefined } },
    });
  });
  afterAll(() => ctx.close());

  it("answers 503 channel_not_configured", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/channels/email/inbound",
      headers: { authorization: "Bearer anything-at-all", "content-type": "message/rfc822" },
      payload: "From: a@example.com\r\n\r\nhi",
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().code).toBe("channel_not_configured");
  });
});
