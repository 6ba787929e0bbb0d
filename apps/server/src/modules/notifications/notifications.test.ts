import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { codeFrom, lastMessage, registerAndLogin, tokenFrom } from "../../test/accounts-helpers.js";
import { CARDS, depositByCard } from "../../test/deposit-helpers.js";
import { messagesTo, notificationsOf, putPreferences } from "../../test/notification-helpers.js";
import { staffAuth } from "../../test/support-helpers-console.js";
import { customerTicket } from "../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildCustomer, type Customer, send } from "../../test/wallet-helpers.js";
import { settleDeposit } from "../payments/deposits/settle.js";

describe(`notification center on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let payer: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    payer = await buildCustomer(ctx, { USD: "1000.00" }, "Alice Payer");
  });
  afterAll(() => ctx.close());
  // Each test signs up new customers: an hour apart, the registrations per address stay under their limit.
  beforeEach(() => ctx.clock.advance(3_600_000));

  const preferences = async (who: Customer) => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/me/notification-preferences",
      headers: who.auth,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      kinds: { kind: string; locked: string[]; channels: Record<string, boolean> }[];
      smsAvailable: boolean;
    };
  };

  const transfer = async (to: Customer, amount = "12.50") => {
    const res = await send(ctx, payer, { to: to.walletNumber, amount, currency: "USD" });
    expect(res.statusCode, res.body).toBe(201);
  };

  /** A customer with a verified phone (the code from the dev mailbox). */
  const withVerifiedPhone = async (phone: string, display: string) => {
    const who = await buildCustomer(ctx, {}, "Phone Person", { phone: display });
    const verify = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/phone/verify",
      headers: who.auth,
      payload: { code: codeFrom((await lastMessage(ctx, phone)).text) },
    });
    expect(verify.statusCode, verify.body).toBe(200);
    return who;
  };

  it("starts every customer on the defaults: everything in the app, email but for maintenance, no texts", async () => {
    const who = await buildCustomer(ctx);
    const prefs = await preferences(who);
    expect(prefs.smsAvailable).toBe(false);
    expect(prefs.kinds).toEqual([
      { kind: "deposits", locked: [], channels: { in_app: true, email: true, sms: false } },
      { kind: "withdrawals", locked: [], channels: { in_app: true, email: true, sms: false } },
      { kind: "transfers", locked: [], channels: { in_app: true, email: true, sms: false } },
      { kind: "security", locked: ["in_app", "email"], channels: { in_app: true, email: true, sms: false } },
      { kind: "support", locked: [], channels: { in_app: true, email: true, sms: false } },
      { kind: "maintenance", locked: [], channels: { in_app: true, email: false, sms: false } },
    ]);
  });

  it("keeps security notices on in the app and by email; texts only with a verified phone", async () => {
    const who = await buildCustomer(ctx);
    for (const channel of ["in_app", "email"]) {
      const off = await putPreferences(ctx, who, [
        { kind: "deposits", channel: "email", enabled: false },
        { kind: "security", channel, enabled: false },
      ]);
      expect(off.statusCode).toBe(422);
      expect(off.json().code).toBe("notification_locked");
    }
    // All or nothing: the deposits switch of the refused request did not move.
    expect((await preferences(who)).kinds[0]?.channels.email).toBe(true);
    // Turning a locked channel "on" changes nothing and is no error.
    expect(
      (await putPreferences(ctx, who, [{ kind: "security", channel: "email", enabled: true }])).statusCode,
    ).toBe(200);
    const noPhone = await putPreferences(ctx, who, [{ kind: "security", channel: "sms", enabled: true }]);
    expect(noPhone.statusCode).toBe(409);
    expect(noPhone.json().code).toBe("notification_phone_required");
    const bad = await putPreferences(ctx, who, [{ kind: "security", channel: "pigeon", enabled: true }]);
    expect(bad.statusCode).toBe(400);

    const phoned = await withVerifiedPhone("+8613800002222", "+86 138 0000 2222");
    expect((await preferences(phoned)).smsAvailable).toBe(true);
    const on = await putPreferences(ctx, phoned, [{ kind: "security", channel: "sms", enabled: true }]);
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().kinds.find((k: { kind: string }) => k.kind === "security").channels).toEqual({
      in_app: true,
      email: true,
      sms: true,
    });
  });

  it("texts a verified phone when the customer turned texts on for that kind", async () => {
    const phoned = await withVerifiedPhone("+8613800003333", "+86 138 0000 3333");
    expect(
      (await putPreferences(ctx, phoned, [{ kind: "transfers", channel: "sms", enabled: true }])).statusCode,
    ).toBe(200);
    await transfer(phoned, "3.00");
    const [text] = await messagesTo(ctx, "+8613800003333");
    expect(text?.text).toBe("[Satchel] You received 3.00 USD");
  });

  it("a turned-off email sends no email but still leaves the notification in the app", async () => {
    const who = await buildCustomer(ctx);
    expect(
      (await putPreferences(ctx, who, [{ kind: "transfers", channel: "email", enabled: false }])).statusCode,
    ).toBe(200);
    const before = (await messagesTo(ctx, who.email)).length;
    await transfer(who);
    expect(await messagesTo(ctx, who.email)).toHaveLength(before);
    const { data } = await notificationsOf(ctx, who);
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ kind: "transfers", title: "You received 12.50 USD" });

    // And the other way round: off in the app, on by email.
    expect(
      (
        await putPreferences(ctx, who, [
          { kind: "transfers", channel: "email", enabled: true },
          { kind: "transfers", channel: "in_app", enabled: false },
        ])
      ).statusCode,
    ).toBe(200);
    await transfer(who, "1.00");
    expect((await messagesTo(ctx, who.email))[0]?.subject).toBe("You received 1.00 USD");
    expect((await notificationsOf(ctx, who)).data).toHaveLength(1);
  });

  it("tells a customer of a deposit once, however often it is settled", async () => {
    const who = await buildCustomer(ctx, {}, "Ann Lee", { country: "US" });
    const deposit = await depositByCard(ctx, who, CARDS.visa, "100.00");
    const { data } = await notificationsOf(ctx, who);
    expect(data.filter((n) => n.kind === "deposits")).toEqual([
      expect.objectContaining({ link: `/deposits/${deposit.id}`, readAt: null }),
    ]);
    const emails = (await messagesTo(ctx, who.email)).length;

    // Settled again (a replayed webhook, a reconciliation): the deposit is final, nobody is told.
    const deps = ctx.services.payments.deps;
    await ctx.platform.db.transaction().execute(async (trx) => {
      const again = await settleDeposit(deps, trx, deposit.id, { status: "succeeded" });
      expect(again.changed).toBe(false);
    });
    // The same event told twice (two workers racing): one notification, one email.
    const copies = {
      en: { subject: "Deposit arrived", lines: ["Your deposit arrived."] },
      "zh-CN": { subject: "充值已到账", lines: ["您的充值已到账。"] },
    };
    for (let i = 0; i < 2; i++)
      await ctx.platform.db.transaction().execute((trx) =>
        deps.customers.notify(trx, who.userId, {
          kind: "deposits",
          copies,
          dedupeKey: `deposit:${deposit.id}:succeeded`,
        }),
      );
    expect((await notificationsOf(ctx, who)).data.filter((n) => n.kind === "deposits")).toHaveLength(1);
    expect(await messagesTo(ctx, who.email)).toHaveLength(emails);
  });

  it("lists, counts and marks read; nobody reads or marks another's notifications", async () => {
    const who = await buildCustomer(ctx);
    const other = await buildCustomer(ctx);
    for (const amount of ["1.00", "2.00", "3.00"]) await transfer(who, amount);
    const page = await notificationsOf(ctx, who, { query: "limit=2" });
    expect(page.unread).toBe(3);
    expect(page.data.map((n) => n.title)).toEqual(["You received 3.00 USD", "You received 2.00 USD"]);
    const rest = await notificationsOf(ctx, who, { query: `limit=2&cursor=${page.nextCursor}` });
    expect(rest.data.map((n) => n.title)).toEqual(["You received 1.00 USD"]);
    expect(rest.nextCursor).toBeNull();
    const [newest] = page.data;
    if (!newest) throw new Error("no notification");

    // Someone else's id: 404 whether reading or marking, and nothing changes.
    const peek = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/notifications/${newest.id}`,
      headers: other.auth,
    });
    expect(peek.statusCode).toBe(404);
    expect(peek.json().code).toBe("notification_not_found");
    const mark = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/notifications/read",
      headers: other.auth,
      payload: { ids: [newest.id] },
    });
    expect(mark.statusCode).toBe(404);
    expect(mark.json().code).toBe("notification_not_found");
    const mixed = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/notifications/read",
      headers: who.auth,
      payload: { ids: [newest.id, "ntf_nope"] },
    });
    expect(mixed.statusCode).toBe(404);
    expect((await notificationsOf(ctx, who)).unread).toBe(3);

    const one = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/notifications/read",
      headers: who.auth,
      payload: { ids: [newest.id] },
    });
    expect(one.json()).toEqual({ unread: 2 });
    const unreadOnly = await notificationsOf(ctx, who, { query: "unread=true" });
    expect(unreadOnly.data.map((n) => n.title)).toEqual(["You received 2.00 USD", "You received 1.00 USD"]);
    const mine = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/notifications/${newest.id}`,
      headers: who.auth,
    });
    expect(mine.json().readAt).toBe(ctx.clock.now().toISOString());

    const all = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/notifications/read",
      headers: who.auth,
      payload: { all: true },
    });
    expect(all.json()).toEqual({ unread: 0 });
    const count = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/notifications/unread-count",
      headers: who.auth,
    });
    expect(count.json()).toEqual({ unread: 0 });
    const neither = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/notifications/read",
      headers: who.auth,
      payload: {},
    });
    expect(neither.statusCode).toBe(400);
    const badCursor = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/notifications?cursor=nonsense",
      headers: who.auth,
    });
    expect(badCursor.statusCode).toBe(400);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/notifications" })).statusCode).toBe(401);
  });

  it("tells the recipient of a transfer in their language, in the app and by email", async () => {
    const zh = await buildCustomer(ctx, {}, "王小明", { language: "zh-CN" });
    await transfer(zh);
    const [email] = await messagesTo(ctx, zh.email);
    expect(email?.subject).toBe("您收到了 12.50 USD");
    expect(email?.text).toContain(`您收到了来自 Al*** Pa***（${payer.walletNumber}）的 12.50 USD。`);
    const inChinese = await notificationsOf(ctx, zh, { language: "zh-CN" });
    expect(inChinese.data[0]).toMatchObject({
      kind: "transfers",
      title: "您收到了 12.50 USD",
      body: `您收到了来自 Al*** Pa***（${payer.walletNumber}）的 12.50 USD。\n款项已存入您的钱包。`,
    });
    const inEnglish = await notificationsOf(ctx, zh, { language: "en" });
    expect(inEnglish.data[0]).toMatchObject({
      title: "You received 12.50 USD",
      body: `You received 12.50 USD from Al*** Pa*** (${payer.walletNumber}).\nIt is in your wallet now.`,
    });
    expect(inEnglish.data[0]?.link).toMatch(/^\/transactions\/txn_/);
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/v1${inEnglish.data[0]?.link}`,
      headers: zh.auth,
    });
    expect(detail.json()).toMatchObject({ type: "transfer_in", amount: "12.50" });
  });

  it("tells of a support reply in words that read right in the app, where the email's button is not", async () => {
    const who = await buildCustomer(ctx, {}, "Robin Tan");
    const ticket = await customerTicket(ctx, who);
    const agent = await staffAuth(ctx, "agent");
    const reply = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${ticket.id}/replies`,
      headers: agent.auth,
      payload: { body: "Your transfer arrived this morning." },
    });
    expect(reply.statusCode, reply.body).toBe(201);
    const label = `#${ticket.number}`;
    const [english] = (await notificationsOf(ctx, who, { language: "en" })).data;
    expect(english).toMatchObject({
      kind: "support",
      title: `You have a reply on ${label}`,
      body: `Satchel support answered your request ${label}. Open the request to read the reply and answer it.`,
      link: `/support/tickets/${ticket.id}`,
    });
    const [chinese] = (await notificationsOf(ctx, who, { language: "zh-CN" })).data;
    expect(chinese).toMatchObject({
      title: `您的请求 ${label} 有新回复`,
      body: `Satchel 客服已回复您的请求 ${label}，请打开该请求查看回复并作答。`,
    });
    // The email carries the button (and its address) after the same words.
    const [email] = await messagesTo(ctx, who.email);
    expect(email?.text).toContain(`${english?.body}\n\nRead the reply: `);
  });

  it("opens a notice's email with the anti-phishing code", async () => {
    const who = await buildCustomer(ctx);
    const set = await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: who.auth,
      payload: { antiPhishingCode: "blue-heron-9" },
    });
    expect(set.statusCode, set.body).toBe(200);
    await transfer(who);
    const [email] = await messagesTo(ctx, who.email);
    expect(email?.subject).toBe("You received 12.50 USD");
    expect(email?.text.split("\n")[0]).toBe("Your anti-phishing code: blue-heron-9");
    expect(email?.html).toContain("blue-heron-9");
  });

  /** Changes the customer's email the way they do: asks, then follows the link sent to the new address. */
  const changeEmail = async (who: Customer, email: string) => {
    const asked = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/email",
      headers: who.auth,
      payload: { email },
    });
    expect(asked.statusCode, asked.body).toBe(202);
    const token = tokenFrom((await lastMessage(ctx, email)).text);
    const done = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/verify-email",
      payload: { token },
    });
    expect(done.statusCode, done.body).toBe(200);
  };

  it("turning maintenance emails on or off subscribes the account to the status page or stops it", async () => {
    const who = await buildCustomer(ctx, {}, "Sub Scriber", { language: "zh-CN" });
    const subscriber = (email: string) =>
      ctx.platform.db
        .selectFrom("status_subscribers")
        .select(["email", "language", "confirmed_at"])
        .where("email", "=", email.toLowerCase())
        .executeTakeFirst();
    const on = await putPreferences(ctx, who, [{ kind: "maintenance", channel: "email", enabled: true }]);
    expect(on.json().kinds.find((k: { kind: string }) => k.kind === "maintenance").channels.email).toBe(true);
    // Signed in, the address is proven: a confirmed subscriber at once, in the account's language.
    const subscribed = await subscriber(who.email);
    expect(subscribed?.language).toBe("zh-CN");
    expect(subscribed?.confirmed_at).toBeInstanceOf(Date);

    // A new confirmed address takes the subscription with it; the address given up gets nothing more.
    const moved = `moved-${Date.now()}@example.test`;
    await changeEmail(who, moved);
    expect(await subscriber(who.email)).toBeUndefined();
    expect((await subscriber(moved))?.confirmed_at).toBeInstanceOf(Date);

    // Unsubscribed from an email's link (the switch still on): a later change subscribes nobody.
    await ctx.platform.db.deleteFrom("status_subscribers").where("email", "=", moved).execute();
    const third = `third-${Date.now()}@example.test`;
    ctx.clock.advance(1000);
    await changeEmail(who, third);
    expect(await subscriber(third)).toBeUndefined();

    await putPreferences(ctx, who, [{ kind: "maintenance", channel: "email", enabled: true }]);
    expect(await subscriber(third)).toBeDefined();
    await putPreferences(ctx, who, [{ kind: "maintenance", channel: "email", enabled: false }]);
    expect(await subscriber(third)).toBeUndefined();
    // Other switches leave the subscription alone.
    await putPreferences(ctx, who, [{ kind: "maintenance", channel: "email", enabled: true }]);
    await putPreferences(ctx, who, [{ kind: "maintenance", channel: "in_app", enabled: false }]);
    expect(await subscriber(third)).toBeDefined();

    // An address never confirmed could be anybody's: no status emails to it.
    const unconfirmedEmail = `unconfirmed-${Date.now()}@example.test`;
    const unconfirmed = await registerAndLogin(ctx, unconfirmedEmail);
    const refused = await putPreferences(ctx, unconfirmed, [
      { kind: "maintenance", channel: "email", enabled: true },
    ]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("notification_email_unverified");
    expect(await subscriber(unconfirmedEmail)).toBeUndefined();
  });
});
