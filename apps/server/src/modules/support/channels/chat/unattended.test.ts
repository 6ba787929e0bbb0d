import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../../test/accounts-helpers.js";
import { baseUrl, connectChat, type Frame, onlineAgent } from "../../../../test/chat-helpers.js";
import { eventsOf } from "../../../../test/fixtures/email/mailbox.js";
import type { SupportStaff } from "../../../../test/support-helpers-live.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testDatabaseKind } from "../../../../test/test-db.js";

/**
 * A chat waits for an agent of its group. When all of them went offline, nobody will come: five
 * minutes on, the housekeeping chore makes it an offline chat, an ordinary ticket answered by
 * email, and tells the customer in the chat and by the same email an offline start sends.
 */
describe(`waiting chats nobody is online for, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let base: string;
  let agent: SupportStaff;
  let guests = 0;
  const MINUTE = 60_000;

  beforeAll(async () => {
    ctx = await buildTestApp();
    await ctx.app.listen({ port: 0, host: "127.0.0.1" });
    base = baseUrl(ctx.app);
    agent = await onlineAgent(ctx, "Dana Agent");
  });
  afterAll(() => ctx?.close());

  const chore = () => {
    const found = ctx.services.support
      .chores()
      .find(([what]) => what === "support chats waiting with nobody online turned into tickets");
    if (!found) throw new Error("the chore is not registered");
    return found[1]();
  };
  /** The agent's console says it is still open (a heartbeat; online lasts 2 minutes after one). */
  const heartbeat = async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/agent/presence",
      headers: agent.auth,
      payload: { status: "online" },
    });
    expect(res.statusCode).toBe(200);
  };
  async function guestChat() {
    guests += 1;
    const email = `waiting${guests}-${Date.now()}@example.test`;
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/chat/sessions",
      payload: { name: `Guest ${guests}`, email, message: "Is anyone there?" },
      remoteAddress: `10.7.0.${guests}`,
    });
    expect(res.statusCode).toBe(201);
    return { ...(res.json() as { chatId: string; number: string; token: string; state: string }), email };
  }
  const chatRow = (id: string) =>
    ctx.platform.db
      .selectFrom("support_tickets")
      .select(["chat_state"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
  const isState = (frame: Frame) => frame.type === "state";

  it("turns a chat waiting five minutes with nobody online into an offline chat ticket, told in the chat and by email", async () => {
    const first = await guestChat();
    ctx.clock.advance(MINUTE);
    await heartbeat();
    const second = await guestChat();
    expect([first.state, second.state]).toEqual(["waiting", "waiting"]);
    const firstSocket = await connectChat(base, { chatId: first.chatId, token: first.token });
    const secondSocket = await connectChat(base, { chatId: second.chatId, token: second.token });
    expect(await secondSocket.next((f) => f.type === "hello")).toMatchObject({ queuePosition: 2 });

    // Dana's console closed after the heartbeat: offline two minutes later. The first chat has
    // waited three minutes: it keeps waiting (she may be back).
    ctx.clock.advance(2 * MINUTE + 1_000);
    expect(await chore()).toBe(0);
    expect(await chatRow(first.chatId)).toMatchObject({ chat_state: "waiting" });

    ctx.clock.advance(2 * MINUTE);
    expect(await chore()).toBe(1);
    expect(await chatRow(first.chatId)).toMatchObject({ chat_state: null });
    expect(await chatRow(second.chatId)).toMatchObject({ chat_state: "waiting" });

    // The customer's chat says so, with when the answer comes by email.
    const state = await firstSocket.next(isState);
    expect(state).toMatchObject({ chatId: first.chatId, state: "offline", queuePosition: null });
    const expected = state.expectedReply as { en: string; "zh-CN": string };
    expect(expected.en).toMatch(/^within /);
    expect(expected["zh-CN"]).toMatch(/内$/);
    // The REST view agrees; the chat is no longer one to continue.
    const view = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/chat/sessions/current",
      headers: { "x-chat-token": first.token },
    });
    expect(view.statusCode).toBe(404);
    // The chat behind it moved up.
    expect(await secondSocket.next(isState)).toMatchObject({ state: "waiting", queuePosition: 1 });

    // The email an offline start sends: the number and when to expect the answer.
    const mail = await lastMessage(ctx, first.email);
    expect(mail.subject).toContain(`#${first.number}`);
    expect(mail.text).toContain(expected.en);
    expect((await eventsOf(ctx, first.chatId)).map((e) => e.kind)).toContain("chat_offline");

    // The console's queue no longer lists it.
    const queue = await ctx.app.inject({ method: "GET", url: "/api/v1/agent/chats", headers: agent.auth });
    const waiting = queue.json().waiting.map((c: { chatId: string }) => c.chatId);
    expect(waiting).not.toContain(first.chatId);
    expect(waiting).toContain(second.chatId);

    // Once only: a later run changes nothing and sends nothing more.
    const mails = async () =>
      (
        await ctx.app.inject({
          method: "GET",
          url: `/api/v1/dev/messages?to=${encodeURIComponent(first.email)}`,
        })
      ).json().data.length as number;
    const before = await mails();
    ctx.clock.advance(MINUTE);
    expect(await chore()).toBe(1); // the second chat's turn: five minutes waited now
    expect(await mails()).toBe(before);
    expect(await chatRow(second.chatId)).toMatchObject({ chat_state: null });
    expect(await secondSocket.next(isState)).toMatchObject({ state: "offline" });
    await Promise.all([firstSocket.close(), secondSocket.close()]);
  });

  it("leaves a chat waiting however long while an agent of its group is online", async () => {
    await heartbeat();
    const chat = await guestChat();
    for (let minute = 0; minute < 10; minute++) {
      ctx.clock.advance(MINUTE);
      await heartbeat();
      expect(await chore()).toBe(0);
    }
    expect(await chatRow(chat.chatId)).toMatchObject({ chat_state: "waiting" });
  });
});
