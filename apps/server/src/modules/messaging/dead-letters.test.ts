import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Staff, staffAuth } from "../../test/support-helpers-console.js";
import { buildStaffMember, type StaffMember } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { receiveInbound } from "../support/channels/inbound.js";
import type { MessageTransport } from "./message.js";

/**
 * Dead letters as an admin meets them: the error that killed a message is shown and audited
 * without the secrets or addresses a transport may have quoted in it, and a retry delivers
 * the message, once, whatever its kind (a support agent's reply that its handler had settled
 * as failed too).
 */
describe(`dead letters on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let admin: StaffMember;
  let agent: Staff;
  /** What the email transport throws while set; it sends (and counts) once cleared. */
  let failure: string | undefined;
  const sent: { to: string; messageId: string }[] = [];

  beforeAll(async () => {
    ctx = await buildTestApp();
    admin = await buildStaffMember(ctx, "admin");
    agent = await staffAuth(ctx, "agent");
    await ctx.platform.outbox.drain();
    const email: MessageTransport = {
      name: "scripted",
      async send(message) {
        if (failure) throw new Error(failure);
        sent.push({ to: message.to, messageId: (message.channel === "email" && message.messageId) || "" });
      },
    };
    ctx.services.messaging.transports.email = email;
  });
  afterAll(() => ctx.close());

  /** Runs the outbox until every due row has had all its attempts (8, the last after an hour's backoff). */
  async function exhaust() {
    await ctx.platform.outbox.drain();
    for (let hour = 0; hour < 10; hour++) {
      ctx.clock.advance(3_600_000);
      await ctx.platform.outbox.drain();
    }
  }

  const outboxRow = (id: string) =>
    ctx.platform.db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("shows and audits the last error without passwords, tokens, addresses or phone numbers", async () => {
    failure =
      "smtp://mailer:Sup3r-Secret@smtp.example.test:587 answered 550 <robin.lee@example.test> unknown; " +
      "body link http://127.0.0.1:8080/reset-password?token=SECRET-RESET-TOKEN; " +
      "fallback SMS to +8613800138000 refused (Bearer gw-token-123)";
    await ctx.platform.db.transaction().execute((trx) =>
      ctx.services.messaging.send(
        trx,
        {
          channel: "email",
          to: "robin.lee@example.test",
          subject: "Reset your Satchel password",
          text: "…",
        },
        { dedupeKey: "test:redacted:email" },
      ),
    );
    await exhaust();
    const secrets = [
      "Sup3r-Secret",
      "mailer:",
      "robin.lee@",
      "SECRET-RESET-TOKEN",
      "8613800138000",
      "gw-token-123",
    ];

    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/outbox?status=dead",
      headers: admin.auth,
    });
    expect(res.statusCode).toBe(200);
    const shown = res
      .json()
      .data.find((d: { summary: { to?: string } }) => d.summary.to === "r***@example.test");
    expect(shown.lastError).toBe(
      "smtp://***@smtp.example.test:587 answered 550 <r***@example.test> unknown; " +
        "body link http://127.0.0.1:8080/reset-password?token=[redacted]; " +
        "fallback SMS to +86*******8000 refused (Bearer [redacted])",
    );
    for (const secret of secrets) expect(res.body).not.toContain(secret);
    // Nor kept in the database or its backups.
    const stored = await outboxRow(shown.id);
    for (const secret of secrets) expect(stored.last_error).not.toContain(secret);

    const retried = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/outbox/${shown.id}/retry`,
      headers: admin.auth,
    });
    expect(retried.statusCode).toBe(200);
    for (const secret of secrets) expect(retried.body).not.toContain(secret);
    const audit = await ctx.services.audit.list({ targetType: "outbox", targetId: shown.id });
    expect(audit.map((a) => a.action)).toEqual(["outbox.retried"]);
    for (const secret of secrets) expect(JSON.stringify(audit)).not.toContain(secret);
    failure = undefined;
    await ctx.platform.outbox.drain();
    expect(sent.map((m) => m.to)).toEqual(["robin.lee@example.test"]);
  });

  it("redacts an error stored before redaction (an older row) when it is shown", async () => {
    const id = ctx.platform.ids.next("outbox");
    await ctx.platform.db
      .insertInto("outbox")
      .values({
        id,
        topic: "messaging.deliver",
        payload: JSON.stringify({ channel: "sms", to: "+8613900139000", text: "…" }) as never,
        status: "dead",
        attempts: 8,
        next_attempt_at: ctx.clock.now(),
        created_at: ctx.clock.now(),
        last_error: "POST https://sms:gateway-pass@sms.example.test/send?key=K-123 for +8613900139000: 401",
        delivered_at: null,
        dedupe_key: null,
      })
      .execute();
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/outbox?status=dead",
      headers: admin.auth,
    });
    const shown = res.json().data.find((d: { id: string }) => d.id === id);
    expect(shown).toMatchObject({
      summary: { channel: "sms", to: "+86*******9000" },
      lastError: "POST https://***@sms.example.test/send?key=[redacted] for +86*******9000: 401",
    });
  });

  it("sends a support reply that died, once, when an admin retries it", async () => {
    const address = `robin-${Date.now()}@example.test`;
    const { ticket } = await receiveInbound(ctx.services.support.deps, {
      channel: "email",
      from: { kind: "email", address, name: "Robin" },
      externalId: `dead-reply-${Date.now()}@mail.example.test`,
      continueLatest: false,
      subject: "Card declined",
      body: "My card was declined.",
    });
    failure = "connect ECONNREFUSED 127.0.0.1:25";
    const replied = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${ticket.id}/replies`,
      headers: agent.auth,
      payload: { body: "Please try again." },
    });
    expect(replied.statusCode).toBe(201);
    const messageId = replied.json().id as string;
    await exhaust();
    const reply = () =>
      ctx.platform.db
        .selectFrom("support_messages")
        .select(["delivery_status", "external_id"])
        .where("id", "=", messageId)
        .executeTakeFirstOrThrow();
    expect((await reply()).delivery_status).toBe("failed");

    const dead = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/outbox?status=dead&limit=100",
      headers: admin.auth,
    });
    const row = dead.json().data.find((d: { topic: string }) => d.topic === "support.channel.deliver");
    expect(row).toMatchObject({
      status: "dead",
      attempts: 8,
      lastError: "connect ECONNREFUSED 127.0.0.1:25",
    });

    // The mail server is back; the admin sends it again.
    failure = undefined;
    const retried = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/outbox/${row.id}/retry`,
      headers: admin.auth,
    });
    expect(retried.statusCode).toBe(200);
    // The agent's console shows it on its way again, not failed.
    expect((await reply()).delivery_status).toBe("queued");
    await ctx.platform.outbox.drain();

    // The reply's own email (its Message-ID starts with the message's id), not the acknowledgement.
    const toRobin = () => sent.filter((m) => m.to === address && m.messageId.startsWith(messageId));
    expect(toRobin()).toHaveLength(1);
    expect(await reply()).toMatchObject({
      delivery_status: "sent",
      external_id: expect.stringMatching(/\S/),
    });
    expect((await outboxRow(row.id)).status).toBe("delivered");

    // Once: later passes and a second retry send nothing more.
    const again = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/outbox/${row.id}/retry`,
      headers: admin.auth,
    });
    expect(again.statusCode).toBe(404);
    ctx.clock.advance(3_600_000);
    await ctx.platform.outbox.drain();
    expect(toRobin()).toHaveLength(1);
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/tickets/${ticket.id}`,
      headers: agent.auth,
    });
    expect(detail.json().messages.at(-1)).toMatchObject({ id: messageId, deliveryStatus: "sent" });
  });
});
