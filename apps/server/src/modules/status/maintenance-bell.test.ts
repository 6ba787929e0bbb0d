import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { codeFrom, lastMessage } from "../../test/accounts-helpers.js";
import { buildUser } from "../../test/factories.js";
import { notificationsOf, putPreferences } from "../../test/notification-helpers.js";
import { buildStatusAdmin, scheduleMaintenance } from "../../test/status-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildCustomer, type Customer } from "../../test/wallet-helpers.js";
import { resolvePreferences } from "../notifications/preferences.js";
import { bellPass } from "./bell.js";
import { MAINTENANCE_BELL_TOPIC } from "./deps.js";
import { runMaintenanceLifecycle } from "./lifecycle.js";

const HOUR = 3_600_000;

describe(`maintenance in the customers' bells on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await buildTestApp();
  });
  afterEach(() => ctx.close());

  const run = () => runMaintenanceLifecycle(ctx.services.status.deps);
  const bell = async (who: Customer, language: "en" | "zh-CN" = "en") =>
    (await notificationsOf(ctx, who, { language })).data.filter((n) => n.kind === "maintenance");
  /** Maintenance notifications stored for a user (staff have no bell to ask). */
  const storedFor = async (userId: string) =>
    (
      await ctx.platform.db
        .selectFrom("notifications")
        .select("id")
        .where("user_id", "=", userId)
        .where("kind", "=", "maintenance")
        .execute()
    ).length;
  const bellMessages = () =>
    ctx.platform.db
      .selectFrom("outbox")
      .select(["id", "payload"])
      .where("topic", "=", MAINTENANCE_BELL_TOPIC)
      .orderBy("id")
      .execute();
  const cancel = async (id: string, auth: Record<string, string>) => {
    const res = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/status/maintenances/${id}/cancel`,
      headers: auth,
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  it("tells every customer of an announcement once, in their language; not those who turned it off, not staff", async () => {
    const en = await buildCustomer(ctx, {}, "Ann Lee");
    const zh = await buildCustomer(ctx, {}, "Li Wei", { language: "zh-CN" });
    const quiet = await buildCustomer(ctx, {}, "Quiet Person");
    const off = await putPreferences(ctx, quiet, [
      { kind: "maintenance", channel: "in_app", enabled: false },
    ]);
    expect(off.statusCode, off.body).toBe(200);
    const admin = await buildStatusAdmin(ctx);
    const window = await scheduleMaintenance(ctx, admin, {
      components: ["card_deposits"],
      startsAt: 5 * HOUR,
      endsAt: 7 * HOUR,
      title: { en: "Card processor upgrade", "zh-CN": "银行卡通道升级" },
    });

    expect(await run()).toBe(1);
    const [inEnglish, ...moreEn] = await bell(en, "en");
    expect(moreEn).toHaveLength(0);
    expect(inEnglish?.title).toBe("Scheduled maintenance: Card processor upgrade");
    expect(inEnglish?.body).toContain("Card deposits");
    expect(inEnglish?.body).toContain("UTC");
    expect(inEnglish?.link).toBe("/status");
    const [inChinese, ...moreZh] = await bell(zh, "zh-CN");
    expect(moreZh).toHaveLength(0);
    expect(inChinese?.title).toBe("计划维护：银行卡通道升级");
    expect(inChinese?.body).toContain("维护时间");
    expect(await bell(quiet)).toEqual([]);
    expect(await storedFor(admin.userId)).toBe(0);

    // The chore again, and every page of the fan-out delivered again: nothing new.
    expect(await run()).toBe(0);
    await ctx.platform.db
      .updateTable("outbox")
      .set({ status: "pending", next_attempt_at: ctx.clock.now() })
      .where("topic", "=", MAINTENANCE_BELL_TOPIC)
      .execute();
    expect(await bell(en)).toHaveLength(1);
    expect(await bell(zh, "zh-CN")).toHaveLength(1);

    // Never emailed or texted from the notification center (subscribers get the status emails).
    const sent = await ctx.platform.db
      .selectFrom("outbox")
      .select("dedupe_key")
      .where("dedupe_key", "like", "maintenance:%")
      .execute();
    expect(sent).toEqual([]);

    // Canceled after it was announced: the cancellation is news in the bell too.
    await cancel(window.id, admin.auth);
    expect(await run()).toBe(1);
    expect((await bell(en)).map((n) => n.title)).toEqual([
      "Maintenance canceled: Card processor upgrade",
      "Scheduled maintenance: Card processor upgrade",
    ]);
    expect((await bell(zh, "zh-CN")).map((n) => n.title)).toEqual([
      "维护已取消：银行卡通道升级",
      "计划维护：银行卡通道升级",
    ]);
    expect(await bell(quiet)).toEqual([]);
    expect(await storedFor(admin.userId)).toBe(0);
  });

  it("says nothing of maintenance further than 72 hours ahead, nor of one canceled before it was announced", async () => {
    const who = await buildCustomer(ctx);
    const admin = await buildStatusAdmin(ctx);
    const window = await scheduleMaintenance(ctx, admin, {
      components: ["withdrawals"],
      startsAt: 100 * HOUR,
      endsAt: 101 * HOUR,
    });
    expect(await run()).toBe(0);
    expect(await bell(who)).toEqual([]);
    await cancel(window.id, admin.auth);
    ctx.clock.advance(100 * HOUR);
    expect(await run()).toBe(0);
    expect(await bell(who)).toEqual([]);
    expect(await bellMessages()).toEqual([]);
  });

  it("walks the customers page by page, each page's last id the next one's start; a page run twice adds nothing", async () => {
    for (let i = 0; i < 5; i++) await buildUser(ctx);
    const gone = await buildUser(ctx);
    await ctx.platform.db
      .updateTable("users")
      .set({ deactivated_at: ctx.clock.now() })
      .where("id", "=", gone.id)
      .execute();
    const admin = await buildStatusAdmin(ctx);
    await scheduleMaintenance(ctx, admin, { components: ["exchange"], startsAt: HOUR, endsAt: 2 * HOUR });
    expect(await run()).toBe(1);

    // The pages are run by hand with 2 customers a page; what each writes is the next one.
    const deps = ctx.services.status.deps;
    const done = new Set<string>();
    const cursors: (string | null)[] = [];
    for (;;) {
      const next = (await bellMessages()).find((m) => !done.has(m.id));
      if (!next) break;
      done.add(next.id);
      cursors.push((next.payload.afterUserId as string | null) ?? null);
      await bellPass(deps, next.payload, { batchSize: 2 });
    }
    const active = await ctx.platform.db
      .selectFrom("users")
      .select("id")
      .where("role", "=", "customer")
      .where("deactivated_at", "is", null)
      .orderBy("id")
      .execute();
    expect(active.length).toBeGreaterThanOrEqual(5);
    expect(cursors).toHaveLength(Math.floor(active.length / 2) + 1);
    expect(cursors[0]).toBeNull();
    expect(cursors.slice(1)).toEqual(active.filter((_, i) => i % 2 === 1).map((u) => u.id));
    for (const { id } of active) expect(await storedFor(id), id).toBe(1);
    expect(await storedFor(gone.id)).toBe(0);
    expect(await storedFor(admin.userId)).toBe(0);

    // The worker delivers every page again (500 a page): still one each, and no page written twice.
    await ctx.platform.outbox.drain();
    for (const { id } of active) expect(await storedFor(id), id).toBe(1);
    expect(await bellMessages()).toHaveLength(cursors.length);
  });

  it("never texts maintenance: its SMS cannot be turned on, even with a verified phone", async () => {
    const who = await buildCustomer(ctx, {}, "Phone Person", { phone: "+86 138 0013 8000" });
    const verify = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/phone/verify",
      headers: who.auth,
      payload: { code: codeFrom((await lastMessage(ctx, "+8613800138000")).text) },
    });
    expect(verify.statusCode, verify.body).toBe(200);

    for (const language of ["en", "zh-CN"] as const) {
      const res = await ctx.app.inject({
        method: "PUT",
        url: "/api/v1/me/notification-preferences",
        headers: { ...who.auth, "accept-language": language },
        payload: {
          changes: [
            { kind: "deposits", channel: "sms", enabled: true },
            { kind: "maintenance", channel: "sms", enabled: true },
          ],
        },
      });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.code).toBe("validation_failed");
      expect(body.errors).toEqual([
        expect.objectContaining({ path: "/changes/1/channel", code: "not_offered" }),
      ]);
      expect(body.errors[0].message).toMatch(
        language === "en" ? /never sent by text message/ : /不会通过短信发送/,
      );
    }
    const prefs = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/me/notification-preferences",
      headers: who.auth,
    });
    const kinds = prefs.json().kinds as { kind: string; channels: Record<string, boolean> }[];
    expect(prefs.json().smsAvailable).toBe(true);
    // All or nothing: the deposits switch of the refused request did not move either.
    expect(kinds.find((k) => k.kind === "deposits")?.channels.sms).toBe(false);
    expect(kinds.find((k) => k.kind === "maintenance")?.channels.sms).toBe(false);
    // Turning it off is no error (it changes nothing); a switch stored on before stays off.
    const offAgain = await putPreferences(ctx, who, [
      { kind: "maintenance", channel: "sms", enabled: false },
    ]);
    expect(offAgain.statusCode, offAgain.body).toBe(200);
    expect(resolvePreferences([{ kind: "maintenance", channel: "sms", enabled: true }]).maintenance.sms).toBe(
      false,
    );
  });
});
