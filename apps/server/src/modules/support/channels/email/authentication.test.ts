import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsOf, rawMail } from "../../../../test/fixtures/email/mailbox.js";
import { buildTestApp } from "../../../../test/test-app.js";
import { testConfig } from "../../../../test/test-config.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../../test/wallet-helpers.js";
import { senderAuthenticated } from "./authentication.js";

/**
 * Issue #8 security review: a forged From must not get a customer's account attached. With
 * INBOUND_EMAIL_AUTHSERV_ID set, only our MTA's Authentication-Results count; without it
 * (development) every sender is taken at its word, as before.
 */
const MTA = "mx.satchel.test";
let n = 0;

async function setUp(authservId: string | undefined) {
  const base = testConfig();
  const ctx = await buildTestApp({
    config: { channels: { ...base.channels, inboundAuthservId: authservId } },
  });
  const customer = await buildCustomer(ctx, {}, "Alice");
  const post = (from: string, extra: Record<string, string> = {}, subject = "Withdrawal") =>
    ctx.app.inject({
      method: "POST",
      url: "/api/v1/channels/email/inbound",
      headers: {
        authorization: `Bearer ${base.channels.inboundEmailToken}`,
        "content-type": "message/rfc822",
      },
      payload: rawMail(
        {
          From: `Alice <${from}>`,
          To: "support@satchel.test",
          Subject: subject,
          "Message-ID": `<auth-${Date.now()}-${++n}@example.test>`,
          "Content-Type": "text/plain; charset=utf-8",
          ...extra,
        },
        "Please send my money to this new account",
      ),
    });
  const ticket = (id: string) =>
    ctx.platform.db.selectFrom("support_tickets").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  return { ctx, customer, post, ticket };
}

describe("Authentication-Results", () => {
  const from = "alice@mail.example.com";
  it("passes DMARC, or DKIM aligned with the From domain, from our authserv-id only", () => {
    expect(
      senderAuthenticated([`${MTA}; dmarc=pass (p=reject) header.from=mail.example.com`], MTA, from),
    ).toBe(true);
    expect(senderAuthenticated([`${MTA}; dkim=pass header.d=example.com header.b=abc`], MTA, from)).toBe(
      true,
    );
    expect(senderAuthenticated([`${MTA} 1; dkim=pass header.i=@mail.example.com`], MTA, from)).toBe(true);
    // Someone else's header (the sender can write one), a signer of another domain, a failure.
    expect(senderAuthenticated(["evil.test; dmarc=pass; dkim=pass header.d=example.com"], MTA, from)).toBe(
      false,
    );
    expect(senderAuthenticated([`${MTA}; dkim=pass header.d=attacker.test`], MTA, from)).toBe(false);
    expect(senderAuthenticated([`${MTA}; dkim=pass header.d=notexample.com`], MTA, from)).toBe(false);
    expect(
      senderAuthenticated([`${MTA}; dmarc=fail header.from=mail.example.com; spf=pass`], MTA, from),
    ).toBe(false);
    expect(senderAuthenticated([`${MTA}; dmarc=pass header.from=other.test`], MTA, from)).toBe(false);
    expect(senderAuthenticated([`${MTA}; none`], MTA, from)).toBe(false);
    expect(senderAuthenticated([], MTA, from)).toBe(false);
  });
});

describe(`inbound email with INBOUND_EMAIL_AUTHSERV_ID set, on ${testDatabaseKind}`, () => {
  let env: Awaited<ReturnType<typeof setUp>>;
  let customer: Customer;
  beforeAll(async () => {
    env = await setUp(MTA);
    customer = env.customer;
  });
  afterAll(() => env.ctx.close());

  it("a forged From (no or someone else's Authentication-Results) gets no customer, a flag, and no threading by number", async () => {
    const forged = await env.post(customer.email, {
      "Authentication-Results": `attacker.test; dmarc=pass header.from=${customer.email.split("@")[1]}`,
    });
    expect(forged.statusCode).toBe(202);
    const row = await env.ticket(forged.json().ticketId);
    expect(row.user_id).toBeNull();
    const events = await eventsOf(env.ctx, row.id);
    expect(events.map((e) => e.kind)).toContain("sender_not_authenticated");

    // An authenticated mail from her opens her ticket; a forged one quoting its number does not join it.
    const real = await env.post(customer.email, {
      "Authentication-Results": `${MTA}; dkim=pass header.d=example.test; dmarc=pass`,
    });
    const hers = await env.ticket(real.json().ticketId);
    expect(hers.user_id).toBe(customer.userId);
    expect((await eventsOf(env.ctx, hers.id)).map((e) => e.kind)).not.toContain("sender_not_authenticated");
    const quoting = await env.post(customer.email, {}, `Re: [#${hers.number}] Withdrawal`);
    expect(quoting.json()).toMatchObject({ created: true });
    expect(quoting.json().ticketId).not.toBe(hers.id);
    // Her own authenticated answer by number still threads.
    const answer = await env.post(
      customer.email,
      { "Authentication-Results": `${MTA}; dmarc=pass` },
      `Re: [#${hers.number}] Withdrawal`,
    );
    expect(answer.json()).toMatchObject({ ticketId: hers.id, created: false });
  });
});

describe(`inbound email without INBOUND_EMAIL_AUTHSERV_ID (development), on ${testDatabaseKind}`, () => {
  let env: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    env = await setUp(undefined);
  });
  afterAll(() => env.ctx.close());

  it("takes every sender at its word, as before", async () => {
    const res = await env.post(env.customer.email);
    const row = await env.ticket(res.json().ticketId);
    expect(row.user_id).toBe(env.customer.userId);
    expect((await eventsOf(env.ctx, row.id)).map((e) => e.kind)).not.toContain("sender_not_authenticated");
    const again = await env.post(env.customer.email, {}, `Re: [#${row.number}] Withdrawal`);
    expect(again.json()).toMatchObject({ ticketId: row.id, created: false });
  });
});
