import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStaffMember, type StaffMember } from "../../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../test/wallet-helpers.js";
import { receiveInbound } from "./inbound.js";

/**
 * Contacts in the console: agents find people who wrote from outside the app, link them to
 * the customer behind them (the tickets follow), and undo a wrong link.
 */
describe(`contacts, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: StaffMember;
  let customer: Customer;
  let n = 0;
  const unique = () => `${Date.now()}${++n}`;

  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await buildStaffMember(ctx, "agent", "Amy Agent");
    customer = await buildCustomer(ctx, {}, "Li Wei");
  });
  afterAll(() => ctx.close());

  const deps = () => ctx.services.support.deps;
  const messenger = (psid: string, body: string, name = "Wei Li") =>
    receiveInbound(deps(), {
      channel: "messenger",
      from: { kind: "messenger", address: psid, name },
      externalId: `m_${unique()}`,
      continueLatest: true,
      subject: `Messenger message from ${name}`,
      body,
    });
  const call = (
    method: "GET" | "POST",
    url: string,
    who: { auth: Record<string, string> } = agent,
    payload?: object,
  ) => ctx.app.inject({ method, url, headers: who.auth, ...(payload ? { payload } : {}) });
  const ticketRow = (id: string) =>
    ctx.platform.db.selectFrom("support_tickets").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const eventsOf = (ticketId: string) =>
    ctx.platform.db
      .selectFrom("support_ticket_events")
      .selectAll()
      .where("ticket_id", "=", ticketId)
      .execute();
  const auditOf = (action: string, contactId: string) =>
    ctx.platform.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", action)
      .where("target_id", "=", contactId)
      .execute();

  it("links an unknown Messenger sender to a customer: their tickets get the account", async () => {
    const psid = `psid-${unique()}`;
    const first = await messenger(psid, "My transfer is stuck");
    expect(first.ticket).toMatchObject({ user_id: null, requester_email: "", channel: "social" });
    const contactId = first.contact.id;

    const detail = (await call("GET", `/api/v1/agent/tickets/${first.ticket.id}`)).json();
    expect(detail.contact).toEqual({
      id: contactId,
      kind: "messenger",
      address: psid,
      displayName: "Wei Li",
      userId: null,
    });

    const linked = await call("POST", `/api/v1/agent/contacts/${contactId}/link`, agent, {
      userId: customer.userId,
      reason: "Confirmed the wallet number and the last transfer in the chat",
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({
      id: contactId,
      userId: customer.userId,
      linkedHow: "agent",
      linkedBy: { id: agent.userId, name: "Amy Agent" },
      customer: { id: customer.userId, email: customer.email, walletNumber: customer.walletNumber },
      tickets: [{ id: first.ticket.id, channel: "social" }],
    });

    const ticket = await ticketRow(first.ticket.id);
    expect(ticket).toMatchObject({ user_id: customer.userId, requester_email: customer.email });
    expect(ticket.context).toMatchObject({ walletNumber: customer.walletNumber, emailVerified: true });
    expect(await eventsOf(first.ticket.id)).toContainEqual(
      expect.objectContaining({
        kind: "contact_linked",
        actor_id: agent.userId,
        detail: { contactId, userId: customer.userId },
      }),
    );
    const [audit] = await auditOf("contact.linked", contactId);
    expect(audit).toMatchObject({ actor_id: agent.userId, target_type: "support_contact" });
    expect(audit?.detail).toEqual({
      userId: customer.userId,
      kind: "messenger",
      reason: "Confirmed the wallet number and the last transfer in the chat",
      tickets: [first.ticket.id],
    });

    // The console shows the customer now, and the customer sees the conversation in the app.
    const after = (await call("GET", `/api/v1/agent/tickets/${first.ticket.id}`)).json();
    expect(after.requester.userId).toBe(customer.userId);
    expect(after.contact.userId).toBe(customer.userId);
    const mine = (await call("GET", "/api/v1/tickets", customer)).json();
    expect(mine.data.map((t: { id: string }) => t.id)).toContain(first.ticket.id);

    // Linking again to the same customer changes nothing; to another one is refused.
    const again = await call("POST", `/api/v1/agent/contacts/${contactId}/link`, agent, {
      userId: customer.userId,
      reason: "again",
    });
    expect(again.statusCode).toBe(200);
    expect(await auditOf("contact.linked", contactId)).toHaveLength(1);
    const other = await buildCustomer(ctx, {}, "Someone Else");
    const conflict = await call("POST", `/api/v1/agent/contacts/${contactId}/link`, agent, {
      userId: other.userId,
      reason: "oops",
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().code).toBe("contact_already_linked");

    // Later messages from the contact are the customer's from the start.
    await ctx.platform.db
      .updateTable("support_tickets")
      .set({ status: "closed" })
      .where("id", "=", first.ticket.id)
      .execute();
    const next = await messenger(psid, "Another question");
    expect(next.ticket.id).not.toBe(first.ticket.id);
    expect(next.ticket).toMatchObject({ user_id: customer.userId, requester_email: customer.email });
  });

  it("unlinks a wrong link: the tickets lose the account and stay with the agents", async () => {
    const psid = `psid-${unique()}`;
    const { ticket, contact } = await messenger(psid, "Hello", "Not Li Wei");
    await call("POST", `/api/v1/agent/contacts/${contact.id}/link`, agent, {
      userId: customer.userId,
      reason: "Same name",
    });
    const unlinked = await call("POST", `/api/v1/agent/contacts/${contact.id}/unlink`, agent, {
      reason: "Different person: the wallet number did not match",
    });
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json()).toMatchObject({ userId: null, linkedHow: null, linkedBy: null, customer: null });
    const row = await ticketRow(ticket.id);
    expect(row).toMatchObject({ user_id: null, requester_email: "", context: {} });
    expect(row.guest_verified_at).not.toBeNull();
    expect((await call("GET", `/api/v1/agent/tickets/${ticket.id}`)).statusCode).toBe(200);
    const mine = (await call("GET", "/api/v1/tickets", customer)).json();
    expect(mine.data.map((t: { id: string }) => t.id)).not.toContain(ticket.id);
    expect((await eventsOf(ticket.id)).map((e) => e.kind)).toEqual(
      expect.arrayContaining(["contact_linked", "contact_unlinked"]),
    );
    const [audit] = await auditOf("contact.unlinked", contact.id);
    expect(audit?.detail).toEqual({
      userId: customer.userId,
      kind: "messenger",
      reason: "Different person: the wallet number did not match",
      tickets: [ticket.id],
    });

    // Nothing to undo: left as it is, nothing recorded.
    const twice = await call("POST", `/api/v1/agent/contacts/${contact.id}/unlink`, agent, {});
    expect(twice.statusCode).toBe(200);
    expect(await auditOf("contact.unlinked", contact.id)).toHaveLength(1);
  });

  it("keeps a link the customer proved by verifying the address", async () => {
    const { contact, ticket } = await receiveInbound(deps(), {
      channel: "email",
      from: { kind: "email", address: customer.email },
      externalId: `mail-${unique()}@example.test`,
      continueLatest: false,
      subject: "Limits",
      body: "What are my limits?",
    });
    expect(ticket.user_id).toBe(customer.userId);
    const refused = await call("POST", `/api/v1/agent/contacts/${contact.id}/unlink`, agent, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("contact_link_verified");
    const shown = (await call("GET", `/api/v1/agent/contacts/${contact.id}`)).json();
    expect(shown).toMatchObject({ linkedHow: "verified", userId: customer.userId, linkedBy: null });
  });

  it("links to customers only", async () => {
    const { contact } = await messenger(`psid-${unique()}`, "Hi");
    for (const userId of [agent.userId, "usr_nobody"]) {
      const res = await call("POST", `/api/v1/agent/contacts/${contact.id}/link`, agent, {
        userId,
        reason: "try",
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe("contact_link_not_customer");
    }
    const noReason = await call("POST", `/api/v1/agent/contacts/${contact.id}/link`, agent, {
      userId: customer.userId,
      reason: "  ",
    });
    expect(noReason.statusCode).toBe(400);
    const missing = await call("POST", "/api/v1/agent/contacts/sct_missing/link", agent, {
      userId: customer.userId,
      reason: "x",
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("contact_not_found");
    expect((await call("GET", "/api/v1/agent/contacts/sct_missing")).json().code).toBe("contact_not_found");
  });

  it("finds contacts by address or name, latest first, page by page", async () => {
    const tag = unique();
    const a = await messenger(`psid-find-${tag}-a`, "one", `Zhang ${tag}`);
    ctx.clock.advance(1000);
    const b = await messenger(`psid-find-${tag}-b`, "two", "Wang Fang");
    await messenger(`psid-find-${tag}-b`, "three", "Wang Fang");
    ctx.clock.advance(1000);

    const byName = (
      await call("GET", `/api/v1/agent/contacts?q=${encodeURIComponent(`zhang ${tag}`)}`)
    ).json();
    expect(byName.data.map((c: { id: string }) => c.id)).toEqual([a.contact.id]);

    const first = (await call("GET", `/api/v1/agent/contacts?q=find-${tag}&limit=1`)).json();
    expect(first.data).toEqual([
      expect.objectContaining({ id: b.contact.id, tickets: 1, kind: "messenger" }),
    ]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await call("GET", `/api/v1/agent/contacts?q=find-${tag}&limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.data.map((c: { id: string }) => c.id)).toEqual([a.contact.id]);
    expect(second.nextCursor).toBeNull();

    // % and _ are the agent's text, not wildcards.
    expect((await call("GET", "/api/v1/agent/contacts?q=%25")).json().data).toEqual([]);
    expect((await call("GET", "/api/v1/agent/contacts?cursor=nonsense")).statusCode).toBe(400);
  });

  it("is for support staff", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/agent/contacts" })).statusCode).toBe(401);
    const asCustomer = await call("GET", "/api/v1/agent/contacts", customer);
    expect(asCustomer.statusCode).toBe(403);
    const { contact } = await messenger(`psid-${unique()}`, "Hi");
    const link = await call("POST", `/api/v1/agent/contacts/${contact.id}/link`, customer, {
      userId: customer.userId,
      reason: "it is me",
    });
    expect(link.statusCode).toBe(403);
    const unlink = await call("POST", `/api/v1/agent/contacts/${contact.id}/unlink`, customer, {});
    expect(unlink.statusCode).toBe(403);
    const supervisor = await buildStaffMember(ctx, "supervisor");
    expect((await call("GET", `/api/v1/agent/contacts/${contact.id}`, supervisor)).statusCode).toBe(200);
  });

  it("is in the API documentation under Support console", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const [path, method] of [
      ["/api/v1/agent/contacts", "get"],
      ["/api/v1/agent/contacts/{id}", "get"],
      ["/api/v1/agent/contacts/{id}/link", "post"],
      ["/api/v1/agent/contacts/{id}/unlink", "post"],
    ] as const) {
      expect(doc.paths[path][method].tags).toEqual(["Support console"]);
      expect(doc.paths[path][method].summary).toBeTruthy();
    }
    const detail =
      doc.paths["/api/v1/agent/tickets/{id}"].get.responses["200"].content["application/json"].schema;
    expect(JSON.stringify(detail)).toContain("contact");
  });
});
