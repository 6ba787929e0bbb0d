import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Staff, staffAuth } from "../../../../test/support-helpers-console.js";
import { customerWithPhone } from "../../../../test/support-helpers-phone.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../../test/wallet-helpers.js";

// The test clock starts on Thursday 26 November 2026, 18:00 in Shanghai: the desk (Monday to
// Friday, 09:00–18:00, Asia/Shanghai) has just closed. Friday 09:00 there is 01:00 UTC.
const THURSDAY_CLOSING = "2026-11-26T10:00:00.000Z";
const FRIDAY_0900 = "2026-11-27T01:00:00.000Z";
const FRIDAY_0930 = "2026-11-27T01:30:00.000Z";
const FRIDAY_1000 = "2026-11-27T02:00:00.000Z";
const MONDAY_0900 = "2026-11-30T01:00:00.000Z";

type Who = { auth: Record<string, string> };

describe(`callbacks, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let supervisor: Staff;
  let phoebe: Customer & { phone: string };

  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await staffAuth(ctx, "agent");
    supervisor = await staffAuth(ctx, "supervisor");
    phoebe = await customerWithPhone(ctx, "+8613900000001");
  });
  afterAll(async () => {
    await ctx.close();
  });

  const slots = (who: Who, query = "") =>
    ctx.app.inject({ method: "GET", url: `/api/v1/support/callbacks/slots${query}`, headers: who.auth });
  const book = (who: Who, payload: object) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/support/callbacks", headers: who.auth, payload });
  const mine = (who: Who) =>
    ctx.app.inject({ method: "GET", url: "/api/v1/support/callbacks", headers: who.auth });
  const cancel = (who: Who, id: string) =>
    ctx.app.inject({ method: "POST", url: `/api/v1/support/callbacks/${id}/cancel`, headers: who.auth });
  const queue = (who: Who, query = "") =>
    ctx.app.inject({ method: "GET", url: `/api/v1/agent/callbacks${query}`, headers: who.auth });
  const settle = (who: Who, id: string, payload: object) =>
    ctx.app.inject({ method: "POST", url: `/api/v1/agent/callbacks/${id}`, headers: who.auth, payload });
  /** The mail with that subject sent to an address (the newest one, once the outbox has run). */
  const mailTo = async (to: string, subject: string) => {
    await ctx.platform.outbox.drain();
    const res = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/dev/messages?to=${encodeURIComponent(to)}`,
    });
    const found = (res.json().data as { subject: string; text: string }[]).find((m) => m.subject === subject);
    if (!found) throw new Error(`no "${subject}" to ${to}: ${res.body}`);
    return found;
  };
  const starts = (res: { json(): { slots: { start: string }[] } }) => res.json().slots.map((s) => s.start);

  it("the contact page lists the phone lines in the reader's language, and callbacks while the channel is on", async () => {
    const options = (language: string) =>
      ctx.app.inject({
        method: "GET",
        url: "/api/v1/support/contact-options",
        headers: { "accept-language": language },
      });
    expect((await options("zh-CN")).json().phone).toEqual({
      lines: [
        {
          label: "客服热线（中国大陆）",
          number: "+864001234567",
          hours: "周一至周五 09:00–18:00（北京时间）",
        },
        { label: "国际热线", number: "+85230012345", hours: "周一至周五 09:00–18:00（北京时间）" },
      ],
      callbacks: true,
    });
    expect((await options("en")).json().phone.lines[1]).toEqual({
      label: "International",
      number: "+85230012345",
      hours: "Mon–Fri 09:00–18:00 (China time)",
    });
    await ctx.platform.db
      .insertInto("support_channel_settings")
      .values({
        channel: "phone",
        enabled: false,
        settings: "{}",
        secrets: "{}",
        updated_at: ctx.clock.now(),
      })
      .onConflict((oc) => oc.column("channel").doUpdateSet({ enabled: false }))
      .execute();
    try {
      expect((await options("en")).json().phone).toEqual({ lines: [], callbacks: false });
    } finally {
      await ctx.platform.db.updateTable("support_channel_settings").set({ enabled: true }).execute();
    }
  });

  describe("slots", () => {
    it("are the calendar's open half hours of the next seven days, none begun", async () => {
      ctx.clock.set(THURSDAY_CLOSING);
      const res = await slots(phoebe);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ timeZone: "Asia/Shanghai", slotMinutes: 30, perSlot: 4, days: 7 });
      // Friday, Monday, Tuesday, Wednesday: 18 half hours each; Thursday has closed, the weekend is shut.
      expect(body.slots).toHaveLength(72);
      expect(body.slots[0]).toEqual({ start: FRIDAY_0900, end: FRIDAY_0930, remaining: 4 });
      expect(starts(res)).toContain("2026-11-27T09:30:00.000Z"); // Friday 17:30–18:00
      expect(starts(res)).not.toContain("2026-11-27T10:00:00.000Z");
      expect(starts(res)[18]).toBe(MONDAY_0900);
      expect(starts(res).at(-1)).toBe("2026-12-02T09:30:00.000Z");
      expect((await slots(phoebe, "?date=2026-11-28")).json().slots).toEqual([]);
      expect(starts(await slots(phoebe, "?date=2026-11-30"))).toHaveLength(18);

      // Friday 10:10 in Shanghai: the 10:00 slot has begun, 10:30 is the first left.
      ctx.clock.set("2026-11-27T02:10:00.000Z");
      expect(starts(await slots(phoebe))[0]).toBe("2026-11-27T02:30:00.000Z");
      ctx.clock.set(THURSDAY_CLOSING);
    });

    it("leave out holidays and follow changed opening hours", async () => {
      const { deps } = ctx.services.support;
      await ctx.platform.db
        .insertInto("support_holidays")
        .values({
          day: "2026-11-30",
          name: JSON.stringify({ en: "Test holiday", "zh-CN": "测试假日" }),
          created_at: ctx.clock.now(),
        })
        .execute();
      await ctx.platform.db
        .updateTable("support_calendar")
        .set({ hours: JSON.stringify([null, null, null, null, null, { open: 600, close: 660 }, null]) })
        .execute();
      deps.sla.invalidate();
      try {
        // Friday 10:00–11:00 only, Monday a holiday: two slots this week.
        expect(starts(await slots(phoebe))).toEqual([FRIDAY_1000, "2026-11-27T02:30:00.000Z"]);
      } finally {
        await ctx.platform.db.deleteFrom("support_holidays").where("day", "=", "2026-11-30").execute();
        await ctx.platform.db
          .updateTable("support_calendar")
          .set({
            hours: JSON.stringify([null, ...Array(5).fill({ open: 540, close: 1080 }), null]),
          })
          .execute();
        deps.sla.invalidate();
      }
      expect((await slots(phoebe)).json().slots).toHaveLength(72);
    });

    it("are for signed-in customers", async () => {
      expect((await slots({ auth: {} })).statusCode).toBe(401);
      expect((await slots(agent)).statusCode).toBe(403);
      expect((await slots(phoebe, "?date=tomorrow")).statusCode).toBe(400);
    });
  });

  it("a request opens a phone ticket for the customer, confirms by email and lists among theirs", async () => {
    ctx.clock.set(THURSDAY_CLOSING);
    const res = await book(phoebe, { slotStart: FRIDAY_0900, note: "Question about my card limit" });
    expect(res.statusCode, res.body).toBe(201);
    const callback = res.json();
    expect(callback).toMatchObject({
      status: "requested",
      slotStart: FRIDAY_0900,
      slotEnd: FRIDAY_0930,
      phone: phoebe.phone,
      note: "Question about my card limit",
      cancellable: true,
    });

    const ticket = await ctx.platform.db
      .selectFrom("support_tickets")
      .selectAll()
      .where("id", "=", callback.ticket.id)
      .executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ user_id: phoebe.userId, channel: "phone", category: "other" });
    expect(String(ticket.number)).toBe(callback.ticket.number);
    const messages = await ctx.platform.db
      .selectFrom("support_messages")
      .select(["body", "channel"])
      .where("ticket_id", "=", ticket.id)
      .execute();
    expect(messages).toEqual([
      {
        channel: "phone",
        body: `Callback requested for Fri 27 Nov 09:00–09:30 (Asia/Shanghai) on ${phoebe.phone}.\n\nQuestion about my card limit`,
      },
    ]);

    // Agents find it in the queue like any ticket.
    const inQueue = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/agent/tickets?channel=phone",
      headers: agent.auth,
    });
    expect(inQueue.json().data.map((t: { id: string }) => t.id)).toContain(ticket.id);

    const mail = await mailTo(phoebe.email, "We will call you back: Fri 27 Nov 09:00–09:30 (Asia/Shanghai)");
    expect(mail.text).toContain(`Satchel support will call you on ${phoebe.phone}`);
    expect(mail.text).toContain(`#${ticket.number}`);

    const list = await mine(phoebe);
    expect(list.json()).toEqual({ data: [callback], nextCursor: null });
    expect((await slots(phoebe)).json().slots[0]).toMatchObject({ start: FRIDAY_0900, remaining: 3 });

    // A second request goes to the same open phone ticket.
    const second = await book(phoebe, { slotStart: MONDAY_0900 });
    expect(second.json().ticket.id).toBe(ticket.id);
  });

  it("refuses times that are not open slots, and needs a phone number", async () => {
    ctx.clock.set(THURSDAY_CLOSING);
    const noPhone = await buildCustomer(ctx, {}, "Nora Nophone");
    for (const slotStart of [
      "2026-11-27T01:10:00.000Z", // not on the half hour
      "2026-11-28T02:00:00.000Z", // Saturday
      "2026-11-26T09:00:00.000Z", // today, already past
      "2026-12-04T01:00:00.000Z", // beyond the seven days
    ]) {
      const res = await book(noPhone, { slotStart, phone: "+8613900000099" });
      expect(res.statusCode, slotStart).toBe(422);
      expect(res.json().code).toBe("callback_slot_invalid");
    }
    const missing = await book(noPhone, { slotStart: FRIDAY_1000 });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe("phone_required");
    expect((await book(noPhone, { slotStart: FRIDAY_1000, phone: "12345" })).statusCode).toBe(400);

    // With a number given, the ticket is still the account's (recognised by its verified email).
    const given = await book(noPhone, { slotStart: FRIDAY_1000, phone: "+86 139 0000 0099" });
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json().phone).toBe("+8613900000099");
    const owner = await ctx.platform.db
      .selectFrom("support_tickets")
      .select("user_id")
      .where("id", "=", given.json().ticket.id)
      .executeTakeFirstOrThrow();
    expect(owner.user_id).toBe(noPhone.userId);

    expect((await book(agent, { slotStart: FRIDAY_1000, phone: "+8613900000099" })).statusCode).toBe(403);
  });

  it("a slot takes four callbacks; a customer holds three at most; cancelling frees both", async () => {
    ctx.clock.set(THURSDAY_CLOSING);
    const slot = "2026-11-27T03:00:00.000Z";
    const customers: Customer[] = [];
    // One after another: each confirms its email from the mailbox the others also fill.
    for (const i of [1, 2, 3, 4, 5]) customers.push(await customerWithPhone(ctx, `+861390000010${i}`));
    // Five at once for four places: exactly one is turned away.
    const answers = await Promise.all(customers.map((customer) => book(customer, { slotStart: slot })));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 201, 409]);
    const full = answers.find((r) => r.statusCode === 409);
    expect(full?.json().code).toBe("callback_slot_full");
    const turnedAway = customers[answers.indexOf(full as (typeof answers)[number])] as Customer;
    const booked = answers.flatMap((r, i) =>
      r.statusCode === 201 ? [{ who: customers[i] as Customer, id: r.json().id as string }] : [],
    );
    expect(starts(await slots(phoebe))).not.toContain(slot);

    const [first, second] = booked as [(typeof booked)[number], (typeof booked)[number]];
    expect((await cancel(second.who, first.id)).statusCode).toBe(404);
    const cancelled = await cancel(first.who, first.id);
    expect(cancelled.json()).toMatchObject({ status: "cancelled", cancellable: false });
    expect((await cancel(first.who, first.id)).json().code).toBe("callback_closed");
    expect((await book(turnedAway, { slotStart: slot })).statusCode).toBe(201);

    for (const start of ["2026-11-27T04:00:00.000Z", "2026-11-27T04:30:00.000Z", "2026-11-27T05:00:00.000Z"])
      expect((await book(first.who, { slotStart: start })).statusCode).toBe(201);
    const limit = await book(first.who, { slotStart: "2026-11-27T05:30:00.000Z" });
    expect(limit.statusCode).toBe(409);
    expect(limit.json().code).toBe("callback_limit");
  });

  it("agents work the queue in slot order; a passed slot is overdue; settling is audited and logs the call", async () => {
    ctx.clock.set(THURSDAY_CLOSING);
    const later = await customerWithPhone(ctx, "+8613900000201");
    const sooner = await customerWithPhone(ctx, "+8613900000202");
    const late = (await book(later, { slotStart: "2026-12-01T06:00:00.000Z" })).json();
    const soon = (
      await book(sooner, { slotStart: "2026-12-01T01:00:00.000Z", note: "Please call early" })
    ).json();

    expect((await queue(phoebe)).statusCode).toBe(403);
    const range = "?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z";
    const listed = (await queue(agent, range)).json();
    expect(listed.data.map((c: { id: string }) => c.id)).toEqual([soon.id, late.id]);
    expect(listed.data[0]).toMatchObject({
      status: "requested",
      overdue: false,
      phone: sooner.phone,
      note: "Please call early",
      language: "en",
      customer: { id: sooner.userId, name: "Phoebe Caller", email: sooner.email },
      ticket: soon.ticket,
    });
    const all = (await queue(agent)).json().data.map((c: { slotStart: string }) => c.slotStart);
    expect(all).toEqual([...all].sort());

    // Tuesday 09:45 in Shanghai: the 09:00 call should have been made.
    ctx.clock.set("2026-12-01T01:45:00.000Z");
    expect((await queue(agent, range)).json().data.map((c: { overdue: boolean }) => c.overdue)).toEqual([
      true,
      false,
    ]);

    const done = await settle(agent, soon.id, {
      status: "done",
      notes: "Raised her limit",
      durationSeconds: 240,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: "done", overdue: false, handledBy: { id: agent.userId } });
    const calls = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets/${soon.ticket.id}/calls`,
      headers: agent.auth,
    });
    expect(calls.json().data).toMatchObject([
      {
        direction: "outbound",
        phone: sooner.phone,
        outcome: "answered",
        durationSeconds: 240,
        notes: "Raised her limit",
        agent: { id: agent.userId },
      },
    ]);
    const [entry] = await ctx.services.audit.list({ targetType: "support_callback", targetId: soon.id });
    expect(entry).toMatchObject({
      action: "support.callback_updated",
      actorId: agent.userId,
      detail: {
        from: "requested",
        to: "done",
        ticketNumber: soon.ticket.number,
        callId: calls.json().data[0].id,
      },
    });
    const again = await settle(supervisor, soon.id, { status: "missed" });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("callback_closed");
    expect((await mine(sooner)).json().data[0]).toMatchObject({ id: soon.id, status: "done" });

    // Missed: no call, the notes kept as an internal note the customer never sees.
    const missed = await settle(supervisor, late.id, { status: "missed", notes: "No answer twice" });
    expect(missed.json().status).toBe("missed");
    const notes = await ctx.platform.db
      .selectFrom("support_messages")
      .select(["body", "internal", "author_type"])
      .where("ticket_id", "=", late.ticket.id)
      .where("internal", "=", true)
      .execute();
    expect(notes).toEqual([{ body: "No answer twice", internal: true, author_type: "agent" }]);
    expect((await queue(agent, `${range}&status=done,missed`)).json().data).toHaveLength(2);
    expect((await settle(agent, "ccb_nope", { status: "done" })).statusCode).toBe(404);
    expect((await settle(phoebe, late.id, { status: "done" })).statusCode).toBe(403);
    ctx.clock.set(THURSDAY_CLOSING);
  });
});
