import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "./client";
import { parseMessage, sendReply } from "./consoleTicket";
import { call, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const REPLY = {
  id: "m9",
  authorType: "agent",
  authorName: "Dana",
  body: "Try again now",
  internal: false,
  channel: "email",
  attachments: [],
  createdAt: "2027-03-01T04:00:00.000Z",
  deliveryStatus: "queued",
  deliveryError: "connect ECONNREFUSED",
  externalId: null,
};

describe("replies through the customer's channel", () => {
  it("reads the channel and where delivery stands; unknown states are none", () => {
    expect(parseMessage(REPLY)).toMatchObject({
      channel: "email",
      deliveryStatus: "queued",
      deliveryError: "connect ECONNREFUSED",
    });
    expect(parseMessage({ ...REPLY, deliveryStatus: "bounced", deliveryError: 3 })).toMatchObject({
      deliveryStatus: null,
      deliveryError: null,
    });
    // Older answers without the fields.
    expect(parseMessage({ id: "m1", body: "hi" })).toMatchObject({
      channel: "web",
      deliveryStatus: null,
      deliveryError: null,
    });
  });

  it("sends the way back with a reply, never with a note", async () => {
    const fetchMock = stub(201, REPLY);
    await sendReply("tkt_1", { body: "Try again now", internal: false, channel: "email" });
    expect(call(fetchMock).json()).toEqual({ body: "Try again now", internal: false, channel: "email" });

    const note = stub(201, { ...REPLY, internal: true });
    await sendReply("tkt_1", { body: "Checking", internal: true, channel: "email" });
    expect(call(note).json()).toEqual({ body: "Checking", internal: true });
  });
});
