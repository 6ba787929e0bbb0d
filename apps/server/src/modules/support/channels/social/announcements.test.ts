import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSocialTestApp,
  SECRETS,
  type SocialTestContext,
  setChannelSettings,
} from "../../../../test/social-helpers.js";
import { buildDeskStaff, type DeskStaff, deskCall } from "../../../../test/support-helpers-sla.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { queueAnnouncement } from "./announcements.js";

const PAGE_ID = "682498302938465";

describe(`social announcements on ${testDatabaseKind}`, () => {
  let ctx: SocialTestContext;
  let supervisor: DeskStaff;
  let agent: DeskStaff;
  beforeAll(async () => {
    ctx = await buildSocialTestApp();
    supervisor = await buildDeskStaff(ctx, "supervisor");
    agent = await buildDeskStaff(ctx, "agent");
    await setChannelSettings(ctx, "messenger", { pageId: PAGE_ID });
  });
  afterAll(() => ctx.close());

  const announce = (who: DeskStaff, payload: unknown) =>
    deskCall(ctx, who, "POST", "/admin/support/announcements", payload);
  const list = async () =>
    (await deskCall(ctx, supervisor, "GET", "/admin/support/announcements")).json().announcements as {
      id: string;
      channel: string;
      status: string;
      externalId: string | null;
      error: string | null;
      sentAt: string | null;
    }[];

  it("posts an announcement to the Page feed and to X through the adapters, audited", async () => {
    const body = "Scheduled maintenance: Sunday 02:00–04:00 (China time). Transfers pause meanwhile.";
    const queued = await announce(supervisor, { channels: ["messenger", "x"], body });
    expect(queued.statusCode).toBe(201);
    const posts = queued.json().announcements as { id: string; channel: string; status: string }[];
    expect(posts.map((p) => [p.channel, p.status])).toEqual([
      ["messenger", "queued"],
      ["x", "queued"],
    ]);
    await ctx.platform.outbox.drain();

    expect(ctx.graph.accepted()).toHaveLength(1);
    expect(ctx.graph.accepted()[0]).toMatchObject({
      path: `/${PAGE_ID}/feed`,
      query: { access_token: SECRETS.messengerPageToken },
      body: { message: body },
    });
    expect(ctx.xApi.accepted()).toHaveLength(1);
    expect(ctx.xApi.accepted()[0]).toMatchObject({ path: "/2/tweets", body: { text: body } });
    expect(ctx.xApi.accepted()[0]?.headers.authorization).toBe(`Bearer ${SECRETS.xAccessToken}`);

    const shown = await list();
    expect(shown.map((p) => [p.channel, p.status, p.error])).toEqual([
      ["x", "sent", null],
      ["messenger", "sent", null],
    ]);
    expect(shown.find((p) => p.channel === "messenger")?.externalId).toMatch(new RegExp(`^${PAGE_ID}_\\d+$`));
    expect(shown.find((p) => p.channel === "x")?.externalId).toMatch(/^18000000000000\d+$/);
    expect(shown.every((p) => p.sentAt !== null)).toBe(true);

    const audit = await ctx.services.audit.list({ targetType: "social_post", targetId: posts[0]?.id ?? "" });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["announcement.queued", supervisor.userId]]);
  });

  it("keeps a failed post failed with X's error while the outbox retries, then sent once", async () => {
    const before = ctx.xApi.accepted().length;
    ctx.xApi.failNext(1);
    await announce(supervisor, { channels: ["x"], body: "Incident resolved: deposits are flowing again." });
    await ctx.platform.outbox.drain();
    expect((await list())[0]).toMatchObject({ channel: "x", status: "failed", externalId: null });
    expect((await list())[0]?.error).toContain("X answered 503");

    ctx.clock.advance(5_000);
    await ctx.platform.outbox.drain();
    ctx.clock.advance(60_000);
    await ctx.platform.outbox.drain();
    expect(ctx.xApi.accepted().length - before).toBe(1);
    expect((await list())[0]).toMatchObject({ status: "sent", error: null });
  });

  it("refuses what X would refuse, and callers who are not supervisors or admins", async () => {
    const long = await announce(supervisor, { channels: ["messenger", "x"], body: "维护".repeat(141) });
    expect(long.statusCode).toBe(422);
    expect(long.json().code).toBe("announcement_too_long");
    // The same text fits a Page post.
    expect(
      (await announce(supervisor, { channels: ["messenger"], body: "维护".repeat(141) })).statusCode,
    ).toBe(201);
    await ctx.platform.outbox.drain();
    expect((await announce(supervisor, { channels: [], body: "Hello" })).statusCode).toBe(400);
    expect((await announce(supervisor, { channels: ["x"], body: "   " })).statusCode).toBe(400);
    expect((await announce(agent, { channels: ["x"], body: "Hello" })).statusCode).toBe(403);
    expect((await deskCall(ctx, agent, "GET", "/admin/support/announcements")).statusCode).toBe(403);
    expect((await deskCall(ctx, undefined, "GET", "/admin/support/announcements")).statusCode).toBe(401);
  });

  it("lets other parts of the desk queue an announcement in their own transaction (the status page)", async () => {
    const before = ctx.graph.accepted().length;
    await ctx.platform.db.transaction().execute((trx) =>
      queueAnnouncement(ctx.services.support.deps, trx, {
        channels: ["messenger"],
        body: "Incident: card top-ups are delayed.",
        createdBy: null,
      }),
    );
    await ctx.platform.outbox.drain();
    expect(
      ctx.graph
        .accepted()
        .slice(before)
        .map((r) => r.body),
    ).toEqual([{ message: "Incident: card top-ups are delayed." }]);
  });
});
