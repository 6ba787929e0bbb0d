import type { AddressInfo, Socket } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStaffMember, type StaffMember } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";

/**
 * Email goes out through the outbox to a real SMTP server (a local one here, on an ephemeral
 * port) that fails the way mail servers do: "451 try again later", or a connection that drops
 * after the whole message was handed over (the sender cannot know whether it arrived). Every
 * attempt carries the same Message-ID, and the message is accepted once.
 */

type Behaviour = "accept" | "refuse" | "drop";

/** A local SMTP server whose answer per recipient is scripted, one behaviour per attempt. */
class ScriptedSmtp {
  readonly server: SMTPServer;
  port = 0;
  /** What each recipient gets on its next attempts (then "accept"); "refuse" forever with `always`. */
  readonly script = new Map<string, Behaviour[]>();
  readonly always = new Map<string, Behaviour>();
  /** Every message handed over in DATA (accepted or not), and the accepted ones. */
  readonly seen: { to: string; messageId: string | undefined; raw: string }[] = [];
  readonly accepted: { to: string; messageId: string | undefined; raw: string }[] = [];
  private readonly sockets = new Set<Socket>();

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          const to = session.envelope.rcptTo[0]?.address ?? "";
          const messageId = /^Message-ID:\s*(.*)$/im.exec(raw.split(/\r?\n\r?\n/)[0] ?? "")?.[1]?.trim();
          const mail = { to, messageId, raw };
          this.seen.push(mail);
          const behaviour = this.always.get(to) ?? this.script.get(to)?.shift() ?? "accept";
          if (behaviour === "accept") {
            this.accepted.push(mail);
            callback();
          } else if (behaviour === "refuse") {
            callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
          } else {
            // The whole message arrived, but the answer never does: the outcome is unknown to the sender.
            for (const socket of this.sockets) socket.destroy();
          }
        });
      },
    });
    this.server.server.on("connection", (socket: Socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  to(address: string) {
    return {
      seen: this.seen.filter((m) => m.to === address),
      accepted: this.accepted.filter((m) => m.to === address),
    };
  }
}

describe(`outbox email through a failing SMTP server on ${testDatabaseKind}`, () => {
  const smtp = new ScriptedSmtp();
  let ctx: TestContext;
  let admin: StaffMember;
  let supervisor: StaffMember;

  beforeAll(async () => {
    await smtp.listen();
    ctx = await buildTestApp({ config: { smtpUrl: `smtp://127.0.0.1:${smtp.port}` } });
    admin = await buildStaffMember(ctx, "admin");
    supervisor = await buildStaffMember(ctx, "supervisor");
    await ctx.platform.outbox.drain();
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.close();
  });

  const outboxRow = (dedupeKey: string) =>
    ctx.platform.db
      .selectFrom("outbox")
      .selectAll()
      .where("dedupe_key", "=", dedupeKey)
      .executeTakeFirstOrThrow();

  /** An email as the accounts module queues one: its text holds a secret link. */
  async function queueEmail(to: string, dedupeKey: string) {
    await ctx.platform.db.transaction().execute((trx) =>
      ctx.services.messaging.send(
        trx,
        {
          channel: "email",
          to,
          subject: "Reset your Satchel password",
          text: "Choose a new password: http://127.0.0.1:8080/reset-password?token=SECRET-RESET-TOKEN",
          html: '<p><a href="http://127.0.0.1:8080/reset-password?token=SECRET-RESET-TOKEN">Choose</a></p>',
        },
        { dedupeKey },
      ),
    );
  }

  /** Moves time past any backoff up to `ms` (the jitter adds at most a quarter) and runs one pass. */
  async function later(ms: number) {
    ctx.clock.advance(Math.ceil(ms * 1.25) + 1);
    await ctx.platform.outbox.runOnce();
  }

  it("a failing SMTP server is retried and the message sent once when it recovers", async () => {
    const to = "flaky@example.test";
    smtp.script.set(to, ["refuse", "drop"]);
    await queueEmail(to, "test:flaky:email");

    await ctx.platform.outbox.runOnce();
    let row = await outboxRow("test:flaky:email");
    expect(row).toMatchObject({ status: "pending", attempts: 1, delivered_at: null });
    expect(row.last_error).toMatch(/451|try again later/i);
    expect(smtp.to(to).accepted).toHaveLength(0);

    // Not before the backoff (2 s after the first failure, plus jitter)…
    ctx.clock.advance(1_000);
    await ctx.platform.outbox.runOnce();
    expect((await outboxRow("test:flaky:email")).attempts).toBe(1);

    // …then the connection drops after the message was handed over: unknown outcome, retried.
    await later(2_000);
    row = await outboxRow("test:flaky:email");
    expect(row).toMatchObject({ status: "pending", attempts: 2, delivered_at: null });
    expect(row.last_error).toBeTruthy();
    expect(smtp.to(to).seen).toHaveLength(2);

    // The server is back: the third attempt is accepted, and nothing is sent after that.
    await later(4_000);
    row = await outboxRow("test:flaky:email");
    expect(row).toMatchObject({ status: "delivered", attempts: 3, last_error: null });
    expect(row.delivered_at).not.toBeNull();
    for (let i = 0; i < 3; i++) await later(3_600_000);

    const { seen, accepted } = smtp.to(to);
    expect(accepted).toHaveLength(1);
    expect(seen).toHaveLength(3);
    // One Message-ID on every attempt, made from the outbox row, so the receiver knows a repeat.
    expect(new Set(seen.map((m) => m.messageId))).toEqual(new Set([`<${row.id}@satchel.test>`]));
    expect(accepted[0]?.raw).toContain("Subject: Reset your Satchel password");
  });

  it("sends a message queued twice under one dedupe key once", async () => {
    const to = "twice@example.test";
    await queueEmail(to, "test:twice:email");
    await queueEmail(to, "test:twice:email");
    await ctx.platform.outbox.drain();
    await later(3_600_000);
    expect(smtp.to(to).accepted).toHaveLength(1);
    expect(
      await ctx.platform.db
        .selectFrom("outbox")
        .select("id")
        .where("dedupe_key", "=", "test:twice:email")
        .execute(),
    ).toHaveLength(1);
  });

  /** Fails every attempt until the row is dead (8 attempts, each after its backoff). */
  async function killed(to: string, dedupeKey: string) {
    smtp.always.set(to, "refuse");
    await queueEmail(to, dedupeKey);
    await ctx.platform.outbox.runOnce();
    for (let i = 0; i < 10; i++) await later(3_600_000);
    const row = await outboxRow(dedupeKey);
    expect(row).toMatchObject({ status: "dead", attempts: 8 });
    return row;
  }

  const list = (status: string, auth = admin.auth) =>
    ctx.app.inject({ method: "GET", url: `/api/v1/admin/outbox?status=${status}`, headers: auth });

  it("parks a message as dead after its last attempt; an admin sees it without its body and sends it again", async () => {
    const to = "doomed@example.test";
    const row = await killed(to, "test:doomed:email");
    expect(smtp.to(to).seen).toHaveLength(8);

    const res = await list("dead");
    expect(res.statusCode).toBe(200);
    const page = res.json();
    const shown = page.data.find((d: { id: string }) => d.id === row.id);
    expect(shown).toMatchObject({
      topic: "messaging.deliver",
      status: "dead",
      attempts: 8,
      resolvedAt: null,
      resolvedBy: null,
      summary: { channel: "email", to: "d***@example.test", subject: "Reset your Satchel password" },
    });
    expect(shown.lastError).toMatch(/451|try again later/i);
    expect(page.counts.dead).toBeGreaterThanOrEqual(1);
    // Never the body: it holds the reset link.
    expect(res.body).not.toContain("SECRET-RESET-TOKEN");
    expect(res.body).not.toContain("doomed@");

    smtp.always.delete(to);
    const retried = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/outbox/${row.id}/retry`,
      headers: admin.auth,
    });
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({
      id: row.id,
      status: "pending",
      attempts: 0,
      resolvedBy: admin.userId,
    });
    expect(retried.body).not.toContain("SECRET-RESET-TOKEN");
    // In line at once: the next pass sends it.
    await ctx.platform.outbox.runOnce();
    expect(await outboxRow("test:doomed:email")).toMatchObject({ status: "delivered", attempts: 1 });
    expect(smtp.to(to).accepted).toHaveLength(1);
    expect(new Set(smtp.to(to).seen.map((m) => m.messageId))).toEqual(new Set([`<${row.id}@satchel.test>`]));

    // Delivered is no longer a dead letter: a second retry finds nothing to retry.
    const again = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/outbox/${row.id}/retry`,
      headers: admin.auth,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe("outbox_message_not_found");

    const audit = await ctx.services.audit.list({ targetType: "outbox", targetId: row.id });
    expect(audit.map((a) => a.action)).toEqual(["outbox.retried"]);
    expect(JSON.stringify(audit)).not.toContain("SECRET-RESET-TOKEN");
  });

  it("keeps a discarded message out: never sent again, listed as discarded", async () => {
    const to = "gone@example.test";
    const row = await killed(to, "test:gone:email");
    smtp.always.delete(to);

    const discarded = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/outbox/${row.id}/discard`,
      headers: admin.auth,
    });
    expect(discarded.statusCode).toBe(200);
    expect(discarded.json()).toMatchObject({ id: row.id, status: "discarded", resolvedBy: admin.userId });

    for (let i = 0; i < 3; i++) await later(3_600_000);
    expect(smtp.to(to).accepted).toHaveLength(0);
    expect((await outboxRow("test:gone:email")).status).toBe("discarded");

    const dead = (await list("dead")).json();
    expect(dead.data.map((d: { id: string }) => d.id)).not.toContain(row.id);
    const gone = (await list("discarded")).json();
    expect(gone.data.map((d: { id: string }) => d.id)).toContain(row.id);

    // A discarded row cannot be retried or discarded again.
    for (const action of ["retry", "discard"]) {
      const res = await ctx.app.inject({
        method: "POST",
        url: `/api/v1/admin/outbox/${row.id}/${action}`,
        headers: admin.auth,
      });
      expect(res.statusCode).toBe(404);
    }
    const audit = await ctx.services.audit.list({ targetType: "outbox", targetId: row.id });
    expect(audit.map((a) => a.action)).toEqual(["outbox.discarded"]);
  });

  it("pages dead letters with a cursor, newest first", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await killed(`paged-${i}@example.test`, `test:paged:${i}`)).id);
      ctx.clock.advance(1_000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/admin/outbox?status=dead&limit=1${cursor ? `&cursor=${cursor}` : ""}`;
      const res = await ctx.app.inject({ method: "GET", url, headers: admin.auth });
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().data.map((d: { id: string }) => d.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen.filter((id) => ids.includes(id))).toEqual([...ids].reverse());

    const bad = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/outbox?cursor=not-a-cursor",
      headers: admin.auth,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
  });

  it("is for admins only", async () => {
    const row = await outboxRow("test:paged:0");
    expect((await list("dead", supervisor.auth)).statusCode).toBe(403);
    for (const action of ["retry", "discard"]) {
      const res = await ctx.app.inject({
        method: "POST",
        url: `/api/v1/admin/outbox/${row.id}/${action}`,
        headers: supervisor.auth,
      });
      expect(res.statusCode).toBe(403);
    }
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/admin/outbox" })).statusCode).toBe(401);
    expect((await outboxRow("test:paged:0")).status).toBe("dead");
  });

  it("counts dead messages in /metrics", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/metrics" });
    expect(res.body).toMatch(/satchel_outbox_dead [1-9]\d*/);
    expect(res.body).toMatch(/satchel_outbox_pending \d+/);
  });
});
