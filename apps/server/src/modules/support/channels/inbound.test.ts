import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../../test/factories.js";
import { staffAuth } from "../../../test/support-helpers-console.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { receiveInbound } from "./inbound.js";

/**
 * The one way in that every channel shares: who wrote, which ticket it lands in, a provider's
 * retry stored once, and the way back an agent's reply takes.
 */
describe(`channel messages into tickets, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let n = 0;
  const unique = () => `${Date.now()}-${++n}`;

  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  const deps = () => ctx.services.support.deps;
  const messagesOf = (ticketId: string) =>
    ctx.platform.db
      .selectFrom("support_messages")
      .selectAll()
      .where("ticket_id", "=", ticketId)
      .orderBy("seq")
      .execute();

  it("opens a ticket agents can see for an unknown sender, once however often the provider retries", async () => {
    const address = `stranger-${unique()}@example.test`;
    const input = {
      channel: "email" as const,
      from: { kind: "email" as const, address: address.toUpperCase(), name: "Sam Stranger" },
      externalId: `msg-${unique()}@mail.example.test`,
      continueLatest: false,
      subject: "Where is my refund?",
      body: "I was promised a refund last week.",
    };
    const first = await receiveInbound(deps(), input);
    const again = await receiveInbound(deps(), input);
    expect(first.created).toBe(true);
    expect(first.ticket).toMatchObject({ channel: "email", user_id: null, requester_email: address });
    expect(first.ticket.guest_verified_at).not.toBeNull();
    expect(first.contact).toMatchObject({
      kind: "email",
      address,
      display_name: "Sam Stranger",
      user_id: null,
    });
    expect(again.message).toBeUndefined();
    expect(again.ticket.id).toBe(first.ticket.id);
    expect(await messagesOf(first.ticket.id)).toHaveLength(1);

    const agent = await staffAuth(ctx, "agent");
    const queue = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets?q=${encodeURIComponent(address)}`,
      headers: agent.auth,
    });
    expect(queue.statusCode).toBe(200);
    expect(JSON.stringify(queue.json())).toContain(first.ticket.id);
  });

  it("recognises a customer by a verified address only", async () => {
    const verified = await buildUser(ctx);
    const unverified = await buildUser(ctx);
    await ctx.platform.db
      .updateTable("users")
      .set({ email_verified_at: ctx.clock.now() })
      .where("id", "=", verified.id)
      .execute();
    await ctx.platform.db
      .updateTable("users")
      .set({ email_verified_at: null })
      .where("id", "=", unverified.id)
      .execute();
    const write = (address: string) =>
      receiveInbound(deps(), {
        channel: "email",
        from: { kind: "email", address },
        externalId: `msg-${unique()}@x.test`,
        continueLatest: false,
        subject: "Help",
        body: "Please help.",
      });
    const known = await write(verified.email);
    const unknown = await write(unverified.email);
    expect(known.ticket.user_id).toBe(verified.id);
    expect(known.contact.user_id).toBe(verified.id);
    expect(unknown.ticket.user_id).toBeNull();
    expect(unknown.contact.user_id).toBeNull();
  });

  it("continues a caller's open ticket, reopens it when it waits on them, and starts anew once closed", async () => {
    const phone = `+86138${String(Date.now()).slice(-8)}`;
    const call = (text: string) =>
      receiveInbound(deps(), {
        channel: "phone",
        from: { kind: "phone", address: phone },
        externalId: `call-${unique()}`,
        continueLatest: true,
        subject: `Call from ${phone}`,
        body: text,
      });
    const first = await call("Incoming call");
    await ctx.platform.db
      .updateTable("support_tickets")
      .set({ status: "pending" })
      .where("id", "=", first.ticket.id)
      .execute();
    const second = await call("Called again");
    expect(second.created).toBe(false);
    expect(second.ticket.id).toBe(first.ticket.id);
    expect(second.ticket.status).toBe("open");

    await ctx.platform.db
      .updateTable("support_tickets")
      .set({ status: "closed" })
      .where("id", "=", first.ticket.id)
      .execute();
    const third = await call("A new problem");
    expect(third.created).toBe(true);
    expect(third.ticket.id).not.toBe(first.ticket.id);
  });

  it("follows a merge to the ticket where the conversation continues", async () => {
    const from = { kind: "email" as const, address: `merge-${unique()}@example.test` };
    const a = await receiveInbound(deps(), {
      channel: "email",
      from,
      externalId: `a-${unique()}`,
      continueLatest: false,
      subject: "One",
      body: "First",
    });
    const b = await receiveInbound(deps(), {
      channel: "email",
      from,
      externalId: `b-${unique()}`,
      continueLatest: false,
      subject: "Two",
      body: "Second",
    });
    await ctx.platform.db
      .updateTable("support_tickets")
      .set({ merged_into_id: b.ticket.id, status: "closed" })
      .where("id", "=", a.ticket.id)
      .execute();
    const reply = await receiveInbound(deps(), {
      channel: "email",
      from,
      externalId: `c-${unique()}`,
      ticketId: a.ticket.id,
      continueLatest: false,
      subject: "Re: One",
      body: "Any news?",
    });
    expect(reply.ticket.id).toBe(b.ticket.id);
  });

  it("sends an agent's reply back the way the customer wrote, or refuses a way that cannot reach them", async () => {
    const agent = await staffAuth(ctx, "agent");
    const inbound = await receiveInbound(deps(), {
      channel: "email",
      from: { kind: "email", address: `reply-${unique()}@example.test` },
      externalId: `r-${unique()}`,
      continueLatest: false,
      subject: "Card declined",
      body: "My card was declined.",
    });
    const reply = (payload: Record<string, unknown>) =>
      ctx.app.inject({
        method: "POST",
        url: `/api/v1/agent/tickets/${inbound.ticket.id}/replies`,
        headers: agent.auth,
        payload,
      });
    const sent = await reply({ body: "Please try again now." });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ channel: "email", deliveryStatus: "queued" });
    const stored = (await messagesOf(inbound.ticket.id)).at(-1);
    expect(stored?.reply_to_id).toBe(inbound.message?.id);
    const queued = await ctx.platform.db
      .selectFrom("outbox")
      .select("payload")
      .where("topic", "=", "support.channel.deliver")
      .execute();
    expect(queued.map((r) => (r.payload as { messageId: string }).messageId)).toContain(stored?.id);

    const refused = await reply({ body: "Hello there", channel: "messenger" });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: "reply_channel_unavailable" });
  });
});
