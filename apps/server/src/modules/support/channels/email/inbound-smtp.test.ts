import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  eventsOf,
  mailTo,
  rawMail,
  smtpClient,
  ticketsFrom,
} from "../../../../test/fixtures/email/mailbox.js";
import { IMAGES } from "../../../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { type EmailListener, listenForEmail } from "./listener.js";

/**
 * Customers write to support@ from their own mail program: a real SMTP client hands mail to
 * the listener, each mail lands in the right ticket, new tickets are acknowledged, and
 * machines (autoresponders, bounces) never get an answer or a ticket.
 */
describe(`inbound email over SMTP, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let listener: EmailListener;
  let client: ReturnType<typeof smtpClient>;
  let n = 0;
  const address = (name: string) => `${name}-${Date.now()}-${++n}@example.com`;

  beforeAll(async () => {
    ctx = await buildTestApp();
    listener = await listenForEmail(ctx.services.support.deps, { port: 0, host: "127.0.0.1" });
    client = smtpClient(listener.port);
  });
  afterAll(async () => {
    client?.close();
    await listener?.close();
    await ctx?.close();
  });

  /** A new mail from `from` that opens a ticket; its acknowledgement as the customer got it. */
  async function newTicket(from: string, subject = "My payment did not arrive") {
    await client.send({
      from: `Alice Chen <${from}>`,
      to: "support@satchel.test",
      subject,
      text: "Hello, where is my money?",
    });
    const [ticket] = await ticketsFrom(ctx, from);
    if (!ticket) throw new Error("no ticket opened");
    const [ack] = await mailTo(ctx, from);
    if (!ack?.headers) throw new Error("no acknowledgement");
    return { ticket, ack: { ...ack, headers: ack.headers } };
  }

  it("opens a ticket for a new mail, with the sender as its contact, and acknowledges it with the number and when to expect an answer", async () => {
    const from = address("alice");
    await client.send({
      from: `Alice Chen <${from}>`,
      to: "Satchel Support <support@satchel.test>",
      subject: "My payment did not arrive",
      text: "Hello,\n\nI sent 50 USD yesterday and it has not arrived.\n\nAlice\n-- \nAlice Chen\nACME Ltd",
      messageId: `<first-${n}@example.com>`,
    });
    const [ticket, ...others] = await ticketsFrom(ctx, from);
    expect(others).toHaveLength(0);
    expect(ticket).toMatchObject({
      channel: "email",
      subject: "My payment did not arrive",
      requester_email: from,
      requester_name: "Alice Chen",
      status: "new",
      language: "en",
    });
    expect(ticket?.messages).toHaveLength(1);
    expect(ticket?.messages[0]).toMatchObject({
      channel: "email",
      author_type: "customer",
      external_id: `first-${n}@example.com`,
      body: "Hello,\n\nI sent 50 USD yesterday and it has not arrived.\n\nAlice",
    });
    // The original MIME is kept for agents.
    expect(ticket?.messages[0]?.original_key).toBeTruthy();
    const contact = await ctx.platform.db
      .selectFrom("support_contacts")
      .selectAll()
      .where("address", "=", from)
      .executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ kind: "email", display_name: "Alice Chen", user_id: null });

    const [ack, ...more] = await mailTo(ctx, from);
    expect(more).toHaveLength(0);
    expect(ack?.subject).toBe(`[#${ticket?.number}] We received your request`);
    expect(ack?.text).toContain(`#${ticket?.number}`);
    expect(ack?.text).toMatch(/we aim to answer within \d+ (working day|business hour|hour)/);
    expect(ack?.headers).toMatchObject({
      "Message-ID": `<ack.${ticket?.id}.1@satchel.test>`,
      "In-Reply-To": `<first-${n}@example.com>`,
      "Reply-To": expect.stringMatching(/^support\+[a-z0-9]+@satchel\.test$/),
    });
    expect((await eventsOf(ctx, ticket?.id ?? "")).map((e) => e.kind)).toContain("acknowledged");
  });

  it("threads a reply by the token in the address, by In-Reply-To alone, and by the number in the subject from the requester", async () => {
    const from = address("bob");
    const { ticket, ack } = await newTicket(from);
    const replyTo = ack.headers["Reply-To"] ?? "";

    // 1. To support+token@, whatever the subject and headers.
    await client.send({ from, to: replyTo, subject: "something else entirely", text: "By token" });
    // 2. In-Reply-To our acknowledgement, to the plain support address, a subject without the number.
    await client.send({
      from,
      to: "support@satchel.test",
      subject: "follow-up",
      text: "By In-Reply-To",
      inReplyTo: ack.headers["Message-ID"],
    });
    // 3. The number in the subject, from the requester's own address.
    await client.send({
      from,
      to: "support@satchel.test",
      subject: `Re: [#${ticket.number}] hi`,
      text: "By subject",
    });

    const tickets = await ticketsFrom(ctx, from);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]?.messages.map((m) => m.body)).toEqual([
      "Hello, where is my money?",
      "By token",
      "By In-Reply-To",
      "By subject",
    ]);
    // Only the first mail opened a ticket: one acknowledgement.
    expect(await mailTo(ctx, from)).toHaveLength(1);
  });

  it("threads by a References id of the customer's own earlier mail, and brings a solved ticket back to the agents", async () => {
    const from = address("carl");
    await client.send({
      from,
      to: "support@satchel.test",
      subject: "Question",
      text: "First",
      messageId: `<q-${n}@example.com>`,
    });
    const [ticket] = await ticketsFrom(ctx, from);
    await ctx.platform.db
      .updateTable("support_tickets")
      .set({ status: "solved" })
      .where("id", "=", ticket?.id ?? "")
      .execute();
    await client.send({
      from,
      to: "support@satchel.test",
      subject: "Question (more)",
      text: "Second",
      references: [`<unrelated@example.com>`, `<q-${n}@example.com>`],
    });
    const [after, ...others] = await ticketsFrom(ctx, from);
    expect(others).toHaveLength(0);
    expect(after?.status).toBe("open");
    expect(after?.messages.map((m) => m.body)).toEqual(["First", "Second"]);
  });

  it("opens a new ticket for a stranger who puts someone else's ticket number in the subject", async () => {
    const owner = address("owner");
    const { ticket } = await newTicket(owner);
    const stranger = address("stranger");
    await client.send({
      from: stranger,
      to: "support@satchel.test",
      subject: `[#${ticket.number}] let me in`,
      text: "Hi",
    });
    const [theirs] = await ticketsFrom(ctx, stranger);
    expect(theirs?.id).not.toBe(ticket.id);
    expect(theirs?.messages.map((m) => m.body)).toEqual(["Hi"]);
    expect((await ticketsFrom(ctx, owner))[0]?.messages).toHaveLength(1);
  });

  it("never answers an autoresponder or opens a ticket for it; on a ticket it answers it is only noted", async () => {
    const robot = address("robot");
    await client.send({
      from: robot,
      to: "support@satchel.test",
      subject: "Out of office",
      text: "I am away until Monday.",
      headers: { "Auto-Submitted": "auto-replied" },
    });
    expect(await ticketsFrom(ctx, robot)).toHaveLength(0);
    expect(await mailTo(ctx, robot)).toHaveLength(0);

    // The customer's own out-of-office answering our acknowledgement: noted, not stored, not reopening.
    const from = address("dana");
    const { ticket, ack } = await newTicket(from);
    await ctx.platform.db
      .updateTable("support_tickets")
      .set({ status: "pending" })
      .where("id", "=", ticket.id)
      .execute();
    await client.send({
      from,
      to: ack.headers["Reply-To"],
      subject: `Automatic reply: [#${ticket.number}] We received your request`,
      text: "I am away until Monday.",
      inReplyTo: ack.headers["Message-ID"],
      headers: { "Auto-Submitted": "auto-replied" },
    });
    const [after] = await ticketsFrom(ctx, from);
    expect(after?.status).toBe("pending");
    expect(after?.messages).toHaveLength(1);
    const noted = (await eventsOf(ctx, ticket.id)).filter((e) => e.kind === "auto_reply_received");
    expect(noted).toHaveLength(1);
    expect(noted[0]?.detail).toMatchObject({
      kind: "auto_reply",
      from,
      subject: expect.stringContaining("Automatic reply"),
    });
    expect(await mailTo(ctx, from)).toHaveLength(1);
  });

  it("takes a bounce (null sender, delivery report) without a ticket or an answer", async () => {
    const report = rawMail(
      {
        From: "Mail Delivery System <MAILER-DAEMON@mx.example.org>",
        To: "support@satchel.test",
        Subject: "Undelivered Mail Returned to Sender",
        "Message-ID": `<bounce-${n}@mx.example.org>`,
        "MIME-Version": "1.0",
        "Content-Type": 'multipart/report; report-type=delivery-status; boundary="B"',
      },
      "--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.1.1\n--B--\n",
    );
    const before = await ctx.platform.db
      .selectFrom("support_tickets")
      .select(ctx.platform.db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    await client.send({ envelope: { from: "", to: ["support@satchel.test"] }, raw: report });
    const after = await ctx.platform.db
      .selectFrom("support_tickets")
      .select(ctx.platform.db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await mailTo(ctx, "mailer-daemon@mx.example.org")).toHaveLength(0);
  });

  it("stores a GBK mail (GBK body, =?GBK?B?…?= subject and name) as readable Chinese and acknowledges in Chinese", async () => {
    const from = address("wang");
    const gbk = (text: string) => iconv.encode(text, "gbk");
    const raw = rawMail(
      {
        From: `=?GBK?B?${gbk("王小明").toString("base64")}?= <${from}>`,
        To: "support@satchel.test",
        Subject: `=?GBK?B?${gbk("提现没有到账").toString("base64")}?=`,
        "Message-ID": `<gbk-${n}@example.com>`,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=GBK",
        "Content-Transfer-Encoding": "8bit",
      },
      gbk("您好，我昨天提现了 500 元，至今没有到账。\r\n\r\n发自我的iPhone\r\n"),
    );
    await client.send({ envelope: { from, to: ["support@satchel.test"] }, raw });
    const [ticket] = await ticketsFrom(ctx, from);
    expect(ticket).toMatchObject({ subject: "提现没有到账", requester_name: "王小明", language: "zh-CN" });
    expect(ticket?.messages[0]?.body).toBe("您好，我昨天提现了 500 元，至今没有到账。");
    const [ack] = await mailTo(ctx, from);
    expect(ack?.subject).toBe(`[#${ticket?.number}] 我们已收到您的请求`);
    expect(ack?.text).toContain(`您的请求编号为 #${ticket?.number}`);
  });

  it("stores the same Message-ID once, however often it is delivered", async () => {
    const from = address("erin");
    const mail = {
      from,
      to: "support@satchel.test",
      subject: "Twice",
      text: "Once only",
      messageId: `<twice-${n}@example.com>`,
    };
    await client.send(mail);
    await client.send(mail);
    const tickets = await ticketsFrom(ctx, from);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]?.messages).toHaveLength(1);
    expect(await mailTo(ctx, from)).toHaveLength(1);
  });

  it("keeps what the customer wrote above the quoted history", async () => {
    const from = address("frank");
    const { ticket, ack } = await newTicket(from);
    await client.send({
      from,
      to: ack.headers["Reply-To"],
      subject: `Re: [#${ticket.number}] We received your request`,
      text: `It arrived, thank you!\n\nOn Thu, 26 Nov 2026 at 10:00, Satchel Support <support@satchel.test> wrote:\n> ${ack.text.split("\n").join("\n> ")}`,
    });
    const [after] = await ticketsFrom(ctx, from);
    expect(after?.messages.at(-1)?.body).toBe("It arrived, thank you!");
  });

  it("keeps image attachments and names the files it did not keep", async () => {
    const from = address("gina");
    await client.send({
      from,
      to: "support@satchel.test",
      subject: "Screenshot",
      text: "See the screenshot.",
      attachments: [
        { filename: "error.png", content: IMAGES.png, contentType: "image/png" },
        { filename: "invoice.exe", content: Buffer.from("MZ…"), contentType: "application/octet-stream" },
      ],
    });
    const [ticket] = await ticketsFrom(ctx, from);
    const message = ticket?.messages[0];
    expect(message?.body).toBe("See the screenshot.\n\nNot kept: invoice.exe");
    expect(message?.attachments).toEqual([
      expect.objectContaining({ filename: "error.png", contentType: "image/png" }),
    ]);
  });

  it("acknowledges at most three new tickets a day per sender", async () => {
    const from = address("loop");
    for (let i = 0; i < 4; i++)
      await client.send({ from, to: "support@satchel.test", subject: `Mail ${i}`, text: `Number ${i}` });
    const tickets = await ticketsFrom(ctx, from);
    expect(tickets).toHaveLength(4);
    expect(await mailTo(ctx, from)).toHaveLength(3);
    const last = tickets.at(-1);
    expect((await eventsOf(ctx, last?.id ?? "")).map((e) => e.kind)).toContain("acknowledgement_skipped");
  });

  it("ignores mail from our own addresses (a loop)", async () => {
    const before = await mailTo(ctx, "support@satchel.test");
    await client.send({
      from: "Satchel Support <support@satchel.test>",
      to: "support@satchel.test",
      subject: "Loop",
      text: "Echo",
    });
    expect(await ticketsFrom(ctx, "support@satchel.test")).toHaveLength(0);
    expect(await mailTo(ctx, "support@satchel.test")).toHaveLength(before.length);
  });

  it("refuses recipients outside the support domain", async () => {
    await expect(
      client.send({ from: address("hank"), to: "someone@elsewhere.example", subject: "Relay?", text: "x" }),
    ).rejects.toMatchObject({ responseCode: 550 });
  });

  it("refuses a mail over the size limit", async () => {
    await expect(
      client.send({
        from: address("ivy"),
        to: "support@satchel.test",
        subject: "Huge",
        text: "x",
        attachments: [{ filename: "big.bin", content: Buffer.alloc(21 * 1024 * 1024, 1) }],
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
  });
});
