import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../../platform/platform.js";
import { lastMessage, registerAndLogin, STRONG_PASSWORD } from "../../../../test/accounts-helpers.js";
import { baseUrl, connectChat, onlineAgent } from "../../../../test/chat-helpers.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testDatabaseKind } from "../../../../test/test-db.js";

/** Starting, finding, ending chats over REST; the agents' queue; transcripts; images; who may see what. */
describe(`live chat sessions, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let base: string;
  let guestAddress = 0;
  beforeAll(async () => {
    ctx = await buildTestApp();
    await ctx.app.listen({ port: 0, host: "127.0.0.1" });
    base = baseUrl(ctx.app);
  });
  afterAll(() => ctx?.close());

  /** Each guest from an address of its own (starting chats is limited per address). */
  const start = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/v1/chat/sessions",
      headers,
      payload,
      remoteAddress: `10.0.0.${++guestAddress}`,
    });
  const call = (
    method: "GET" | "POST",
    url: string,
    headers: Record<string, string> = {},
    payload?: Record<string, unknown>,
  ) => ctx.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
  const ticket = (id: string) =>
    ctx.platform.db.selectFrom("support_tickets").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("with nobody online a guest's chat is a ticket that says when the answer comes by email", async () => {
    const missing = await start({ message: "Hello?" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe("validation_failed");
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(["/name", "/email"]);

    const availability = await call("GET", "/api/v1/chat/availability");
    expect(availability.json()).toMatchObject({ enabled: true, agentsOnline: 0 });

    const res = await start({
      name: "Gina Guest",
      email: "Gina@example.test",
      message: "My card was declined",
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ state: "offline", queuePosition: null, agentsOnline: 0, agentName: null });
    expect(body.expectedReply.en).toMatch(/^within /);
    expect(body.expectedReply["zh-CN"]).toMatch(/内$/);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await ticket(body.chatId);
    expect(row).toMatchObject({
      channel: "chat",
      chat_state: null,
      user_id: null,
      requester_email: "gina@example.test",
    });
    // Told by email, with the number and the time to expect.
    const mail = await lastMessage(ctx, "gina@example.test");
    expect(mail.subject).toContain(`#${body.number}`);
    expect(mail.text).toContain(body.expectedReply.en);
    // The token is stored hashed only.
    const stored = await ctx.platform.db
      .selectFrom("support_guest_tokens")
      .select("token_hash")
      .where("ticket_id", "=", body.chatId)
      .where("purpose", "=", "chat")
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(body.token);
    // An offline chat is a ticket: "current" knows no open chat.
    const current = await call("GET", "/api/v1/chat/sessions/current", { "x-chat-token": body.token });
    expect(current.statusCode).toBe(404);
    expect(current.json().code).toBe("chat_not_found");
  });

  it("a guest's typed address never opens a customer's account", async () => {
    const customer = await registerAndLogin(ctx, `owner-${Date.now()}@example.test`);
    const email = (await ctx.services.support.deps.customers.profile(ctx.platform.db, customer.userId))
      ?.email;
    await ctx.platform.db
      .updateTable("users")
      .set({ email_verified_at: ctx.clock.now() })
      .where("id", "=", customer.userId)
      .execute();
    const res = await start({ name: "Someone", email, message: "Please reset my 2FA" });
    expect(res.statusCode).toBe(201);
    expect((await ticket(res.json().chatId)).user_id).toBeNull();
  });

  it("agents see waiting chats with their place in the queue, take them and end them", async () => {
    const dana = await onlineAgent(ctx, "Dana Agent");
    const other = await onlineAgent(ctx, "Omar Other");
    const first = (await start({ name: "First", email: "first@example.test", message: "one" })).json();
    const second = (await start({ name: "Second", email: "second@example.test", message: "two" })).json();
    expect(first).toMatchObject({ state: "waiting", queuePosition: 1, agentsOnline: 2 });
    expect(second).toMatchObject({ state: "waiting", queuePosition: 2 });

    const list = (await call("GET", "/api/v1/agent/chats", dana.auth)).json();
    const waiting = list.waiting.filter((c: { chatId: string }) =>
      [first.chatId, second.chatId].includes(c.chatId),
    );
    expect(waiting.map((c: { queuePosition: number }) => c.queuePosition)).toEqual([1, 2]);
    expect(waiting[0]).toMatchObject({ customerName: "First", unread: 1, lastMessage: { body: "one" } });
    expect(list.agentsOnline).toBeGreaterThanOrEqual(2);

    // The second customer waits on the socket and moves up when the first chat is taken.
    const guest = await connectChat(base, { chatId: second.chatId, token: second.token });
    expect(await guest.next((f) => f.type === "hello")).toMatchObject({ state: "waiting", queuePosition: 2 });
    const taken = await call("POST", `/api/v1/agent/chats/${first.chatId}/take`, dana.auth);
    expect(taken.json()).toMatchObject({ state: "active", agentName: "Dana Agent" });
    expect(await guest.next((f) => f.type === "state")).toMatchObject({ state: "waiting", queuePosition: 1 });

    // Taking again is nothing new; someone else cannot.
    expect((await call("POST", `/api/v1/agent/chats/${first.chatId}/take`, dana.auth)).statusCode).toBe(200);
    const refused = await call("POST", `/api/v1/agent/chats/${first.chatId}/take`, other.auth);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "chat_already_taken" });
    expect(refused.json().detail).toContain("Dana Agent");

    const row = await ticket(first.chatId);
    expect(row).toMatchObject({ assignee_id: dana.userId, chat_state: "active" });
    const mine = (await call("GET", "/api/v1/agent/chats", dana.auth)).json().mine;
    expect(mine.map((c: { chatId: string }) => c.chatId)).toContain(first.chatId);
    const audit = await ctx.platform.db
      .selectFrom("audit_log")
      .select("action")
      .where("target_id", "=", first.chatId)
      .execute();
    expect(audit.map((a) => a.action)).toContain("chat.taken");

    const ended = await call("POST", `/api/v1/agent/chats/${first.chatId}/end`, dana.auth);
    expect(ended.json()).toMatchObject({ state: "ended" });
    const thread = await ctx.platform.db
      .selectFrom("support_messages")
      .select(["author_type", "body"])
      .where("ticket_id", "=", first.chatId)
      .orderBy("seq")
      .execute();
    expect(thread).toEqual([
      { author_type: "customer", body: "one" },
      { author_type: "system", body: "Dana Agent joined the chat." },
      { author_type: "system", body: "The chat has ended." },
    ]);
    // Over: an agent's reply on the chat channel goes as a web reply with the email notice.
    const reply = await call("POST", `/api/v1/agent/tickets/${first.chatId}/replies`, dana.auth, {
      body: "Following up by email",
      channel: "chat",
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().channel).toBe("web");
    expect((await lastMessage(ctx, "first@example.test")).subject).toContain(
      `You have a reply on #${first.number}`,
    );
    await guest.close();
  });

  it("a signed-in customer's chat is theirs (even unverified), found again, and nobody else's", async () => {
    await onlineAgent(ctx, "Ann Agent");
    const aliceEmail = `alice-${Date.now()}@example.test`;
    const alice = await registerAndLogin(ctx, aliceEmail, { name: "Alice Chen" });
    const bob = await registerAndLogin(ctx, `bob-${Date.now()}@example.test`, { name: "Bob Wang" });
    const started = await start({ message: "Where is my deposit?" }, alice.auth);
    expect(started.statusCode).toBe(201);
    const chat = started.json();
    expect(chat.token).toBeUndefined();
    expect((await ticket(chat.chatId)).user_id).toBe(alice.userId);
    // Starting again continues the open chat.
    const again = await start({ message: "Hello?" }, alice.auth);
    expect(again.statusCode).toBe(200);
    expect(again.json().chatId).toBe(chat.chatId);
    expect((await call("GET", "/api/v1/chat/sessions/current", alice.auth)).json().chatId).toBe(chat.chatId);

    // Bob cannot see, end or follow Alice's chat.
    expect((await call("GET", "/api/v1/chat/sessions/current", bob.auth)).statusCode).toBe(404);
    const end = await call("POST", `/api/v1/chat/sessions/${chat.chatId}/end`, bob.auth);
    expect(end.statusCode).toBe(404);
    expect(end.json().code).toBe("chat_not_found");
    const socket = await connectChat(base, { chatId: chat.chatId }, bob.auth);
    expect(await socket.next()).toMatchObject({ type: "error", code: "chat_not_found" });
    expect((await socket.closed).code).toBe(4404);
    // Nor can a guest's token of another chat.
    const guest = (await start({ name: "G", email: "g@example.test", message: "hi" })).json();
    const byToken = await connectChat(base, { chatId: chat.chatId, token: guest.token });
    expect((await byToken.closed).code).toBe(4404);
    const noAuth = await connectChat(base, { chatId: chat.chatId });
    expect(await noAuth.next()).toMatchObject({ type: "error", code: "authentication_required" });
    expect((await noAuth.closed).code).toBe(4401);
    // A cookie session from another site's page is refused (the handshake carries no CSRF token).
    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: aliceEmail, password: STRONG_PASSWORD, client: "web" },
    });
    const cookie = String(login.headers["set-cookie"]).split(";")[0] ?? "";
    const foreign = await connectChat(
      base,
      { chatId: chat.chatId },
      { cookie, origin: "https://evil.example" },
    );
    expect((await foreign.closed).code).toBe(4403);
    const own = await connectChat(base, { chatId: chat.chatId }, { cookie, origin: "http://127.0.0.1:8080" });
    expect(await own.next((f) => f.type === "hello")).toMatchObject({ chatId: chat.chatId });
    await own.close();

    const ended = await call("POST", `/api/v1/chat/sessions/${chat.chatId}/end`, alice.auth);
    expect(ended.json()).toMatchObject({ state: "ended" });
    expect((await call("GET", "/api/v1/chat/sessions/current", alice.auth)).statusCode).toBe(404);
  });

  it("emails the transcript to the requester, a few times per chat", async () => {
    const agent = await onlineAgent(ctx, "Tia Agent");
    const chat = (
      await start({ name: "Tom", email: "tom@example.test", message: "Line one\nline two" })
    ).json();
    const headers = { "x-chat-token": chat.token };
    // A guest's transcript once an agent took part (transcript-guests.test.ts).
    await call("POST", `/api/v1/agent/chats/${chat.chatId}/take`, agent.auth);
    await call("POST", `/api/v1/agent/tickets/${chat.chatId}/replies`, agent.auth, {
      body: "Hello Tom",
      channel: "chat",
      status: "open",
    });
    const sent = await call("POST", `/api/v1/chat/sessions/${chat.chatId}/transcript`, headers);
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toEqual({ sentTo: "t***@example.test" });
    const mail = await lastMessage(ctx, "tom@example.test");
    expect(mail.subject).toBe(`Your chat transcript #${chat.number}`);
    expect(mail.text).toContain("You: Line one\nline two");
    for (let i = 0; i < 2; i++)
      expect(
        (await call("POST", `/api/v1/chat/sessions/${chat.chatId}/transcript`, headers)).statusCode,
      ).toBe(202);
    const over = await call("POST", `/api/v1/chat/sessions/${chat.chatId}/transcript`, {
      ...headers,
      "accept-language": "zh-CN",
    });
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ code: "chat_transcript_limit", title: "对话记录已发送" });
    // Without the token it is nobody's.
    expect((await call("POST", `/api/v1/chat/sessions/${chat.chatId}/transcript`)).statusCode).toBe(401);
  });

  it("takes images as ticket attachments: checked by their bytes, sent in a message, shown to the guest", async () => {
    await onlineAgent(ctx, "Ivy Agent");
    const chat = (
      await start({ name: "Pia", email: "pia@example.test", message: "Screenshot coming" })
    ).json();
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
        "1f15c4890000000d49444154789c6300010000050001" +
        "0d0a2db40000000049454e44ae426082",
      "hex",
    );
    const upload = (bytes: Buffer, type: string) =>
      ctx.app.inject({
        method: "POST",
        url: `/api/v1/chat/sessions/${chat.chatId}/attachments`,
        headers: { "x-chat-token": chat.token, "content-type": type, "x-filename": "error.png" },
        payload: bytes,
      });
    expect((await upload(Buffer.from("not an image"), "image/png")).statusCode).toBe(422);
    const uploaded = await upload(png, "image/png");
    expect(uploaded.statusCode).toBe(201);
    const attachment = uploaded.json();
    expect(attachment).toMatchObject({ filename: "error.png", contentType: "image/png", size: png.length });

    const socket = await connectChat(base, { chatId: chat.chatId, token: chat.token });
    await socket.next((f) => f.type === "hello");
    socket.send({ type: "message", clientId: "img-1", body: "", attachmentIds: [attachment.id] });
    expect(await socket.next((f) => f.type === "ack")).toMatchObject({ clientId: "img-1" });
    const message = await socket.next((f) => f.type === "message" && f.clientId === "img-1");
    expect(message.attachments).toEqual([
      { ...attachment, url: `/api/v1/chat/sessions/${chat.chatId}/attachments/${attachment.id}` },
    ]);
    const image = await call("GET", `/api/v1/chat/sessions/${chat.chatId}/attachments/${attachment.id}`, {
      "x-chat-token": chat.token,
    });
    expect(image.statusCode).toBe(200);
    expect(image.headers["content-type"]).toBe("image/png");
    // Another guest's token sees nothing of it.
    const other = (await start({ name: "X", email: "x@example.test", message: "hi" })).json();
    const refused = await call("GET", `/api/v1/chat/sessions/${chat.chatId}/attachments/${attachment.id}`, {
      "x-chat-token": other.token,
    });
    expect(refused.statusCode).toBe(404);
    await socket.close();
  });

  it("lists the chat routes in the API document, the socket too; a plain GET of the socket is a bad request", async () => {
    const doc = (await call("GET", "/api/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/chat/sessions",
        "/api/v1/chat/sessions/current",
        "/api/v1/chat/sessions/{id}/transcript",
        "/api/v1/chat/socket",
        "/api/v1/agent/chats",
        "/api/v1/agent/chats/{id}/take",
      ]),
    );
    const plain = await call("GET", "/api/v1/chat/socket");
    expect(plain.statusCode).toBe(400);
    expect(plain.json().code).toBe("bad_request");
  });
});

describe("the log", () => {
  it("never shows a chat token from a socket's query string", () => {
    const lines: string[] = [];
    const log = createLogger({ logLevel: "info" }, { write: (line: string) => lines.push(line) });
    const url = "/api/v1/chat/socket?chatId=tkt_1&token=s3cr3t-chat-token&after=4";
    log.error({ req: { method: "GET", url, ip: "10.0.0.1" } }, "request failed");
    expect(lines.join("")).not.toContain("s3cr3t-chat-token");
    expect(lines.join("")).toContain("/api/v1/chat/socket?chatId=tkt_1&token=[redacted]&after=4");
  });
});
