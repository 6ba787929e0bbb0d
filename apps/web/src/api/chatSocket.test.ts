import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChatMessage } from "./chatProtocol";
import {
  ChatSocket,
  PING_EVERY_MS,
  RATE_LIMIT_RETRY_MS,
  SILENCE_LIMIT_MS,
  type WebSocketLike,
} from "./chatSocket";

/** A socket the test drives: it records what the client sends and plays the server's part. */
class FakeSocket implements WebSocketLike {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  closedWith: number | null = null;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close(code = 1000) {
    this.closedWith = code;
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  frame(value: unknown) {
    this.onmessage?.({ data: JSON.stringify(value) });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
  ofType(type: string) {
    return this.sent.filter((f) => f.type === type);
  }
}

function msg(seq: number, overrides: Partial<ChatMessage> & { chatId?: string } = {}) {
  return {
    type: "message",
    chatId: "chat_1",
    seq,
    id: `msg_${seq}`,
    authorType: "agent",
    authorName: "Dana",
    body: `m${seq}`,
    attachments: [],
    createdAt: "2026-11-27T10:00:00.000Z",
    ...overrides,
  };
}

let sockets: FakeSocket[];
const location = { protocol: "https:", host: "satchel.example" };

function customer(token: string | null = "tok") {
  return new ChatSocket({
    side: "customer",
    chatId: "chat_1",
    token,
    location,
    random: () => 0,
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
  });
}

const last = () => sockets.at(-1) as FakeSocket;

beforeEach(() => {
  sockets = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a customer's chat connection", () => {
  it("connects to its chat with the guest token and follows hello", () => {
    const chat = customer();
    chat.start();
    expect(last().url).toBe("wss://satchel.example/api/v1/chat/socket?chatId=chat_1&after=0&token=tok");
    last().open();
    last().frame({ type: "hello", chatId: "chat_1", state: "waiting", queuePosition: 2, agentsOnline: 3 });
    expect(chat.getSnapshot().status).toBe("open");
    expect(chat.log("chat_1")).toMatchObject({ state: "waiting", queuePosition: 2, agentsOnline: 3 });
  });

  it("reconnects after a drop, resumes after the last seq, and shows replayed messages once", () => {
    const chat = customer(null);
    chat.start();
    last().open();
    last().frame(msg(1));
    last().frame(msg(2));
    last().drop();
    expect(chat.getSnapshot().status).toBe("reconnecting");
    vi.advanceTimersByTime(250); // first attempt: half of 500 ms with no jitter
    expect(sockets).toHaveLength(2);
    expect(last().url).toContain("after=2");
    expect(last().url).not.toContain("token=");
    last().open();
    // The server replays from after=2; a stray duplicate and an out-of-order pair change nothing.
    last().frame(msg(2));
    last().frame(msg(4));
    last().frame(msg(3));
    expect(chat.log("chat_1")?.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it("backs off longer after each failed attempt and starts over once the server says hello", () => {
    const chat = customer();
    chat.start();
    last().drop();
    vi.advanceTimersByTime(249);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    last().drop();
    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
    last().open();
    last().frame({ type: "hello", chatId: "chat_1", state: "active" });
    last().drop();
    vi.advanceTimersByTime(250);
    expect(sockets).toHaveLength(4);
  });

  it("queues what is written while offline and sends it, once acked never again", () => {
    const chat = customer();
    chat.start();
    last().drop();
    const first = chat.send("chat_1", "Is my transfer stuck?");
    const second = chat.send("chat_1", "It was 20 USD");
    expect(chat.log("chat_1")?.pending).toHaveLength(2);
    vi.advanceTimersByTime(250);
    last().open();
    expect(
      last()
        .ofType("message")
        .map((f) => [f.clientId, f.body]),
    ).toEqual([
      [first, "Is my transfer stuck?"],
      [second, "It was 20 USD"],
    ]);
    // The first is stored; the line drops before the second is.
    last().frame({ type: "ack", clientId: first, id: "msg_5", seq: 5 });
    last().drop();
    vi.advanceTimersByTime(500);
    last().open();
    expect(
      last()
        .ofType("message")
        .map((f) => f.clientId),
    ).toEqual([second]);
    last().frame({ type: "ack", clientId: second, id: "msg_6", seq: 6 });
    last().frame(msg(5, { clientId: first, authorType: "customer", body: "Is my transfer stuck?" }));
    last().frame(msg(6, { authorType: "customer", body: "It was 20 USD" }));
    expect(chat.log("chat_1")?.pending).toEqual([]);
    expect(chat.log("chat_1")?.messages.map((m) => m.body)).toEqual([
      "Is my transfer stuck?",
      "It was 20 USD",
    ]);
  });

  it("marks a message the server refuses as failed instead of resending it forever", () => {
    const chat = customer();
    chat.start();
    last().open();
    const clientId = chat.send("chat_1", "x".repeat(10));
    last().frame({ type: "error", code: "validation_failed", message: "Too long", clientId });
    expect(chat.log("chat_1")?.pending[0]?.failed).toBe("Too long");
    last().drop();
    vi.advanceTimersByTime(250);
    last().open();
    expect(last().ofType("message")).toEqual([]);
    expect(chat.getSnapshot().error).toBeNull();
    last().frame({ type: "error", code: "rate_limited", message: "Slow down" });
    expect(chat.getSnapshot().error).toMatchObject({ code: "rate_limited" });
  });

  it("sends a message again a moment after the server found it too fast", () => {
    const chat = customer();
    chat.start();
    last().open();
    const clientId = chat.send("chat_1", "one more");
    last().frame({ type: "error", code: "chat_rate_limited", message: "Slow down", clientId });
    expect(chat.log("chat_1")?.pending[0]?.failed).toBeNull();
    vi.advanceTimersByTime(RATE_LIMIT_RETRY_MS);
    expect(
      last()
        .ofType("message")
        .map((f) => f.clientId),
    ).toEqual([clientId, clientId]);
    last().frame({ type: "ack", clientId, id: "msg_9", seq: 9 });
    last().frame({ type: "delivered", chatId: "chat_1", seq: 9, by: "agent" });
    expect(chat.log("chat_1")?.deliveredToOther).toBe(9);
  });

  it("says typing at most every few seconds, and read only for newer messages", () => {
    const chat = customer();
    chat.start();
    last().open();
    for (let i = 0; i < 5; i++) chat.typing("chat_1");
    expect(last().ofType("typing")).toEqual([{ type: "typing" }]);
    vi.advanceTimersByTime(3_000);
    chat.typing("chat_1");
    expect(last().ofType("typing")).toHaveLength(2);
    last().frame(msg(1));
    last().frame(msg(2));
    chat.markRead("chat_1", 2);
    chat.markRead("chat_1", 1);
    chat.markRead("chat_1", 2);
    expect(last().ofType("read")).toEqual([{ type: "read", seq: 2 }]);
  });

  it("pings while open and starts over when the line goes silent", () => {
    const chat = customer();
    chat.start();
    last().open();
    vi.advanceTimersByTime(PING_EVERY_MS);
    expect(last().ofType("ping")).toHaveLength(1);
    last().frame({ type: "pong" });
    vi.advanceTimersByTime(SILENCE_LIMIT_MS + PING_EVERY_MS);
    expect(sockets[0]?.closedWith).toBe(4000);
    expect(chat.getSnapshot().status).toBe("reconnecting");
    vi.advanceTimersByTime(250);
    expect(sockets).toHaveLength(2);
  });

  it("gives up when the server refuses the socket, and after the chat ended", () => {
    const refused = customer();
    refused.start();
    last().drop(4403);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    expect(refused.getSnapshot().status).toBe("refused");

    const ended = customer();
    ended.start();
    last().open();
    last().frame({ type: "state", chatId: "chat_1", state: "ended" });
    last().drop(1000);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(2);
    expect(ended.getSnapshot().status).toBe("stopped");
  });

  it("closes for good on stop", () => {
    const chat = customer();
    chat.start();
    last().open();
    chat.stop();
    expect(last().closedWith).toBe(1000);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });
});

describe("an agent's chat connection", () => {
  function agent() {
    return new ChatSocket({
      side: "agent",
      location,
      random: () => 0,
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
    });
  }

  it("joins several chats, names the chat in each frame and keeps them apart", () => {
    const chat = agent();
    chat.start();
    expect(last().url).toBe("wss://satchel.example/api/v1/chat/socket");
    last().open();
    chat.join("chat_1");
    chat.join("chat_2");
    expect(last().ofType("join")).toEqual([
      { type: "join", chatId: "chat_1", after: 0 },
      { type: "join", chatId: "chat_2", after: 0 },
    ]);
    last().frame(msg(1, { authorType: "customer" }));
    last().frame(msg(1, { chatId: "chat_2", id: "other_1", authorType: "customer" }));
    last().frame({ type: "typing", chatId: "chat_2", authorType: "customer" });
    chat.send("chat_2", "Hello, I am Dana");
    chat.typing("chat_1");
    chat.markRead("chat_2", 1);
    expect(last().ofType("message")[0]).toMatchObject({ chatId: "chat_2", body: "Hello, I am Dana" });
    expect(last().ofType("typing")).toEqual([{ type: "typing", chatId: "chat_1" }]);
    expect(last().ofType("read")).toEqual([{ type: "read", seq: 1, chatId: "chat_2" }]);
    expect(chat.log("chat_1")?.otherTypingAt).toBeNull();
    expect(chat.log("chat_2")?.otherTypingAt).not.toBeNull();
    // A frame about a chat this agent does not follow is ignored.
    last().frame(msg(5, { chatId: "chat_9" }));
    expect([...chat.getSnapshot().logs.keys()]).toEqual(["chat_1", "chat_2"]);
  });

  it("joins again after a reconnect, each chat after its own last seq", () => {
    const chat = agent();
    chat.start();
    last().open();
    chat.join("chat_1");
    chat.join("chat_2");
    last().frame(msg(3, { authorType: "customer" }));
    chat.leave("chat_2");
    expect(last().ofType("leave")).toEqual([{ type: "leave", chatId: "chat_2" }]);
    last().drop();
    vi.advanceTimersByTime(250);
    last().open();
    expect(last().ofType("join")).toEqual([{ type: "join", chatId: "chat_1", after: 3 }]);
  });
});
