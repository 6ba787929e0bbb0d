import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  buildSocialTestApp,
  fixture,
  postWebhook,
  SECRETS,
  type SocialTestContext,
  setChannelSettings,
  signX,
  socialThread,
  storedCounts,
} from "../../../../test/social-helpers.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { ensureChannelRow } from "../settings.js";

/** Issue #8's findings on the social webhooks: what a stranger could forge or break. */
describe(`Social webhooks under attack on ${testDatabaseKind}`, () => {
  let ctx: SocialTestContext;
  beforeAll(async () => {
    ctx = await buildSocialTestApp();
  });
  afterAll(() => ctx.close());

  const crc = (token: string) =>
    ctx.app.inject({ method: "GET", url: "/api/v1/channels/x/webhook", query: { crc_token: token } });

  it("X's CRC check signs no JSON, so its answer cannot sign an event body", async () => {
    const forgedBody = fixture("x-direct-message.json").toString("utf8");
    const refused = await crc(forgedBody);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).not.toHaveProperty("response_token");
    for (const token of ['{"a":1}', "a b", "x".repeat(257), "abc\n"])
      expect((await crc(token)).statusCode).toBe(400);
    expect((await crc("A-z_0+9/=")).statusCode).toBe(200);
  });

  it("X refuses a body signed through the CRC check, and keeps nothing", async () => {
    const before = await storedCounts(ctx);
    const token = "c2lnbi1tZS1wbGVhc2U=";
    const answered = await crc(token);
    expect(answered.statusCode).toBe(200);
    const signature = answered.json().response_token as string;
    // The CRC's answer is exactly the signature X's events carry for that body...
    expect(signature).toBe(signX(Buffer.from(token)));
    // ...yet a body in a CRC token's shape is never taken as signed.
    const posted = await postWebhook(ctx, "x", Buffer.from(token), signature);
    expect(posted.statusCode).toBe(401);
    expect(posted.json().code).toBe("channel_signature_invalid");
    expect(await storedCounts(ctx)).toEqual(before);
    // A real (signed) event still goes through.
    expect((await postWebhook(ctx, "x", fixture("x-direct-message.json"))).statusCode).toBe(200);
  });

  it("Messenger stores the good messages of a batch that also holds a NUL, a broken id and a huge watermark", async () => {
    const psid = "7100000000000001";
    const message = (mid: string, text: string) => ({
      sender: { id: psid },
      recipient: { id: "682498302938465" },
      timestamp: 1458692752478,
      message: { mid, text },
    });
    const body = Buffer.from(
      JSON.stringify({
        object: "page",
        entry: [
          {
            id: "682498302938465",
            time: 1458692752478,
            messaging: [
              message("mid.hardening.1", "first\u0000 message\u0007"),
              // PostgreSQL takes no NUL in an id: this one event fails, the others do not.
              message("mid.hardening.\u0000broken", "never stored"),
              { sender: { id: psid }, read: { watermark: Number.MAX_SAFE_INTEGER } },
              { sender: { id: psid }, delivery: { mids: ["mid.x"], watermark: 1e300 } },
              { sender: { id: psid }, read: { watermark: -5 } },
              message("mid.hardening.2", "second message"),
            ],
          },
        ],
      }),
    );
    const answered = await postWebhook(ctx, "messenger", body);
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ received: true, stored: 2, duplicates: 0 });
    const { messages } = await socialThread(ctx, "messenger", psid);
    expect(messages.map((m) => m.body)).toEqual(["first message", "second message"]);
  });

  it("X stores a direct message whose text and sender name hold control characters, cleaned", async () => {
    const sender = "7200000000000001";
    const dm = (id: string, text: string) => ({
      type: "message_create",
      id,
      message_create: { sender_id: sender, message_data: { text } },
    });
    const body = Buffer.from(
      JSON.stringify({
        for_user_id: "4337869213",
        direct_message_events: [
          dm("7200.1", "hi\u0000 there"),
          dm("7200.\u0000", "broken id"),
          dm("7200.2", "again"),
        ],
        users: { [sender]: { name: "Ev\u0000il\u001b", screen_name: "evil" } },
      }),
    );
    const answered = await postWebhook(ctx, "x", body);
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toEqual({ received: true, stored: 2, duplicates: 0, ignored: 1 });
    const { contact, tickets, messages } = await socialThread(ctx, "x", sender);
    expect(contact.display_name).toBe("Evil (@evil)");
    expect(tickets[0]?.subject).toBe("X direct message from Evil (@evil)");
    expect(messages.map((m) => m.body)).toEqual(["hi there", "again"]);
  });

  it("Messenger takes only its own page's messages once the page id is set", async () => {
    const ours = "682498302938465";
    const theirs = "999000111222333";
    const psid = "7300000000000001";
    const event = (mid: string, recipient: string) => ({
      sender: { id: psid },
      recipient: { id: recipient },
      timestamp: 1458692752478,
      message: { mid, text: mid },
    });
    const body = (mid: string) =>
      Buffer.from(
        JSON.stringify({
          object: "page",
          entry: [
            { id: theirs, time: 1, messaging: [event(`${mid}.other-page`, theirs)] },
            // Our entry, but addressed elsewhere: not ours either.
            {
              id: ours,
              time: 1,
              messaging: [event(`${mid}.other-recipient`, theirs), event(`${mid}.ours`, ours)],
            },
          ],
        }),
      );
    await setChannelSettings(ctx, "messenger", { pageId: ours });
    try {
      const answered = await postWebhook(ctx, "messenger", body("mid.page"));
      expect(answered.json()).toEqual({ received: true, stored: 1, duplicates: 0, ignored: 2 });
      const { messages } = await socialThread(ctx, "messenger", psid);
      expect(messages.map((m) => m.body)).toEqual(["mid.page.ours"]);
    } finally {
      await setChannelSettings(ctx, "messenger", {});
    }
    // Without a page id, every page the app serves is taken (as before it was set).
    const open = await postWebhook(ctx, "messenger", body("mid.any"));
    expect(open.json()).toMatchObject({ stored: 3 });
  });
});

