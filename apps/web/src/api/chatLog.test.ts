import { describe, expect, it } from "vitest";
import {
  deliveryOf,
  emptyLog,
  type PendingMessage,
  unreadCount,
  unsent,
  withAck,
  withDelivered,
  withFailed,
  withMessage,
  withMyRead,
  withPending,
  withPresence,
  withRead,
  withRetry,
  withTyping,
} from "./chatLog";
import { type ChatMessage, parseServerFrame } from "./chatProtocol";

function message(seq: number, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return {
    seq,
    id: `msg_${seq}`,
    clientId: null,
    authorType: "agent",
    authorName: "Dana",
    body: `message ${seq}`,
    attachments: [],
    createdAt: "2026-11-27T10:00:00.000Z",
    deliveryStatus: null,
    ...overrides,
  };
}

function pending(clientId: string, body = "hello"): PendingMessage {
  return { clientId, body, attachments: [], createdAt: "2026-11-27T10:00:00.000Z", ack: null, failed: null };
}

describe("the messages of a chat", () => {
  it("keeps them in seq order whatever order they arrive in", () => {
    let log = emptyLog("chat_1");
    for (const seq of [3, 1, 2, 5, 4]) log = withMessage(log, message(seq), "customer");
    expect(log.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log.lastSeq).toBe(5);
  });

  it("shows a message replayed after a reconnect once", () => {
    let log = emptyLog("chat_1");
    log = withMessage(log, message(1), "customer");
    log = withMessage(log, message(2), "customer");
    const again = withMessage(log, message(2), "customer");
    expect(again).toBe(log);
    expect(withMessage(log, message(9, { id: "msg_1" }), "customer")).toBe(log);
  });

  it("turns what I queued into the stored message when its echo arrives", () => {
    let log = withPending(emptyLog("chat_1"), pending("c1", "hi"));
    expect(deliveryOf(log, log.pending[0] as PendingMessage)).toBe("sending");
    log = withMessage(log, message(7, { clientId: "c1", authorType: "customer", body: "hi" }), "customer");
    expect(log.pending).toEqual([]);
    expect(log.messages.map((m) => m.body)).toEqual(["hi"]);
    // What I wrote I have read: it never counts as unread.
    expect(unreadCount(log, "customer")).toBe(0);
  });

  it("marks a queued message delivered on its ack and never sends it again", () => {
    let log = withPending(emptyLog("chat_1"), pending("c1"));
    log = withPending(log, pending("c2"));
    expect(unsent(log).map((p) => p.clientId)).toEqual(["c1", "c2"]);
    log = withAck(log, "c1", { id: "msg_4", seq: 4 });
    expect(unsent(log).map((p) => p.clientId)).toEqual(["c2"]);
    expect(deliveryOf(log, log.pending[0] as PendingMessage)).toBe("sent");
    // The echo replaces it, matched by id when the server leaves the clientId out.
    log = withMessage(log, message(4, { authorType: "customer" }), "customer");
    expect(log.pending.map((p) => p.clientId)).toEqual(["c2"]);
  });

  it("drops an ack that comes after the message itself", () => {
    let log = withPending(emptyLog("chat_1"), pending("c1"));
    log = withMessage(log, message(4, { authorType: "customer" }), "customer");
    expect(log.pending).toHaveLength(1);
    log = withAck(log, "c1", { id: "msg_4", seq: 4 });
    expect(log.pending).toEqual([]);
  });

  it("keeps a refused message as failed, not sent again until retried", () => {
    let log = withPending(emptyLog("chat_1"), pending("c1"));
    log = withFailed(log, "c1", "Too long");
    expect(unsent(log)).toEqual([]);
    expect(deliveryOf(log, log.pending[0] as PendingMessage)).toBe("failed");
    log = withRetry(log, "c1");
    expect(unsent(log).map((p) => p.clientId)).toEqual(["c1"]);
  });

  it("queues each clientId once", () => {
    const log = withPending(emptyLog("chat_1"), pending("c1"));
    expect(withPending(log, pending("c1"))).toBe(log);
  });
});

