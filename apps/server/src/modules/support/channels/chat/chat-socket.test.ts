import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAndLogin } from "../../../../test/accounts-helpers.js";
import {
  baseUrl,
  bodies,
  connectChat,
  type Frame,
  isMessage,
  onlineAgent,
} from "../../../../test/chat-helpers.js";
import type { SupportStaff } from "../../../../test/support-helpers-live.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testDatabaseKind } from "../../../../test/test-db.js";

/** The chat's WebSocket on one node: a conversation, reconnecting, resends, limits, console replies. */
describe(`live chat socket, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let base: string;
  let agent: SupportStaff;
  let guests = 0;
  beforeAll(async () => {
    ctx = await buildTestApp();
    await ctx.app.listen({ port: 0, host: "127.0.0.1" });
    base = baseUrl(ctx.app);
    agent = await onlineAgent(ctx, "Dana Agent");
  });
  afterAll(() => ctx?.close());

  async function guestChat(message = "Hello, I need help") {
    guests += 1;
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/chat/sessions",
      payload: { name: `Guest ${guests}`, email: `guest${guests}@example.test`, message },
      remoteAddress: `10.1.0.${guests}`,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json() as { chatId: string; number: string; token: string };
  }
  const take = (chatId: string) =>
    ctx.app.inject({ method: "POST", url: `/api/v1/agent/chats/${chatId}/take`, headers: agent.auth });
  const fromThe = (authorType: string) => (f: Frame) => isMessage(f) && f.authorType === authorType;

  it("customer and agent chat both ways, with typing, delivered and read receipts", async () => {
    const chat = await guestChat();
    const customer = await connectChat(base, { chatId: chat.chatId, token: chat.token });
    expect(await customer.next()).toMatchObject({
      type: "hello",
      chatId: chat.chatId,
      state: "waiting",
      queuePosition: 1,
    });
    expect(await customer.next()).toMatchObject({
      type: "message",
      authorType: "customer",
      body: "Hello, I need help",
    });

    const console = await connectChat(base, {}, agent.auth);
    expect((await take(chat.chatId)).statusCode).toBe(200);
    // The state and the line in the thread (in whichever order they come).
    const [state] = await customer.all((f) => f.type === "state", 1);
    expect(state).toMatchObject({ state: "active", agentName: "Dana Agent" });
    const [, joined] = await customer.all(isMessage, 2);
    expect(joined).toMatchObject({ authorType: "system", body: "Dana Agent joined the chat." });

    console.send({ type: "join", chatId: chat.chatId, after: 0 });
    expect(await console.next()).toMatchObject({ type: "hello", chatId: chat.chatId, state: "active" });
    const history = await console.all(isMessage, 2);
    expect(bodies(history)).toEqual(["Hello, I need help", "Dana Agent joined the chat."]);
    // The agent's socket got the customer's message: the customer hears it was delivered.
    expect(await customer.next((f) => f.type === "delivered")).toMatchObject({
      by: "agent",
      seq: history[0]?.seq,
    });

    customer.send({ type: "typing" });
    expect(await console.next((f) => f.type === "typing")).toMatchObject({
      chatId: chat.chatId,
      authorType: "customer",
    });
    customer.send({ type: "message", clientId: "c-1", body: "  My transfer is stuck\r\nsince Monday " });
    const ack = await customer.next((f) => f.type === "ack");
    expect(ack).toMatchObject({ clientId: "c-1", chatId: chat.chatId });
    const echoed = await customer.next(isMessage);
    expect(echoed).toMatchObject({
      clientId: "c-1",
      id: ack.id,
      seq: ack.seq,
      body: "My transfer is stuck\nsince Monday",
    });
    const atAgent = await console.next((f) => isMessage(f) && f.id === ack.id);
    expect(atAgent.clientId).toBeUndefined();

    console.send({ type: "typing", chatId: chat.chatId });
    expect(await customer.next((f) => f.type === "typing")).toMatchObject({ authorType: "agent" });
    console.send({ type: "message", chatId: chat.chatId, clientId: "a-1", body: "Let me look." });
    const agentAck = await console.next((f) => f.type === "ack");
    const answer = await customer.next(fromThe("agent"));
    expect(answer).toMatchObject({
      id: agentAck.id,
      authorName: "Dana Agent",
      body: "Let me look.",
      channel: "chat",
    });

    customer.send({ type: "read", seq: answer.seq });
    expect(await console.next((f) => f.type === "read")).toMatchObject({ by: "customer", seq: answer.seq });
    console.send({ type: "read", chatId: chat.chatId, seq: answer.seq });
    expect(await customer.next((f) => f.type === "read")).toMatchObject({ by: "agent", seq: ack.seq });
    const stored = await ctx.platform.db
      .selectFrom("support_messages")
      .select(["id", "delivery_status", "read_at", "channel", "external_id"])
      .where("id", "in", [ack.id as string, agentAck.id as string])
      .execute();
    expect(
      stored.every((m) => m.delivery_status === "read" && m.read_at !== null && m.channel === "chat"),
    ).toBe(true);
    // The ticket stays open while the chat goes on.
    const row = await ctx.platform.db
      .selectFrom("support_tickets")
      .select(["status", "first_responded_at"])
      .where("id", "=", chat.chatId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("open");
    expect(row.first_responded_at).not.toBeNull();

    // Ending tells the other side.
    await ctx.app.inject({
      method: "POST",
      url: `/api/v1/chat/sessions/${chat.chatId}/end`,
      headers: { "x-chat-token": chat.token },
    });
    const [ended] = await console.all((f) => f.type === "state", 1);
    expect(ended).toMatchObject({ state: "ended" });
    await console.all((f) => f.body === "The customer ended the chat.", 1);
    customer.send({ type: "message", clientId: "c-late", body: "one more thing" });
    expect(await customer.next((f) => f.type === "error")).toMatchObject({
      code: "chat_not_found",
      clientId: "c-late",
    });
    await customer.close();
    await console.close();
  });

  it("a reconnecting client gets what it missed, in order and once; a resend is stored once", async () => {
    const chat = await guestChat("First");
    await take(chat.chatId);
    const first = await connectChat(base, { chatId: chat.chatId, token: chat.token });
    await first.all(isMessage, 2);
    first.send({ type: "message", clientId: "dup-1", body: "Sent before the tunnel" });
    const ack = await first.next((f) => f.type === "ack");
    const seen = await first.all(isMessage, 3);
    const lastSeen = seen[seen.length - 1]?.seq as number;
    await first.close();

    // While the customer is away the agent writes three times, from the console's socket and its REST reply.
    const console = await connectChat(base, {}, agent.auth);
    console.send({ type: "join", chatId: chat.chatId, after: lastSeen });
    await console.next((f) => f.type === "hello");
    for (const n of [1, 2])
      console.send({ type: "message", chatId: chat.chatId, clientId: `away-${n}`, body: `Away ${n}` });
    await console.all((f) => f.type === "ack", 2);
    const rest = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${chat.chatId}/replies`,
      headers: agent.auth,
      payload: { body: "Away 3 (from the console)", channel: "chat", status: "open" },
    });
    expect(rest.statusCode).toBe(201);

    const back = await connectChat(base, { chatId: chat.chatId, token: chat.token, after: String(lastSeen) });
    expect(await back.next()).toMatchObject({ type: "hello" });
    const missed = await back.all(isMessage, 3);
    expect(bodies(missed)).toEqual(["Away 1", "Away 2", "Away 3 (from the console)"]);
    const seqs = missed.map((f) => f.seq as number);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(seqs[0]).toBeGreaterThan(lastSeen);

    // The resend of a message stored before the connection dropped: acknowledged as that message.
    back.send({ type: "message", clientId: "dup-1", body: "Sent before the tunnel" });
    expect(await back.next((f) => f.type === "ack")).toMatchObject({
      clientId: "dup-1",
      id: ack.id,
      seq: ack.seq,
    });
    back.send({ type: "message", clientId: "dup-1", body: "Sent before the tunnel" });
    await back.next((f) => f.type === "ack");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(back.frames.filter(isMessage)).toHaveLength(3);
    const copies = await ctx.platform.db
      .selectFrom("support_messages")
      .select("id")
      .where("ticket_id", "=", chat.chatId)
      .where("body", "=", "Sent before the tunnel")
      .execute();
    expect(copies).toHaveLength(1);
    // Everything at most once on this socket.
    const ids = back.frames.filter(isMessage).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    await back.close();
    await console.close();
  });

  it("slows a flooding client and then closes it, while another customer chats on", async () => {
    const flood = await guestChat("flood");
    const calm = await guestChat("calm");
    const flooder = await connectChat(base, { chatId: flood.chatId, token: flood.token });
    const other = await connectChat(base, { chatId: calm.chatId, token: calm.token });
    await flooder.next((f) => f.type === "hello");
    await other.next((f) => f.type === "hello");

    for (let i = 0; i < 200; i++) flooder.send({ type: "message", clientId: `f-${i}`, body: `spam ${i}` });
    other.send({ type: "message", clientId: "calm-1", body: "Is anyone there?" });
    expect(await other.next((f) => f.type === "ack")).toMatchObject({ clientId: "calm-1" });

    expect(await flooder.next((f) => f.type === "error")).toMatchObject({ code: "chat_rate_limited" });
    expect((await flooder.closed).code).toBe(1008);
    const stored = await ctx.platform.db
      .selectFrom("support_messages")
      .select("id")
      .where("ticket_id", "=", flood.chatId)
      .execute();
    // The burst (10) and what the bucket refills while a slow machine works through the flood:
    // a small fraction of the 200 sent, never all of them.
    expect(stored.length).toBeLessThan(40);
    await other.close();
  });

  it("refuses long messages and closes on oversized frames", async () => {
    const chat = await guestChat();
    const socket = await connectChat(base, { chatId: chat.chatId, token: chat.token });
    await socket.next((f) => f.type === "hello");
    socket.send({ type: "message", clientId: "long", body: "x".repeat(4_001) });
    expect(await socket.next((f) => f.type === "error")).toMatchObject({
      code: "validation_failed",
      clientId: "long",
    });
    socket.send({ type: "message", clientId: "ok", body: "x".repeat(4_000) });
    expect(await socket.next((f) => f.type === "ack")).toMatchObject({ clientId: "ok" });
    socket.send({ type: "nonsense" });
    expect(await socket.next((f) => f.type === "error")).toMatchObject({ code: "bad_request" });
    socket.send({ type: "ping" });
    expect(await socket.next((f) => f.type === "pong")).toEqual({ type: "pong" });
    socket.ws.send("y".repeat(17 * 1024));
    expect((await socket.closed).code).toBe(1009);
  });

  it("a console reply on the chat channel reaches the customer's socket; internal notes never do", async () => {
    const alice = await registerAndLogin(ctx, `alice-${Date.now()}@example.test`, { name: "Alice Chen" });
    const started = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/chat/sessions",
      headers: alice.auth,
      payload: { message: "Why was my card declined?" },
    });
    const chat = started.json() as { chatId: string };
    await take(chat.chatId);
    const socket = await connectChat(base, { chatId: chat.chatId }, alice.auth);
    await socket.all(isMessage, 2);
    const reply = (body: string, extra: Record<string, unknown>) =>
      ctx.app.inject({
        method: "POST",
        url: `/api/v1/agent/tickets/${chat.chatId}/replies`,
        headers: agent.auth,
        payload: { body, ...extra },
      });
    expect((await reply("Staff only: check the issuer", { internal: true })).statusCode).toBe(201);
    expect((await reply("Your bank declined it; try again now.", { channel: "chat" })).statusCode).toBe(201);
    const answer = await socket.next((f) => isMessage(f) && f.authorType === "agent");
    expect(answer).toMatchObject({ body: "Your bank declined it; try again now.", authorName: "Dana Agent" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bodies(socket.frames)).not.toContain("Staff only: check the issuer");
    await socket.close();
  });
});
