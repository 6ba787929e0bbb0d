import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  buildSignalDraft,
  buildStatusAdmin,
  openIncident,
  updateIncident,
} from "../../test/status-helpers.js";
import {
  confirmLink,
  confirmTokenOf,
  mailbox,
  requestSubscription,
  subscribeConfirmed,
  unsubscribeTokenOf,
} from "../../test/status-subscription-helpers.js";
import type { StaffMember } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { CONFIRM_RESEND_MS, CONFIRM_TTL_MS } from "./subscriptions.js";

describe("status subscriptions", () => {
  let ctx: TestContext;
  let admin: StaffMember;
  // One app for the file (each test has its own addresses); staff sign in anew as the clock moves.
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  beforeEach(async () => {
    admin = await buildStatusAdmin(ctx);
  });
  afterAll(() => ctx.close());

  const subscriberRow = (email: string) =>
    ctx.platform.db
      .selectFrom("status_subscribers")
      .selectAll()
      .where("email", "=", email)
      .executeTakeFirst();

  it("is double opt-in: nothing about incidents before the link is used, and the link works once", async () => {
    const res = await requestSubscription(ctx, "Ana@Example.test", { components: ["card_deposits"] });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: "pending_confirmation" });
    const token = await confirmTokenOf(ctx, "ana@example.test");

    await openIncident(ctx, admin, { components: ["card_deposits"], title: "Card deposits fail" });
    const before = await mailbox(ctx, "ana@example.test");
    expect(before).toHaveLength(1);
    expect(before[0]?.subject).toBe("Confirm your Satchel status updates");

    const confirmed = await confirmLink(ctx, token);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toEqual({ email: "a***@example.test", components: ["card_deposits"] });
    const again = await confirmLink(ctx, token);
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe("subscription_link_invalid");

    const incident = await openIncident(ctx, admin, {
      components: ["card_deposits"],
      title: "Card deposits slow",
    });
    await updateIncident(ctx, admin, incident.id, { status: "resolved", message: "Fixed." });
    const after = await mailbox(ctx, "ana@example.test");
    expect(after.map((m) => m.subject)).toEqual([
      "Confirm your Satchel status updates",
      "Incident: Card deposits slow",
      "Resolved: Card deposits slow",
    ]);
    const notice = after[1];
    expect(notice?.text).toContain(`/status/incidents/${incident.id}`);
    expect(notice?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(notice?.headers?.["List-Unsubscribe"]).toMatch(
      /^<http:\/\/127\.0\.0\.1:8080\/api\/v1\/status\/subscriptions\/unsubscribe\?token=[\w.-]+>$/,
    );
  });

  it("refuses an expired confirmation link", async () => {
    await requestSubscription(ctx, "late@example.test");
    const token = await confirmTokenOf(ctx, "late@example.test");
    ctx.clock.advance(CONFIRM_TTL_MS + 1000);
    const res = await confirmLink(ctx, token);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("subscription_link_invalid");
    expect((await subscriberRow("late@example.test"))?.confirmed_at).toBeNull();
  });

  it("refuses a link whose components were edited", async () => {
    await requestSubscription(ctx, "edit@example.test", { components: ["login"] });
    const token = await confirmTokenOf(ctx, "edit@example.test");
    // The components travel in the link after its 43 random characters, covered by its hash.
    const edited = `${token.slice(0, 43)}0e`;
    expect(edited).not.toBe(token);
    expect((await confirmLink(ctx, edited)).statusCode).toBe(400);
    expect((await confirmLink(ctx, "not-a-token")).statusCode).toBe(400);
  });

  it("answers the same for a new address and a confirmed one, and a stranger changes nothing without the link", async () => {
    await subscribeConfirmed(ctx, "known@example.test", ["withdrawals"]);
    const known = await requestSubscription(ctx, "known@example.test", { components: ["login"] });
    const fresh = await requestSubscription(ctx, "fresh@example.test", { components: ["login"] });
    expect(known.statusCode).toBe(fresh.statusCode);
    expect(known.body).toBe(fresh.body);

    // The confirmed subscription is untouched until the owner of the address confirms the change.
    expect((await subscriberRow("known@example.test"))?.components).toEqual(["withdrawals"]);
    const messages = await mailbox(ctx, "known@example.test");
    expect(messages.at(-1)?.subject).toBe("Confirm the change to your Satchel status updates");
    const res = await confirmLink(ctx, await confirmTokenOf(ctx, "known@example.test"));
    expect(res.json()).toEqual({ email: "k***@example.test", components: ["login"] });
    expect((await subscriberRow("known@example.test"))?.components).toEqual(["login"]);
  });

  it("does the same work for a confirmed address asking for what it has as for a new one: one email, then none for a few minutes", async () => {
    await subscribeConfirmed(ctx, "same@example.test", ["login"]);
    const before = (await mailbox(ctx, "same@example.test")).length;
    const known = await requestSubscription(ctx, "same@example.test", { components: ["login"] });
    const fresh = await requestSubscription(ctx, "new@example.test", { components: ["login"] });
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(fresh.body);

    const note = await mailbox(ctx, "same@example.test");
    expect(note).toHaveLength(before + 1);
    expect(await mailbox(ctx, "new@example.test")).toHaveLength(1);
    const last = note.at(-1);
    if (!last) throw new Error("no note");
    expect(last.subject).toBe("You already get Satchel status updates");
    // The note leads to the subscription's own page, where it can be seen and stopped.
    const token = unsubscribeTokenOf(last);
    const shown = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/status/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`,
    });
    expect(shown.json()).toEqual({ email: "s***@example.test", components: ["login"], unsubscribed: false });
    expect((await subscriberRow("same@example.test"))?.components).toEqual(["login"]);

    // Asked again at once: neither address is mailed again.
    await requestSubscription(ctx, "same@example.test", { components: ["login"] });
    await requestSubscription(ctx, "new@example.test", { components: ["login"] });
    expect(await mailbox(ctx, "same@example.test")).toHaveLength(before + 1);
    expect(await mailbox(ctx, "new@example.test")).toHaveLength(1);
  });

  it("sends one email per address every few minutes", async () => {
    for (let i = 0; i < 3; i++) await requestSubscription(ctx, "flood@example.test");
    expect(await mailbox(ctx, "flood@example.test")).toHaveLength(1);
    ctx.clock.advance(CONFIRM_RESEND_MS);
    await requestSubscription(ctx, "flood@example.test", { language: "zh-CN" });
    const messages = await mailbox(ctx, "flood@example.test");
    expect(messages).toHaveLength(2);
    expect(messages[1]?.subject).toBe("请确认订阅 Satchel 服务状态通知");
    // Only the newest link works.
    expect(
      (await confirmLink(ctx, await confirmTokenOf(ctx, "flood@example.test"))).json().components,
    ).toEqual([]);
  });

  it("unsubscribes from the emailed link without signing in: GET shows, POST unsubscribes; used again, it says so", async () => {
    await subscribeConfirmed(ctx, "bo@example.test", ["transfers"]);
    await openIncident(ctx, admin, { components: ["transfers"] });
    const notice = (await mailbox(ctx, "bo@example.test")).at(-1);
    if (!notice) throw new Error("no notice");
    const token = unsubscribeTokenOf(notice);

    const shown = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/status/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`,
    });
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({
      email: "b***@example.test",
      components: ["transfers"],
      unsubscribed: false,
    });
    expect(await subscriberRow("bo@example.test")).toBeDefined();
    // Emails sent before the subscriber's id was in the token carry the bare key: still found.
    const bare = token.slice(token.lastIndexOf(".") + 1);
    const legacy = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/status/subscriptions/unsubscribe?token=${encodeURIComponent(bare)}`,
    });
    expect(legacy.json()).toMatchObject({ email: "b***@example.test", unsubscribed: false });

    const post = () =>
      ctx.app.inject({ method: "POST", url: "/api/v1/status/subscriptions/unsubscribe", payload: { token } });
    const done = await post();
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ unsubscribed: true });
    expect(await subscriberRow("bo@example.test")).toBeUndefined();
    expect((await post()).json()).toEqual({ unsubscribed: true });
    const gone = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/status/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`,
    });
    // The old link still proves itself: the page says "already unsubscribed", not "not valid".
    expect(gone.statusCode).toBe(200);
    expect(gone.json()).toEqual({ email: null, components: [], unsubscribed: true });
    // Forged (another subscriber id under this key, or a key changed) is still not valid.
    const dot = token.lastIndexOf(".");
    for (const forged of [
      `usr_01JD0000000000000000000000${token.slice(dot)}`,
      `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`,
      token.slice(dot + 1),
    ]) {
      const res = await ctx.app.inject({
        method: "GET",
        url: `/api/v1/status/subscriptions/unsubscribe?token=${encodeURIComponent(forged)}`,
      });
      expect(res.statusCode, forged).toBe(400);
      expect(res.json().code).toBe("subscription_link_invalid");
    }

    await openIncident(ctx, admin, { components: ["transfers"], title: "After unsubscribing" });
    expect((await mailbox(ctx, "bo@example.test")).map((m) => m.subject)).not.toContain(
      "Incident: After unsubscribing",
    );
  });

  it("tells subscribers of a published draft as of a new incident, in the words of its latest update", async () => {
    await subscribeConfirmed(ctx, "drafts@example.test", ["bank_deposits"]);
    const id = await buildSignalDraft(ctx, {
      component: "bank_deposits",
      title: { en: "Bank transfers late", "zh-CN": "银行转账延迟" },
    });
    // Staff write the timeline while it is a draft: nobody hears of it yet.
    for (const [status, message] of [
      ["investigating", "Looking into late bank transfers."],
      ["identified", "The bank's file arrived late."],
      ["monitoring", "Transfers are arriving again; we are watching."],
    ] as const) {
      ctx.clock.advance(60_000);
      await updateIncident(ctx, admin, id, { status, message });
    }
    const before = (await mailbox(ctx, "drafts@example.test")).length;

    const published = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/status/incidents/${id}/publish`,
      headers: admin.auth,
    });
    expect(published.statusCode).toBe(200);
    const mail = (await mailbox(ctx, "drafts@example.test")).slice(before);
    expect(mail.map((m) => m.subject)).toEqual(["Incident: Bank transfers late"]);
    expect(mail[0]?.text).toContain("Transfers are arriving again; we are watching.");
    expect(mail[0]?.text).not.toContain("The bank's file arrived late.");

    // Later updates are updates.
    await updateIncident(ctx, admin, id, { status: "resolved", message: "All caught up." });
    expect((await mailbox(ctx, "drafts@example.test")).at(-1)?.subject).toBe("Resolved: Bank transfers late");
  });

  it("takes a mail client's one-click unsubscribe (RFC 8058) at the List-Unsubscribe URL", async () => {
    await subscribeConfirmed(ctx, "cy@example.test");
    await openIncident(ctx, admin, { components: ["exchange"] });
    const header = (await mailbox(ctx, "cy@example.test")).at(-1)?.headers?.["List-Unsubscribe"];
    const url = new URL(header?.replace(/^<|>$/g, "") ?? "");
    const res = await ctx.app.inject({
      method: "POST",
      url: `${url.pathname}${url.search}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ unsubscribed: true });
    expect(await subscriberRow("cy@example.test")).toBeUndefined();
  });

  it("refuses what is not an email address, and a component that does not exist", async () => {
    expect((await requestSubscription(ctx, "not an address")).statusCode).toBe(400);
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/status/subscriptions",
      payload: { email: "ok@example.test", components: ["nope"] },
    });
    expect(res.statusCode).toBe(400);
  });
});
