import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailTo, rawMail } from "../../../../test/fixtures/email/mailbox.js";
import { staffAuth } from "../../../../test/support-helpers-console.js";
import { customerTicket, guestTicket } from "../../../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testConfig } from "../../../../test/test-config.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { buildCustomer } from "../../../../test/wallet-helpers.js";

/**
 * RFC 3834: what the desk sends on its own says so (Auto-Submitted), so the customer's
 * out-of-office reply stays quiet; an agent's own answer is a person's mail and does not.
 */
describe(`Auto-Submitted on the desk's automatic emails, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  const TOKEN = testConfig().channels.inboundEmailToken ?? "";
  let n = 0;

  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  async function mailSupport(from: string) {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/channels/email/inbound",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "message/rfc822" },
      payload: rawMail(
        {
          From: `Pat <${from}>`,
          To: "support@satchel.test",
          Subject: "Withdrawal",
          "Message-ID": `<auto-${++n}-${Date.now()}@example.com>`,
          "Content-Type": "text/plain; charset=utf-8",
        },
        "Where is my withdrawal?",
      ),
    });
    expect(res.statusCode).toBe(202);
    return res.json() as { ticketId: string; number: string };
  }

  it("marks the acknowledgement of a mailed request auto-replied, and not the agent's answer", async () => {
    const from = `pat-${Date.now()}@example.com`;
    const { ticketId, number } = await mailSupport(from);
    const [ack] = await mailTo(ctx, from);
    expect(ack?.subject).toContain(`[#${number}]`);
    expect(ack?.headers).toMatchObject({ "Auto-Submitted": "auto-replied" });

    const agent = await staffAuth(ctx, "agent");
    const reply = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${ticketId}/replies`,
      headers: agent.auth,
      payload: { body: "It left this morning." },
    });
    expect(reply.statusCode).toBe(201);
    const [answer] = await mailTo(ctx, from);
    expect(answer?.text).toContain("It left this morning.");
    expect(answer?.headers?.["Auto-Submitted"]).toBeUndefined();
  });

  it("marks a guest's ticket notices and an account holder's auto-generated", async () => {
    const guest = await guestTicket(ctx);
    const [verify] = await mailTo(ctx, guest.email);
    expect(verify?.subject).toContain(guest.ticket.number);
    expect(verify?.headers).toMatchObject({ "Auto-Submitted": "auto-generated" });

    const customer = await buildCustomer(ctx);
    const ticket = await customerTicket(ctx, customer);
    const [received] = await mailTo(ctx, customer.email);
    expect(received?.subject).toContain(ticket.number);
    expect(received?.headers).toMatchObject({ "Auto-Submitted": "auto-generated" });
  });
});
