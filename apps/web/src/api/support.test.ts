import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, setCsrfToken } from "./client";
import { call, stub } from "./fetchStub";
import {
  attachmentContentType,
  attachmentProblem,
  createTicket,
  fetchContactOptions,
  filenameHeader,
  getTicket,
  listTickets,
  parseTicketDetail,
  rateTicket,
  replyToTicket,
  reportUnrecognized,
  solveTicket,
  uploadAttachment,
  verifyGuestLink,
} from "./support";

const summary = {
  id: "tkt_1",
  number: "100001",
  subject: "Deposit missing",
  category: "deposit",
  status: "pending",
  priority: "normal",
  channel: "web",
  createdAt: "2027-03-01T02:00:00.000Z",
  updatedAt: "2027-03-01T03:00:00.000Z",
  expectedResponseBy: null,
  awaiting: "customer",
};

const detail = {
  ...summary,
  description: "My card deposit of 50 USD has not arrived.",
  messages: [
    {
      id: "tkm_1",
      authorType: "customer",
      authorName: "Ana",
      body: "My card deposit of 50 USD has not arrived.",
      internal: false,
      channel: "web",
      attachments: [{ id: "tka_1", filename: "shot.png", contentType: "image/png", size: 1200 }, { x: 1 }],
      createdAt: "2027-03-01T02:00:00.000Z",
    },
    {
      id: "tkm_2",
      authorType: "agent",
      authorName: "Bo",
      body: "Could you send the bank reference?",
      internal: false,
      attachments: [],
      createdAt: "2027-03-01T03:00:00.000Z",
    },
    { id: "tkm_3", authorType: "agent", body: "note for staff", internal: true, attachments: [] },
    { id: "tkm_4", authorType: "system", authorName: null, body: "Status changed", attachments: [] },
  ],
  transactions: [
    {
      id: "txn_1",
      reference: "T7K3M-9QPA2",
      type: "deposit",
      status: "pending",
      direction: "in",
      amount: "50.00",
      fee: "0.00",
      currency: "USD",
      reasonCode: null,
      at: "2027-02-28T10:00:00.000Z",
    },
  ],
  context: { walletNumber: "S1234-5678-90" },
  satisfaction: null,
  canRate: false,
  sla: { expectedResponseBy: "2027-03-02T02:00:00.000Z" },
};

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("contact options", () => {
  it("reads channels, hours and holidays (a bilingual name in the asked language)", async () => {
    const fetchMock = stub(200, {
      channels: [
        {
          key: "web_form",
          hours: {
            timeZone: "Asia/Shanghai",
            days: [{ weekday: 1, open: "09:00", close: "18:00" }, { x: 1 }],
          },
          firstResponse: { minutes: 540, businessHours: true },
        },
        { key: "security", hours: null, firstResponse: { minutes: 60, businessHours: false } },
        {
          key: "email",
          hours: null,
          firstResponse: { minutes: 540, businessHours: true },
          address: "s@x.test",
        },
        { key: "fax" },
      ],
      holidaysAhead: [{ day: "2027-04-05", name: { en: "Qingming", "zh-CN": "清明节" } }, { name: "x" }],
    });
    const options = await fetchContactOptions("zh-CN");
    expect(call(fetchMock).url).toBe("/api/v1/support/contact-options");
    expect(options.channels.map((c) => c.key)).toEqual(["web_form", "security", "email"]);
    expect(options.channels[0]?.hours).toEqual({
      timeZone: "Asia/Shanghai",
      days: [{ weekday: 1, open: "09:00", close: "18:00" }],
    });
    expect(options.channels[1]).toEqual({
      key: "security",
      hours: null,
      firstResponse: { minutes: 60, businessHours: false },
      address: null,
    });
    expect(options.channels[2]?.address).toBe("s@x.test");
    expect(options.holidaysAhead).toEqual([{ day: "2027-04-05", name: "清明节" }]);
  });
});

