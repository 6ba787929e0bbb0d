import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, setCsrfToken } from "./client";
import { TICKET_ROW } from "./consoleFixtures";
import {
  attachmentUrl,
  getTicket,
  linkTransactions,
  mergeTicket,
  messageKind,
  parseTicketDetail,
  sendReply,
  updateTicket,
} from "./consoleTicket";
import { call, noContent, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const DETAIL = {
  ...TICKET_ROW,
  messages: [
    {
      id: "m1",
      authorType: "customer",
      authorName: "Alice",
      body: "Where is it?",
      internal: false,
      attachments: [{ id: "att_1", filename: "shot.png", contentType: "image/png", size: 1200 }],
      createdAt: "2027-03-01T02:00:00.000Z",
    },
    {
      id: "m2",
      authorType: "agent",
      authorName: "Dana",
      body: "Checking",
      internal: true,
      attachments: [],
      createdAt: "2027-03-01T03:00:00.000Z",
    },
    {
      id: "m3",
      authorType: "agent",
      authorName: "Dana",
      body: "Found it",
      internal: false,
      attachments: [],
      createdAt: "2027-03-01T04:00:00.000Z",
    },
    {
      id: "m4",
      authorType: "system",
      authorName: null,
      body: "Merged from #100002",
      internal: false,
      attachments: [],
      createdAt: "2027-03-01T05:00:00.000Z",
    },
    { authorType: "customer", body: "no id: dropped" },
  ],
  events: [
    {
      id: "ev1",
      kind: "status_changed",
      actorId: "usr_agent",
      detail: { from: "new", to: "open" },
      createdAt: "2027-03-01T03:00:00.000Z",
    },
  ],
  transactions: [
    {
      id: "txn_1",
      reference: "T-1",
      type: "deposit",
      status: "failed",
      direction: "in",
      amount: "50.00",
      fee: "0.00",
      currency: "USD",
      reasonCode: "card_declined",
      at: "2027-02-28T10:00:00.000Z",
    },
    {
      transactionId: "txn_2",
      snapshot: {
        reference: "T-2",
        type: "transfer_out",
        status: "completed",
        direction: "out",
        amount: "5.00",
        fee: "0.00",
        currency: "EUR",
        reasonCode: null,
        at: "2027-02-27T10:00:00.000Z",
      },
    },
  ],
  context: { walletNumber: "S1234-5678-90", verificationLevel: 1, locked: false, twoFactor: true },
  satisfaction: null,
  mergedInto: null,
  merged: [{ id: "tkt_2", number: "100002" }],
};

describe("one ticket", () => {
  it("reads the thread with notes and system messages apart, and snapshots of linked transactions", async () => {
    stub(200, DETAIL);
    const ticket = await getTicket("tkt_1");
    expect(ticket.messages.map(messageKind)).toEqual(["customer", "note", "agent", "system"]);
    expect(ticket.messages[0]?.attachments[0]).toEqual({
      id: "att_1",
      filename: "shot.png",
      contentType: "image/png",
      size: 1200,
    });
    expect(ticket.transactions).toEqual([
      expect.objectContaining({
        id: "txn_1",
        status: "failed",
        reasonCode: "card_declined",
        direction: "in",
      }),
      expect.objectContaining({ id: "txn_2", reference: "T-2", currency: "EUR", direction: "out" }),
    ]);
    expect(ticket.context).toMatchObject({
      walletNumber: "S1234-5678-90",
      verificationLevel: 1,
      locked: false,
      frozen: null,
    });
    expect(ticket.events[0]).toMatchObject({ kind: "status_changed", actor: { id: "usr_agent" } });
    expect(ticket.merged).toEqual([{ id: "tkt_2", number: "100002" }]);
  });

  it("has no account context for a guest ticket", () => {
    expect(parseTicketDetail({ ...DETAIL, context: {} })?.context).toBeNull();
  });

  it("patches only what changed, with the CSRF token", async () => {
    setCsrfToken("csrf-1");
    const fetchMock = stub(200, { ...DETAIL, status: "pending" });
    const ticket = await updateTicket("tkt_1", { status: "pending", assigneeId: null });
    const c = call(fetchMock);
    expect(c.method).toBe("PATCH");
    expect(c.url).toBe("/api/v1/agent/tickets/tkt_1");
    expect(c.headers["X-CSRF-Token"]).toBe("csrf-1");
    expect(c.json()).toEqual({ status: "pending", assigneeId: null });
    expect(ticket.status).toBe("pending");
  });

  it("sends a reply or an internal note, leaving out what is not chosen", async () => {
    const fetchMock = stub(201, DETAIL.messages[1]);
    const note = await sendReply("tkt_1", { body: "Checking", internal: true, status: undefined });
    expect(call(fetchMock).json()).toEqual({ body: "Checking", internal: true });
    expect(note.internal).toBe(true);

    const again = stub(201, DETAIL.messages[2]);
    await sendReply("tkt_1", { body: "Found it", internal: false, status: "solved", macroId: "mac_1" });
    expect(call(again).url).toBe("/api/v1/agent/tickets/tkt_1/replies");
    expect(call(again).json()).toEqual({
      body: "Found it",
      internal: false,
      status: "solved",
      macroId: "mac_1",
    });
  });

  it("merges into another ticket and answers the target", async () => {
    const fetchMock = stub(200, { ...DETAIL, id: "tkt_2", number: "100002" });
    const target = await mergeTicket("tkt_1", "tkt_2");
    expect(call(fetchMock).url).toBe("/api/v1/agent/tickets/tkt_1/merge");
    expect(call(fetchMock).json()).toEqual({ intoTicketId: "tkt_2" });
    expect(target.number).toBe("100002");
  });

  it("surfaces a refused merge as the server's problem", async () => {
    stub(409, { code: "ticket_merge_invalid", title: "Cannot merge", status: 409 });
    await expect(mergeTicket("tkt_1", "tkt_3")).rejects.toMatchObject({
      code: "ticket_merge_invalid",
      status: 409,
    });
    await expect(mergeTicket("tkt_1", "tkt_3")).rejects.toBeInstanceOf(ApiError);
  });

  it("links transactions and builds attachment addresses", async () => {
    const fetchMock = noContent();
    await linkTransactions("tkt_1", ["txn_1"]);
    expect(call(fetchMock).json()).toEqual({ transactionIds: ["txn_1"] });
    expect(attachmentUrl("att/1")).toBe("/api/v1/tickets/attachments/att%2F1");
  });

  it("refuses an answer that is not a ticket", async () => {
    stub(200, { hello: "world" });
    await expect(getTicket("tkt_1")).rejects.toThrow(/documented shape/);
  });
});
