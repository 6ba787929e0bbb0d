import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  agentRepliesNow,
  buildDeskStaff,
  type DeskStaff,
  deskCall,
  openTicketNow,
  reload,
  setPriorityNow,
  setStatusNow,
  signInAgain,
  ticketEvents,
} from "../../../test/support-helpers-sla.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import type { SupportEvent } from "../live/index.js";
import { createSupportSla } from "./create.js";

const MINUTE = 60_000;
/** Shanghai wall-clock time as an instant. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe(`SLA clock with business hours, holidays and pauses, with a controlled clock, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let supervisor: DeskStaff;
  beforeAll(async () => {
    ctx = await buildTestApp();
    supervisor = await buildDeskStaff(ctx, "supervisor");
  });
  afterAll(() => ctx.close());

  const view = (ticket: Parameters<TestContext["services"]["support"]["deps"]["sla"]["view"]>[0]) =>
    ctx.services.support.deps.sla.view(ticket, ctx.clock.now());

  it("counts one working day from Friday 17:00 in Shanghai to Monday 17:00; a holiday pushes it a day", async () => {
    ctx.clock.set(sh("2027-01-08T17:00:00"));
    supervisor = await signInAgain(ctx, supervisor);
    const friday = await openTicketNow(ctx, { priority: "normal" });
    expect(friday.first_response_due_at).toEqual(sh("2027-01-11T17:00:00"));
    // 2700 business minutes: five working days.
    expect(friday.resolution_due_at).toEqual(sh("2027-01-15T17:00:00"));

    const added = await deskCall(ctx, supervisor, "POST", "/admin/support/holidays", {
      day: "2027-01-11",
      name: { en: "Company day", "zh-CN": "公司日" },
    });
    expect(added.statusCode).toBe(201);
    const withHoliday = await openTicketNow(ctx, { priority: "normal" });
    expect(withHoliday.first_response_due_at).toEqual(sh("2027-01-12T17:00:00"));
    expect(withHoliday.resolution_due_at).toEqual(sh("2027-01-18T17:00:00"));

    expect((await deskCall(ctx, supervisor, "DELETE", "/admin/support/holidays/2027-01-11")).statusCode).toBe(
      204,
    );
    expect((await openTicketNow(ctx)).first_response_due_at).toEqual(sh("2027-01-11T17:00:00"));

    // The shipped Spring Festival holidays (5 to 11 February 2027) are skipped too.
    ctx.clock.set(sh("2027-02-04T17:00:00"));
    expect((await openTicketNow(ctx)).first_response_due_at).toEqual(sh("2027-02-12T17:00:00"));
  });

  it("pauses while pending: 3 business hours spent pending push both due dates by 3 hours", async () => {
    ctx.clock.set(sh("2027-01-18T09:00:00"));
    const ticket = await openTicketNow(ctx, { priority: "normal" });
    expect(ticket.first_response_due_at).toEqual(sh("2027-01-18T18:00:00"));
    expect(ticket.resolution_due_at).toEqual(sh("2027-01-22T18:00:00"));

    ctx.clock.set(sh("2027-01-18T16:00:00"));
    const pending = await setStatusNow(ctx, ticket.id, "pending");
    expect(pending.sla_paused_since).toEqual(sh("2027-01-18T16:00:00"));

    // Past the original due date, but the clock is paused: not breached.
    ctx.clock.set(sh("2027-01-19T09:30:00"));
    expect(view(await reload(ctx, ticket.id))).toMatchObject({ paused: true, firstResponseBreached: false });

    // 16:00–18:00 Monday and 09:00–10:00 Tuesday: three business hours pending (the night does not count).
    ctx.clock.set(sh("2027-01-19T10:00:00"));
    const resumed = await setStatusNow(ctx, ticket.id, "open");
    expect(resumed.sla_paused_since).toBeNull();
    expect(resumed.first_response_due_at).toEqual(sh("2027-01-19T12:00:00"));
    expect(resumed.resolution_due_at).toEqual(sh("2027-01-25T12:00:00"));

    ctx.clock.set(sh("2027-01-19T11:59:00"));
    expect(view(resumed)).toMatchObject({
      paused: false,
      firstResponseBreached: false,
      resolutionBreached: false,
    });
    ctx.clock.set(sh("2027-01-19T12:01:00"));
    expect(view(resumed).firstResponseBreached).toBe(true);

    // Solved stops the clock; reopened, the time it stood solved moves the resolution due date on.
    ctx.clock.set(sh("2027-01-19T14:00:00"));
    const solved = await setStatusNow(ctx, ticket.id, "solved");
    ctx.clock.set(sh("2027-01-26T14:00:00"));
    expect(view(solved).resolutionBreached).toBe(false);
    ctx.clock.set(sh("2027-01-20T14:00:00"));
    const reopened = await setStatusNow(ctx, ticket.id, "open");
    expect(reopened.resolution_due_at).toEqual(sh("2027-01-26T12:00:00"));
  });

  it("keeps the time already spent pending when the priority changes", async () => {
    ctx.clock.set(sh("2027-03-08T09:00:00"));
    const ticket = await openTicketNow(ctx, { priority: "normal" });
    ctx.clock.set(sh("2027-03-08T16:00:00"));
    await setStatusNow(ctx, ticket.id, "pending");
    ctx.clock.set(sh("2027-03-09T10:00:00"));
    const resumed = await setStatusNow(ctx, ticket.id, "open");
    expect(resumed.first_response_due_at).toEqual(sh("2027-03-09T12:00:00"));
    // High: 240 minutes from Monday 09:00 is 13:00, plus the three hours pending.
    const high = await setPriorityNow(ctx, ticket.id, "high");
    expect(high.first_response_due_at).toEqual(sh("2027-03-08T16:00:00"));
    expect(high.resolution_due_at).toEqual(sh("2027-03-11T12:00:00"));
    expect(view(high).firstResponseBreached).toBe(true);
  });

  it("counts urgent tickets around the clock, pauses included", async () => {
    ctx.clock.set(sh("2027-01-23T23:30:00")); // a Saturday night
    const urgent = await openTicketNow(ctx, { priority: "urgent", category: "security" });
    expect(urgent.first_response_due_at).toEqual(sh("2027-01-24T00:30:00"));
    expect(urgent.resolution_due_at).toEqual(sh("2027-01-24T07:30:00"));

    ctx.clock.set(sh("2027-01-24T00:00:00"));
    await setStatusNow(ctx, urgent.id, "pending");
    ctx.clock.set(sh("2027-01-24T02:00:00"));
    const resumed = await setStatusNow(ctx, urgent.id, "open");
    expect(resumed.first_response_due_at).toEqual(sh("2027-01-24T02:30:00"));
    expect(resumed.resolution_due_at).toEqual(sh("2027-01-24T09:30:00"));

    // Raised to urgent later: the targets count from the ticket's start, around the clock.
    ctx.clock.set(sh("2027-01-23T23:30:00"));
    const normal = await openTicketNow(ctx, { priority: "normal" });
    expect(normal.first_response_due_at).toEqual(sh("2027-01-25T18:00:00"));
    ctx.clock.set(sh("2027-01-23T23:45:00"));
    const raised = await setPriorityNow(ctx, normal.id, "urgent");
    expect(raised.first_response_due_at).toEqual(sh("2027-01-24T00:30:00"));
    expect(raised.resolution_due_at).toEqual(sh("2027-01-24T07:30:00"));
    // And lowered again: back to business hours.
    const lowered = await setPriorityNow(ctx, normal.id, "high");
    expect(lowered.first_response_due_at).toEqual(sh("2027-01-25T13:00:00"));
  });

  it("warns once before a breach and closes solved tickets after 7 days without email", async () => {
    const { deps } = ctx.services.support;
    const heard: SupportEvent[] = [];
    const stop = deps.live.listen((event) => heard.push(event));
    const sla = createSupportSla(ctx.platform, { live: () => deps.live });
    const chore = (name: string) => {
      const found = sla.chores().find(([what]) => what === name);
      if (!found) throw new Error(`no chore ${name}`);
      return found[1]();
    };

    ctx.clock.set(sh("2027-02-22T09:00:00"));
    await chore("SLA warnings given"); // the earlier tests' tickets
    const ticket = await openTicketNow(ctx, { priority: "normal" });
    ctx.clock.set(sh("2027-02-22T17:00:00"));
    expect(await chore("SLA warnings given")).toBe(0);
    ctx.clock.set(sh("2027-02-22T17:31:00"));
    heard.length = 0;
    expect(await chore("SLA warnings given")).toBe(1);
    const warned = await reload(ctx, ticket.id);
    expect(warned.sla_warned_at).toEqual(sh("2027-02-22T17:31:00"));
    expect((await ticketEvents(ctx, ticket.id)).map((e) => [e.kind, e.detail])).toEqual([
      [
        "sla.warning",
        { target: "first_response", dueAt: sh("2027-02-22T18:00:00").toISOString(), breached: false },
      ],
    ]);
    expect(heard).toEqual([{ type: "ticket.updated", ticketId: ticket.id }]);
    ctx.clock.set(sh("2027-02-22T17:40:00"));
    expect(await chore("SLA warnings given")).toBe(0);

    // Answered in time: not breached, and the resolution due date may warn later.
    ctx.clock.set(sh("2027-02-22T17:45:00"));
    const answered = await agentRepliesNow(ctx, ticket.id);
    expect(answered.first_responded_at).toEqual(sh("2027-02-22T17:45:00"));
    expect(answered.sla_warned_at).toBeNull();
    ctx.clock.set(sh("2027-02-23T09:00:00"));
    expect(view(answered).firstResponseBreached).toBe(false);
    const resolutionDue = answered.resolution_due_at;
    if (!resolutionDue) throw new Error("no resolution due date");
    ctx.clock.set(new Date(resolutionDue.getTime() + MINUTE));
    expect(view(answered).resolutionBreached).toBe(true);
    expect(await chore("SLA warnings given")).toBe(1);
    expect((await ticketEvents(ctx, ticket.id)).at(-1)?.detail).toMatchObject({
      target: "resolution",
      breached: true,
    });

    // Solved, then 7 days without a reply: closed by the chore, quietly.
    ctx.clock.set(sh("2027-03-01T10:00:00"));
    await chore("solved tickets closed"); // earlier tests' solved tickets
    const solved = await setStatusNow(ctx, (await openTicketNow(ctx)).id, "solved");
    const outbox = async () =>
      Number(
        (
          await ctx.platform.db
            .selectFrom("outbox")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const mailBefore = await outbox();
    ctx.clock.advance(7 * 24 * 60 * MINUTE - MINUTE);
    expect(await chore("solved tickets closed")).toBe(0);
    expect((await reload(ctx, solved.id)).status).toBe("solved");
    ctx.clock.advance(MINUTE);
    heard.length = 0;
    expect(await chore("solved tickets closed")).toBe(1);
    const closed = await reload(ctx, solved.id);
    expect(closed).toMatchObject({
      status: "closed",
      closed_at: ctx.clock.now(),
      solved_at: solved.solved_at,
    });
    expect((await ticketEvents(ctx, solved.id)).at(-1)).toMatchObject({
      kind: "status_changed",
      actor_id: null,
      detail: { from: "solved", to: "closed" },
    });
    expect(heard).toEqual([{ type: "ticket.updated", ticketId: solved.id }]);
    expect(await outbox()).toBe(mailBefore);
    expect(await chore("solved tickets closed")).toBe(0);
    stop();
  });
});
