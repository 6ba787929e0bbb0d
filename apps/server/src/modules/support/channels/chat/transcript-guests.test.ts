import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onlineAgent } from "../../../../test/chat-helpers.js";
import { mailTo } from "../../../../test/fixtures/email/mailbox.js";
import type { SupportStaff } from "../../../../test/support-helpers-live.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { postCustomerMessage } from "./messages.js";

/**
 * Issue #8 security review: a guest's transcript goes to an address they only typed, so it
 * must not be a way to mail anyone text of one's choosing: only once an agent took part, a
 * few a day per address across chats, and a bounded number of messages.
 */
describe(`guests' chat transcripts, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: SupportStaff;
  let n = 0;
  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await onlineAgent(ctx, "Tia Agent");
  });
  afterAll(() => ctx?.close());

  const guestChat = async (email: string, message: string) => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/chat/sessions",
      payload: { name: "Guest", email, message },
      remoteAddress: `10.9.0.${++n}`,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json() as { chatId: string; number: string; token: string };
  };
  const answer = async (chatId: string) => {
    await ctx.app.inject({ method: "POST", url: `/api/v1/agent/chats/${chatId}/take`, headers: agent.auth });
    const res = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${chatId}/replies`,
      headers: agent.auth,
      payload: { body: "An agent's answer", channel: "chat", status: "open" },
    });
    expect(res.statusCode).toBeLessThan(300);
  };
  const transcript = (chat: { chatId: string; token: string }) =>
    ctx.app.inject({
      method: "POST",
      url: `/api/v1/chat/sessions/${chat.chatId}/transcript`,
      headers: { "x-chat-token": chat.token },
    });

  it("sends nothing before an agent took part in the chat", async () => {
    const victim = `relay-${Date.now()}@example.test`;
    const chat = await guestChat(victim, "Buy cheap watches at spam.example");
    const before = (await mailTo(ctx, victim)).length;
    const res = await transcript(chat);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("chat_transcript_unavailable");
    expect(await mailTo(ctx, victim)).toHaveLength(before);

    await answer(chat.chatId);
    expect((await transcript(chat)).statusCode).toBe(202);
  });

  it("sends at most 3 a day to one address across chats, then again the next day", async () => {
    const address = `daily-${Date.now()}@example.test`;
    const chats = [];
    for (let i = 0; i < 2; i++) {
      const chat = await guestChat(address, `Chat ${i}`);
      await answer(chat.chatId);
      chats.push(chat);
    }
    const [first, second] = chats as [(typeof chats)[number], (typeof chats)[number]];
    expect((await transcript(first)).statusCode).toBe(202);
    expect((await transcript(first)).statusCode).toBe(202);
    expect((await transcript(second)).statusCode).toBe(202);
    const over = await transcript(second);
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ code: "chat_transcript_daily_limit" });

    // A day later (the earlier ones now older than 24 hours) the address may have one again.
    await ctx.platform.db
      .updateTable("support_ticket_events")
      .set({ created_at: new Date(ctx.clock.now().getTime() - 25 * 60 * 60_000) })
      .where("ticket_id", "in", [first.chatId, second.chatId])
      .where("kind", "=", "chat_transcript_sent")
      .execute();
    expect((await transcript(second)).statusCode).toBe(202);
  });

  it("holds the latest 200 messages of the chat", async () => {
    const address = `long-${Date.now()}@example.test`;
    const chat = await guestChat(address, "message 0");
    const rows = Array.from({ length: 220 }, (_, i) => i + 1);
    // Many messages at once, as a long chat leaves them.
    const ticket = await ctx.platform.db
      .selectFrom("support_tickets")
      .selectAll()
      .where("id", "=", chat.chatId)
      .executeTakeFirstOrThrow();
    for (const i of rows)
      await postCustomerMessage(ctx.services.support.deps, { kind: "guest", ticketId: chat.chatId }, ticket, {
        clientId: `m-${i}`,
        body: `message ${i}`,
      });
    await answer(chat.chatId);
    expect((await transcript(chat)).statusCode).toBe(202);
    const [mail] = (await mailTo(ctx, address)).filter((m) => m.subject?.startsWith("Your chat transcript"));
    expect(mail?.text).toContain("An agent's answer");
    expect(mail?.text).toContain("message 220");
    expect(mail?.text).not.toContain("message 20\n");
    expect(mail?.text).not.toContain("message 0\n");
  });
});
