import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../modules/accounts/passwords.js";
import { createPlatform } from "../platform/platform.js";
import { createServices } from "../services.js";
import { codeFrom, lastMessage } from "../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../test/test-app.js";
import { testConfig } from "../test/test-config.js";
import { DEMO_LOGINS, SeedRefusedError, seedDemo } from "./demo.js";

/** Demo staff sign in as a person would: password, then the texted code from the dev mailbox. */
async function signInWithTexts(ctx: TestContext, login: string, password: string) {
  const first = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { login, password },
  });
  const { mfaToken, methods } = first.json() as { mfaToken: string; methods: string[] };
  expect(methods).toContain("sms");
  await ctx.app.inject({ method: "POST", url: "/api/v1/auth/login/mfa/sms", payload: { mfaToken } });
  const phone = DEMO_LOGINS.find((l) => l.email === login)?.phone ?? "";
  const code = codeFrom((await lastMessage(ctx, phone)).text);
  const done = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login/mfa",
    payload: { mfaToken, code },
  });
  expect(done.statusCode).toBe(200);
  return { authorization: `Bearer ${done.json().token}` };
}

describe("demo data", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  it("creates customers and staff (agents, a supervisor, an admin, a compliance officer) whose printed passwords work, once", async () => {
    const lines: string[] = [];
    const first = await seedDemo(ctx.platform, ctx.services, (l) => lines.push(l));
    expect(first.seeded).toBe(true);
    // One line per login, then one each for the wallets, payments, the help center, the support
    // desk, its channels and the status page.
    expect(lines).toHaveLength(DEMO_LOGINS.length + 6);
    expect(await ctx.services.users.countByRole()).toEqual({
      customer: 2,
      agent: 2,
      supervisor: 1,
      admin: 1,
      compliance: 1,
    });
    for (const login of DEMO_LOGINS) {
      const row = await ctx.platform.db
        .selectFrom("users")
        .select(["password_hash", "role", "sms_mfa_enabled_at", "phone_verified_at"])
        .where("email", "=", login.email)
        .executeTakeFirstOrThrow();
      expect(row.role).toBe(login.role);
      // Staff sign in with a texted code (shown in the dev mailbox); customers choose for themselves.
      expect(row.sms_mfa_enabled_at !== null && row.phone_verified_at !== null).toBe(
        login.role !== "customer",
      );
      expect(await verifyPassword(row.password_hash, login.password)).toBe(true);
    }
    const again = await seedDemo(ctx.platform, ctx.services);
    expect(again.seeded).toBe(false);
    expect(await ctx.services.users.countByRole()).toEqual({
      customer: 2,
      agent: 2,
      supervisor: 1,
      admin: 1,
      compliance: 1,
    });
  });

  it("gives the demo customers balances and a history with a transfer, an exchange and a refusal", async () => {
    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: DEMO_LOGINS[0]?.email, password: DEMO_LOGINS[0]?.password },
    });
    const auth = { authorization: `Bearer ${login.json().token}` };
    const wallets = await ctx.app.inject({ method: "GET", url: "/api/v1/wallets", headers: auth });
    const available = Object.fromEntries(
      (wallets.json().data as { currency: string; available: string }[]).map((w) => [
        w.currency,
        w.available,
      ]),
    );
    expect(available.USD).toBe("383.50");
    expect(available.EUR).toBe("200.00");
    expect(Number(available.CNY)).toBeGreaterThan(1000);
    const history = await ctx.app.inject({ method: "GET", url: "/api/v1/transactions", headers: auth });
    const kinds = (history.json().data as { type: string; status: string }[]).map(
      (t) => `${t.type}:${t.status}`,
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        "transfer_out:failed",
        "exchange:completed",
        "transfer_in:completed",
        "transfer_out:completed",
        "adjustment:completed",
      ]),
    );
    expect(
      Object.values(await ctx.services.ledger.trialBalance(ctx.platform.db)).every((s) => s === 0n),
    ).toBe(true);
  });

  it("sends the demo customer a welcome email through the outbox", async () => {
    await ctx.platform.outbox.drain();
    const res = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/dev/messages?to=${DEMO_LOGINS[0]?.email}`,
    });
    const subjects = (res.json().data as { subject: string }[]).map((m) => m.subject);
    expect(subjects.some((s) => s.includes("Welcome to Satchel"))).toBe(true);
  });

  it("gives the demo customer deposits in every state, payout destinations and level 1", async () => {
    await ctx.platform.outbox.drain();
    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: DEMO_LOGINS[0]?.email, password: DEMO_LOGINS[0]?.password },
    });
    const auth = { authorization: `Bearer ${login.json().token}` };
    const deposits = await ctx.app.inject({ method: "GET", url: "/api/v1/deposits", headers: auth });
    const states = (
      deposits.json().data as { methodId: string; status: string; reason: { code: string } | null }[]
    )
      .map((d) => `${d.methodId}:${d.status}:${d.reason?.code ?? ""}`)
      .sort();
    expect(states).toEqual([
      "bank_us_ach:pending:",
      "card:failed:card_insufficient_funds",
      "card:succeeded:",
    ]);
    const destinations = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/payout-destinations",
      headers: auth,
    });
    expect(
      destinations
        .json()
        .data.map((d: { label: string }) => d.label)
        .sort(),
    ).toEqual(["Chase checking", "PayPal"]);
    const verification = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/me/verification",
      headers: auth,
    });
    expect(verification.json().level).toBe(1);
    const suspense = await ctx.services.payments.bank.listLines({ status: "unmatched", limit: 10 });
    expect(suspense.map((l) => l.reference_text)).toContain("INVOICE 4471 A CHEN");
    expect(
      Object.values(await ctx.services.ledger.trialBalance(ctx.platform.db)).every((s) => s === 0n),
    ).toBe(true);
  });

  it("gives the staff help analytics two weeks of use and an agent's draft to review", async () => {
    const auth = await signInWithTexts(ctx, "admin@demo.satchel.test", "granite-orchid-beacon-19");
    const analytics = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/help/analytics",
      headers: auth,
    });
    expect(analytics.statusCode).toBe(200);
    const report = analytics.json();
    expect(report.totals.searches).toBeGreaterThan(20);
    expect(report.totals.noResults).toBeGreaterThan(0);
    expect(report.totals.deflected).toBeGreaterThan(0);
    expect(report.gaps.length).toBeGreaterThan(0);
    const submitted = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/help/articles?status=submitted",
      headers: auth,
    });
    expect(submitted.json().data.map((a: { slug: string }) => a.slug)).toContain("fees");
  });

  it("is refused in production", async () => {
    const platform = createPlatform({
      config: testConfig({ isProduction: true, devTools: false }),
      database: ctx.database,
    });
    await expect(seedDemo(platform, createServices(platform))).rejects.toBeInstanceOf(SeedRefusedError);
  });

  it("gives the support desk live tickets, Alice's refused transfer attached, and a month of history", async () => {
    const db = ctx.platform.db;
    const live = await db
      .selectFrom("support_tickets")
      .select(["id", "status", "subject", "satisfaction_score"])
      .where("created_at", ">=", new Date(ctx.clock.now().getTime() - 60_000))
      .where("channel", "=", "web")
      .execute();
    expect(live.map((t) => t.status).sort()).toEqual(["new", "pending", "solved"]);
    const refused = live.find((t) => t.subject === "My transfer was refused");
    const linked = await db
      .selectFrom("support_ticket_transactions")
      .select("snapshot")
      .where("ticket_id", "=", refused?.id ?? "")
      .execute();
    expect(linked[0]?.snapshot.status).toBe("failed");
    expect(live.some((t) => t.satisfaction_score === 5)).toBe(true);
    const history = await db
      .selectFrom("support_tickets")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(history.n)).toBeGreaterThan(90);
    const members = await db.selectFrom("support_group_members").selectAll().execute();
    expect(members.length).toBeGreaterThan(5);
  });

  it("shows the channels in use: an answered email, Messenger and X messages from unlinked accounts, Alice's call", async () => {
    const db = ctx.platform.db;
    const byChannel = await db
      .selectFrom("support_tickets")
      .leftJoin("users", "users.id", "support_tickets.user_id")
      .select(["support_tickets.channel", "support_tickets.status", "users.email"])
      .where("support_tickets.contact_id", "is not", null)
      .orderBy("support_tickets.channel")
      .execute();
    expect(byChannel).toEqual([
      { channel: "email", status: "pending", email: null },
      { channel: "phone", status: "new", email: "alice@demo.satchel.test" },
      { channel: "social", status: "new", email: null },
      { channel: "social", status: "new", email: null },
    ]);
    const reply = await db
      .selectFrom("support_messages")
      .select(["channel", "delivery_status"])
      .where("author_type", "=", "agent")
      .where("channel", "=", "email")
      .execute();
    // Queued by the seed; sent once the outbox ran (an earlier test may have run it).
    expect(reply).toHaveLength(1);
    expect(["queued", "sent"]).toContain(reply[0]?.delivery_status);
  });
});
