import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ComponentKey } from "../../platform/db/schema-status.js";
import { buildSocialTestApp, type SocialTestContext } from "../../test/social-helpers.js";
import { buildStatusAdmin, openIncident, scheduleMaintenance } from "../../test/status-helpers.js";
import { mailbox } from "../../test/status-subscription-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { ensureChannelRow } from "../support/channels/settings.js";
import { X_POST_WEIGHT_MAX, xWeightedLength } from "../support/channels/social/text.js";
import { SUBSCRIBER_NOTICE_TOPIC } from "./deps.js";
import { runMaintenanceLifecycle } from "./lifecycle.js";
import { FAN_OUT_BATCH, noticePass } from "./notices.js";
import { subscribeAccount } from "./subscriptions.js";

const HOUR = 3_600_000;

/** Confirmed subscribers, as the notification center makes them (all components), then narrowed. */
async function subscribers(ctx: TestContext, list: [string, ComponentKey[]][]) {
  const { deps } = ctx.services.status;
  for (const [email, components] of list) {
    await subscribeAccount(deps, ctx.platform.db, { email, language: "en" }, true);
    await ctx.platform.db
      .updateTable("status_subscribers")
      .set({ components })
      .where("email", "=", email)
      .execute();
  }
}

const subjects = async (ctx: TestContext, email: string) => (await mailbox(ctx, email)).map((m) => m.subject);

describe("subscriber notices", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  it("mails only the followers of an affected component (and those who follow everything)", async () => {
    await subscribers(ctx, [
      ["cards@example.test", ["card_deposits"]],
      ["payouts@example.test", ["withdrawals"]],
      ["all@example.test", []],
    ]);
    const admin = await buildStatusAdmin(ctx);
    await openIncident(ctx, admin, {
      components: ["card_deposits", "bank_deposits"],
      title: "Deposits fail",
    });
    expect(await subjects(ctx, "cards@example.test")).toEqual(["Incident: Deposits fail"]);
    expect(await subjects(ctx, "all@example.test")).toEqual(["Incident: Deposits fail"]);
    expect(await subjects(ctx, "payouts@example.test")).toEqual([]);
  });

  it("sends one email per subscriber even when the outbox delivers the notice twice", async () => {
    await subscribers(ctx, [
      ["twice-1@example.test", ["exchange"]],
      ["twice-2@example.test", ["exchange"]],
    ]);
    const admin = await buildStatusAdmin(ctx);
    await openIncident(ctx, admin, { components: ["exchange"], title: "Quotes missing" });
    await mailbox(ctx, "twice-1@example.test");
    // A worker that died after sending: the notice is delivered again.
    const redelivered = await ctx.platform.db
      .updateTable("outbox")
      .set({ status: "pending", next_attempt_at: ctx.clock.now() })
      .where("topic", "=", SUBSCRIBER_NOTICE_TOPIC)
      .executeTakeFirst();
    expect(Number(redelivered.numUpdatedRows)).toBeGreaterThan(0);
    expect(await subjects(ctx, "twice-1@example.test")).toEqual(["Incident: Quotes missing"]);
    expect(await subjects(ctx, "twice-2@example.test")).toEqual(["Incident: Quotes missing"]);
  });

  it("fans out in passes of at most 500, the next pass written with a cursor", async () => {
    const now = ctx.clock.now();
    const rows = Array.from({ length: FAN_OUT_BATCH + 3 }, (_, i) => ({
      id: ctx.platform.ids.next("statusSubscriber"),
      email: `many-${i}@example.test`,
      components: ["merchant_payments" as const],
      language: "en" as const,
      confirm_token_hash: null,
      confirm_expires_at: null,
      unsubscribe_token_hash: `test-hash-${i}`,
      confirmed_at: now,
      created_at: now,
      updated_at: now,
    }));
    await ctx.platform.db.insertInto("status_subscribers").values(rows).execute();
    const admin = await buildStatusAdmin(ctx);
    const incident = await openIncident(ctx, admin, {
      components: ["merchant_payments"],
      title: "Checkout errors",
    });
    const updateId = incident.updates[0]?.id ?? "";
    // The passes are run by hand (the emails are queued, not delivered: that is the outbox's own business).
    const notices = async () =>
      (
        await ctx.platform.db
          .selectFrom("outbox")
          .select(["id", "payload"])
          .where("topic", "=", SUBSCRIBER_NOTICE_TOPIC)
          .orderBy("id")
          .execute()
      ).filter((row) => row.payload.updateId === updateId);
    const queued = async () =>
      Number(
        (
          await ctx.platform.db
            .selectFrom("outbox")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .where("dedupe_key", "like", `status:${updateId}:created:%`)
            .executeTakeFirstOrThrow()
        ).n,
      );
    // Those who follow everything (from the tests before) are mailed too.
    const followers = await ctx.platform.db
      .selectFrom("status_subscribers")
      .select("id")
      .where("confirmed_at", "is not", null)
      .where(({ eb, fn, val }) =>
        eb.or([
          eb(fn("cardinality", ["components"]), "=", 0),
          eb(val("merchant_payments"), "=", fn.any("components")),
        ]),
      )
      .execute();
    expect(followers.length).toBeGreaterThan(FAN_OUT_BATCH);
    const [first] = await notices();
    await noticePass(ctx.services.status.deps, first?.payload);
    expect(await queued()).toBe(FAN_OUT_BATCH);
    const [, next, ...more] = await notices();
    expect(more).toHaveLength(0);
    expect(typeof next?.payload.cursor).toBe("string");
    await noticePass(ctx.services.status.deps, next?.payload);
    expect(await queued()).toBe(followers.length);
    // The first pass delivered again: no email and no next pass is written twice.
    await noticePass(ctx.services.status.deps, first?.payload);
    expect(await queued()).toBe(followers.length);
    expect(await notices()).toHaveLength(2);
    // The stored unsubscribe hashes were brought in line with the links the emails carry.
    const stale = await ctx.platform.db
      .selectFrom("status_subscribers")
      .select("id")
      .where("unsubscribe_token_hash", "like", "test-hash-%")
      .execute();
    expect(stale).toHaveLength(0);
  });

  it("makes a customer's address a confirmed subscriber of everything, and forgets it when turned off", async () => {
    const { deps } = ctx.services.status;
    await subscribeAccount(deps, ctx.platform.db, { email: "Cust@Example.test", language: "zh-CN" }, true);
    const row = await ctx.platform.db
      .selectFrom("status_subscribers")
      .selectAll()
      .where("email", "=", "cust@example.test")
      .executeTakeFirstOrThrow();
    expect(row.confirmed_at).not.toBeNull();
    expect(row.components).toEqual([]);
    expect(row.language).toBe("zh-CN");
    await subscribeAccount(deps, ctx.platform.db, { email: "cust@example.test", language: "zh-CN" }, false);
    const gone = await ctx.platform.db
      .selectFrom("status_subscribers")
      .select("id")
      .where("email", "=", "cust@example.test")
      .executeTakeFirst();
    expect(gone).toBeUndefined();
  });
});

