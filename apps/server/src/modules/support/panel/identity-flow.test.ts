import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage, STRONG_PASSWORD } from "../../../test/accounts-helpers.js";
import {
  guestTicket,
  hardLockBySignIns,
  panelAction,
  panelOf,
  signIn,
  threadOf,
} from "../../../test/support-helpers-panel.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, buildStaff } from "../../../test/wallet-helpers.js";
import { enableTotp } from "../../../test/withdrawal-helpers.js";

type Staff = Awaited<ReturnType<typeof buildStaff>>;

/**
 * A customer who cannot sign in writes as a guest from their address; the agent finds their
 * account from the ticket, checks their identity, fixes the account from the panel, and the
 * customer signs in again.
 */
describe(`identity checks from a guest ticket on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await buildStaff(ctx, "agent");
  });
  afterAll(() => ctx.close());

  /** What the console does with a guest ticket: the requester's address leads to the account. */
  async function findCustomer(email: string): Promise<string> {
    const res = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/agent/customers?email=${encodeURIComponent(email)}`,
      headers: agent.auth,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().userId as string;
  }

  it("unlocks a customer who hard-locked themselves, from their guest ticket, after two checks", async () => {
    const ann = await buildCustomer(ctx, { USD: "20.00" }, "Ann Locked");
    await hardLockBySignIns(ctx, ann.email);
    const locked = await signIn(ctx, ann.email);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().lockedUntil).toBeNull();

    const ticket = await guestTicket(ctx, { email: ann.email, subject: "Locked out" });
    const userId = await findCustomer(ann.email);
    expect(userId).toBe(ann.userId);
    const panel = (await panelOf(ctx, agent, userId, ticket.id)).json();
    expect(panel.lock).toMatchObject({ locked: true, kind: "hard", cause: "failed_sign_ins" });
    expect(panel.logins.slice(0, 3).map((l: { outcome: string }) => l.outcome)).toContain("locked");

    const unlock = await panelAction(ctx, agent, userId, "unlock", {
      reason: "Guest ticket: confirmed date of birth and last deposit amount",
      checks: ["date_of_birth", "recent_transaction_amount"],
      ticketId: ticket.id,
    });
    expect(unlock.statusCode, unlock.body).toBe(204);

    const back = await signIn(ctx, ann.email);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().token).toEqual(expect.any(String));
    expect((await lastMessage(ctx, ann.email)).subject).toContain("unlocked");

    const thread = await threadOf(ctx, ticket.id);
    expect(thread.map((m) => [m.author_type, m.internal])).toEqual([
      ["customer", false],
      ["system", true],
      ["system", false],
    ]);
    expect(thread[1]?.body).toContain("Identity checks: date of birth, a recent transaction's amount");
    expect(thread[2]?.body).toContain("unlocked your account");
    const after = (await panelOf(ctx, agent, userId)).json();
    expect(after.lock).toMatchObject({ locked: false, kind: null });
    expect(after.logins[0].outcome).toBe("success");
    expect(after.tickets.map((t: { id: string }) => t.id)).toContain(ticket.id);
  });

  it("resets two-factor authentication for a customer who lost their phone; they sign in with the password", async () => {
    const bo = await buildCustomer(ctx, { USD: "20.00" }, "Bo Phoneless");
    await enableTotp(ctx, bo);
    const before = await signIn(ctx, bo.email);
    expect(before.json()).toMatchObject({ mfaRequired: true });

    const ticket = await guestTicket(ctx, { email: bo.email, subject: "Lost my phone", language: "zh-CN" });
    const userId = await findCustomer(bo.email);
    expect((await panelOf(ctx, agent, userId, ticket.id)).json().twoFactor).toEqual({
      totp: true,
      sms: false,
    });

    const reset = await panelAction(ctx, agent, userId, "2fa-reset", {
      reason: "Lost phone and recovery codes; ID document and call back checked",
      checks: ["id_document", "phone_callback"],
      ticketId: ticket.id,
    });
    expect(reset.statusCode, reset.body).toBe(204);

    const after = await signIn(ctx, bo.email, STRONG_PASSWORD);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json().mfaRequired).toBeUndefined();
    expect(after.json().token).toEqual(expect.any(String));

    const panel = (await panelOf(ctx, agent, userId)).json();
    expect(panel.twoFactor).toEqual({ totp: false, sms: false });
    expect(panel.withdrawalsHeldUntil).toBe(
      new Date(ctx.clock.now().getTime() + 24 * 3_600_000).toISOString(),
    );
    const thread = await threadOf(ctx, ticket.id);
    expect(thread.at(-1)).toMatchObject({ internal: false, body: expect.stringContaining("两步验证") });
    expect(thread.at(-2)?.body).toContain("Two-factor authentication turned off by");
  });
});
