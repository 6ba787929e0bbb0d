import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "./client";
import { fetchCounts, findTicketByNumber, listQueue, parseTicketRow } from "./console";
import { TICKET_ROW } from "./consoleFixtures";
import { call, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("the queue", () => {
  it("sends only the filters that are set, trimmed", async () => {
    const fetchMock = stub(200, { data: [TICKET_ROW], nextCursor: "c2" });
    const page = await listQueue({
      view: "mine",
      status: "",
      priority: "urgent",
      q: "  #100001 ",
      tag: " vip",
      limit: 25,
    });
    const c = call(fetchMock);
    const url = new URL(c.url, "http://x");
    expect(url.pathname).toBe("/api/v1/agent/tickets");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      view: "mine",
      priority: "urgent",
      q: "#100001",
      tag: "vip",
      limit: "25",
    });
    expect(page.nextCursor).toBe("c2");
    expect(page.data[0]).toMatchObject({
      number: "100001",
      assignee: { id: "usr_agent", name: "Dana" },
      group: "payments",
    });
  });

  it("reads a row defensively: unknown values fall back, '#' is dropped from numbers, a group object gives its key", () => {
    const row = parseTicketRow({
      id: "t",
      number: "#100009",
      status: "weird",
      priority: 3,
      group: { key: "security", name: "Security" },
    });
    expect(row).toMatchObject({
      number: "100009",
      status: "open",
      priority: "normal",
      group: "security",
      assignee: null,
      sla: null,
      tags: [],
    });
    expect(parseTicketRow({ number: "1" })).toBeNull();
  });

  it("reads the counts of the views, zero for what is missing", async () => {
    stub(200, { unassigned: 3, mine: 2, open: 9, dueSoon: 1, breached: 0, pending: 4 });
    expect(await fetchCounts()).toEqual({
      unassigned: 3,
      mine: 2,
      open: 9,
      dueSoon: 1,
      breached: 0,
      pending: 4,
      onHold: 0,
    });
  });

  it("finds a ticket by its exact number only", async () => {
    const fetchMock = stub(200, {
      data: [
        { ...TICKET_ROW, number: "1000011" },
        { ...TICKET_ROW, id: "tkt_9", number: "100001" },
      ],
    });
    const found = await findTicketByNumber(" #100001 ");
    expect(found?.id).toBe("tkt_9");
    expect(new URL(call(fetchMock).url, "http://x").searchParams.get("q")).toBe("#100001");
    expect(await findTicketByNumber("refund")).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
