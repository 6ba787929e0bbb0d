import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSocialTestApp,
  fixture,
  postWebhook,
  SECRETS,
  type SocialTestContext,
  socialThread,
} from "../../../../test/social-helpers.js";
import {
  buildDeskStaff,
  type DeskStaff,
  deskCall,
  signInAgain,
} from "../../../../test/support-helpers-sla.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { createXAdapter } from "./x.js";

const SENDER = "3001969357";
const DM_PATH = `/2/dm_conversations/with/${SENDER}/messages`;
const MINUTE = 60_000;
const TWO_HOURS = 120 * MINUTE;
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

describe(`X access token refresh on ${testDatabaseKind}`, () => {
  let ctx: SocialTestContext;
  let agent: DeskStaff;
  let admin: DeskStaff;
  let ticketId = "";
  beforeAll(async () => {
    ctx = await buildSocialTestApp();
    agent = await buildDeskStaff(ctx, "agent");
    admin = await buildDeskStaff(ctx, "admin");
    expect((await postWebhook(ctx, "x", fixture("x-direct-message.json"))).json().stored).toBe(1);
    ticketId = (await socialThread(ctx, "x", SENDER)).tickets[0]?.id ?? "";
  });
  afterAll(() => ctx.close());

  const deps = () => ctx.services.support.deps;
  const secret = (name: string) => deps().channels.secret("x", name);
  const storedSecrets = async () =>
    (
      await ctx.platform.db
        .selectFrom("support_channel_settings")
        .select("secrets")
        .where("channel", "=", "x")
        .executeTakeFirstOrThrow()
    ).secrets;
  /** What X was asked since request number `from`, as "<status> <path>". */
  const callsSince = (from: number) => ctx.xApi.requests.slice(from).map((r) => `${r.status} ${r.path}`);
  const lastReply = async () =>
    (
      (await deskCall(ctx, agent, "GET", `/agent/tickets/${ticketId}`)).json().messages as {
        body: string;
        deliveryStatus: string | null;
        deliveryError: string | null;
      }[]
    ).at(-1);
  const reply = async (body: string) => {
    const sent = await deskCall(ctx, agent, "POST", `/agent/tickets/${ticketId}/replies`, { body });
    expect(sent.json()).toMatchObject({ channel: "x", deliveryStatus: "queued" });
  };
  const xChannel = async () =>
    (await deskCall(ctx, admin, "GET", "/admin/support/channels"))
      .json()
      .data.find((c: { channel: string }) => c.channel === "x") as {
      settings: Record<string, unknown>;
      secrets: { name: string; configured: boolean; source: string | null }[];
      health: { status: string; lastError: string | null };
    };

  it("refreshes a token X no longer takes, keeps the new pair sealed with its expiry, and delivers the DM", async () => {
    ctx.xApi.expireAccessTokens();
    const from = ctx.xApi.requests.length;
    await reply("Your transfer arrived this morning.");
    await ctx.platform.outbox.drain();

    expect(callsSince(from)).toEqual([`401 ${DM_PATH}`, "200 /2/oauth2/token", `201 ${DM_PATH}`]);
    const [, tokenCall, retried] = ctx.xApi.requests.slice(from);
    expect(tokenCall?.headers.authorization).toBe(basic(SECRETS.xClientId, SECRETS.xClientSecret));
    expect(tokenCall?.headers["content-type"]).toContain("application/x-www-form-urlencoded");
    expect(tokenCall?.body).toEqual({
      grant_type: "refresh_token",
      refresh_token: SECRETS.xRefreshToken,
      client_id: SECRETS.xClientId,
    });
    const issued = ctx.xApi.tokens();
    expect(retried?.headers.authorization).toBe(`Bearer ${issued.accessToken}`);
    expect(await lastReply()).toMatchObject({ deliveryStatus: "sent", deliveryError: null });

    expect(await secret("accessToken")).toBe(issued.accessToken);
    expect(await secret("refreshToken")).toBe(issued.refreshToken);
    const stored = await storedSecrets();
    const raw = JSON.stringify(stored);
    expect(raw).not.toContain(issued.accessToken);
    expect(raw).not.toContain(issued.refreshToken ?? "-");
    expect(stored.accessTokenExpiresAt).toBe(new Date(ctx.clock.now().getTime() + TWO_HOURS).toISOString());
    // The admin page now shows both tokens as set here, not from the environment.
    const view = await xChannel();
    expect(view.secrets.filter((s) => s.source === "database").map((s) => s.name)).toEqual([
      "accessToken",
      "refreshToken",
    ]);
  });

  it("keeps the rotated refresh token: X refuses the spent one, and the next refresh comes before the token runs out", async () => {
    const spent = await fetch(`${ctx.xApi.url}/2/oauth2/token`, {
      method: "POST",
      headers: {
        authorization: basic(SECRETS.xClientId, SECRETS.xClientSecret),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: SECRETS.xRefreshToken,
        client_id: SECRETS.xClientId,
      }),
    });
    expect(spent.status).toBe(400);
    expect(await spent.json()).toEqual({
      error: "invalid_request",
      error_description: "Value passed for the token was invalid.",
    });

    // Six minutes left: used as it is.
    ctx.clock.advance(TWO_HOURS - 6 * MINUTE);
    agent = await signInAgain(ctx, agent);
    admin = await signInAgain(ctx, admin);
    let from = ctx.xApi.requests.length;
    await reply("One more thing.");
    await ctx.platform.outbox.drain();
    expect(callsSince(from)).toEqual([`201 ${DM_PATH}`]);

    // Four minutes left: refreshed first. X's token endpoint is down: the token still works, so
    // the DM goes with it; the next send refreshes.
    ctx.clock.advance(2 * MINUTE);
    const rotated = await secret("refreshToken");
    ctx.xApi.failNext(1);
    from = ctx.xApi.requests.length;
    await reply("Checking now.");
    await ctx.platform.outbox.drain();
    expect(callsSince(from)).toEqual(["503 /2/oauth2/token", `201 ${DM_PATH}`]);
    expect(await secret("refreshToken")).toBe(rotated);

    // Refreshed with the stored (rotated) refresh token, no 401 on the way.
    from = ctx.xApi.requests.length;
    await reply("And a last one.");
    await ctx.platform.outbox.drain();
    expect(callsSince(from)).toEqual(["200 /2/oauth2/token", `201 ${DM_PATH}`]);
    expect(ctx.xApi.requests[from]?.body).toMatchObject({ refresh_token: rotated });
    expect(await secret("refreshToken")).toBe(ctx.xApi.tokens().refreshToken);
    expect(await secret("refreshToken")).not.toBe(rotated);
    expect(await lastReply()).toMatchObject({ deliveryStatus: "sent" });
  });

  it("spends the refresh token once when two nodes find the token refused at the same moment", async () => {
    ctx.xApi.expireAccessTokens();
    const before = ctx.xApi.tokens().refreshToken;
    const from = ctx.xApi.requests.length;
    const nodeA = createXAdapter(deps());
    const nodeB = createXAdapter(deps());
    const [a, b] = await Promise.all([
      nodeA.announce("Maintenance tonight 02:00–04:00 (China time)."),
      nodeB.announce("Transfers pause during maintenance."),
    ]);
    expect(a.externalId).not.toBe(b.externalId);
    const calls = callsSince(from);
    expect(calls.filter((c) => c.endsWith("/2/oauth2/token"))).toEqual(["200 /2/oauth2/token"]);
    expect(calls.filter((c) => c === "201 /2/tweets")).toHaveLength(2);
    expect(ctx.xApi.tokens().refreshToken).not.toBe(before);
    expect(await secret("refreshToken")).toBe(ctx.xApi.tokens().refreshToken);
  });

  it("leaves the reply queued with a clear error in the channel's health when X refuses the refresh, until a new refresh token is set", async () => {
    ctx.xApi.expireAccessTokens();
    ctx.xApi.revokeRefreshToken();
    const from = ctx.xApi.requests.length;
    await reply("Are you still there?");
    await ctx.platform.outbox.drain();

    expect(callsSince(from)).toEqual([`401 ${DM_PATH}`, "400 /2/oauth2/token"]);
    const queued = await lastReply();
    expect(queued?.deliveryStatus).toBe("queued");
    expect(queued?.deliveryError).toContain("X refused to refresh the access token");
    expect(queued?.deliveryError).toContain("Value passed for the token was invalid.");
    expect(queued?.deliveryError).toContain("set the new refresh token on the channels admin page");
    const health = (await xChannel()).health;
    expect(health.status).toBe("error");
    expect(health.lastError).toBe(queued?.deliveryError);

    // The support account authorises the app again; an admin pastes the new refresh token.
    const authorized = ctx.xApi.authorize();
    const set = await deskCall(ctx, admin, "PUT", "/admin/support/channels/x/secrets/refreshToken", {
      value: authorized,
    });
    expect(set.statusCode).toBe(200);
    for (let attempt = 0; attempt < 5 && (await lastReply())?.deliveryStatus === "queued"; attempt++) {
      ctx.clock.advance(MINUTE);
      await ctx.platform.outbox.drain();
    }
    expect(await lastReply()).toMatchObject({ body: "Are you still there?", deliveryStatus: "sent" });
    expect(
      ctx.xApi
        .accepted()
        .filter((r) => r.path === DM_PATH)
        .at(-1)?.body,
    ).toEqual({
      text: "Are you still there?",
    });
    expect((await xChannel()).health.status).toBe("ok");
  });

  it("uses an access token pasted on the admin page as it is, until X refuses it", async () => {
    const pasted = ctx.xApi.tokens().accessToken;
    expect((await storedSecrets()).accessTokenExpiresAt).toBeDefined();
    const set = await deskCall(ctx, admin, "PUT", "/admin/support/channels/x/secrets/accessToken", {
      value: pasted,
    });
    expect(set.statusCode).toBe(200);
    // Its lifetime is unknown: the expiry of the token it replaced no longer applies.
    expect((await storedSecrets()).accessTokenExpiresAt).toBeUndefined();
    ctx.clock.advance(TWO_HOURS);
    const from = ctx.xApi.requests.length;
    await createXAdapter(deps()).announce("Back to normal.");
    expect(callsSince(from)).toEqual(["201 /2/tweets"]);
  });

  it("takes the OAuth client id as an X setting, and Messenger's downloadAttachments switch", async () => {
    admin = await signInAgain(ctx, admin);
    const bad = await deskCall(ctx, admin, "PATCH", "/admin/support/channels/x", {
      settings: { clientId: "has spaces in it" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe("/settings/clientId");
    const set = await deskCall(ctx, admin, "PATCH", "/admin/support/channels/x", {
      settings: { clientId: "page-client-id" },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().settings).toMatchObject({ clientId: "page-client-id" });

    // The page's client id wins over X_CLIENT_ID: X is asked with it (and refuses it here).
    ctx.xApi.expireAccessTokens();
    const from = ctx.xApi.requests.length;
    await expect(createXAdapter(deps()).announce("Hello.")).rejects.toThrow(/unauthorized_client/);
    expect(ctx.xApi.requests[from + 1]?.headers.authorization).toBe(
      basic("page-client-id", SECRETS.xClientSecret),
    );

    const messenger = await deskCall(ctx, admin, "PATCH", "/admin/support/channels/messenger", {
      settings: { downloadAttachments: true },
    });
    expect(messenger.json().settings).toMatchObject({ downloadAttachments: true });
    const notBoolean = await deskCall(ctx, admin, "PATCH", "/admin/support/channels/messenger", {
      settings: { downloadAttachments: "yes" },
    });
    expect(notBoolean.statusCode).toBe(400);
    expect(notBoolean.json().errors[0].path).toBe("/settings/downloadAttachments");
  });
});
