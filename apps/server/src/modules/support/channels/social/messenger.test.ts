import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSocialTestApp,
  editedFixture,
  fixture,
  postWebhook,
  SECRETS,
  type SocialTestContext,
  signMessenger,
  socialThread,
  storedCounts,
} from "../../../../test/social-helpers.js";
import {
  buildDeskStaff,
  type DeskStaff,
  deskCall,
  signInAgain,
} from "../../../../test/support-helpers-sla.js";
import { buildTestApp } from "../../../../test/test-app.js";
import { testDatabaseKind } from "../../../../test/test-db.js";

const PSID = "1254459154682919";

type Messaging = { sender: { id: string }; message?: { mid: string; text?: string } };
const firstEvent = (json: Record<string, unknown>) =>
  (json.entry as { messaging: Messaging[] }[])[0]?.messaging[0] as Messaging;

/** The recorded text message, from `psid`, with another mid and text. */
const textMessage = (mid: string, text: string, psid = PSID) =>
  editedFixture("messenger-text-message.json", (json) => {
    const event = firstEvent(json);
    event.sender.id = psid;
    if (event.message) Object.assign(event.message, { mid, text });
  });

describe(`Messenger channel on ${testDatabaseKind}`, () => {
  let ctx: SocialTestContext;
  let agent: DeskStaff;
  beforeAll(async () => {
    ctx = await buildSocialTestApp();
    agent = await buildDeskStaff(ctx, "agent");
  });
  afterAll(() => ctx.close());

  const reply = (ticketId: string, body: string) =>
    deskCall(ctx, agent, "POST", `/agent/tickets/${ticketId}/replies`, { body });
  const agentThread = async (ticketId: string) =>
    (await deskCall(ctx, agent, "GET", `/agent/tickets/${ticketId}`)).json().messages as {
      id: string;
      authorType: string;
      body: string;
      channel: string;
      deliveryStatus: string | null;
      deliveryError: string | null;
      externalId: string | null;
    }[];

  it("answers Meta's verification with the challenge, and refuses a wrong verify token", async () => {
    const handshake = (token: string, mode = "subscribe") =>
      ctx.app.inject({
        method: "GET",
        url: "/api/v1/channels/messenger/webhook",
        query: { "hub.mode": mode, "hub.verify_token": token, "hub.challenge": "1158201444" },
      });
    const ok = await handshake(SECRETS.messengerVerifyToken);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers["content-type"]).toMatch(/^text\/plain/);
    expect(ok.body).toBe("1158201444");

    const wrong = await handshake("not-the-verify-token");
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe("channel_verify_failed");
    expect((await handshake(SECRETS.messengerVerifyToken, "unsubscribe")).statusCode).toBe(403);
    const bare = await ctx.app.inject({ method: "GET", url: "/api/v1/channels/messenger/webhook" });
    expect(bare.statusCode).toBe(403);
  });

  it("refuses a forged or missing signature and keeps nothing", async () => {
    const before = await storedCounts(ctx);
    const body = fixture("messenger-text-message.json");
    const forged = await postWebhook(ctx, "messenger", body, signMessenger(body, "someone-elses-secret"));
    expect(forged.statusCode).toBe(401);
    expect(forged.json().code).toBe("channel_signature_invalid");
    expect((await postWebhook(ctx, "messenger", body, null)).statusCode).toBe(401);
    // Signed, then changed on the way: the signature covers the bytes.
    const tampered = Buffer.from(body.toString("utf8").replace("hello, world!", "send me money"));
    expect((await postWebhook(ctx, "messenger", tampered, signMessenger(body))).statusCode).toBe(401);
    // Whatever the content type (or none), the signature decides.
    const untyped = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/channels/messenger/webhook",
      payload: body,
    });
    expect(untyped.statusCode).toBe(401);
    // Signed by Meta but nothing the desk knows: answered 200 so it is not retried forever.
    const notJson = Buffer.from("not json");
    expect((await postWebhook(ctx, "messenger", notJson)).json()).toEqual({
      received: true,
      stored: 0,
      duplicates: 0,
      ignored: 1,
    });
    expect(await storedCounts(ctx)).toEqual(before);
  });

  it("turns the recorded message into a social ticket from a Messenger contact, stored once however often Meta sends it", async () => {
    const body = fixture("messenger-text-message.json");
    const first = await postWebhook(ctx, "messenger", body);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ received: true, stored: 1, duplicates: 0, ignored: 0 });
    const again = await postWebhook(ctx, "messenger", body);
    expect(again.json()).toEqual({ received: true, stored: 0, duplicates: 1, ignored: 0 });

    const { contact, tickets, messages } = await socialThread(ctx, "messenger", PSID);
    expect(contact).toMatchObject({ kind: "messenger", address: PSID, display_name: null, user_id: null });
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ channel: "social", subject: "Messenger message", status: "new" });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      channel: "messenger",
      author_type: "customer",
      body: "hello, world!",
      external_id: "mid.1457764197618:41d102a3e1ae206a38",
      contact_id: contact.id,
    });
    // The event as Meta sent it is kept for agents.
    expect(messages[0]?.original_key).toBeTruthy();
  });

  it("continues the same ticket with the next message, a tapped button and an image link; skips echoes", async () => {
    expect(
      (await postWebhook(ctx, "messenger", textMessage("m_second", "Is anyone there?"))).json().stored,
    ).toBe(1);
    expect((await postWebhook(ctx, "messenger", fixture("messenger-postback.json"))).json().stored).toBe(1);
    expect((await postWebhook(ctx, "messenger", fixture("messenger-image-message.json"))).json().stored).toBe(
      1,
    );
    const echo = await postWebhook(ctx, "messenger", fixture("messenger-echo.json"));
    expect(echo.json()).toEqual({ received: true, stored: 0, duplicates: 0, ignored: 0 });

    const { tickets, messages } = await socialThread(ctx, "messenger", PSID);
    expect(tickets).toHaveLength(1);
    expect(messages.map((m) => m.body)).toEqual([
      "hello, world!",
      "Is anyone there?",
      "Talk to an agent",
      // Nothing is downloaded unless the channel is told to: the image stays a link.
      "[image] https://scontent.xx.fbcdn.net/v/t1.15752-9/attachment.png",
    ]);
    expect(messages.every((m) => m.attachments.length === 0)).toBe(true);
  });

  it("delivers an agent's reply through the Send API with the page token, and keeps Meta's message id", async () => {
    const { tickets } = await socialThread(ctx, "messenger", PSID);
    const ticketId = tickets[0]?.id ?? "";
    const sent = await reply(ticketId, "Hello! How can we help?");
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ channel: "messenger", deliveryStatus: "queued" });
    await ctx.platform.outbox.drain();

    const calls = ctx.graph.accepted();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: "POST",
      path: "/me/messages",
      query: { access_token: SECRETS.messengerPageToken },
      body: {
        recipient: { id: PSID },
        messaging_type: "RESPONSE",
        message: { text: "Hello! How can we help?" },
      },
    });
    const mine = (await agentThread(ticketId)).at(-1);
    expect(mine).toMatchObject({ authorType: "agent", deliveryStatus: "sent", externalId: "m_fake_1" });

    // Meta's receipts move it forward: delivered (by its mid), then read (by watermark).
    const now = ctx.clock.now().getTime();
    const delivery = editedFixture("messenger-delivery.json", (json) => {
      const event = (json.entry as { messaging: Record<string, unknown>[] }[])[0]?.messaging[0];
      if (event) event.delivery = { mids: ["m_fake_1"], watermark: now - 60_000 };
    });
    expect((await postWebhook(ctx, "messenger", delivery)).json().ignored).toBe(1);
    expect((await agentThread(ticketId)).at(-1)?.deliveryStatus).toBe("delivered");
    const read = editedFixture("messenger-read.json", (json) => {
      const event = (json.entry as { messaging: Record<string, unknown>[] }[])[0]?.messaging[0];
      if (event) event.read = { watermark: now + 1000 };
    });
    await postWebhook(ctx, "messenger", read);
    expect((await agentThread(ticketId)).at(-1)?.deliveryStatus).toBe("read");
  });

  it("sends a reply longer than Messenger takes as several messages, in order", async () => {
    const psid = "2000000000000003";
    await postWebhook(ctx, "messenger", textMessage("m_long_1", "Tell me everything", psid));
    const ticketId = (await socialThread(ctx, "messenger", psid)).tickets[0]?.id ?? "";
    const before = ctx.graph.accepted().length;
    const first = "first ".repeat(300).trim();
    const second = "second ".repeat(100).trim();
    await reply(ticketId, `${first}\n\n${second}`);
    await ctx.platform.outbox.drain();
    const calls = ctx.graph.accepted().slice(before);
    expect(calls.map((c) => (c.body as { message: { text: string } }).message.text)).toEqual([first, second]);
    expect((await agentThread(ticketId)).at(-1)?.externalId).toBe(`m_fake_${before + 1}`);
  });

  it("lists the webhooks in the API reference", async () => {
    const paths = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json().paths;
    expect(Object.keys(paths["/api/v1/channels/messenger/webhook"]).sort()).toEqual(["get", "post"]);
    expect(Object.keys(paths["/api/v1/channels/x/webhook"]).sort()).toEqual(["get", "post"]);
    expect(Object.keys(paths["/api/v1/admin/support/announcements"]).sort()).toEqual(["get", "post"]);
  });

  it("retries a reply Meta failed to take, and sends it once after it recovers", async () => {
    const psid = "2000000000000001";
    await postWebhook(ctx, "messenger", textMessage("m_retry_1", "My deposit is missing", psid));
    const ticketId = (await socialThread(ctx, "messenger", psid)).tickets[0]?.id ?? "";
    const before = ctx.graph.accepted().length;
    ctx.graph.failNext(1);
    await reply(ticketId, "Looking into it now.");
    await ctx.platform.outbox.drain();
    let mine = (await agentThread(ticketId)).at(-1);
    expect(mine).toMatchObject({ deliveryStatus: "queued", externalId: null });
    expect(mine?.deliveryError).toContain("Service temporarily unavailable");

    ctx.clock.advance(5_000);
    await ctx.platform.outbox.drain();
    ctx.clock.advance(120_000);
    await ctx.platform.outbox.drain();
    const delivered = ctx.graph.accepted().slice(before);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.body).toMatchObject({
      recipient: { id: psid },
      message: { text: "Looking into it now." },
    });
    mine = (await agentThread(ticketId)).at(-1);
    expect(mine).toMatchObject({ deliveryStatus: "sent", deliveryError: null });
    expect(mine?.externalId).toMatch(/^m_fake_/);
  });

  it("answers after 24 hours with the HUMAN_AGENT tag, and not at all after 7 days", async () => {
    const psid = "2000000000000002";
    await postWebhook(ctx, "messenger", textMessage("m_late_1", "Hello?", psid));
    const ticketId = (await socialThread(ctx, "messenger", psid)).tickets[0]?.id ?? "";
    ctx.clock.advance(25 * 3_600_000);
    agent = await signInAgain(ctx, agent);
    await reply(ticketId, "Sorry for the wait.");
    await ctx.platform.outbox.drain();
    expect(ctx.graph.accepted().at(-1)?.body).toMatchObject({
      recipient: { id: psid },
      messaging_type: "MESSAGE_TAG",
      tag: "HUMAN_AGENT",
      message: { text: "Sorry for the wait." },
    });

    const sentSoFar = ctx.graph.requests.length;
    ctx.clock.advance(7 * 24 * 3_600_000);
    agent = await signInAgain(ctx, agent);
    await reply(ticketId, "Still there?");
    await ctx.platform.outbox.drain();
    expect(ctx.graph.requests.length).toBe(sentSoFar);
    const mine = (await agentThread(ticketId)).at(-1);
    expect(mine?.deliveryStatus).toBe("queued");
    expect(mine?.deliveryError).toContain("within 7 days");
  });
});

describe(`Messenger channel without its secrets on ${testDatabaseKind}`, () => {
  it("answers 503 channel_not_configured to Meta's calls until the secrets are set", async () => {
    const ctx = await buildTestApp({
      config: {
        channels: { ...SECRETS, messengerVerifyToken: undefined, messengerAppSecret: undefined },
      },
    });
    try {
      const handshake = await ctx.app.inject({
        method: "GET",
        url: "/api/v1/channels/messenger/webhook?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1",
      });
      expect(handshake.statusCode).toBe(503);
      expect(handshake.json().code).toBe("channel_not_configured");
      const body = fixture("messenger-text-message.json");
      const post = await postWebhook(ctx, "messenger", body);
      expect(post.statusCode).toBe(503);
      expect((await storedCounts(ctx)).messages).toBe(0);
    } finally {
      await ctx.close();
    }
  });
});
