import { afterEach, describe, expect, it, vi } from "vitest";
import {
  chatAttachmentSrc,
  chatAvailability,
  currentChat,
  emailTranscript,
  endChat,
  parseChatSession,
  savedGuestChat,
  savedPanelOpen,
  saveGuestChat,
  savePanelOpen,
  startChat,
  uploadChatAttachment,
} from "./chat";
import { endAgentChat, listAgentChats, parseAgentChat, takeChat } from "./chatAgent";
import { setCsrfToken } from "./client";
import { call, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("starting and finding a chat", () => {
  it("starts a guest chat with trimmed fields and keeps the token", async () => {
    const fetchMock = stub(201, {
      chatId: "tkt_1",
      number: 100234,
      state: "waiting",
      token: "secret-token",
      queuePosition: 2,
      agentsOnline: 3,
    });
    const session = await startChat({
      name: " Li Wei ",
      email: "li@example.test ",
      message: "",
      language: "zh-CN",
    });
    expect(call(fetchMock).url).toBe("/api/v1/chat/sessions");
    expect(call(fetchMock).json()).toEqual({ language: "zh-CN", name: "Li Wei", email: "li@example.test" });
    expect(session).toEqual({
      chatId: "tkt_1",
      number: "100234",
      state: "waiting",
      token: "secret-token",
      queuePosition: 2,
      agentsOnline: 3,
      agentName: null,
      expectedReply: null,
    });
  });

  it("reads the offline answer with its expected reply in both languages", () => {
    expect(
      parseChatSession({
        chatId: "tkt_2",
        number: "100235",
        state: "offline",
        agentsOnline: 0,
        expectedReply: { en: "within 1 business day", "zh-CN": "1 个工作日内" },
      }).expectedReply,
    ).toEqual({ en: "within 1 business day", "zh-CN": "1 个工作日内" });
    expect(parseChatSession({ chatId: "x", expectedReply: { en: "soon" } }).expectedReply).toEqual({
      en: "soon",
      "zh-CN": "soon",
    });
    expect(() => parseChatSession({ number: 1 })).toThrow();
  });

  it("finds the open chat by the guest token, and none after a 404", async () => {
    let fetchMock = stub(200, { chatId: "tkt_1", number: "100234", state: "active", agentName: "Dana" });
    const found = await currentChat("tok");
    expect(call(fetchMock).headers["X-Chat-Token"]).toBe("tok");
    expect(found).toMatchObject({ chatId: "tkt_1", state: "active", agentName: "Dana", token: "tok" });
    fetchMock = stub(404, { code: "chat_not_found", title: "No chat" }, "application/problem+json");
    expect(await currentChat(null)).toBeNull();
    expect(call(fetchMock).headers["X-Chat-Token"]).toBeUndefined();
    stub(500, { code: "internal", title: "Oops" }, "application/problem+json");
    await expect(currentChat(null)).rejects.toMatchObject({ status: 500 });
  });

  it("ends the chat and asks for the transcript with the CSRF token and the chat token", async () => {
    setCsrfToken("csrf-1");
    const fetchMock = stub(202, { sentTo: "l***@example.test" });
    await endChat("tkt 1", "tok");
    expect(await emailTranscript("tkt_1", null)).toBe("l***@example.test");
    expect(call(fetchMock, 0)).toMatchObject({ url: "/api/v1/chat/sessions/tkt%201/end", method: "POST" });
    expect(call(fetchMock, 0).headers).toMatchObject({ "X-Chat-Token": "tok", "X-CSRF-Token": "csrf-1" });
    expect(call(fetchMock, 1).url).toBe("/api/v1/chat/sessions/tkt_1/transcript");
  });

  it("says whether anyone is online before a chat starts", async () => {
    const fetchMock = stub(200, {
      enabled: true,
      agentsOnline: 0,
      expectedReply: { en: "within 1 business day", "zh-CN": "1 个工作日内" },
    });
    expect(await chatAvailability()).toEqual({
      enabled: true,
      agentsOnline: 0,
      expectedReply: { en: "within 1 business day", "zh-CN": "1 个工作日内" },
      unavailable: null,
    });
    expect(call(fetchMock).url).toBe("/api/v1/chat/availability");
    stub(200, { enabled: false });
    expect(await chatAvailability()).toMatchObject({
      enabled: false,
      agentsOnline: 0,
      expectedReply: null,
      unavailable: null,
    });
    stub(200, {
      enabled: true,
      agentsOnline: 2,
      unavailable: {
        reason: "maintenance",
        until: "2026-12-05T04:00:00.000Z",
        statusUrl: "https://x/status",
      },
    });
    expect((await chatAvailability()).unavailable).toEqual({
      reason: "maintenance",
      until: new Date("2026-12-05T04:00:00.000Z"),
      statusUrl: "https://x/status",
    });
  });

  it("uploads an image as the raw body", async () => {
    const fetchMock = stub(201, { id: "att_1", filename: "截图.png", contentType: "image/png", size: 3 });
    const file = new File([new Uint8Array([1, 2, 3])], "截图.png", { type: "image/png" });
    const attachment = await uploadChatAttachment("tkt_1", file, "tok");
    const sent = call(fetchMock);
    expect(sent.url).toBe("/api/v1/chat/sessions/tkt_1/attachments");
    expect(sent.headers).toMatchObject({
      "Content-Type": "image/png",
      "X-Filename": encodeURIComponent("截图.png"),
      "X-Chat-Token": "tok",
    });
    expect(sent.body).toBe(file);
    expect(attachment).toEqual({
      id: "att_1",
      filename: "截图.png",
      contentType: "image/png",
      size: 3,
      url: null,
    });
    expect(chatAttachmentSrc(attachment, "tkt_1")).toBe("/api/v1/chat/sessions/tkt_1/attachments/att_1");
  });
});

describe("the guest's chat across pages", () => {
  function fakeStorage() {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
  }

  it("keeps the chat id and token in this tab's session storage", () => {
    vi.stubGlobal("window", { sessionStorage: fakeStorage() });
    expect(savedGuestChat()).toBeNull();
    saveGuestChat({ chatId: "tkt_1", token: "tok" });
    expect(savedGuestChat()).toEqual({ chatId: "tkt_1", token: "tok" });
    saveGuestChat(null);
    expect(savedGuestChat()).toBeNull();
    savePanelOpen(true);
    expect(savedPanelOpen()).toBe(true);
    savePanelOpen(false);
    expect(savedPanelOpen()).toBe(false);
  });

  it("ignores what it cannot read, and works without storage", () => {
    const storage = fakeStorage();
    storage.setItem("satchel.chat.guest", "{not json");
    vi.stubGlobal("window", { sessionStorage: storage });
    expect(savedGuestChat()).toBeNull();
    vi.unstubAllGlobals();
    expect(savedGuestChat()).toBeNull();
    saveGuestChat({ chatId: "a", token: "b" });
  });
});

describe("agents' chats", () => {
  it("lists the queue oldest first and my chats, as the server answers them", async () => {
    const now = Date.parse("2026-11-27T10:10:00Z");
    vi.spyOn(Date, "now").mockReturnValue(now);
    const fetchMock = stub(200, {
      waiting: [
        {
          chatId: "t1",
          number: "100001",
          state: "waiting",
          customerName: "Al",
          customerEmail: "al@x.test",
          userId: "usr_1",
          createdAt: "2026-11-27T10:00:00Z",
          waitSeconds: 300,
          queuePosition: 1,
          unread: 1,
          lastMessage: { seq: 2, authorType: "customer", body: "Hello?", createdAt: "2026-11-27T10:01:00Z" },
        },
        {
          chatId: "t2",
          number: "100002",
          state: "waiting",
          customerName: null,
          customerEmail: "bo@x.test",
          userId: null,
          queuePosition: 1,
        },
        { nothing: true },
      ],
      mine: [{ chatId: "t3", number: "100003", state: "active", unread: 2, lastMessage: null }],
      agentsOnline: 4,
    });
    const list = await listAgentChats();
    expect(call(fetchMock).url).toBe("/api/v1/agent/chats");
    expect(list.waiting.map((c) => c.id)).toEqual(["t1", "t2"]);
    expect(list.waiting[0]).toMatchObject({
      customer: { name: "Al", email: "al@x.test", userId: "usr_1" },
      // From the server's count, not its clock: the wait is right even if the clocks differ.
      waitingSince: "2026-11-27T10:05:00.000Z",
      unread: 1,
      lastMessage: "Hello?",
    });
    expect(list.waiting[1]?.customer).toEqual({ name: null, email: "bo@x.test", userId: null });
    expect(list.mine[0]).toMatchObject({ id: "t3", number: "100003", unread: 2, lastMessage: null });
    expect(list.agentsOnline).toBe(4);
    vi.restoreAllMocks();
  });

  it("falls back to the start time without a wait count", () => {
    const a = parseAgentChat({ chatId: "a", createdAt: "2026-11-27T10:05:00Z" });
    expect(a).toMatchObject({ queuePosition: null, waitingSince: "2026-11-27T10:05:00Z", state: "waiting" });
    expect(parseAgentChat("x")).toBeNull();
  });

  it("takes and ends a chat", async () => {
    const fetchMock = stub(200, {});
    await takeChat("t1");
    await endAgentChat("t1");
    expect(call(fetchMock, 0)).toMatchObject({ url: "/api/v1/agent/chats/t1/take", method: "POST" });
    expect(call(fetchMock, 1)).toMatchObject({ url: "/api/v1/agent/chats/t1/end", method: "POST" });
  });
});
