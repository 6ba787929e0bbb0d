import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSupportStaff, type SupportStaff } from "../../../../test/support-helpers-live.js";
import {
  customerWithPhone,
  postVoice,
  signVoice,
  VOICE_SECRET,
  voiceEvent,
} from "../../../../test/support-helpers-phone.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testConfig } from "../../../../test/test-config.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { parseSupportEvent } from "../../live/create.js";
import type { SupportEvent } from "../../live/index.js";
import { callTransition } from "./voice-events.js";

describe(`voice-provider webhook, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: SupportStaff;
  const heard: SupportEvent[] = [];

  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await buildSupportStaff(ctx, "agent", "Ada Agent");
    ctx.services.support.deps.live.listen((event) => heard.push(event));
  });
  afterAll(async () => {
    await ctx.close();
  });

  const db = () => ctx.platform.db;
  const callRow = (externalId: string) =>
    db().selectFrom("support_calls").selectAll().where("external_id", "=", externalId).executeTakeFirst();
  const ticketOf = (id: string) =>
    db().selectFrom("support_tickets").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const messagesOf = (ticketId: string) =>
    db()
      .selectFrom("support_messages")
      .selectAll()
      .where("ticket_id", "=", ticketId)
      .orderBy("seq")
      .execute();
  const incomingCalls = () => heard.filter((e) => e.type === "call.incoming");

  describe("the signature", () => {
    it("accepts an event signed with the voice secret", async () => {
      const res = await postVoice(ctx, voiceEvent(ctx, { from: "+8613811110001" }));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ received: true });
    });

    it("refuses a forged, tampered, stale or missing signature, acting on nothing", async () => {
      const event = voiceEvent(ctx, { from: "+8613811110002" });
      const raw = JSON.stringify(event);
      const forged = await postVoice(ctx, event, { secret: "someone-elses-secret-000000" });
      const stale = await postVoice(ctx, event, { at: new Date(ctx.clock.now().getTime() - 6 * 60_000) });
      const future = await postVoice(ctx, event, { at: new Date(ctx.clock.now().getTime() + 6 * 60_000) });
      const missing = await postVoice(ctx, event, { signature: null });
      const garbage = await postVoice(ctx, event, { signature: "t=abc,v1=zz" });
      // Signed, then one digit of the caller's number changed on the way.
      const signed = await postVoice(ctx, event);
      expect(signed.statusCode).toBe(200);
      const tampered = await postVoice(ctx, raw.replace("+8613811110002", "+8613811110009"), {
        signature: signVoice(ctx, raw),
      });
      for (const res of [forged, stale, future, missing, garbage, tampered]) {
        expect(res.statusCode, res.body).toBe(401);
        expect(res.json().code).toBe("channel_signature_invalid");
      }
      expect(await callRow(event.callId)).toBeDefined(); // the one correctly signed delivery
      const contacts = await db()
        .selectFrom("support_contacts")
        .select("address")
        .where("address", "=", "+8613811110009")
        .execute();
      expect(contacts).toEqual([]);
    });

    it("accepts a signature made within five minutes of our clock", async () => {
      const event = voiceEvent(ctx, { from: "+8613811110003" });
      const res = await postVoice(ctx, event, { at: new Date(ctx.clock.now().getTime() - 4 * 60_000) });
      expect(res.statusCode, res.body).toBe(200);
    });

    it("refuses a correctly signed body that is not a voice event", async () => {
      const notJson = await postVoice(ctx, "{not json");
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json().code).toBe("malformed_json");
      const wrong = await postVoice(ctx, { ...voiceEvent(ctx), from: "my mobile" });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().code).toBe("validation_failed");
      expect(wrong.json().errors[0].path).toBe("/from");
      // PostgreSQL refuses NUL in text: such an id is bad input, not a server error.
      const nul = await postVoice(ctx, { ...voiceEvent(ctx), id: "evt\u0000x", callId: "c\u0000" });
      expect(nul.statusCode).toBe(400);
    });
  });

  it("never answers 500 to a signed body of any shape, nor to garbage headers", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .record({
              id: fc.string({ maxLength: 300 }),
              type: fc.constantFrom("call.ringing", "call.completed", "call.fax"),
              callId: fc.string({ maxLength: 300 }),
              from: fc.oneof(fc.constant("+8613800000777"), fc.string({ maxLength: 50 })),
              to: fc.string({ maxLength: 50 }),
              occurredAt: fc.oneof(fc.constant(new Date().toISOString()), fc.string({ maxLength: 30 })),
              durationSeconds: fc.oneof(fc.integer(), fc.double(), fc.string()),
            })
            .map((v) => JSON.stringify(v)),
        ),
        fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
        async (raw, header) => {
          const res = await postVoice(ctx, raw, header === undefined ? {} : { signature: header });
          expect([200, 400, 401]).toContain(res.statusCode);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a ringing call from a customer's verified phone opens a ticket for that customer, with the call, and tells the console", async () => {
    const caller = await customerWithPhone(ctx, "+8613822220001");
    const event = voiceEvent(ctx, { from: "+86 138 2222 0001", callId: "prov-call-1" });
    const res = await postVoice(ctx, event);
    expect(res.statusCode, res.body).toBe(200);

    const call = await callRow("prov-call-1");
    expect(call).toMatchObject({ direction: "inbound", phone: "+8613822220001", outcome: "ringing" });
    const ticket = await ticketOf(call?.ticket_id ?? "");
    expect(ticket).toMatchObject({
      user_id: caller.userId,
      channel: "phone",
      category: "other",
      status: "new",
    });
    const [message] = await messagesOf(ticket.id);
    expect(message).toMatchObject({
      channel: "phone",
      author_type: "customer",
      body: "Incoming call from +8613822220001",
      external_id: "prov-call-1:ringing",
    });
    expect(incomingCalls().at(-1)).toEqual({
      type: "call.incoming",
      ticketId: ticket.id,
      number: String(ticket.number),
      callId: call?.id,
      phone: "+8613822220001",
      userId: caller.userId,
      name: "Phoebe Caller",
    });

    // The agent opens it: the customer's ticket, with the call in its calls and history.
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets/${ticket.id}`,
      headers: agent.auth,
    });
    expect(detail.json().requester.userId).toBe(caller.userId);
    expect(detail.json().events.map((e: { kind: string }) => e.kind)).toContain("call_ringing");
    const calls = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets/${ticket.id}/calls`,
      headers: agent.auth,
    });
    expect(calls.json().data).toMatchObject([
      { id: call?.id, outcome: "ringing", source: "provider", agent: null, direction: "inbound" },
    ]);

    // The provider sends the same event again: nothing new anywhere.
    const before = incomingCalls().length;
    const again = await postVoice(ctx, event);
    expect(again.statusCode).toBe(200);
    expect(await messagesOf(ticket.id)).toHaveLength(1);
    expect(
      await db().selectFrom("support_calls").select("id").where("ticket_id", "=", ticket.id).execute(),
    ).toHaveLength(1);
    expect(incomingCalls()).toHaveLength(before);
  });

  it("answered and completed events update the call once; late and repeated ones change nothing", async () => {
    const from = "+8613833330001";
    const ring = voiceEvent(ctx, { from, callId: "prov-call-2" });
    await postVoice(ctx, ring);
    const answered = voiceEvent(ctx, { from, callId: "prov-call-2", type: "call.answered" });
    expect((await postVoice(ctx, answered)).statusCode).toBe(200);
    expect(await callRow("prov-call-2")).toMatchObject({ outcome: "answered", duration_seconds: 0 });

    const completed = voiceEvent(ctx, {
      from,
      callId: "prov-call-2",
      type: "call.completed",
      durationSeconds: 125,
    });
    expect((await postVoice(ctx, completed)).statusCode).toBe(200);
    const done = await callRow("prov-call-2");
    expect(done).toMatchObject({ outcome: "answered", duration_seconds: 125 });

    const eventsBefore = await db()
      .selectFrom("support_ticket_events")
      .select("kind")
      .where("ticket_id", "=", done?.ticket_id ?? "")
      .execute();
    // The same completion again, the answered step arriving late, a "missed" out of nowhere.
    for (const late of [
      completed,
      answered,
      voiceEvent(ctx, { from, callId: "prov-call-2", type: "call.missed" }),
      voiceEvent(ctx, { from, callId: "prov-call-2", type: "call.ringing" }),
    ])
      expect((await postVoice(ctx, late)).statusCode).toBe(200);
    expect(await callRow("prov-call-2")).toMatchObject({ outcome: "answered", duration_seconds: 125 });
    const eventsAfter = await db()
      .selectFrom("support_ticket_events")
      .select("kind")
      .where("ticket_id", "=", done?.ticket_id ?? "")
      .execute();
    expect(eventsAfter).toHaveLength(eventsBefore.length);
    expect(eventsAfter.filter((e) => e.kind === "call_updated")).toHaveLength(2);
  });

  it("an unknown number becomes a contact with its own ticket; its next call continues that ticket", async () => {
    const from = "+12025550123";
    await postVoice(ctx, voiceEvent(ctx, { from, callId: "prov-call-3" }));
    const contact = await db()
      .selectFrom("support_contacts")
      .selectAll()
      .where("kind", "=", "phone")
      .where("address", "=", from)
      .executeTakeFirstOrThrow();
    expect(contact.user_id).toBeNull();
    const first = await callRow("prov-call-3");
    const ticket = await ticketOf(first?.ticket_id ?? "");
    expect(ticket).toMatchObject({
      user_id: null,
      contact_id: contact.id,
      requester_email: "",
      channel: "phone",
    });
    expect(ticket.guest_verified_at).not.toBeNull(); // agents see it in the queue at once
    expect(incomingCalls().at(-1)).toMatchObject({ ticketId: ticket.id, userId: null, phone: from });

    await postVoice(ctx, voiceEvent(ctx, { from, callId: "prov-call-3", type: "call.missed" }));
    expect(await callRow("prov-call-3")).toMatchObject({ outcome: "no_answer" });
    await postVoice(
      ctx,
      voiceEvent(ctx, { from, callId: "prov-call-3", type: "call.voicemail", durationSeconds: 40 }),
    );
    expect(await callRow("prov-call-3")).toMatchObject({ outcome: "voicemail", duration_seconds: 40 });

    ctx.clock.advance(60_000);
    await postVoice(ctx, voiceEvent(ctx, { from, callId: "prov-call-4" }));
    expect((await callRow("prov-call-4"))?.ticket_id).toBe(ticket.id);
    expect(await messagesOf(ticket.id)).toHaveLength(2);
  });

  it("writes to a Chinese-speaking customer in Chinese", async () => {
    await customerWithPhone(ctx, "+8613844440001", { language: "zh-CN" });
    await postVoice(ctx, voiceEvent(ctx, { from: "+8613844440001", callId: "prov-call-5" }));
    const call = await callRow("prov-call-5");
    const [message] = await messagesOf(call?.ticket_id ?? "");
    expect(message?.body).toBe("来电：+8613844440001");
    expect((await ticketOf(call?.ticket_id ?? "")).language).toBe("zh-CN");
  });

  it("a call first heard of when it ended still gets its ticket and call, without ringing the consoles", async () => {
    const before = incomingCalls().length;
    await postVoice(
      ctx,
      voiceEvent(ctx, {
        from: "+8613855550001",
        callId: "prov-call-6",
        type: "call.completed",
        durationSeconds: 30,
      }),
    );
    expect(await callRow("prov-call-6")).toMatchObject({ outcome: "answered", duration_seconds: 30 });
    expect(incomingCalls()).toHaveLength(before);
  });

  it("a rotated secret is in force at once; the old one no longer signs", async () => {
    await ctx.platform.db
      .insertInto("support_channel_settings")
      .values({
        channel: "phone",
        settings: "{}",
        secrets: JSON.stringify({
          voiceSecret: ctx.services.support.deps.customers.seal("rotated-voice-secret-0000"),
        }),
        updated_at: ctx.clock.now(),
      })
      .onConflict((oc) =>
        oc.column("channel").doUpdateSet({
          secrets: JSON.stringify({
            voiceSecret: ctx.services.support.deps.customers.seal("rotated-voice-secret-0000"),
          }),
        }),
      )
      .execute();
    try {
      expect((await postVoice(ctx, voiceEvent(ctx))).statusCode).toBe(401);
      expect(
        (await postVoice(ctx, voiceEvent(ctx), { secret: "rotated-voice-secret-0000" })).statusCode,
      ).toBe(200);
    } finally {
      await ctx.platform.db
        .updateTable("support_channel_settings")
        .set({ secrets: "{}" })
        .where("channel", "=", "phone")
        .execute();
    }
    expect(VOICE_SECRET).not.toBe("rotated-voice-secret-0000");
  });
});

describe("voice webhook without a secret", () => {
  it("answers 503 channel_not_configured", async () => {
    const base = testConfig();
    const ctx = await buildTestApp({
      config: { channels: { ...base.channels, voiceWebhookSecret: undefined } },
    });
    try {
      const res = await postVoice(ctx, voiceEvent(ctx));
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe("channel_not_configured");
    } finally {
      await ctx.close();
    }
  });
});

describe("call transitions", () => {
  const at = (outcome: Parameters<typeof callTransition>[0]["outcome"], durationSeconds = 0) => ({
    outcome,
    durationSeconds,
  });
  it("move a call forward only", () => {
    expect(callTransition(at("ringing"), { type: "call.answered" })).toEqual(at("answered"));
    expect(callTransition(at("answered"), { type: "call.completed", durationSeconds: 9 })).toEqual(
      at("answered", 9),
    );
    expect(callTransition(at("ringing"), { type: "call.missed" })).toEqual(at("no_answer"));
    expect(callTransition(at("no_answer"), { type: "call.voicemail", durationSeconds: 5 })).toEqual(
      at("voicemail", 5),
    );
    expect(callTransition(at("answered", 9), { type: "call.completed", durationSeconds: 9 })).toBeNull();
    expect(callTransition(at("answered", 9), { type: "call.missed" })).toBeNull();
    expect(callTransition(at("voicemail", 5), { type: "call.completed", durationSeconds: 1 })).toBeNull();
    expect(callTransition(at("ringing"), { type: "call.ringing" })).toBeNull();
  });
});

describe("the call.incoming live event", () => {
  it("crosses to other nodes whole, and a malformed one is dropped", () => {
    const event = {
      type: "call.incoming",
      ticketId: "tkt_1",
      number: "100234",
      callId: "cal_1",
      phone: "+8613800000000",
      userId: null,
      name: null,
    } as const;
    expect(parseSupportEvent({ ...event })).toEqual(event);
    expect(parseSupportEvent({ ...event, userId: "usr_1", name: "Ann" })).toMatchObject({
      userId: "usr_1",
      name: "Ann",
    });
    expect(parseSupportEvent({ ...event, callId: null })).toBeUndefined();
  });
});
