import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTicket, type Staff, staffAuth } from "../../../test/support-helpers-console.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../test/wallet-helpers.js";

describe(`merging tickets, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let ann: Customer;
  let bob: Customer;

  const call = (who: Staff | Customer, method: "GET" | "PATCH" | "POST", url: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: who.auth, ...(payload ? { payload } : {}) });
  const merge = (from: string, into: string) =>
    call(agent, "POST", `/agent/tickets/${from}/merge`, { intoTicketId: into });
  const detail = async (id: string) => (await call(agent, "GET", `/agent/tickets/${id}`)).json();

  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await staffAuth(ctx, "agent");
    ann = await buildCustomer(ctx, { USD: "20.00" }, "Ann Lee");
    bob = await buildCustomer(ctx, {}, "Bob Wu");
  });
  afterAll(() => ctx.close());

  it("closes the source with a note on both sides; messages stay, transactions move along", async () => {
    const source = await buildTicket(ctx, ann, { description: "My deposit of 20 USD is missing" });
    const target = await buildTicket(ctx, ann, { status: "open", description: "Deposit still not there" });
    const tx = ((await call(ann, "GET", "/transactions")).json().data as { id: string }[])[0]?.id ?? "";
    const linked = await call(agent, "POST", `/agent/tickets/${source.id}/transactions`, {
      transactionIds: [tx],
    });
    expect(linked.statusCode, linked.body).toBe(200);

    const res = await merge(source.id, target.id);
    expect(res.statusCode, res.body).toBe(200);
    const into = res.json();
    expect(into).toMatchObject({ id: target.id, status: "open", mergedInto: null });
    expect(into.merged).toEqual([{ id: source.id, number: String(source.number) }]);
    expect(into.transactions.map((t: { id: string }) => t.id)).toEqual([tx]);
    expect(into.messages.map((m: { authorType: string; body: string }) => [m.authorType, m.body])).toEqual([
      ["customer", "Deposit still not there"],
      ["system", `Request #${source.number} was merged into this one.`],
    ]);
    expect(into.events.at(-1)).toMatchObject({ kind: "merged_from", detail: { id: source.id } });

    const from = await detail(source.id);
    expect(from).toMatchObject({
      status: "closed",
      mergedInto: { id: target.id, number: String(target.number) },
    });
    expect(from.messages.map((m: { authorType: string; body: string }) => [m.authorType, m.body])).toEqual([
      ["customer", "My deposit of 20 USD is missing"],
      ["system", `This request was merged into #${target.number}; we continue there.`],
    ]);
    expect(from.transactions.map((t: { id: string }) => t.id)).toEqual([tx]);

    const audit = await ctx.services.audit.list({ targetType: "ticket", targetId: source.id });
    expect(audit.map((e) => e.action)).toEqual(["ticket.merged", "ticket.transactions_linked"]);
    expect(audit[0]).toMatchObject({ actorId: agent.userId, actorLabel: agent.email });

    // The merged ticket takes nothing more and leaves the default queue.
    const reply = await call(agent, "POST", `/agent/tickets/${source.id}/replies`, { body: "hello" });
    expect(reply.statusCode).toBe(409);
    expect(reply.json().code).toBe("ticket_merged");
    expect(reply.json().detail).toContain(`#${target.number}`);
    const all = await call(agent, "GET", "/agent/tickets?view=all&limit=100");
    expect(all.json().data.map((r: { id: string }) => r.id)).not.toContain(source.id);
  });

  it("refuses another customer's ticket, the ticket itself, a closed or merged target", async () => {
    const mine = await buildTicket(ctx, ann);
    const theirs = await buildTicket(ctx, bob);
    const closed = await buildTicket(ctx, ann, { status: "closed", closed_at: new Date() });
    const gone = await buildTicket(ctx, ann);
    const kept = await buildTicket(ctx, ann);
    expect((await merge(gone.id, kept.id)).statusCode).toBe(200);

    for (const [from, into] of [
      [mine.id, theirs.id],
      [theirs.id, mine.id],
      [mine.id, mine.id],
      [mine.id, closed.id],
      [mine.id, gone.id],
    ] as const) {
      const res = await merge(from, into);
      expect(res.statusCode, `${from} → ${into}`).toBe(409);
      expect(res.json().code).toBe("ticket_merge_invalid");
    }
    const again = await merge(gone.id, mine.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("ticket_merged");
    const fromClosed = await merge(closed.id, mine.id);
    expect(fromClosed.json().code).toBe("ticket_closed");
    expect((await merge(mine.id, "tkt_nothing")).statusCode).toBe(404);
    // Nothing refused left a trace.
    expect(await ctx.services.audit.list({ targetType: "ticket", targetId: mine.id })).toEqual([]);
    expect((await detail(mine.id)).status).toBe("new");
  });

  it("never merges an account's ticket with a guest's, whatever address the guest typed", async () => {
    const guest = await buildTicket(
      ctx,
      { userId: null, email: ann.email.toUpperCase() },
      { guest_verified_at: ctx.platform.clock.now() },
    );
    const own = await buildTicket(ctx, ann);
    const tx = ((await call(ann, "GET", "/transactions")).json().data as { id: string }[])[0]?.id ?? "";
    expect(
      (await call(agent, "POST", `/agent/tickets/${own.id}/transactions`, { transactionIds: [tx] }))
        .statusCode,
    ).toBe(200);
    for (const [from, into] of [
      [guest.id, own.id],
      [own.id, guest.id],
    ] as const) {
      const res = await merge(from, into);
      expect(res.statusCode, `${from} → ${into}`).toBe(409);
      expect(res.json().code).toBe("ticket_merge_invalid");
    }
    // The account's transactions stay off the guest's ticket.
    expect((await detail(guest.id)).transactions).toEqual([]);
    expect((await detail(own.id)).status).toBe("new");
  });

  it("merges two guest tickets from the same address (any case), never carrying transactions over", async () => {
    const address = `guest-${Date.now()}@example.test`;
    const first = await buildTicket(
      ctx,
      { userId: null, email: address },
      { guest_verified_at: ctx.platform.clock.now() },
    );
    const second = await buildTicket(
      ctx,
      { userId: null, email: address.toUpperCase() },
      { guest_verified_at: ctx.platform.clock.now() },
    );
    // Say a snapshot ended up on a guest ticket by whatever path: the merge does not copy it on.
    const tx = ((await call(ann, "GET", "/transactions")).json().data as { id: string }[])[0]?.id ?? "";
    await ctx.platform.db
      .insertInto("support_ticket_transactions")
      .values({
        ticket_id: first.id,
        transaction_id: tx,
        snapshot: "{}",
        linked_by: agent.userId,
        created_at: ctx.platform.clock.now(),
      })
      .execute();
    const res = await merge(first.id, second.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().transactions).toEqual([]);
    const stranger = await buildTicket(
      ctx,
      { userId: null, email: "someone-else@example.test" },
      { guest_verified_at: ctx.platform.clock.now() },
    );
    expect((await merge(stranger.id, second.id)).json().code).toBe("ticket_merge_invalid");
  });

  it("two agents merging crosswise at once: one wins, the other is refused, no deadlock", async () => {
    const a = await buildTicket(ctx, bob);
    const b = await buildTicket(ctx, bob);
    const [one, two] = await Promise.all([merge(a.id, b.id), merge(b.id, a.id)]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 409]);
    const rows = await ctx.platform.db
      .selectFrom("support_tickets")
      .select(["id", "status", "merged_into_id"])
      .where("id", "in", [a.id, b.id])
      .execute();
    expect(rows.filter((r) => r.merged_into_id !== null)).toHaveLength(1);
    expect(rows.filter((r) => r.status === "closed")).toHaveLength(1);
  });
});
