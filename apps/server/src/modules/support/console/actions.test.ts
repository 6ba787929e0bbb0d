import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import { buildTicket, type Staff, staffAuth } from "../../../test/support-helpers-console.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../test/wallet-helpers.js";
import type { SupportEvent } from "../live/index.js";

describe(`agent changes, replies and notes on a ticket, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let agent2: Staff;
  let supervisor: Staff;
  let officer: Staff;
  let ann: Customer;
  let bob: Customer;

  const call = (who: Staff | Customer, method: "GET" | "PATCH" | "POST", url: string, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who.auth,
      ...(payload ? { payload } : {}),
    });
  const detail = async (id: string, who: Staff = agent) => {
    const res = await call(who, "GET", `/agent/tickets/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const auditOf = async (ticketId: string) =>
    (await ctx.services.audit.list({ targetType: "ticket", targetId: ticketId })).reverse();
  const mailCount = async (to: string) => {
    await ctx.platform.outbox.drain();
    const res = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/dev/messages?to=${encodeURIComponent(to)}`,
    });
    return (res.json().data as unknown[]).length;
  };

  beforeAll(async () => {
    ctx = await buildTestApp();
    [agent, agent2, supervisor, officer] = await Promise.all([
      staffAuth(ctx, "agent"),
      staffAuth(ctx, "agent"),
      staffAuth(ctx, "supervisor"),
      staffAuth(ctx, "compliance"),
    ]);
    ann = await buildCustomer(ctx, { USD: "100.00" }, "Ann Lee");
    bob = await buildCustomer(ctx, { USD: "5.00" }, "Bob Wu");
    await ctx.platform.db
      .insertInto("support_groups")
      .values({
        key: "compliance",
        name: JSON.stringify({ en: "Compliance", "zh-CN": "合规" }),
        categories: "[]",
        position: 9,
        created_at: ctx.platform.clock.now(),
      })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
  });
  afterAll(() => ctx.close());

  it("a public reply reaches the customer's view, an internal note never does", async () => {
    const ticket = await buildTicket(ctx, ann, { subject: "Where is my deposit" });
    const mailsBefore = await mailCount(ann.email);

    const note = await call(agent, "POST", `/agent/tickets/${ticket.id}/replies`, {
      body: "Internal: the bank batch runs at 16:00",
      internal: true,
    });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json()).toMatchObject({ authorType: "agent", internal: true });
    expect((await detail(ticket.id)).status).toBe("new");
    expect(await mailCount(ann.email)).toBe(mailsBefore);

    const reply = await call(agent, "POST", `/agent/tickets/${ticket.id}/replies`, {
      body: "Hello Ann,\nyour deposit arrives today.",
    });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json()).toMatchObject({
      authorType: "agent",
      internal: false,
      authorName: expect.stringMatching(/^Test User/),
    });

    const mine = await call(ann, "GET", `/tickets/${ticket.id}`);
    expect(mine.statusCode, mine.body).toBe(200);
    const bodies = (mine.json().messages as { body: string }[]).map((m) => m.body);
    expect(bodies).toContain("Hello Ann,\nyour deposit arrives today.");
    expect(bodies.some((b) => b.includes("bank batch"))).toBe(false);

    const after = await detail(ticket.id);
    expect(after.status).toBe("pending");
    expect(after.firstRespondedAt).toBe(ctx.platform.clock.now().toISOString());
    expect(after.messages.map((m: { internal: boolean }) => m.internal)).toEqual([false, true, false]);
    expect(after.events).toEqual([
      expect.objectContaining({
        kind: "status_changed",
        detail: expect.objectContaining({ from: "new", to: "pending" }),
      }),
    ]);

    const mail = await lastMessage(ctx, ann.email);
    expect(mail.subject).toContain(`#${ticket.number}`);
    expect(mail.text).not.toContain("deposit arrives today");
    expect((await auditOf(ticket.id)).map((e) => [e.action, e.actorLabel])).toEqual([
      ["ticket.note_added", agent.email],
      ["ticket.replied", agent.email],
    ]);
  });

  it("a verified guest is emailed a fresh link to read the reply, never the reply itself", async () => {
    const email = "guest-reader@example.test";
    const ticket = await buildTicket(
      ctx,
      { userId: null, email },
      { guest_verified_at: ctx.platform.clock.now() },
    );
    const res = await call(agent, "POST", `/agent/tickets/${ticket.id}/replies`, {
      body: "Please sign in again now.",
    });
    expect(res.statusCode, res.body).toBe(201);
    const mail = await lastMessage(ctx, email);
    expect(mail.subject).toContain(`#${ticket.number}`);
    expect(mail.text).toMatch(/\/support\/verify\?token=/);
    expect(mail.text).not.toContain("sign in again now");
  });

  it("a later reply keeps the first response; a status in the reply wins over the default", async () => {
    const ticket = await buildTicket(ctx, ann, {
      status: "open",
      first_responded_at: new Date("2026-11-25T10:00:00Z"),
    });
    const res = await call(agent, "POST", `/agent/tickets/${ticket.id}/replies`, {
      body: "Still checking",
      status: "on_hold",
    });
    expect(res.statusCode, res.body).toBe(201);
    const after = await detail(ticket.id);
    expect(after.status).toBe("on_hold");
    expect(after.firstRespondedAt).toBe("2026-11-25T10:00:00.000Z");
    // A note on an on-hold ticket leaves it where it is.
    await call(agent, "POST", `/agent/tickets/${ticket.id}/replies`, {
      body: "waiting on the bank",
      internal: true,
    });
    expect((await detail(ticket.id)).status).toBe("on_hold");
  });

  it("status changes leave events and audit entries; solving emails the customer; closed is final", async () => {
    const ticket = await buildTicket(ctx, ann, { status: "open" });
    const changed = await call(agent, "PATCH", `/agent/tickets/${ticket.id}`, {
      status: "on_hold",
      priority: "high",
      tags: ["Bank", "bank", " delay "],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ status: "on_hold", priority: "high", tags: ["bank", "delay"] });
    expect(
      changed
        .json()
        .events.map((e: { kind: string }) => e.kind)
        .sort(),
    ).toEqual(["priority_changed", "status_changed", "tags_changed"]);
    const [updated] = await auditOf(ticket.id);
    expect(updated).toMatchObject({
      action: "ticket.updated",
      actorId: agent.userId,
      actorLabel: agent.email,
    });
    expect(updated?.detail).toMatchObject({
      changes: { status: { from: "open", to: "on_hold" }, priority: { from: "normal", to: "high" } },
    });

    // Nothing to change: no event, no audit entry.
    const same = await call(agent, "PATCH", `/agent/tickets/${ticket.id}`, {
      status: "on_hold",
      tags: ["delay", "bank"],
    });
    expect(same.statusCode).toBe(200);
    expect(await auditOf(ticket.id)).toHaveLength(1);

    const solved = await call(agent, "PATCH", `/agent/tickets/${ticket.id}`, { status: "solved" });
    expect(solved.json().status).toBe("solved");
    const row = await ctx.platform.db
      .selectFrom("support_tickets")
      .selectAll()
      .where("id", "=", ticket.id)
      .executeTakeFirstOrThrow();
    expect(row.solved_at?.toISOString()).toBe(ctx.platform.clock.now().toISOString());
    const mail = await lastMessage(ctx, ann.email);
    expect(mail.subject).toContain(`#${ticket.number}`);
    expect(mail.subject).toMatch(/solved/i);

    ctx.clock.advance(60_000);
    const closed = await call(supervisor, "PATCH", `/agent/tickets/${ticket.id}`, { status: "closed" });
    expect(closed.json().status).toBe("closed");
    const closedRow = await ctx.platform.db
      .selectFrom("support_tickets")
      .selectAll()
      .where("id", "=", ticket.id)
      .executeTakeFirstOrThrow();
    expect(closedRow.closed_at?.toISOString()).toBe(ctx.platform.clock.now().toISOString());
    expect(closedRow.solved_at).toEqual(row.solved_at);

    for (const res of [
      await call(agent, "PATCH", `/agent/tickets/${ticket.id}`, { status: "open" }),
      await call(agent, "POST", `/agent/tickets/${ticket.id}/replies`, { body: "one more thing" }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe("ticket_closed");
    }
    expect((await auditOf(ticket.id)).map((e) => e.action)).toEqual([
      "ticket.updated",
      "ticket.updated",
      "ticket.updated",
    ]);
  });

  it("assigns to eligible staff only, unassigns with null, refuses unknown groups", async () => {
    const ticket = await buildTicket(ctx, bob);
    const assigned = await call(agent, "PATCH", `/agent/tickets/${ticket.id}`, { assigneeId: agent2.userId });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json().assignee).toMatchObject({
      id: agent2.userId,
      name: expect.stringMatching(/^Test User/),
    });
    expect(assigned.json().events.at(-1)).toMatchObject({
      kind: "assignee_changed",
      actor: { id: agent.userId },
      detail: { from: null, to: agent2.userId },
    });
    const mine = await call(agent2, "GET", "/agent/tickets?view=mine");
    expect(mine.json().data.map((r: { id: string }) => r.id)).toContain(ticket.id);

    const customer = await call(agent, "PATCH", `/agent/tickets/${ticket.id}`, { assigneeId: bob.userId });
    expect(customer.statusCode).toBe(422);
    expect(customer.json().code).toBe("assignee_not_eligible");

    const group = await call(agent, "PATCH", `/agent/tickets/${ticket.id}`, { groupKey: "nowhere" });
    expect(group.statusCode).toBe(422);
    expect(group.json().code).toBe("support_group_not_found");

    const off = await call(agent, "PATCH", `/agent/tickets/${ticket.id}`, { assigneeId: null });
    expect(off.json().assignee).toBeNull();
    expect((await auditOf(ticket.id)).map((e) => e.action)).toEqual(["ticket.updated", "ticket.updated"]);
  });

  it("agents read compliance tickets but cannot act on them; officers and supervisors can", async () => {
    const ticket = await buildTicket(ctx, bob, { group_key: "compliance", status: "open" });
    expect((await detail(ticket.id)).group).toBe("compliance");
    for (const res of [
      await call(agent, "PATCH", `/agent/tickets/${ticket.id}`, { priority: "urgent" }),
      await call(agent, "POST", `/agent/tickets/${ticket.id}/replies`, { body: "hi", internal: true }),
      await call(agent, "POST", `/agent/tickets/${ticket.id}/transactions`, { transactionIds: ["txn_x"] }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe("forbidden");
    }
    const note = await call(officer, "POST", `/agent/tickets/${ticket.id}/replies`, {
      body: "Holding for review",
      internal: true,
    });
    expect(note.statusCode, note.body).toBe(201);
    const patch = await call(supervisor, "PATCH", `/agent/tickets/${ticket.id}`, { priority: "urgent" });
    expect(patch.statusCode, patch.body).toBe(200);
    expect((await auditOf(ticket.id)).map((e) => [e.action, e.actorId])).toEqual([
      ["ticket.note_added", officer.userId],
      ["ticket.updated", supervisor.userId],
    ]);
  });

  it("links the requester's own transactions; another customer's or a guest's ticket is refused", async () => {
    const txOf = async (c: Customer) =>
      ((await call(c, "GET", "/transactions")).json().data as { id: string }[])[0]?.id ?? "";
    const [annTx, bobTx] = [await txOf(ann), await txOf(bob)];
    const ticket = await buildTicket(ctx, ann);
    const linked = await call(agent, "POST", `/agent/tickets/${ticket.id}/transactions`, {
      transactionIds: [annTx],
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().transactions).toEqual([
      expect.objectContaining({
        id: annTx,
        amount: "100.00",
        currency: "USD",
        type: "deposit",
        linkedBy: agent.userId,
      }),
    ]);
    expect(linked.json().events.at(-1)).toMatchObject({ kind: "transactions_linked" });

    for (const ids of [[bobTx], [annTx, bobTx], ["txn_nothing"]]) {
      const res = await call(agent, "POST", `/agent/tickets/${ticket.id}/transactions`, {
        transactionIds: ids,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe("ticket_transaction_not_found");
    }
    const guest = await buildTicket(
      ctx,
      { userId: null, email: ann.email },
      { guest_verified_at: new Date() },
    );
    const res = await call(agent, "POST", `/agent/tickets/${guest.id}/transactions`, {
      transactionIds: [annTx],
    });
    expect(res.statusCode).toBe(422);

    // Linking again changes nothing and records nothing more.
    await call(agent, "POST", `/agent/tickets/${ticket.id}/transactions`, { transactionIds: [annTx] });
    expect((await auditOf(ticket.id)).map((e) => e.action)).toEqual(["ticket.transactions_linked"]);
  });

  it("attachments: the agent's own unused uploads only", async () => {
    const ticket = await buildTicket(ctx, ann, { status: "open" });
    const upload = async (uploader: string) => {
      const id = ctx.platform.ids.next("ticketAttachment");
      await ctx.platform.db
        .insertInto("support_attachments")
        .values({
          id,
          uploader_user_id: uploader,
          filename: "screen.png",
          content_type: "image/png",
          size: 1234,
          storage_key: `test/${id}`,
          created_at: ctx.platform.clock.now(),
        })
        .execute();
      return id;
    };
    const own = await upload(agent.userId);
    const res = await call(agent, "POST", `/agent/tickets/${ticket.id}/replies`, {
      body: "See the screenshot",
      attachmentIds: [own],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().attachments).toEqual([
      { id: own, filename: "screen.png", contentType: "image/png", size: 1234 },
    ]);
    for (const ids of [[own], [await upload(agent2.userId)], ["tka_nothing"]]) {
      const again = await call(agent, "POST", `/agent/tickets/${ticket.id}/replies`, {
        body: "again",
        attachmentIds: ids,
      });
      expect(again.statusCode).toBe(404);
      expect(again.json().code).toBe("ticket_attachment_not_found");
    }
  });

  it("open consoles hear about replies and changes once committed, never about refused ones", async () => {
    const heard: SupportEvent[] = [];
    const stop = ctx.services.support.deps.live.listen((event) => heard.push(event));
    try {
      const ticket = await buildTicket(ctx, bob, { status: "open" });
      const refused = await call(agent, "PATCH", `/agent/tickets/${ticket.id}`, { groupKey: "nowhere" });
      expect(refused.statusCode).toBe(422);
      const reply = await call(agent, "POST", `/agent/tickets/${ticket.id}/replies`, {
        body: "Done",
        status: "solved",
      });
      const messageId = reply.json().id as string;
      await vi.waitFor(() =>
        expect(heard.filter((e) => "ticketId" in e && e.ticketId === ticket.id)).toEqual([
          { type: "message.created", ticketId: ticket.id, messageId, internal: false, authorType: "agent" },
          { type: "ticket.updated", ticketId: ticket.id },
        ]),
      );
    } finally {
      stop();
    }
  });
});
