import { describe, expect, it } from "vitest";
import type { TicketMessage } from "../../../api/consoleTicket";
import { defaultReplyChannel, deliveryView, replyChannels } from "./replyChannels";

let n = 0;
const message = (over: Partial<TicketMessage>): TicketMessage => ({
  id: `m${++n}`,
  authorType: "customer",
  authorName: null,
  body: "…",
  internal: false,
  channel: "web",
  attachments: [],
  createdAt: `2027-03-01T0${n % 10}:00:00.000Z`,
  deliveryStatus: null,
  deliveryError: null,
  ...over,
});

const ticket = (channel: string, email: string, messages: TicketMessage[]) => ({
  channel,
  requester: { name: null, email, userId: null },
  messages,
});

describe("the ways back a ticket offers", () => {
  it("offers email when the address is known, and the app always", () => {
    const web = ticket("web", "alice@example.test", [message({ channel: "web" })]);
    expect(replyChannels(web)).toEqual(["email", "web"]);
    expect(defaultReplyChannel(web)).toBe("web");
    const anonymous = ticket("social", "", [message({ channel: "messenger" })]);
    expect(replyChannels(anonymous)).toEqual(["messenger", "web"]);
  });

  it("starts on the way the customer last wrote, with Messenger and X only when they wrote that way", () => {
    const t = ticket("email", "bob@example.test", [
      message({ channel: "email", createdAt: "2027-03-01T01:00:00.000Z" }),
      message({ channel: "x", createdAt: "2027-03-01T03:00:00.000Z" }),
      message({ authorType: "agent", channel: "email", createdAt: "2027-03-01T04:00:00.000Z" }),
      // An agent's note in another channel says nothing about how the customer can be reached.
      message({ authorType: "agent", internal: true, channel: "messenger" }),
    ]);
    expect(replyChannels(t)).toEqual(["email", "x", "web"]);
    expect(defaultReplyChannel(t)).toBe("x");
  });

  it("answers chats in the chat, and a caller like a web ticket", () => {
    const chat = ticket("chat", "carol@example.test", [message({ channel: "chat" })]);
    expect(replyChannels(chat)).toEqual(["email", "chat", "web"]);
    expect(defaultReplyChannel(chat)).toBe("chat");
    // No chat on a ticket that is not one, even if it once held a chat message (merged in).
    expect(replyChannels(ticket("email", "d@example.test", [message({ channel: "chat" })]))).not.toContain(
      "chat",
    );
    const call = ticket("phone", "", [message({ channel: "phone" })]);
    expect(replyChannels(call)).toEqual(["phone", "web"]);
    expect(defaultReplyChannel(call)).toBe("phone");
  });

  it("falls back to the app when nobody wrote yet or the last way is gone", () => {
    expect(defaultReplyChannel(ticket("web", "e@example.test", []))).toBe("web");
  });
});

describe("an agent reply's delivery", () => {
  const reply = (over: Partial<TicketMessage>) => message({ authorType: "agent", channel: "email", ...over });

  it("is queued, then retrying with the reason, then sent", () => {
    expect(deliveryView(reply({ deliveryStatus: "queued" }))).toEqual({ state: "queued", error: null });
    expect(deliveryView(reply({ deliveryStatus: "queued", deliveryError: "ECONNREFUSED" }))).toEqual({
      state: "retrying",
      error: "ECONNREFUSED",
    });
    expect(deliveryView(reply({ deliveryStatus: "sent" }))).toEqual({ state: "sent", error: null });
    expect(deliveryView(reply({ deliveryStatus: "read" }))).toEqual({ state: "read", error: null });
  });

  it("failed for good keeps the reason", () => {
    expect(deliveryView(reply({ deliveryStatus: "failed", deliveryError: "550 User unknown" }))).toEqual({
      state: "failed",
      error: "550 User unknown",
    });
  });

  it("is not shown for notes, customers' messages or replies read in the app", () => {
    expect(deliveryView(reply({ internal: true, deliveryStatus: "queued" }))).toBeNull();
    expect(deliveryView(message({ deliveryStatus: "sent" }))).toBeNull();
    expect(deliveryView(reply({ channel: "web", deliveryStatus: null }))).toBeNull();
  });
});