describe("maintenance notices", () => {
  let ctx: SocialTestContext;
  beforeEach(async () => {
    ctx = await buildSocialTestApp();
    await subscribers(ctx, [
      ["ops@example.test", ["card_deposits"]],
      ["other@example.test", ["live_chat"]],
    ]);
  });
  afterEach(() => ctx.close());

  const run = () => runMaintenanceLifecycle(ctx.services.status.deps);
  const posts = () =>
    ctx.platform.db
      .selectFrom("support_social_posts")
      .select(["channel", "body"])
      .orderBy("channel")
      .execute();

  it("announces 72 hours ahead, then tells of the start and the end, each once, as the clock moves", async () => {
    const admin = await buildStatusAdmin(ctx);
    await scheduleMaintenance(ctx, admin, {
      components: ["card_deposits"],
      startsAt: 100 * HOUR,
      endsAt: 102 * HOUR,
      title: { en: "Card processor upgrade", "zh-CN": "银行卡通道升级" },
      announceSocial: true,
    });
    expect(await run()).toBe(0);
    ctx.clock.advance(28 * HOUR - 60_000);
    expect(await run()).toBe(0);
    expect(await subjects(ctx, "ops@example.test")).toEqual([]);

    ctx.clock.advance(60_000);
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    expect(await subjects(ctx, "ops@example.test")).toEqual([
      "Scheduled maintenance: Card processor upgrade",
    ]);
    const social = await posts();
    expect(social.map((p) => p.channel)).toEqual(["messenger", "x"]);
    const text = social[0]?.body ?? "";
    expect(text).toContain("Scheduled maintenance: Card processor upgrade");
    expect(text).toContain("计划维护：银行卡通道升级");
    expect(text.indexOf("Scheduled")).toBeLessThan(text.indexOf("计划维护"));
    expect(xWeightedLength(text)).toBeLessThanOrEqual(X_POST_WEIGHT_MAX);

    ctx.clock.advance(72 * HOUR - 60_000);
    expect(await run()).toBe(0);
    ctx.clock.advance(60_000);
    expect(await run()).toBe(1);
    ctx.clock.advance(2 * HOUR);
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    expect(await subjects(ctx, "ops@example.test")).toEqual([
      "Scheduled maintenance: Card processor upgrade",
      "Maintenance started: Card processor upgrade",
      "Maintenance completed: Card processor upgrade",
    ]);
    expect(await subjects(ctx, "other@example.test")).toEqual([]);
    expect(await posts()).toHaveLength(2);
  });

  it("announces at once when the start is nearer than 72 hours; a cancellation is told; an off channel is skipped", async () => {
    await ensureChannelRow(ctx.platform.db, "x", ctx.clock.now());
    await ctx.platform.db
      .updateTable("support_channel_settings")
      .set({ enabled: false })
      .where("channel", "=", "x")
      .execute();
    const admin = await buildStatusAdmin(ctx);
    const made = await scheduleMaintenance(ctx, admin, {
      components: ["card_deposits"],
      startsAt: 5 * HOUR,
      endsAt: 6 * HOUR,
      title: "Database upgrade",
      announceSocial: true,
    });
    expect(await run()).toBe(1);
    expect((await posts()).map((p) => p.channel)).toEqual(["messenger"]);
    expect(await subjects(ctx, "ops@example.test")).toEqual(["Scheduled maintenance: Database upgrade"]);

    const canceled = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/status/maintenances/${made.id}/cancel`,
      headers: admin.auth,
    });
    expect(canceled.statusCode).toBe(200);
    expect(await run()).toBe(1);
    ctx.clock.advance(6 * HOUR);
    expect(await run()).toBe(0);
    expect(await subjects(ctx, "ops@example.test")).toEqual([
      "Scheduled maintenance: Database upgrade",
      "Maintenance canceled: Database upgrade",
    ]);
  });

  it("tells nothing of a window canceled before it was announced", async () => {
    const admin = await buildStatusAdmin(ctx);
    const made = await scheduleMaintenance(ctx, admin, {
      components: ["card_deposits"],
      startsAt: 200 * HOUR,
      endsAt: 201 * HOUR,
    });
    await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/status/maintenances/${made.id}/cancel`,
      headers: admin.auth,
    });
    ctx.clock.advance(200 * HOUR);
    expect(await run()).toBe(0);
    expect(await subjects(ctx, "ops@example.test")).toEqual([]);
  });
});
