import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "./client";
import { listDevMessages, replyAsCustomer } from "./devMessages";
import { call, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const SUPPORT_EMAIL = {
  id: "msg_1",
  channel: "email",
  to: "casey@example.test",
  subject: "Re: [#100001] Card declined",
  text: "##- Reply above this line -##\n\nTry again now.",
  html: "<p>Try again now.</p>",
  headers: {
    From: '"Satchel Support" <support@satchel.test>',
    "Reply-To": "support+abc123def456@satchel.test",
    "Message-ID": "<m1.100001@satchel.test>",
    Bogus: 42,
  },
  answerable: true,
  createdAt: "2027-03-01T04:00:00.000Z",
};

describe("the dev mailbox's threading headers", () => {
  it("reads the headers (strings only) and whether the email can be answered as the customer", async () => {
    stub(200, {
      data: [
        SUPPORT_EMAIL,
        { ...SUPPORT_EMAIL, id: "msg_2", channel: "sms", headers: null, answerable: false },
      ],
    });
    const [email, sms] = await listDevMessages("");
    expect(email?.headers).toEqual({
      From: '"Satchel Support" <support@satchel.test>',
      "Reply-To": "support+abc123def456@satchel.test",
      "Message-ID": "<m1.100001@satchel.test>",
    });
    expect(email?.answerable).toBe(true);
    expect(sms?.headers).toEqual({});
    expect(sms?.answerable).toBe(false);
  });

  it("answers a support email as the customer and says which ticket it reached", async () => {
    const fetchMock = stub(201, { ticketId: "tkt_1", number: "100001", created: false });
    const answer = await replyAsCustomer("msg_1", "The bakery on Main Street.");
    expect(call(fetchMock).url).toBe("/api/v1/dev/messages/msg_1/reply");
    expect(call(fetchMock).json()).toEqual({ text: "The bakery on Main Street." });
    expect(answer).toEqual({ ticketId: "tkt_1", number: "100001", created: false });
  });
});
