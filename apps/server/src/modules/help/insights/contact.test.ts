import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer } from "../../../test/wallet-helpers.js";

const SUPPORT = "support@satchel.test";

describe(`contacting support from the help center, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    // Each test speaks from its own address (X-Forwarded-For): the contact form's limit is per address.
    ctx = await buildTestApp({ config: { trustProxy: true } });
  });
  afterAll(() => ctx.close());

  let addresses = 0;
  const contact = (payload: Record<string, unknown>, headers: Record<string, string> = {}) => {
    addresses += 1;
    return ctx.app.inject({
      method: "POST",
      url: "/api/v1/help/contact",
      payload,
      headers: { "x-forwarded-for": `198.51.100.${addresses}`, ...headers },
    });
  };

  it("emails a guest's request to support, Reply-To the guest, and acknowledges it in the guest's language", async () => {
    const res = await contact(
      {
        subject: "Cannot sign in",
        message: "I forgot which email I used.\nCan you help?",
        email: "guest.person@example.test",
      },
      { "accept-language": "zh-CN" },
    );
    expect(res.statusCode).toBe(202);
    const { reference } = res.json();
    expect(reference).toMatch(/^C-[0-9A-HJKMNP-TV-Z]{8}$/);

    const toSupport = await lastMessage(ctx, SUPPORT);
    expect(toSupport.subject).toBe(`[${reference}] Cannot sign in`);
    expect(toSupport.text).toContain("guest.person@example.test (guest, not signed in");
    expect(toSupport.text).toContain("I forgot which email I used.\nCan you help?");
    expect(toSupport.text).toContain("Reply to / 回复至: guest.person@example.test");
    expect(toSupport.html).not.toContain("<script");

    const ack = await lastMessage(ctx, "guest.person@example.test");
    expect(ack.subject).toBe(`我们已收到您的留言（${reference}）`);
    expect(ack.text).toContain(reference);
    expect(ack.text).not.toContain("Cannot sign in");
    expect(ack.text).not.toContain("I forgot");
  });

  const messagesTo = async (to: string) => {
    await ctx.platform.outbox.drain();
    const res = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/dev/messages?to=${encodeURIComponent(to)}`,
    });
    return res.json().data as { subject: string | null; text: string; html: string | null }[];
  };

  it("acknowledges a guest who typed a customer's address plainly: no name, no anti-phishing code, nothing they wrote", async () => {
    const victim = await buildCustomer(ctx, {}, "Wang Fang");
    await ctx.platform.db
      .updateTable("users")
      .set({ anti_phishing_code: "RED-OWL" })
      .where("id", "=", victim.userId)
      .execute();
    const lure = {
      subject: "Account frozen: call +1 555 0100 now",
      message: "Your wallet is frozen. Visit https://satchel-verify.example to unlock it.",
    };
    const res = await contact({ ...lure, email: victim.email, lang: "en" });
    expect(res.statusCode).toBe(202);
    const { reference } = res.json();
    const ack = await lastMessage(ctx, victim.email);
    expect(ack.subject).toBe(`We received your message (${reference})`);
    for (const part of [ack.subject ?? "", ack.text, ack.html ?? ""]) {
      for (const forbidden of ["RED-OWL", "Wang Fang", "+1 555 0100", "satchel-verify", "frozen"])
        expect(part).not.toContain(forbidden);
    }
    // Word for word what an address without an account gets: no telling who is a customer.
    const stranger = await contact({ ...lure, email: "nobody.here@example.test", lang: "en" });
    const other = await lastMessage(ctx, "nobody.here@example.test");
    const { reference: otherReference } = stranger.json();
    expect(other.text.replaceAll(otherReference, reference)).toBe(ack.text);
    expect(other.html?.replaceAll(otherReference, reference)).toBe(ack.html);
    // Support still gets the request, Reply-To the typed address, marked as a guest's.
    const toSupport = await lastMessage(ctx, SUPPORT);
    expect(toSupport.text).toContain("(guest, not signed in");
  });

  it("acknowledges an address at most three times a day; support still gets every request", async () => {
    const target = "flooded@example.test";
    const answers: number[] = [];
    const references: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await contact({
        subject: `Flood ${i}`,
        message: "Please write back to me.",
        email: target,
      });
      answers.push(res.statusCode);
      references.push(res.json().reference);
      expect(Object.keys(res.json())).toEqual(["reference"]);
    }
    expect(answers).toEqual([202, 202, 202, 202, 202]);
    expect(await messagesTo(target)).toHaveLength(3);
    const toSupport = await messagesTo(SUPPORT);
    for (const reference of references)
      expect(toSupport.some((message) => message.subject?.startsWith(`[${reference}]`))).toBe(true);
    ctx.clock.advance(24 * 60 * 60_000 + 1000);
    await contact({ subject: "Next day", message: "Please write back to me.", email: target });
    expect(await messagesTo(target)).toHaveLength(4);
  });

  it("gives support the signed-in customer's context and acknowledges with their anti-phishing code", async () => {
    const customer = await buildCustomer(ctx, {}, "Chen Wei");
    await ctx.platform.db
      .updateTable("users")
      .set({ anti_phishing_code: "BLUE-FOX" })
      .where("id", "=", customer.userId)
      .execute();
    const res = await contact(
      {
        subject: "Withdrawal question",
        message: "Why is my withdrawal still pending?",
        // Ignored when signed in: the answer goes to the account's address.
        email: "someone.else@example.test",
      },
      customer.auth,
    );
    expect(res.statusCode).toBe(202);
    const { reference } = res.json();
    const toSupport = await lastMessage(ctx, SUPPORT);
    expect(toSupport.subject).toBe(`[${reference}] Withdrawal question`);
    expect(toSupport.text).toContain(`Chen Wei <${customer.email}> (signed in`);
    expect(toSupport.text).toContain(`Wallet number / 钱包号: ${customer.walletNumber}`);
    expect(toSupport.text).toContain("Verification level / 认证等级: 0");
    expect(toSupport.text).toContain("Two-factor authentication / 双重认证: off");
    expect(toSupport.text).toContain("Account / 账户: active, not frozen");
    expect(toSupport.text).toContain(`Reply to / 回复至: ${customer.email}`);

    const ack = await lastMessage(ctx, customer.email);
    expect(ack.subject).toContain(reference);
    expect(ack.text).toContain("BLUE-FOX");
    expect(ack.text).not.toContain("Withdrawal question");
    const stray = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/dev/messages?to=someone.else@example.test",
    });
    expect(stray.json().data).toEqual([]);
  });

  it("asks a guest for an address and checks the fields", async () => {
    const noEmail = await contact({ subject: "Hello there", message: "Something is wrong with my account." });
    expect(noEmail.statusCode).toBe(400);
    expect(noEmail.json().errors[0]).toMatchObject({ path: "/email" });
    for (const payload of [
      { subject: "Hi", message: "Something is wrong with my account.", email: "a@example.test" },
      { subject: "Hello there", message: "short", email: "a@example.test" },
      {
        subject: "Hello\u0007there",
        message: "Something is wrong with my account.",
        email: "a@example.test",
      },
      { subject: "Hello there", message: "Something is wrong with my account.", email: "not-an-email" },
      { subject: "Hello there", message: "x".repeat(5001), email: "a@example.test" },
    ]) {
      const res = await contact(payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json().code).toBe("validation_failed");
    }
  });

  it("accepts five requests an hour from one address", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/help/contact",
        payload: {
          subject: `Question ${i}`,
          message: "Please tell me about fees.",
          email: "rate@example.test",
        },
        headers: { "x-forwarded-for": "203.0.113.9" },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
  });
});
