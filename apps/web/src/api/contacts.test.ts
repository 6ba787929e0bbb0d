import { afterEach, describe, expect, it, vi } from "vitest";
import { getContact, linkContact, parseTicketContact, searchContacts, unlinkContact } from "./contacts";
import { call, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
});

const contact = {
  id: "sct_1",
  kind: "messenger",
  address: "6754321987",
  displayName: "Wei Li",
  userId: "usr_c",
  linkedHow: "agent",
  linkedBy: { id: "usr_a", name: "Amy" },
  linkedAt: "2026-11-26T10:00:00.000Z",
  customer: { id: "usr_c", email: "li@example.test", name: "Li Wei", walletNumber: "S1234-5678-90" },
  createdAt: "2026-11-20T10:00:00.000Z",
  lastSeenAt: "2026-11-26T09:00:00.000Z",
};

describe("contacts API", () => {
  it("reads a ticket's contact, or nothing", () => {
    expect(parseTicketContact(contact)).toEqual({
      id: "sct_1",
      kind: "messenger",
      address: "6754321987",
      displayName: "Wei Li",
      userId: "usr_c",
    });
    expect(parseTicketContact(null)).toBeNull();
    expect(parseTicketContact({ id: "sct_2", kind: "pigeon" })).toBeNull();
  });

  it("searches page by page", async () => {
    const fetchMock = stub(200, { data: [{ ...contact, tickets: 3 }, { nope: true }], nextCursor: "c2" });
    const page = await searchContacts({ q: " wei ", cursor: "c1" });
    expect(page.nextCursor).toBe("c2");
    expect(page.contacts).toEqual([expect.objectContaining({ id: "sct_1", tickets: 3, linkedHow: "agent" })]);
    expect(call(fetchMock).url).toBe("/api/v1/agent/contacts?q=wei&cursor=c1");
  });

  it("links with the reason, unlinks, and reads the contact's tickets", async () => {
    const answer = {
      ...contact,
      tickets: [
        {
          id: "tkt_1",
          number: "100001",
          subject: "Stuck",
          status: "open",
          channel: "social",
          updatedAt: "x",
        },
      ],
    };
    let fetchMock = stub(200, answer);
    const linked = await linkContact("sct_1", "usr_c", "  checked the wallet number ");
    expect(linked.tickets).toEqual([
      { id: "tkt_1", number: "100001", subject: "Stuck", status: "open", channel: "social", updatedAt: "x" },
    ]);
    expect(call(fetchMock)).toMatchObject({ method: "POST", url: "/api/v1/agent/contacts/sct_1/link" });
    expect(call(fetchMock).json()).toEqual({ userId: "usr_c", reason: "checked the wallet number" });

    fetchMock = stub(200, { ...answer, userId: null, customer: null, linkedHow: null });
    expect((await unlinkContact("sct_1")).customer).toBeNull();
    expect(call(fetchMock).json()).toEqual({});

    fetchMock = stub(200, answer);
    expect((await getContact("sct_1")).customer?.walletNumber).toBe("S1234-5678-90");
    expect(call(fetchMock).url).toBe("/api/v1/agent/contacts/sct_1");
  });
});
