import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStaffMember, type StaffMember } from "../../../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testConfig } from "../../../../test/test-config.js";

/** Everything secret the test installation starts with (from its environment). */
const ENV_SECRETS = {
  ...testConfig().channels,
  // X without its access token: the page says the channel is not set up.
  xAccessToken: undefined,
};
const SECRET_VALUES = [
  ENV_SECRETS.inboundEmailToken,
  ENV_SECRETS.voiceWebhookSecret,
  ENV_SECRETS.messengerVerifyToken,
  ENV_SECRETS.messengerAppSecret,
  ENV_SECRETS.messengerPageToken,
  ENV_SECRETS.xConsumerSecret,
].filter((v): v is string => typeof v === "string");

describe("channels admin", () => {
  let ctx: TestContext;
  let admin: StaffMember;
  let supervisor: StaffMember;
  let agent: StaffMember;

  beforeAll(async () => {
    ctx = await buildTestApp({ config: { channels: ENV_SECRETS } });
    admin = await buildStaffMember(ctx, "admin", "Ada Admin");
    supervisor = await buildStaffMember(ctx, "supervisor");
    agent = await buildStaffMember(ctx, "agent");
  });
  afterAll(() => ctx.close());

  const channels = () => ctx.services.support.deps.channels;
  const call = (
    method: "GET" | "PATCH" | "POST" | "PUT",
    url: string,
    who: StaffMember = admin,
    payload?: Record<string, unknown>,
  ) => ctx.app.inject({ method, url, headers: who.auth, ...(payload ? { payload } : {}) });
  const list = async () => {
    const res = await call("GET", "/api/v1/admin/support/channels");
    expect(res.statusCode).toBe(200);
    return res;
  };
  const channel = async (name: string) =>
    (await list()).json().data.find((c: { channel: string }) => c.channel === name);
  let inboundToken = "";
  /** A provider posting a raw email to the inbound endpoint with `token`. */
  const inboundMail = (token: string, tag: string) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/v1/channels/email/inbound",
      headers: { authorization: `Bearer ${token}`, "content-type": "message/rfc822" },
      payload: [
        "From: Sam <sam@example.test>",
        "To: support@example.test",
        `Subject: ${tag}`,
        `Message-ID: <${tag}-${token.slice(-6)}@example.test>`,
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Hello.",
        "",
      ].join("\r\n"),
    });
  const auditOf = (action: string) =>
    ctx.platform.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", action)
      .orderBy("created_at")
      .execute();

  it("is for admins only", async () => {
    for (const who of [agent, supervisor]) {
      for (const [method, url] of [
        ["GET", "/api/v1/admin/support/channels"],
        ["PATCH", "/api/v1/admin/support/channels/email"],
        ["POST", "/api/v1/admin/support/channels/email/secrets/inboundToken/rotate"],
        ["PUT", "/api/v1/admin/support/channels/x/secrets/accessToken"],
      ] as const) {
        const res = await call(method, url, who, method === "GET" ? undefined : { value: "x".repeat(20) });
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(res.json().code).toBe("forbidden");
      }
    }
    const anonymous = await ctx.app.inject({ method: "GET", url: "/api/v1/admin/support/channels" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("lists every channel with settings, secrets as hints, health and the URLs for the provider", async () => {
    const res = await list();
    const data = res.json().data;
    expect(data.map((c: { channel: string }) => c.channel)).toEqual([
      "email",
      "chat",
      "phone",
      "messenger",
      "x",
    ]);
    const email = data[0];
    expect(email).toMatchObject({
      enabled: true,
      settings: { autoAcknowledge: true },
      environment: { supportAddress: ENV_SECRETS.supportAddress },
      secrets: [
        {
          name: "inboundToken",
          issuer: "satchel",
          configured: true,
          source: "environment",
          hint: `…${ENV_SECRETS.inboundEmailToken?.slice(-4)}`,
        },
      ],
      health: { status: "idle", lastInboundAt: null, lastError: null },
    });
    expect(email.endpoints).toContainEqual({
      key: "inboundEmail",
      url: "http://127.0.0.1:8080/api/v1/channels/email/inbound",
    });
    const byName = Object.fromEntries(data.map((c: { channel: string }) => [c.channel, c]));
    expect(byName.messenger.endpoints).toEqual([
      { key: "messengerWebhook", url: "http://127.0.0.1:8080/api/v1/channels/messenger/webhook" },
    ]);
    expect(byName.x.endpoints[0].url).toBe("http://127.0.0.1:8080/api/v1/channels/x/webhook");
    expect(byName.phone.endpoints[0].url).toBe("http://127.0.0.1:8080/api/v1/channels/voice/webhook");
    expect(byName.phone.environment.phoneLines.length).toBeGreaterThan(0);
    expect(byName.x.secrets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "consumerSecret", issuer: "provider", configured: true }),
        { name: "accessToken", issuer: "provider", configured: false, source: null, hint: null },
      ]),
    );
    expect(byName.x.health.status).toBe("not_configured");
    expect(byName.chat.health.status).toBe("idle");
    for (const secret of SECRET_VALUES) expect(res.body).not.toContain(secret);
  });

  it("rotates a secret it issues: the new value is shown once, the old one stops working", async () => {
    const before = await channels().secret("email", "inboundToken");
    expect(before).toBe(ENV_SECRETS.inboundEmailToken);
    const res = await call("POST", "/api/v1/admin/support/channels/email/secrets/inboundToken/rotate");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const { value, hint, name } = res.json();
    expect(name).toBe("inboundToken");
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hint).toBe(`…${value.slice(-4)}`);
    // In force at once (read from the database on each use), the old value no longer.
    expect(await channels().secret("email", "inboundToken")).toBe(value);

    const email = await channel("email");
    expect(email.secrets[0]).toMatchObject({ source: "database", hint });
    expect(email.updatedBy).toEqual({ id: admin.userId, name: "Ada Admin" });
    const listed = await list();
    expect(listed.body).not.toContain(value);

    // Stored sealed, never in the clear.
    const row = await ctx.platform.db
      .selectFrom("support_channel_settings")
      .select("secrets")
      .where("channel", "=", "email")
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row.secrets)).not.toContain(value);

    const [entry] = await auditOf("channel.secret_rotated");
    expect(entry).toMatchObject({
      actor_id: admin.userId,
      target_type: "support_channel",
      target_id: "email",
    });
    expect(entry?.detail).toEqual({ secret: "inboundToken", hint });
    expect(JSON.stringify(entry)).not.toContain(value);

    const again = (
      await call("POST", "/api/v1/admin/support/channels/email/secrets/inboundToken/rotate")
    ).json();
    expect(again.value).not.toBe(value);
    expect(await channels().secret("email", "inboundToken")).toBe(again.value);

    // The inbound-mail endpoint takes the new token only.
    for (const old of [ENV_SECRETS.inboundEmailToken ?? "", value]) {
      const refused = await inboundMail(old, "rotated");
      expect(refused.statusCode).toBe(401);
      expect(refused.json().code).toBe("channel_signature_invalid");
    }
    expect((await inboundMail(again.value, "rotated")).statusCode).toBe(202);
    inboundToken = again.value;
  });

  it("sets a provider's secret, and keeps rotate and set to their own kind", async () => {
    const token = "EAAGm0PX4ZCpsBAKZC-page-token-from-facebook";
    const set = await call("PUT", "/api/v1/admin/support/channels/x/secrets/accessToken", admin, {
      value: token,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ name: "accessToken", hint: "…book" });
    expect(set.body).not.toContain(token);
    expect(await channels().secret("x", "accessToken")).toBe(token);
    const x = await channel("x");
    expect(x.secrets.find((secret: { name: string }) => secret.name === "accessToken")).toEqual({
      name: "accessToken",
      issuer: "provider",
      configured: true,
      source: "database",
      hint: "…book",
    });
    // Every secret X takes set: the channel is set up, waiting for its first message.
    for (const missing of x.secrets.filter((secret: { configured: boolean }) => !secret.configured))
      await call("PUT", `/api/v1/admin/support/channels/x/secrets/${missing.name}`, admin, {
        value: `provider-issued-${missing.name}-0001`,
      });
    expect((await channel("x")).health.status).toBe("idle");
    const [entry] = await auditOf("channel.secret_set");
    expect(entry?.detail).toEqual({ secret: "accessToken", hint: "…book" });
    expect(JSON.stringify(entry)).not.toContain(token);

    const rotateProvider = await call(
      "POST",
      "/api/v1/admin/support/channels/messenger/secrets/appSecret/rotate",
    );
    expect(rotateProvider.statusCode).toBe(422);
    expect(rotateProvider.json().code).toBe("channel_secret_issued_by_provider");
    const setOurs = await call("PUT", "/api/v1/admin/support/channels/phone/secrets/voiceSecret", admin, {
      value: "a-value-of-my-own-choosing",
    });
    expect(setOurs.statusCode).toBe(422);
    expect(setOurs.json().code).toBe("channel_secret_generated_here");
    const unknown = await call("POST", "/api/v1/admin/support/channels/chat/secrets/apiKey/rotate");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe("channel_secret_not_found");
    const badChannel = await call("GET", "/api/v1/admin/support/channels");
    expect(badChannel.statusCode).toBe(200);
    const unknownChannel = await call("POST", "/api/v1/admin/support/channels/fax/secrets/token/rotate");
    expect(unknownChannel.statusCode).toBe(400);
    const short = await call("PUT", "/api/v1/admin/support/channels/x/secrets/consumerSecret", admin, {
      value: "short",
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().code).toBe("validation_failed");
  });

  it("shows health as the channels record it", async () => {
    const t0 = ctx.clock.now();
    await channels().markInbound("messenger", t0);
    let messenger = await channel("messenger");
    expect(messenger.health).toMatchObject({
      status: "ok",
      lastInboundAt: t0.toISOString(),
      lastError: null,
    });

    ctx.clock.advance(60_000);
    const t1 = ctx.clock.now();
    await channels().markError("messenger", "Graph API answered 400: (#100) No matching user found", t1);
    messenger = await channel("messenger");
    expect(messenger.health).toEqual({
      status: "error",
      lastInboundAt: t0.toISOString(),
      lastOutboundAt: null,
      lastError: "Graph API answered 400: (#100) No matching user found",
      lastErrorAt: t1.toISOString(),
    });

    // A reply that goes out after the error: working again (the error stays on record).
    ctx.clock.advance(60_000);
    await channels().markOutbound("messenger", ctx.clock.now());
    messenger = await channel("messenger");
    expect(messenger.health.status).toBe("ok");
    expect(messenger.health.lastError).toContain("No matching user");

    // A week without messages: idle (signed in again, the week ended the session).
    ctx.clock.advance(8 * 86_400_000);
    admin = await buildStaffMember(ctx, "admin", "Ada Admin");
    expect((await channel("messenger")).health.status).toBe("idle");
  });

  it("turns a channel off and changes its settings, checked per channel and audited", async () => {
    const off = await call("PATCH", "/api/v1/admin/support/channels/messenger", admin, {
      enabled: false,
      settings: { pageId: "104729384756" },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({
      channel: "messenger",
      enabled: false,
      settings: { pageId: "104729384756" },
      health: { status: "off" },
    });
    expect(await channels().enabled("messenger")).toBe(false);
    const [entry] = await auditOf("channel.updated");
    expect(entry).toMatchObject({ target_id: "messenger", actor_id: admin.userId });
    expect(entry?.detail).toEqual({
      changed: { enabled: { from: true, to: false }, pageId: { from: null, to: "104729384756" } },
    });

    const on = await call("PATCH", "/api/v1/admin/support/channels/messenger", admin, { enabled: true });
    expect(on.json()).toMatchObject({ enabled: true, settings: { pageId: "104729384756" } });
    expect(await channels().enabled("messenger")).toBe(true);

    // Saving what is already there records nothing.
    const auditsBefore = (await auditOf("channel.updated")).length;
    await call("PATCH", "/api/v1/admin/support/channels/messenger", admin, { enabled: true });
    expect((await auditOf("channel.updated")).length).toBe(auditsBefore);

    for (const [channelName, settings, path] of [
      ["messenger", { pageId: "my page" }, "/settings/pageId"],
      ["email", { autoAcknowledge: "yes" }, "/settings/autoAcknowledge"],
      ["x", { pageId: "123" }, "/settings/pageId"],
      ["chat", { offlineMessage: "Back soon" }, "/settings/offlineMessage"],
    ] as const) {
      const res = await call("PATCH", `/api/v1/admin/support/channels/${channelName}`, admin, { settings });
      expect(res.statusCode, JSON.stringify(settings)).toBe(400);
      expect(res.json().code).toBe("validation_failed");
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const empty = await call("PATCH", "/api/v1/admin/support/channels/email", admin, {});
    expect(empty.statusCode).toBe(400);

    // Email turned off: the inbound endpoint refuses mail until it is on again.
    await call("PATCH", "/api/v1/admin/support/channels/email", admin, { enabled: false });
    const refused = await inboundMail(inboundToken, "while-off");
    expect(refused.statusCode).toBe(503);
    expect(refused.json().code).toBe("channel_disabled");
    await call("PATCH", "/api/v1/admin/support/channels/email", admin, { enabled: true });
    expect((await inboundMail(inboundToken, "back-on")).statusCode).toBe(202);
  });

  it("acknowledges new email tickets unless turned off", async () => {
    const acknowledged = async (tag: string) => {
      const receipt = (await inboundMail(inboundToken, tag)).json();
      expect(receipt.created).toBe(true);
      const events = await ctx.platform.db
        .selectFrom("support_ticket_events")
        .select("kind")
        .where("ticket_id", "=", receipt.ticketId)
        .execute();
      return events.some((e) => e.kind === "acknowledged");
    };
    expect(await acknowledged("ack-on")).toBe(true);
    const off = await call("PATCH", "/api/v1/admin/support/channels/email", admin, {
      settings: { autoAcknowledge: false },
    });
    expect(off.json().settings).toEqual({ autoAcknowledge: false });
    expect(await acknowledged("ack-off")).toBe(false);
    await call("PATCH", "/api/v1/admin/support/channels/email", admin, {
      settings: { autoAcknowledge: true },
    });
  });

  it("is in the API documentation under Support admin", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const [path, method] of [
      ["/api/v1/admin/support/channels", "get"],
      ["/api/v1/admin/support/channels/{channel}", "patch"],
      ["/api/v1/admin/support/channels/{channel}/secrets/{name}/rotate", "post"],
      ["/api/v1/admin/support/channels/{channel}/secrets/{name}", "put"],
    ] as const) {
      const operation = doc.paths[path][method];
      expect(operation.tags).toEqual(["Support admin"]);
      expect(operation.summary).toBeTruthy();
    }
  });
});
