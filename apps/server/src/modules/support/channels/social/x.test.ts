import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSocialTestApp,
  editedFixture,
  fixture,
  postWebhook,
  SECRETS,
  type SocialTestContext,
  setChannelSettings,
  signX,
  socialThread,
  storedCounts,
} from "../../../../test/social-helpers.js";
import { buildDeskStaff, type DeskStaff, deskCall } from "../../../../test/support-helpers-sla.js";
import { testDatabaseKind } from "../../../../test/test-db.js";

const SENDER = "3001969357";
const OUR_ACCOUNT = "4337869213";

type DmEvent = { id: string; message_create: { sender_id: string; message_data: { text: string } } };

/** The recorded DM with another event id and text, from `sender`. */
const directMessage = (id: string, text: string, sender = SENDER) =>
  editedFixture("x-direct-message.json", (json) => {
    const event = (json.direct_message_events as DmEvent[])[0];
    if (!event) return;
    event.id = id;
    event.message_create.sender_id = sender;
    event.message_create.message_data.text = text;
  });

describe(`X direct messages on ${testDatabaseKind}`, () => {
  let ctx: SocialTestContext;
  let agent: DeskStaff;
  beforeAll(async () => {
    ctx = await buildSocialTestApp();
    agent = await buildDeskStaff(ctx, "agent");
  });
  afterAll(() => ctx.close());

  const thread = async (ticketId: string) =>
    (await deskCall(ctx, agent, "GET", `/agent/tickets/${ticketId}`)).json().messages as {
      authorType: string;
      channel: string;
      deliveryStatus: string | null;
      deliveryError: string | null;
      externalId: string | null;
    }[];

  it("answers the CRC check with the HMAC of the token under the consumer secret", async () => {
    const crc = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/channels/x/webhook?crc_token=abc123XYZ",
    });
    expect(crc.statusCode).toBe(200);
    const expected = createHmac("sha256", SECRETS.xConsumerSecret).update("abc123XYZ").digest("base64");
    expect(crc.json()).toEqual({ response_token: `sha256=${expected}` });
    const wrongSecret = createHmac("sha256", "another-secret").update("abc123XYZ").digest("base64");
    expect(crc.json().response_token).not.toBe(`sha256=${wrongSecret}`);

    const missing = await ctx.app.inject({ method: "GET", url: "/api/v1/channels/x/webhook" });
    expect(missing.statusCode).toBe(400);
  });

  it("refuses a forged or missing signature and keeps nothing", async () => {
    const before = await storedCounts(ctx);
    const body = fixture("x-direct-message.json");
    const forged = await postWebhook(ctx, "x", body, signX(body, "someone-elses-secret"));
    expect(forged.statusCode).toBe(401);
    expect(forged.json().code).toBe("channel_signature_invalid");
    expect((await postWebhook(ctx, "x", body, null)).statusCode).toBe(401);
    // Messenger's hex form of the right HMAC is not X's base64 form.
    const hex = `sha256=${createHmac("sha256", SECRETS.xConsumerSecret).update(body).digest("hex")}`;
    expect((await postWebhook(ctx, "x", body, hex)).statusCode).toBe(401);
    expect(await storedCounts(ctx)).toEqual(before);
  });

  it("turns the recorded DM into a social ticket from an X contact named as in the users map, once", async () => {
    const body = fixture("x-direct-message.json");
    expect((await postWebhook(ctx, "x", body)).json()).toEqual({
      received: true,
      stored: 1,
      duplicates: 0,
      ignored: 0,
    });
    expect((await postWebhook(ctx, "x", body)).json()).toMatchObject({ stored: 0, duplicates: 1 });

    const { contact, tickets, messages } = await socialThread(ctx, "x", SENDER);
    expect(contact).toMatchObject({
      kind: "x",
      address: SENDER,
      display_name: "Jordan Brinks (@furiouscamper)",
    });
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({
      channel: "social",
      subject: "X direct message from Jordan Brinks (@furiouscamper)",
      requester_name: "Jordan Brinks (@furiouscamper)",
      requester_email: "",
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      channel: "x",
      body: "Hello World!",
      external_id: "954491830116155396",
      author_name: "Jordan Brinks (@furiouscamper)",
    });
  });

  it("continues the ticket with the next DM; ignores our own sends and other activity", async () => {
    expect(
      (await postWebhook(ctx, "x", directMessage("954491830116155397", "Fish &amp; chips?"))).json().stored,
    ).toBe(1);
    const own = await postWebhook(ctx, "x", directMessage("954491830116155398", "We sent this", OUR_ACCOUNT));
    expect(own.json()).toMatchObject({ stored: 0, ignored: 1 });
    const like = await postWebhook(ctx, "x", fixture("x-favorite.json"));
    expect(like.json()).toMatchObject({ stored: 0, ignored: 1 });

    const { tickets, messages } = await socialThread(ctx, "x", SENDER);
    expect(tickets).toHaveLength(1);
    expect(messages.map((m) => m.body)).toEqual(["Hello World!", "Fish & chips?"]);
    expect((await storedCounts(ctx)).contacts).toBe(1);
  });

  it("ignores DMs to another account the app's webhook serves, once the support account is set", async () => {
    await setChannelSettings(ctx, "x", { accountId: "999" });
    const other = await postWebhook(ctx, "x", directMessage("954491830116155399", "Not for you"));
    expect(other.json()).toMatchObject({ stored: 0, ignored: 1 });
    await setChannelSettings(ctx, "x", { accountId: OUR_ACCOUNT });
    expect((await postWebhook(ctx, "x", directMessage("954491830116155399", "For you"))).json().stored).toBe(
      1,
    );
  });

  it("delivers an agent's reply as a DM with the bearer user token, retried until X takes it, and keeps the DM event id", async () => {
    const ticketId = (await socialThread(ctx, "x", SENDER)).tickets[0]?.id ?? "";
    ctx.xApi.failNext(2);
    const sent = await deskCall(ctx, agent, "POST", `/agent/tickets/${ticketId}/replies`, {
      body: "Hi Jordan!",
    });
    expect(sent.json()).toMatchObject({ channel: "x", deliveryStatus: "queued" });
    await ctx.platform.outbox.drain();
    expect((await thread(ticketId)).at(-1)?.deliveryError).toContain("X answered 503");
    for (const wait of [5_000, 10_000, 60_000]) {
      ctx.clock.advance(wait);
      await ctx.platform.outbox.drain();
    }

    expect(ctx.xApi.requests).toHaveLength(3);
    const calls = ctx.xApi.accepted();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: "POST",
      path: `/2/dm_conversations/with/${SENDER}/messages`,
      body: { text: "Hi Jordan!" },
    });
    expect(calls[0]?.headers.authorization).toBe(`Bearer ${SECRETS.xAccessToken}`);
    const mine = (await thread(ticketId)).at(-1);
    expect(mine).toMatchObject({
      authorType: "agent",
      channel: "x",
      deliveryStatus: "sent",
      deliveryError: null,
    });
    expect(mine?.externalId).toMatch(/^17000000000000\d+$/);
  });
});
