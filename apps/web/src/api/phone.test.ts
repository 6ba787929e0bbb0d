import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "./client";
import { call, stub } from "./fetchStub";
import {
  bookCallback,
  cancelCallback,
  fetchCallbackSlots,
  listCallbackQueue,
  listTicketCalls,
  logTicketCall,
  parseIncomingCall,
  parsePhoneOptions,
  settleCallback,
} from "./phone";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("phone lines", () => {
  it("keeps the lines with a number; callbacks only when said so", () => {
    expect(
      parsePhoneOptions({
        lines: [{ label: "Hotline", number: "+864001234567", hours: "Mon–Fri" }, { label: "broken" }],
        callbacks: true,
      }),
    ).toEqual({ lines: [{ label: "Hotline", number: "+864001234567", hours: "Mon–Fri" }], callbacks: true });
    expect(parsePhoneOptions(undefined)).toEqual({ lines: [], callbacks: false });
  });
});

describe("callbacks", () => {
  const own = {
    id: "ccb_1",
    status: "requested",
    slotStart: "2026-11-27T01:00:00.000Z",
    slotEnd: "2026-11-27T01:30:00.000Z",
    phone: "+8613800000000",
    note: "",
    ticket: { id: "tkt_1", number: "100001" },
    cancellable: true,
  };

  it("reads the slots on offer", async () => {
    stub(200, {
      timeZone: "Asia/Shanghai",
      slotMinutes: 30,
      perSlot: 4,
      days: 7,
      slots: [{ start: own.slotStart, end: own.slotEnd, remaining: 3 }, { start: 5 }],
    });
    expect(await fetchCallbackSlots()).toEqual({
      timeZone: "Asia/Shanghai",
      slotMinutes: 30,
      days: 7,
      slots: [{ start: own.slotStart, end: own.slotEnd, remaining: 3 }],
    });
  });

  it("books with the CSRF token, and cancels", async () => {
    setCsrfToken("csrf-1");
    const booking = stub(201, own);
    expect(await bookCallback({ slotStart: own.slotStart, note: "About my card" })).toMatchObject({
      id: "ccb_1",
      ticket: { number: "100001" },
      cancellable: true,
    });
    const sent = call(booking);
    expect([sent.url, sent.method, sent.headers["X-CSRF-Token"]]).toEqual([
      "/api/v1/support/callbacks",
      "POST",
      "csrf-1",
    ]);
    expect(sent.json()).toEqual({ slotStart: own.slotStart, note: "About my card" });

    const cancelling = stub(200, { ...own, status: "cancelled", cancellable: false });
    expect((await cancelCallback("ccb/1")).status).toBe("cancelled");
    expect(call(cancelling).url).toBe("/api/v1/support/callbacks/ccb%2F1/cancel");
  });

  it("asks the queue for the chosen statuses and settles one", async () => {
    const queue = stub(200, {
      data: [
        {
          ...own,
          overdue: true,
          language: "zh-CN",
          customer: { id: "usr_1", name: null, email: "a@x.test", walletNumber: "S1" },
          handledBy: null,
          handledAt: null,
        },
      ],
      nextCursor: "next",
    });
    const page = await listCallbackQueue({ status: ["done", "missed"], from: "2026-11-27T00:00:00Z" });
    expect(call(queue).url).toBe(
      "/api/v1/agent/callbacks?status=done%2Cmissed&from=2026-11-27T00%3A00%3A00Z",
    );
    expect(page.nextCursor).toBe("next");
    expect(page.data[0]).toMatchObject({
      overdue: true,
      language: "zh-CN",
      customer: { name: null, email: "a@x.test" },
    });

    const settling = stub(200, { ...own, status: "done", overdue: false, language: "en", customer: null });
    expect((await settleCallback("ccb_1", { status: "done", notes: "ok", durationSeconds: 60 })).status).toBe(
      "done",
    );
    expect(call(settling).json()).toEqual({ status: "done", notes: "ok", durationSeconds: 60 });
  });
});

describe("calls on a ticket", () => {
  it("lists and logs them", async () => {
    const listing = stub(200, {
      data: [
        {
          id: "cal_1",
          direction: "inbound",
          phone: "+8613800000000",
          durationSeconds: 125,
          outcome: "ringing",
          notes: "",
          agent: null,
          source: "provider",
          startedAt: "2026-11-26T10:00:00.000Z",
        },
      ],
      nextCursor: null,
    });
    const page = await listTicketCalls("tkt_1");
    expect(call(listing).url).toBe("/api/v1/agent/tickets/tkt_1/calls");
    expect(page.data[0]).toMatchObject({ outcome: "ringing", source: "provider", agent: null });

    const logging = stub(201, {
      id: "cal_2",
      direction: "outbound",
      outcome: "busy",
      agent: { id: "u", name: "Ada" },
    });
    const logged = await logTicketCall("tkt_1", {
      direction: "outbound",
      phone: "+8613800000000",
      durationSeconds: 0,
      outcome: "busy",
      notes: "",
    });
    expect(logged).toMatchObject({ outcome: "busy", agent: { name: "Ada" } });
    expect(call(logging).method).toBe("POST");
  });
});

describe("the incoming-call event", () => {
  it("is read from the stream's data", () => {
    expect(
      parseIncomingCall(
        JSON.stringify({
          type: "call.incoming",
          ticketId: "tkt_1",
          number: "100001",
          callId: "cal_1",
          phone: "+8613800000000",
          userId: null,
          name: "Ann",
        }),
      ),
    ).toEqual({
      ticketId: "tkt_1",
      number: "100001",
      callId: "cal_1",
      phone: "+8613800000000",
      userId: null,
      name: "Ann",
    });
    expect(parseIncomingCall("nope")).toBeNull();
    expect(parseIncomingCall(JSON.stringify({ ticketId: "tkt_1" }))).toBeNull();
  });
});
