import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, connectChat, type Frame, isMessage, onlineAgent } from "../../../../test/chat-helpers.js";
import { mailTo, rawMail, ticketsFrom } from "../../../../test/fixtures/email/mailbox.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testConfig } from "../../../../test/test-config.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { buildCustomer } from "../../../../test/wallet-helpers.js";
import { receiveInbound } from "../inbound.js";

/**
 * Issue #8 security review: a guest types someone else's address into the chat form. The
 * real owner's mail must never reach the guest: not threaded into the chat by the number in
 * the subject, and never streamed to the customer side of the chat socket.
 */
describe(`a guest chat under someone else's address, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let base: string;
  let n = 0;
  beforeAll(async () => {
    ctx = await buildTestApp();
    await ctx.app.listen({ port: 0, host: "127.0.0.1" });
    base = baseUrl(ctx.app);
  });
  afterAll(() => ctx?.close());

  const startGuestChat = async (email: string, message: string) => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/chat/sessions",
      payload: { name: "Eve", email, message },
      remoteAddress: `10.8.0.${++n}`,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json() as { chatId: string; number: string; token: string; state: string };
  };
  const postMail = (from: string, subject: string, body: string) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/v1/channels/email/inbound",
      headers: {
        authorization: `Bearer ${testConfig().channels.inboundEmailToken}`,
        "content-type": "message/rfc822",
      },
      payload: rawMail(
        {
          From: `Alice <${from}>`,
          To: "support@satchel.test",
          Subject: subject,
          "Message-ID": `<alice-${Date.now()}-${++n}@example.com>`,
          "Content-Type": "text/plain; charset=utf-8",
        },
        body,
      ),
    });
  /** Something the guest sends now comes back after anything queued before it (seq order). */
  const roundTrip = async (socket: Awaited<ReturnType<typeof connectChat>>, clientId: string) => {
    socket.send({ type: "message", clientId, body: `ping ${clientId}` });
    await socket.next((f) => isMessage(f) && f.clientId === clientId);
  };

  it("Alice's answer to our notice goes to a new ticket, never to the chat nor the guest's socket", async () => {
    const alice = `alice-${Date.now()}@example.test`;
    const chat = await startGuestChat(alice, "Hi, this is Alice (really Eve)");
    expect(chat.state).toBe("offline");
    const eve = await connectChat(base, { chatId: chat.chatId, token: chat.token });
    await eve.next((f) => f.type === "hello");

    // Our offline notice reached the real Alice, with the chat's number in its subject.
    const [notice] = await mailTo(ctx, alice);
    expect(notice?.subject).toContain(`#${chat.number}`);
    const answered = await postMail(alice, `Re: ${notice?.subject}`, "My recovery code is 424242");
    expect(answered.statusCode).toBe(202);
    expect(answered.json()).toMatchObject({ created: true });
    expect(answered.json().ticketId).not.toBe(chat.chatId);

    const tickets = await ticketsFrom(ctx, alice);
    const chatTicket = tickets.find((t) => t.id === chat.chatId);
    const mailTicket = tickets.find((t) => t.id === answered.json().ticketId);
    expect(chatTicket?.messages.map((m) => m.body)).not.toContain("My recovery code is 424242");
    expect(mailTicket?.channel).toBe("email");
    expect(mailTicket?.messages.map((m) => m.body)).toEqual(["My recovery code is 424242"]);

    await roundTrip(eve, "e-1");
    expect(eve.frames.some((f: Frame) => String(f.body ?? "").includes("424242"))).toBe(false);
    await eve.close();
  });

  it("threads by the number in the subject from a proven address only (the customer's verified email, a mail contact)", async () => {
    const customer = await buildCustomer(ctx, {}, "Carla Customer");
    // A customer's own chat: her verified address may answer by the number.
    const started = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/chat/sessions",
      headers: customer.auth,
      payload: { message: "Question about fees" },
    });
    const own = started.json() as { chatId: string; number: string };
    const reply = await postMail(customer.email, `Re: [#${own.number}] Question about fees`, "Follow-up");
    expect(reply.json()).toMatchObject({ ticketId: own.chatId, created: false });

    // A mail contact who opened a ticket by mail answers by its number.
    const writer = `writer-${Date.now()}@example.test`;
    const first = await postMail(writer, "Card declined", "My card was declined");
    const again = await postMail(writer, `[#${first.json().number}] more`, "Still declined");
    expect(again.json()).toMatchObject({ ticketId: first.json().ticketId, created: false });
  });

  it("the guest's socket never carries the ticket's email, phone or social messages, nor internal notes", async () => {
    const agent = await onlineAgent(ctx, "Dana Agent");
    const victim = `victim-${Date.now()}@example.test`;
    const chat = await startGuestChat(victim, "Hello");
    const eve = await connectChat(base, { chatId: chat.chatId, token: chat.token });
    const agentSocket = await connectChat(base, {}, agent.auth);
    agentSocket.send({ type: "join", chatId: chat.chatId, after: 0 });
    await agentSocket.next((f) => f.type === "hello");
    // However mail came into this ticket (an agent's merge, an old reply link), the guest does not read it.
    await receiveInbound(ctx.services.support.deps, {
      channel: "email",
      from: { kind: "email", address: victim, name: "Victim" },
      externalId: `victim-${Date.now()}@example.com`,
      ticketId: chat.chatId,
      continueLatest: false,
      subject: "private",
      body: "Private mail of the victim",
    });
    for (const payload of [
      { body: "Internal: looks like fraud", internal: true },
      { body: "Answered by mail to the address", channel: "email" },
    ]) {
      const res = await ctx.app.inject({
        method: "POST",
        url: `/api/v1/agent/tickets/${chat.chatId}/replies`,
        headers: agent.auth,
        payload,
      });
      expect(res.statusCode).toBeLessThan(300);
    }
    // The agent sees the mail; the guest only what was said in the chat.
    await agentSocket.next((f) => isMessage(f) && f.body === "Private mail of the victim");
    await roundTrip(eve, "e-2");
    const seen = eve.frames.filter(isMessage).map((f) => f.body);
    expect(seen).toContain("Hello");
    expect(seen).not.toContain("Private mail of the victim");
    expect(seen).not.toContain("Internal: looks like fraud");
    expect(seen).not.toContain("Answered by mail to the address");
    // A reconnection replaying the whole thread is filtered the same way.
    const again = await connectChat(base, { chatId: chat.chatId, token: chat.token, after: "0" });
    await roundTrip(again, "e-3");
    expect(again.frames.filter(isMessage).map((f) => f.body)).not.toContain("Private mail of the victim");
    await Promise.all([eve.close(), again.close(), agentSocket.close()]);
  });
  it("the console never shows the guest as the customer behind the typed address, nor renames that contact", async () => {
    const agent = await onlineAgent(ctx, "Olga Agent");
    const customer = await buildCustomer(ctx, {}, "Alice Real");
    const mailed = await postMail(customer.email, "My card", "Card declined");
    const chat = await startGuestChat(customer.email, "Hi, it is me, Alice");
    const detail = async (id: string) =>
      (
        await ctx.app.inject({ method: "GET", url: `/api/v1/agent/tickets/${id}`, headers: agent.auth })
      ).json();

    const chatDetail = await detail(chat.chatId);
    expect(chatDetail.contact).toMatchObject({ address: customer.email, displayName: "Alice", userId: null });
    const guestMessage = chatDetail.messages.find((m: { body: string }) => m.body === "Hi, it is me, Alice");
    expect(guestMessage.authorName).toBe("Eve");
    // Her own mail's ticket still shows her, under the name her mail gave.
    const mailDetail = await detail(mailed.json().ticketId);
    expect(mailDetail.contact).toMatchObject({ userId: customer.userId, displayName: "Alice" });
  });
});
