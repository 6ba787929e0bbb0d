import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTicket, type Staff, staffAuth } from "../../../../test/support-helpers-console.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../../test/wallet-helpers.js";

describe(`calls logged on a ticket, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let officer: Staff;
  let ann: Customer;

  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await staffAuth(ctx, "agent");
    officer = await staffAuth(ctx, "compliance");
    ann = await buildCustomer(ctx, {}, "Ann Customer");
  });
  afterAll(async () => {
    await ctx.close();
  });

  const call = {
    direction: "outbound",
    phone: "+86 138-0000-1234",
    durationSeconds: 312,
    outcome: "answered",
    notes: "Walked her through the withdrawal hold.",
  };
  const logCall = (who: { auth: Record<string, string> }, ticketId: string, payload: object = call) =>
    ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${ticketId}/calls`,
      headers: who.auth,
      payload,
    });
  const listCalls = (who: { auth: Record<string, string> }, ticketId: string, query = "") =>
    ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets/${ticketId}/calls${query}`,
      headers: who.auth,
    });

  it("an agent logs a call: listed on the ticket, in its history and in the audit log", async () => {
    const ticket = await buildTicket(ctx, { userId: ann.userId, email: ann.email, name: "Ann" });
    const res = await logCall(agent, ticket.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      ticketId: ticket.id,
      direction: "outbound",
      phone: "+8613800001234",
      durationSeconds: 312,
      outcome: "answered",
      notes: call.notes,
      source: "agent",
      agent: { id: agent.userId },
      startedAt: ctx.clock.now().toISOString(),
    });

    const list = await listCalls(agent, ticket.id);
    expect(list.json()).toEqual({ data: [res.json()], nextCursor: null });

    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets/${ticket.id}`,
      headers: agent.auth,
    });
    const event = detail.json().events.find((e: { kind: string }) => e.kind === "call_logged");
    expect(event).toMatchObject({
      actor: { id: agent.userId },
      detail: { callId: res.json().id, direction: "outbound", to: "answered", durationSeconds: 312 },
    });

    const [entry] = await ctx.services.audit.list({ targetType: "ticket", targetId: ticket.id });
    expect(entry).toMatchObject({
      action: "ticket.call_logged",
      actorId: agent.userId,
      detail: { number: String(ticket.number), callId: res.json().id, outcome: "answered" },
    });
  });

  it("customers cannot log or read calls; signed-out callers neither", async () => {
    const ticket = await buildTicket(ctx, { userId: ann.userId, email: ann.email });
    expect((await logCall(ann, ticket.id)).statusCode).toBe(403);
    expect((await listCalls(ann, ticket.id)).statusCode).toBe(403);
    expect((await logCall({ auth: {} }, ticket.id)).statusCode).toBe(401);
    expect((await listCalls(agent, ticket.id)).json().data).toEqual([]);
  });

  it("follows the console's rules: closed tickets take no calls, compliance tickets only from compliance", async () => {
    const closed = await buildTicket(ctx, { userId: ann.userId, email: ann.email }, { status: "closed" });
    const refused = await logCall(agent, closed.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("ticket_closed");

    const held = await buildTicket(
      ctx,
      { userId: ann.userId, email: ann.email },
      { group_key: "compliance" },
    );
    expect((await logCall(agent, held.id)).statusCode).toBe(403);
    expect((await logCall(officer, held.id)).statusCode).toBe(201);
    expect((await logCall(agent, "tkt_nope")).statusCode).toBe(404);
  });

  it("checks what is sent: a real number, a known outcome, no start in the future", async () => {
    const ticket = await buildTicket(ctx, { userId: ann.userId, email: ann.email });
    for (const bad of [
      { ...call, phone: "call me" },
      { ...call, outcome: "ringing" },
      { ...call, durationSeconds: -1 },
      { ...call, startedAt: new Date(ctx.clock.now().getTime() + 3_600_000).toISOString() },
    ]) {
      const res = await logCall(agent, ticket.id, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().code).toBe("validation_failed");
    }
    const earlier = new Date(ctx.clock.now().getTime() - 3_600_000).toISOString();
    const res = await logCall(agent, ticket.id, { ...call, startedAt: earlier, notes: undefined });
    expect(res.json()).toMatchObject({ startedAt: earlier, notes: "" });
  });

  it("documents every phone route in the OpenAPI document", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const routes: [string, string][] = [
      ["/api/v1/agent/tickets/{id}/calls", "post"],
      ["/api/v1/agent/tickets/{id}/calls", "get"],
      ["/api/v1/support/callbacks/slots", "get"],
      ["/api/v1/support/callbacks", "post"],
      ["/api/v1/support/callbacks", "get"],
      ["/api/v1/support/callbacks/{id}/cancel", "post"],
      ["/api/v1/agent/callbacks", "get"],
      ["/api/v1/agent/callbacks/{id}", "post"],
      ["/api/v1/channels/voice/webhook", "post"],
    ];
    for (const [path, method] of routes) {
      const operation = doc.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(operation.summary.length).toBeGreaterThan(10);
      expect(operation.tags.length).toBe(1);
    }
    expect(doc.paths["/api/v1/support/contact-options"].get.responses["200"].content).toBeDefined();
  });

  it("lists calls newest first, a page at a time", async () => {
    const ticket = await buildTicket(ctx, { userId: ann.userId, email: ann.email });
    for (let i = 0; i < 3; i += 1) {
      const startedAt = new Date(ctx.clock.now().getTime() - (3 - i) * 60_000).toISOString();
      await logCall(agent, ticket.id, { ...call, durationSeconds: i, startedAt });
    }
    const first = (await listCalls(agent, ticket.id, "?limit=2")).json();
    expect(first.data.map((c: { durationSeconds: number }) => c.durationSeconds)).toEqual([2, 1]);
    const second = (await listCalls(agent, ticket.id, `?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ data: [{ durationSeconds: 0 }], nextCursor: null });
    expect((await listCalls(agent, ticket.id, "?cursor=nonsense")).statusCode).toBe(400);
    const nul = Buffer.from(JSON.stringify([new Date().toISOString(), "cal\u0000"])).toString("base64url");
    expect((await listCalls(agent, ticket.id, `?cursor=${nul}`)).statusCode).toBe(400);
    expect((await listCalls(agent, "tkt%00", "")).statusCode).toBe(400);
  });
});
