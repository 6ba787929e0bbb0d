import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../../test/accounts-helpers.js";
import { buildUser } from "../../../../test/factories.js";
import { type Staff, staffAuth } from "../../../../test/support-helpers-console.js";
import { customerTicket, IMAGES, upload } from "../../../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { buildCustomer } from "../../../../test/wallet-helpers.js";
import type { MessageTransport, OutboundMessage } from "../../../messaging/message.js";
import { receiveInbound } from "../inbound.js";

/**
 * An agent's answer to a customer who wrote by email goes back by email, threaded so their
 * mail program files it with their own mail and their answer finds the ticket again.
 */
describe(`replies to email tickets, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let n = 0;
  const unique = () => `${Date.now()}-${++n}`;
  /** Every email handed to the transport, and a switch that makes it fail like a down SMTP server. */
  const sent: OutboundMessage[] = [];
  let failing: string | undefined;
  /** The SMTP reply code of the failure (550 = the receiving server refuses for good). */
  let failingCode: number | undefined;

  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await staffAuth(ctx, "agent");
    const { transports } = ctx.services.messaging;
    const real = transports.email;
    const recording: MessageTransport = {
      name: "recording",
      async send(message) {
        if (failing) throw Object.assign(new Error(failing), { responseCode: failingCode });
        sent.push(message);
        await real.send(message);
      },
    };
    transports.email = recording;
  });
  afterAll(() => ctx.close());

  const deps = () => ctx.services.support.deps;
  const emailsTo = (address: string) =>
    sent.filter(
      (m): m is Extract<OutboundMessage, { channel: "email" }> => m.channel === "email" && m.to === address,
    );
  const messageRow = (id: string) =>
    ctx.platform.db.selectFrom("support_messages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const reply = (ticketId: string, payload: Record<string, unknown>) =>
    ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${ticketId}/replies`,
      headers: agent.auth,
      payload,
    });

  async function emailTicket(address: string, subject = "Card declined") {
    const customerMessageId = `CAF${unique()}@mail.Example.test`;
    const inbound = await receiveInbound(deps(), {
      channel: "email",
      from: { kind: "email", address, name: "Casey" },
      externalId: customerMessageId,
      continueLatest: false,
      subject,
      body: "My card was declined at the shop.",
    });
    return { ...inbound, customerMessageId };
  }

  it("sends the reply with our Message-ID, In-Reply-To the customer's mail, the ticket's Reply-To, [#number] subject, the anti-phishing code and the images", async () => {
    const customer = await buildUser(ctx, { language: "en" });
    await ctx.platform.db
      .updateTable("users")
      .set({ email_verified_at: ctx.clock.now(), anti_phishing_code: "BLUE-OTTER" })
      .where("id", "=", customer.id)
      .execute();
    const { ticket, customerMessageId } = await emailTicket(customer.email, "Re: Card declined");
    expect(ticket.user_id).toBe(customer.id);

    const image = await upload(ctx, agent.auth, IMAGES.png, "image/png", "steps.png");
    expect(image.statusCode).toBe(201);
    const res = await reply(ticket.id, {
      body: "Please try again now.\n\nThe block is lifted.",
      attachmentIds: [image.json().id],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ channel: "email", deliveryStatus: "queued" });
    const messageId = res.json().id as string;
    // Nothing leaves before the outbox runs.
    expect(emailsTo(customer.email)).toHaveLength(0);

    await ctx.platform.outbox.drain();
    const [email] = emailsTo(customer.email);
    const token = (
      await ctx.platform.db
        .selectFrom("support_tickets")
        .select("reply_token")
        .where("id", "=", ticket.id)
        .executeTakeFirstOrThrow()
    ).reply_token;
    const ourId = `${messageId}.${ticket.number}@satchel.test`;
    expect(email).toMatchObject({
      subject: `Re: [#${ticket.number}] Card declined`,
      replyTo: `support+${token}@satchel.test`,
      messageId: ourId,
      inReplyTo: customerMessageId,
      references: [customerMessageId],
    });
    expect(email?.from).toContain("<support@satchel.test>");
    expect(email?.text).toContain("Please try again now.");
    expect(email?.text.split("\n")[0]).toBe("##- Reply above this line -##");
    expect(email?.text).toContain("Your anti-phishing code: BLUE-OTTER");
    expect(email?.html).toContain("<p>Please try again now.</p><p>The block is lifted.</p>");
    expect(email?.attachments).toEqual([
      { filename: "steps.png", contentType: "image/png", contentBase64: IMAGES.png.toString("base64") },
    ]);

    // The dev mailbox shows the same headers.
    const mailbox = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/dev/messages?to=${encodeURIComponent(customer.email)}`,
    });
    expect(mailbox.json().data[0].headers).toMatchObject({
      "Message-ID": `<${ourId}>`,
      "In-Reply-To": `<${customerMessageId}>`,
      "Reply-To": `support+${token}@satchel.test`,
    });

    // The console shows it delivered, and the thread keeps our Message-ID for the customer's answer.
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets/${ticket.id}`,
      headers: agent.auth,
    });
    const shown = JSON.stringify(detail.json());
    expect(shown).toContain('"deliveryStatus":"sent"');
    expect(await messageRow(messageId)).toMatchObject({ delivery_status: "sent", external_id: ourId });
  });

  it("never sends a delivered reply twice, whatever the outbox retries", async () => {
    const address = `twice-${unique()}@example.test`;
    const { ticket } = await emailTicket(address);
    const res = await reply(ticket.id, { body: "Once only." });
    await ctx.platform.outbox.drain();
    await deps().channels.queueDelivery(ctx.platform.db, res.json().id);
    await ctx.platform.outbox.drain();
    expect(emailsTo(address)).toHaveLength(1);
    // No anti-phishing line for a sender without an account.
    expect(emailsTo(address)[0]?.text).not.toContain("anti-phishing");
  });

  it("keeps a reply queued with the error while SMTP is down, shows it on the channel's health, and sends it once when it is back", async () => {
    const address = `down-${unique()}@example.test`;
    const { ticket } = await emailTicket(address);
    failing = "connect ECONNREFUSED 127.0.0.1:25";
    const res = await reply(ticket.id, { body: "Answer while the mail server is down." });
    const id = res.json().id as string;
    await ctx.platform.outbox.drain();
    expect(await messageRow(id)).toMatchObject({
      delivery_status: "queued",
      delivery_error: "connect ECONNREFUSED 127.0.0.1:25",
      external_id: null,
    });
    const health = await ctx.platform.db
      .selectFrom("support_channel_settings")
      .select(["last_error"])
      .where("channel", "=", "email")
      .executeTakeFirstOrThrow();
    expect(health.last_error).toContain("ECONNREFUSED");

    failing = undefined;
    ctx.clock.advance(60_000);
    await ctx.platform.outbox.drain();
    ctx.clock.advance(3_600_000);
    await ctx.platform.outbox.drain();
    expect(emailsTo(address)).toHaveLength(1);
    expect(await messageRow(id)).toMatchObject({ delivery_status: "sent", delivery_error: null });
  });

  it("marks a reply the receiving server refuses for good as failed, with the reason, and does not retry it", async () => {
    const address = `nobody-${unique()}@example.test`;
    const { ticket } = await emailTicket(address);
    failing = "550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown";
    failingCode = 550;
    try {
      const res = await reply(ticket.id, { body: "Nobody will read this." });
      const id = res.json().id as string;
      await ctx.platform.outbox.drain();
      expect(await messageRow(id)).toMatchObject({
        delivery_status: "failed",
        delivery_error: expect.stringContaining("User unknown"),
      });
      failing = undefined;
      ctx.clock.advance(3_600_000);
      await ctx.platform.outbox.drain();
      expect(emailsTo(address)).toHaveLength(0);
      const detail = await ctx.app.inject({
        method: "GET",
        url: `/api/v1/agent/tickets/${ticket.id}`,
        headers: agent.auth,
      });
      expect(detail.json().messages.at(-1)).toMatchObject({
        deliveryStatus: "failed",
        deliveryError: expect.stringContaining("User unknown"),
      });
    } finally {
      failing = undefined;
      failingCode = undefined;
    }
  });

  it("threads a later reply under the customer's newest mail, after our earlier one", async () => {
    const address = `thread-${unique()}@example.test`;
    const first = await emailTicket(address);
    const firstReply = await reply(first.ticket.id, { body: "First answer." });
    await ctx.platform.outbox.drain();
    const secondCustomerId = `second-${unique()}@mail.example.test`;
    await receiveInbound(deps(), {
      channel: "email",
      from: { kind: "email", address },
      externalId: secondCustomerId,
      ticketId: first.ticket.id,
      continueLatest: false,
      subject: "Re: Card declined",
      body: "Still declined.",
    });
    await reply(first.ticket.id, { body: "Second answer." });
    await ctx.platform.outbox.drain();
    const second = emailsTo(address).at(-1);
    const ours = `${firstReply.json().id}.${first.ticket.number}@satchel.test`;
    expect(second?.inReplyTo).toBe(secondCustomerId);
    expect(second?.references).toEqual([first.customerMessageId, ours, secondCustomerId]);
    expect(second?.subject).toBe(`Re: [#${first.ticket.number}] Card declined`);
  });

  it("lets a developer answer a support email from the dev mailbox as the customer, into the same ticket", async () => {
    const address = `devreply-${unique()}@example.test`;
    const { ticket } = await emailTicket(address);
    await reply(ticket.id, { body: "Which shop was it?" });
    await ctx.platform.outbox.drain();
    const mailbox = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/dev/messages?to=${encodeURIComponent(address)}`,
    });
    const ours = mailbox
      .json()
      .data.find((m: { subject: string }) => m.subject.includes(`[#${ticket.number}]`));
    expect(ours.answerable).toBe(true);

    const res = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/dev/messages/${ours.id}/reply`,
      payload: { text: "The bakery on Main Street." },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ ticketId: ticket.id, number: String(ticket.number), created: false });
    const thread = await ctx.platform.db
      .selectFrom("support_messages")
      .select(["author_type", "body", "channel"])
      .where("ticket_id", "=", ticket.id)
      .orderBy("seq")
      .execute();
    // The quoted email below the typed text is cut away.
    expect(thread.at(-1)).toEqual({
      author_type: "customer",
      body: "The bakery on Main Street.",
      channel: "email",
    });

    // An account email (no Reply-To of ours) cannot be answered this way.
    const customer = await buildCustomer(ctx);
    const accountMail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/dev/messages?to=${encodeURIComponent(customer.email)}`,
    });
    const verify = accountMail.json().data[0];
    expect(verify.answerable).toBe(false);
    const refused = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/dev/messages/${verify.id}/reply`,
      payload: { text: "Hello?" },
    });
    expect(refused.statusCode).toBe(404);
  });

  it("still answers web tickets with the 'you have a reply' notice, never the text", async () => {
    const customer = await buildCustomer(ctx);
    const ticket = await customerTicket(ctx, customer);
    const res = await reply(ticket.id, { body: "A secret-looking answer 42." });
    expect(res.json()).toMatchObject({ channel: "web", deliveryStatus: null });
    await ctx.platform.outbox.drain();
    const notice = await lastMessage(ctx, customer.email);
    expect(notice?.subject).toContain(`#${ticket.number}`);
    expect(notice?.text).not.toContain("secret-looking answer");
    expect(emailsTo(customer.email).every((m) => !m.text.includes("secret-looking"))).toBe(true);
  });
});