describe(`A channel secret that no longer opens on ${testDatabaseKind}`, () => {
  it("is not configured: the environment's (rotated-out) value does not stand in, and the log says so once", async () => {
    const ctx = await buildSocialTestApp();
    try {
      // Set on the admin page, then SATCHEL_SECRET changed: the sealed values no longer open.
      await ensureChannelRow(ctx.platform.db, "messenger", ctx.clock.now());
      await ctx.platform.db
        .updateTable("support_channel_settings")
        .set({
          secrets: JSON.stringify({ verifyToken: "garbage-sealed-value", appSecret: "also.not.sealed" }),
        })
        .where("channel", "=", "messenger")
        .execute();
      const warn = vi.spyOn(ctx.platform.log, "warn");
      const handshake = () =>
        ctx.app.inject({
          method: "GET",
          url: "/api/v1/channels/messenger/webhook",
          query: {
            "hub.mode": "subscribe",
            "hub.verify_token": SECRETS.messengerVerifyToken,
            "hub.challenge": "1",
          },
        });
      for (const answered of [await handshake(), await handshake()]) {
        expect(answered.statusCode).toBe(503);
        expect(answered.json().code).toBe("channel_not_configured");
      }
      const before = await storedCounts(ctx);
      const post = await postWebhook(ctx, "messenger", fixture("messenger-text-message.json"));
      expect(post.statusCode).toBe(503);
      expect(post.json().code).toBe("channel_not_configured");
      expect(await storedCounts(ctx)).toEqual(before);

      const warnings = warn.mock.calls.filter(([, message]) => String(message).includes("cannot be opened"));
      expect(warnings.map(([fields]) => fields)).toEqual([
        { channel: "messenger", secretName: "verifyToken" },
        { channel: "messenger", secretName: "appSecret" },
      ]);
      const logged = JSON.stringify(warn.mock.calls);
      for (const secret of [SECRETS.messengerVerifyToken, SECRETS.messengerAppSecret, "garbage-sealed-value"])
        expect(logged).not.toContain(secret);
    } finally {
      await ctx.close();
    }
  });
});