describe("read state", () => {
  it("ticks my messages sent, then delivered to the other side's screen, then read", () => {
    let log = emptyLog("chat_1");
    for (const seq of [1, 2, 3]) log = withMessage(log, message(seq, { authorType: "customer" }), "customer");
    expect(log.messages.map((m) => deliveryOf(log, m))).toEqual(["sent", "sent", "sent"]);
    log = withDelivered(log, 2, "agent", "customer");
    log = withRead(log, 1, "agent", "customer");
    expect(log.messages.map((m) => deliveryOf(log, m))).toEqual(["read", "delivered", "sent"]);
    // An older frame never takes ticks back; my own receipts are not about my messages.
    expect(withRead(log, 0, "agent", "customer")).toBe(log);
    expect(withDelivered(log, 1, "agent", "customer")).toBe(log);
    expect(withDelivered(log, 3, "customer", "customer")).toBe(log);
  });

  it("takes the state a replayed message carries", () => {
    const log = withMessage(
      emptyLog("chat_1"),
      message(4, { authorType: "customer", deliveryStatus: "read" }),
      "customer",
    );
    expect(deliveryOf(log, log.messages[0] as ChatMessage)).toBe("read");
  });

  it("counts the other side's messages I have not read", () => {
    let log = emptyLog("chat_1");
    for (const seq of [1, 2, 3]) log = withMessage(log, message(seq), "customer");
    // "Dana joined the chat" is the chat's own note: not a message to read.
    log = withMessage(log, message(4, { authorType: "system" }), "customer");
    expect(unreadCount(log, "customer")).toBe(3);
    log = withMyRead(log, 2);
    expect(unreadCount(log, "customer")).toBe(1);
    // My own read, reported by the server from another tab, counts too.
    log = withRead(log, 4, "customer", "customer");
    expect(unreadCount(log, "customer")).toBe(0);
  });
});

describe("typing and presence", () => {
  it("notes when the other side types, and forgets it with their message", () => {
    let log = withTyping(emptyLog("chat_1"), "agent", "customer", 1_000);
    expect(log.otherTypingAt).toBe(1_000);
    log = withMessage(log, message(1), "customer");
    expect(log.otherTypingAt).toBeNull();
    // My own typing echoed back is not shown to me.
    expect(withTyping(log, "customer", "customer", 2_000)).toBe(log);
  });

  it("follows the queue and forgets the position once an agent takes the chat", () => {
    let log = withPresence(emptyLog("chat_1"), { state: "waiting", queuePosition: 3, agentsOnline: 2 });
    expect(log).toMatchObject({ state: "waiting", queuePosition: 3, agentsOnline: 2 });
    log = withPresence(log, { state: "waiting", queuePosition: 1 });
    expect(log).toMatchObject({ queuePosition: 1, agentsOnline: 2 });
    log = withPresence(log, { state: "active", agentName: "Dana" });
    expect(log).toMatchObject({ state: "active", queuePosition: null, agentName: "Dana" });
    expect(withPresence(log, { state: "active" })).toBe(log);
  });

  it("turns offline when nobody came to a waiting chat, with when the answer comes by email", () => {
    const waiting = withPresence(emptyLog("chat_1"), { state: "waiting", queuePosition: 1, agentsOnline: 1 });
    const frame = parseServerFrame(
      JSON.stringify({
        type: "state",
        chatId: "chat_1",
        state: "offline",
        queuePosition: null,
        agentName: null,
        agentsOnline: 0,
        expectedReply: { en: "within 1 business day", "zh-CN": "1 个工作日内" },
      }),
    );
    if (frame?.type !== "state") throw new Error("not read as a state frame");
    const offline = withPresence(waiting, frame);
    expect(offline).toMatchObject({
      state: "offline",
      queuePosition: null,
      expectedReply: { en: "within 1 business day", "zh-CN": "1 个工作日内" },
    });
    // The same frame again (a reconnect's hello) changes nothing.
    expect(withPresence(offline, frame)).toBe(offline);
  });
});