describe("tickets", () => {
  it("creates a ticket with the CSRF token and the whole body", async () => {
    setCsrfToken("csrf-1");
    const fetchMock = stub(201, { id: "tkt_1", number: "100001", status: "new" });
    const input = {
      category: "transaction" as const,
      subject: "Charged twice",
      description: "I was charged twice for one transfer.",
      transactionIds: ["txn_1"],
      attachmentIds: ["tka_1"],
      deflectionId: "hdf_1",
    };
    await expect(createTicket(input)).resolves.toEqual({ id: "tkt_1", number: "100001", status: "new" });
    const c = call(fetchMock);
    expect(c.url).toBe("/api/v1/tickets");
    expect(c.method).toBe("POST");
    expect(c.headers["X-CSRF-Token"]).toBe("csrf-1");
    expect(c.json()).toEqual(input);
  });

  it("passes a refused ticket on as the server's problem", async () => {
    stub(
      422,
      { code: "ticket_transaction_not_found", title: "Transaction not found", status: 422 },
      "application/problem+json",
    );
    const error = await createTicket({ category: "other", subject: "abc", description: "0123456789" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("ticket_transaction_not_found");
  });

  it("lists one page of open tickets with the cursor", async () => {
    const fetchMock = stub(200, { data: [summary, { nope: true }], nextCursor: "c2" });
    const page = await listTickets("open", { cursor: "c1", limit: 20 });
    expect(call(fetchMock).url).toBe("/api/v1/tickets?status=open&cursor=c1&limit=20");
    expect(page.nextCursor).toBe("c2");
    expect(page.data).toEqual([
      {
        id: "tkt_1",
        number: "100001",
        subject: "Deposit missing",
        category: "deposit",
        status: "pending",
        priority: "normal",
        createdAt: "2027-03-01T02:00:00.000Z",
        updatedAt: "2027-03-01T03:00:00.000Z",
        expectedResponseBy: null,
        awaiting: "customer",
      },
    ]);
  });

  it("reads a ticket: no internal note ever shows, the SLA's expected response is used", () => {
    const ticket = parseTicketDetail(detail);
    expect(ticket.messages.map((m) => m.id)).toEqual(["tkm_1", "tkm_2", "tkm_4"]);
    expect(ticket.messages[0]?.attachments).toEqual([
      { id: "tka_1", filename: "shot.png", contentType: "image/png", size: 1200 },
    ]);
    expect(ticket.messages[2]?.authorType).toBe("system");
    expect(ticket.expectedResponseBy).toBe("2027-03-02T02:00:00.000Z");
    expect(ticket.transactions[0]).toMatchObject({ reference: "T7K3M-9QPA2", direction: "in" });
    expect(ticket.satisfaction).toBeNull();
  });

  it("a guest reads, replies, solves and rates with the access header", async () => {
    setCsrfToken(null);
    let fetchMock = stub(200, detail);
    await getTicket("tkt_1", "acc-1");
    expect(call(fetchMock).url).toBe("/api/v1/tickets/tkt_1");
    expect(call(fetchMock).headers["X-Ticket-Access"]).toBe("acc-1");

    fetchMock = stub(201, detail.messages[1]);
    const message = await replyToTicket("tkt_1", { body: "Here it is", attachmentIds: ["tka_2"] }, "acc-1");
    expect(message.id).toBe("tkm_2");
    expect(call(fetchMock).url).toBe("/api/v1/tickets/tkt_1/messages");
    expect(call(fetchMock).headers["X-Ticket-Access"]).toBe("acc-1");
    expect(call(fetchMock).json()).toEqual({ body: "Here it is", attachmentIds: ["tka_2"] });

    fetchMock = stub(200, { ...detail, status: "solved", canRate: true });
    const solved = await solveTicket("tkt_1", "acc-1");
    expect(solved.canRate).toBe(true);
    expect(call(fetchMock).url).toBe("/api/v1/tickets/tkt_1/close");

    fetchMock = stub(200, { score: 5, comment: "Quick" });
    await expect(rateTicket("tkt_1", { score: 5, comment: "Quick" }, "acc-1")).resolves.toEqual({
      score: 5,
      comment: "Quick",
    });
    expect(call(fetchMock).url).toBe("/api/v1/tickets/tkt_1/rating");
  });

  it("a signed-in customer sends no access header", async () => {
    const fetchMock = stub(200, detail);
    await getTicket("tkt_1");
    expect(call(fetchMock).headers["X-Ticket-Access"]).toBeUndefined();
  });

  it("a closed ticket refuses replies with ticket_closed", async () => {
    stub(
      409,
      { code: "ticket_closed", title: "This ticket is closed", status: 409 },
      "application/problem+json",
    );
    const error = await replyToTicket("tkt_1", { body: "hi" }).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("ticket_closed");
  });

  it("verifies a guest link into the ticket and its access token", async () => {
    const fetchMock = stub(200, { ticket: detail, accessToken: "acc-9" });
    const answer = await verifyGuestLink("tok");
    expect(answer.accessToken).toBe("acc-9");
    expect(answer.ticket.number).toBe("100001");
    expect(call(fetchMock).json()).toEqual({ token: "tok" });
  });

  it("reports an unrecognized transaction", async () => {
    setCsrfToken("csrf-3");
    const fetchMock = stub(201, { ticket: { id: "tkt_2", number: 100002, status: "new" }, frozen: true });
    const answer = await reportUnrecognized({ transactionId: "txn_9", freeze: true });
    expect(answer).toEqual({ ticket: { id: "tkt_2", number: "100002", status: "new" }, frozen: true });
    expect(call(fetchMock).url).toBe("/api/v1/security/unrecognized-transaction");
    expect(call(fetchMock).headers["X-CSRF-Token"]).toBe("csrf-3");
  });
});

describe("screenshots", () => {
  it("checks type and size before sending", () => {
    expect(attachmentProblem({ type: "image/png", size: 10, name: "a.png" })).toBeNull();
    expect(attachmentProblem({ type: "", size: 10, name: "a.WEBP" })).toBeNull();
    expect(attachmentProblem({ type: "application/pdf", size: 10, name: "a.pdf" })).toBe("type");
    expect(attachmentProblem({ type: "image/svg+xml", size: 10, name: "a.svg" })).toBe("type");
    expect(attachmentProblem({ type: "image/jpeg", size: 5 * 1024 * 1024 + 1, name: "a.jpg" })).toBe("size");
    expect(attachmentProblem({ type: "image/jpeg", size: 0, name: "a.jpg" })).toBe("empty");
    expect(attachmentContentType({ type: "", name: "x.gif" })).toBe("image/gif");
  });

  it("names the file in a header that stays Latin-1", () => {
    expect(filenameHeader("screen shot.png")).toBe("screen shot.png");
    expect(filenameHeader("截图.png")).toBe("%E6%88%AA%E5%9B%BE.png");
    expect(filenameHeader("  ")).toBe("screenshot");
  });

  it("uploads the raw image with its type, name, CSRF and access headers", async () => {
    setCsrfToken("csrf-4");
    const fetchMock = stub(201, { id: "tka_1", filename: "shot.png", contentType: "image/png", size: 4 });
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "shot.png", { type: "image/png" });
    await expect(uploadAttachment(file, "acc-1")).resolves.toEqual({
      id: "tka_1",
      filename: "shot.png",
      contentType: "image/png",
      size: 4,
    });
    const c = call(fetchMock);
    expect(c.url).toBe("/api/v1/tickets/attachments");
    expect(c.body).toBe(file);
    expect(c.headers["Content-Type"]).toBe("image/png");
    expect(c.headers["X-Filename"]).toBe("shot.png");
    expect(c.headers["X-CSRF-Token"]).toBe("csrf-4");
    expect(c.headers["X-Ticket-Access"]).toBe("acc-1");
  });

  it("rejects a refused upload with the server's problem", async () => {
    stub(
      422,
      { code: "ticket_attachment_invalid", title: "This file cannot be attached", status: 422 },
      "application/problem+json",
    );
    const file = new File(["GIF89a"], "a.gif", { type: "image/gif" });
    const error = await uploadAttachment(file).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("ticket_attachment_invalid");
  });
});
