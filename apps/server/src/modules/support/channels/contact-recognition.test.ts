import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage, registerAndLogin, tokenFrom } from "../../../test/accounts-helpers.js";
import { buildStaffMember } from "../../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../test/wallet-helpers.js";
import { receiveInbound } from "./inbound.js";

/**
 * Issue #8 security review: a contact is the customer who verified its address NOW. A
 * customer who gave an address up (changed their email) no longer gets mail from it attached
 * to their account; whoever verifies it next does. An agent's link stays as the agent made it.
 */
describe(`contacts follow the verified address, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let n = 0;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  const mailFrom = (address: string, body: string) =>
    receiveInbound(ctx.services.support.deps, {
      channel: "email",
      from: { kind: "email", address, name: "Someone" },
      externalId: `recognition-${Date.now()}-${++n}@example.com`,
      continueLatest: false,
      subject: "Hello",
      body,
    });

  async function changeEmail(customer: Customer, to: string) {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/email",
      headers: customer.auth,
      payload: { email: to },
    });
    expect(res.statusCode).toBe(202);
    const done = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/verify-email",
      payload: { token: tokenFrom((await lastMessage(ctx, to)).text) },
    });
    expect(done.json().user).toMatchObject({ email: to, emailVerified: true });
  }

  it("mail from an address its customer gave up is not attached to them; the new owner's is theirs", async () => {
    const alice = await buildCustomer(ctx, {}, "Alice");
    const before = await mailFrom(alice.email, "From Alice while it is hers");
    expect(before.contact.user_id).toBe(alice.userId);
    expect(before.ticket.user_id).toBe(alice.userId);

    await changeEmail(alice, `alice-new-${Date.now()}@example.test`);
    const nobody = await mailFrom(alice.email, "Nobody owns this address now");
    expect(nobody.contact.user_id).toBeNull();
    expect(nobody.ticket.user_id).toBeNull();

    // Someone else registers with the old address and proves it.
    const mallory = await registerAndLogin(ctx, alice.email, { name: "Mallory" });
    const verified = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/verify-email",
      payload: { token: tokenFrom((await lastMessage(ctx, alice.email)).text) },
    });
    expect(verified.statusCode).toBeLessThan(300);
    const after = await mailFrom(alice.email, "From the new owner");
    expect(after.contact.user_id).toBe(mallory.userId);
    expect(after.ticket.user_id).toBe(mallory.userId);
    expect(after.ticket.user_id).not.toBe(alice.userId);
  });

  it("a link an agent made sticks, whoever verifies the address", async () => {
    const bob = await buildCustomer(ctx, {}, "Bob");
    const address = `bob-other-${Date.now()}@example.test`;
    const first = await mailFrom(address, "From Bob's other address");
    expect(first.contact.user_id).toBeNull();
    const agent = await buildStaffMember(ctx, "agent", "Amy Agent");
    const linked = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/contacts/${first.contact.id}/link`,
      headers: agent.auth,
      payload: { userId: bob.userId, reason: "Confirmed his wallet number on the phone" },
    });
    expect(linked.statusCode).toBe(200);
    const again = await mailFrom(address, "Again");
    expect(again.contact.user_id).toBe(bob.userId);
  });
});
