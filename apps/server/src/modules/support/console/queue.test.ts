import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildTicket,
  type Staff,
  staffAuth,
  type TicketOverrides,
} from "../../../test/support-helpers-console.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../test/wallet-helpers.js";
import { addMessage, type TicketRow } from "../tickets/repository.js";

const HOUR = 60 * 60 * 1000;

describe(`agent queue views, filters and search, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let other: Staff;
  let ann: Customer;
  let bob: Customer;
  const t: Record<string, TicketRow> = {};

  /** A ticket with no SLA clock unless the test sets one (so only the chosen ones are due). */
  const make = (requester: Parameters<typeof buildTicket>[1], overrides: TicketOverrides = {}) =>
    buildTicket(ctx, requester, { first_response_due_at: null, resolution_due_at: null, ...overrides });

  const queue = async (query: string, who: Staff = agent) => {
    const res = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets?${query}`,
      headers: who.auth,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: { id: string; number: string }[]; nextCursor: string | null };
  };
  const ids = async (query: string, who: Staff = agent) =>
    new Set((await queue(query, who)).data.map((r) => r.id));
  const names = (...keys: string[]) => new Set(keys.map((k) => t[k]?.id));

  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await staffAuth(ctx, "agent");
    other = await staffAuth(ctx, "supervisor");
    ann = await buildCustomer(ctx, {}, "Ann Lee");
    bob = await buildCustomer(ctx, {}, "Bob Wu");
    const now = ctx.platform.clock.now();
    const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
    t.fresh = await make(ann, { category: "deposit", subject: "Deposit missing", created_at: at(-5) });
    t.mineOpen = await make(ann, {
      status: "open",
      assignee_id: agent.userId,
      priority: "high",
      category: "withdrawal",
      tags: JSON.stringify(["vip", "refund"]),
      created_at: at(-4),
    });
    t.othersPending = await make(bob, { status: "pending", assignee_id: other.userId, created_at: at(-3) });
    t.onHold = await make(bob, { status: "on_hold", created_at: at(-3) });
    t.solved = await make(bob, { status: "solved", solved_at: now, assignee_id: agent.userId });
    t.guestHidden = await make(
      { userId: null, email: "hidden-guest@example.test" },
      { subject: "Guest unverified" },
    );
    t.guestVerified = await make(
      { userId: null, email: "Verified.Guest@example.test", name: "Gus" },
      { guest_verified_at: now, subject: "Cannot sign in", category: "login_access" },
    );
    t.merged = await make(ann, { status: "closed", closed_at: now, merged_into_id: t.fresh.id });
    t.dueSoon = await make(bob, {
      first_response_due_at: at(1),
      resolution_due_at: at(30),
      created_at: at(-2),
    });
    t.breached = await make(bob, {
      status: "open",
      first_response_due_at: at(-1),
      resolution_due_at: at(10),
      created_at: at(-6),
    });
    t.holdUnanswered = await make(bob, { status: "on_hold", first_response_due_at: at(-0.5) });
    t.holdDue = await make(ann, { status: "on_hold", first_responded_at: now, resolution_due_at: at(0.5) });
    // Paused clocks and answered tickets are never late for a first response.
    t.pendingPast = await make(ann, {
      status: "pending",
      first_response_due_at: at(-3),
      resolution_due_at: at(-1),
      assignee_id: agent.userId,
    });
    t.answeredPast = await make(bob, {
      status: "open",
      first_responded_at: at(-2),
      first_response_due_at: at(-1),
      resolution_due_at: at(20),
    });
    await ctx.platform.db.transaction().execute(async (trx) => {
      await addMessage(trx, ctx.platform, {
        ticketId: t.onHold?.id ?? "",
        authorType: "customer",
        authorId: bob.userId,
        authorName: "Bob Wu",
        body: "The merchant said the zebracorn refund is on its way",
        at: now,
      });
      await addMessage(trx, ctx.platform, {
        ticketId: t.othersPending?.id ?? "",
        authorType: "agent",
        authorId: other.userId,
        authorName: "Sup",
        body: "Internal: checked the quokkabank ledger",
        internal: true,
        at: now,
      });
    });
  });
  afterAll(() => ctx.close());

  it("all: every ticket staff may see, never an unverified guest's, merged ones left out", async () => {
    const all = await ids("view=all&limit=100");
    expect(all).toEqual(
      names(
        "fresh",
        "mineOpen",
        "othersPending",
        "onHold",
        "solved",
        "guestVerified",
        "dueSoon",
        "breached",
        "holdUnanswered",
        "holdDue",
        "pendingPast",
        "answeredPast",
      ),
    );
    expect(all.has(t.guestHidden?.id ?? "")).toBe(false);
    // Closed ones on request show the merged ticket too; the unverified guest stays hidden.
    expect(await ids("view=all&status=closed")).toEqual(names("merged"));
  });

  it("the views: unassigned, mine, open, due soon and breached", async () => {
    expect(await ids("view=unassigned&limit=100")).toEqual(
      names("fresh", "guestVerified", "dueSoon", "breached", "answeredPast"),
    );
    expect(await ids("view=mine")).toEqual(names("mineOpen", "pendingPast"));
    expect(await ids("view=mine", other)).toEqual(names("othersPending"));
    expect(await ids("view=open&limit=100")).toEqual(
      names("fresh", "mineOpen", "guestVerified", "dueSoon", "breached", "answeredPast"),
    );
    const dueSoon = await queue("view=due_soon");
    // Nearest deadline first: the on-hold resolution in 30 minutes, then the first response in an hour.
    expect(dueSoon.data.map((r) => r.id)).toEqual([t.holdDue?.id, t.dueSoon?.id]);
    expect(await ids("view=breached")).toEqual(names("breached", "holdUnanswered"));
  });

  it("the counts match the views", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/agent/tickets/counts",
      headers: agent.auth,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      unassigned: 5,
      mine: 2,
      open: 6,
      dueSoon: 2,
      breached: 2,
      pending: 2,
      onHold: 3,
    });
  });

  it("filters: status, priority, category, channel, group, assignee, tag", async () => {
    expect(await ids("status=pending,on_hold")).toEqual(
      names("othersPending", "onHold", "holdUnanswered", "holdDue", "pendingPast"),
    );
    expect(await ids("priority=high")).toEqual(names("mineOpen"));
    expect(await ids("category=withdrawal,login_access")).toEqual(names("mineOpen", "guestVerified"));
    expect((await ids("channel=web&limit=100")).size).toBe(12);
    expect((await ids("channel=email")).size).toBe(0);
    expect((await ids(`group=${t.fresh?.group_key}&limit=100`)).has(t.fresh?.id ?? "")).toBe(true);
    expect((await ids("group=nowhere")).size).toBe(0);
    expect(await ids("assignee=me")).toEqual(names("mineOpen", "solved", "pendingPast"));
    expect(await ids(`assignee=${other.userId}`)).toEqual(names("othersPending"));
    expect((await ids("assignee=none&limit=100")).has(t.mineOpen?.id ?? "")).toBe(false);
    expect(await ids("tag=vip")).toEqual(names("mineOpen"));
    expect(await ids("tag=VIP")).toEqual(new Set());
    expect(await ids("view=open&priority=high&tag=refund")).toEqual(names("mineOpen"));
  });

  it("search by #number, email, name, subject and message text (internal notes too)", async () => {
    expect(await ids(`q=${encodeURIComponent(`#${t.fresh?.number}`)}`)).toEqual(names("fresh"));
    expect(await ids(`q=${t.breached?.number}`)).toEqual(names("breached"));
    // A merged ticket is found by its number (agents follow the customer's old reference).
    expect(await ids(`q=${encodeURIComponent(`#${t.merged?.number}`)}`)).toEqual(names("merged"));
    const anns = await ids(`q=${encodeURIComponent(ann.email)}&limit=100`);
    expect(anns).toEqual(names("fresh", "mineOpen", "holdDue", "pendingPast"));
    expect(await ids("q=verified.guest%40EXAMPLE")).toEqual(names("guestVerified"));
    expect(await ids("q=hidden-guest")).toEqual(new Set());
    expect(await ids("q=gus")).toEqual(names("guestVerified"));
    expect(await ids("q=deposit%20MISSING")).toEqual(names("fresh"));
    expect(await ids("q=zebracorn")).toEqual(names("onHold"));
    expect(await ids("q=quokkabank")).toEqual(names("othersPending"));
    // Wildcards are literal: nothing has a % or an underscore in it.
    expect(await ids("q=%25")).toEqual(new Set());
    expect(await ids("q=_")).toEqual(new Set());
    expect(await ids("q=%5C")).toEqual(new Set());
    expect(await ids("q=zebracorn&status=open")).toEqual(new Set());
  });

  it("a customer gets 403 on every console route", async () => {
    const id = t.fresh?.id ?? "";
    const routes: [string, string, unknown][] = [
      ["GET", "/api/v1/agent/tickets", undefined],
      ["GET", "/api/v1/agent/tickets/counts", undefined],
      ["GET", `/api/v1/agent/tickets/${id}`, undefined],
      ["PATCH", `/api/v1/agent/tickets/${id}`, { status: "solved" }],
      ["POST", `/api/v1/agent/tickets/${id}/replies`, { body: "hello" }],
      ["POST", `/api/v1/agent/tickets/${id}/merge`, { intoTicketId: t.mineOpen?.id }],
      ["POST", `/api/v1/agent/tickets/${id}/transactions`, { transactionIds: ["txn_x"] }],
    ];
    for (const [method, url, payload] of routes) {
      const res = await ctx.app.inject({
        method: method as "GET",
        url,
        headers: ann.auth,
        ...(payload ? { payload: payload as object } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().code).toBe("forbidden");
      const anonymous = await ctx.app.inject({ method: method as "GET", url });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("is in the API documentation", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const { paths } = res.json();
    const list = paths["/api/v1/agent/tickets"].get;
    expect(list.tags).toEqual(["Support console"]);
    expect(list.security).toEqual([{ bearerAuth: [] }]);
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["view", "status", "q", "cursor", "limit", "assignee", "tag"]),
    );
    for (const [path, method] of [
      ["/api/v1/agent/tickets/counts", "get"],
      ["/api/v1/agent/tickets/{id}", "get"],
      ["/api/v1/agent/tickets/{id}", "patch"],
      ["/api/v1/agent/tickets/{id}/replies", "post"],
      ["/api/v1/agent/tickets/{id}/merge", "post"],
      ["/api/v1/agent/tickets/{id}/transactions", "post"],
    ] as const) {
      expect(paths[path]?.[method]?.summary, `${method} ${path}`).toMatch(/^Console: /);
      expect(paths[path][method].tags).toEqual(["Support console"]);
    }
  });

  it("an unverified guest's ticket is not found by id either", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets/${t.guestHidden?.id}`,
      headers: agent.auth,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe("ticket_not_found");
  });

  it("a queue row has the requester, assignee, group, tags, SLA and last message", async () => {
    const { data } = await queue(`q=${t.mineOpen?.number}`);
    expect(data[0]).toMatchObject({
      id: t.mineOpen?.id,
      number: String(t.mineOpen?.number),
      status: "open",
      priority: "high",
      requester: { email: ann.email, userId: ann.userId },
      assignee: { id: agent.userId },
      tags: ["vip", "refund"],
      sla: { paused: false },
      unread: true,
    });
    expect((data[0] as unknown as { lastMessageAt: string }).lastMessageAt).toBe(
      t.mineOpen?.created_at.toISOString(),
    );
  });
});
