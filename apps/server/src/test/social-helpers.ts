import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ChannelSettings } from "../config-channels.js";
import { ensureChannelRow } from "../modules/support/channels/settings.js";
import { type FakeSocialApi, type FakeXApi, startFakeGraphApi, startFakeXApi } from "./fake-social-apis.js";
import { buildTestApp, type TestContext } from "./test-app.js";
import { testConfig } from "./test-config.js";

/** The Messenger and X tests: the app wired to local fakes of Meta's and X's APIs, and signed recorded payloads. */

export const SECRETS = testConfig().channels as ChannelSettings & {
  messengerVerifyToken: string;
  messengerAppSecret: string;
  messengerPageToken: string;
  xConsumerSecret: string;
  xAccessToken: string;
  xRefreshToken: string;
  xClientId: string;
  xClientSecret: string;
};

export interface SocialTestContext extends TestContext {
  graph: FakeSocialApi;
  xApi: FakeXApi;
}

export async function buildSocialTestApp(
  channels: Partial<ChannelSettings> = {},
): Promise<SocialTestContext> {
  const graph = await startFakeGraphApi({ pageToken: SECRETS.messengerPageToken });
  const xApi = await startFakeXApi({
    accessToken: SECRETS.xAccessToken,
    refreshToken: SECRETS.xRefreshToken,
    clientId: SECRETS.xClientId,
    clientSecret: SECRETS.xClientSecret,
  });
  const ctx = await buildTestApp({
    config: { channels: { ...SECRETS, messengerApiUrl: graph.url, xApiUrl: xApi.url, ...channels } },
  });
  return {
    ...ctx,
    graph,
    xApi,
    close: async () => {
      await ctx.close();
      await Promise.all([graph.close(), xApi.close()]);
    },
  };
}

/** A recorded payload's exact bytes (fixtures/social). */
export function fixture(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/social/${name}`, import.meta.url));
}

/** A recorded payload changed by `edit` (another message id, other text), as new bytes. */
export function editedFixture(name: string, edit: (json: Record<string, unknown>) => void): Buffer {
  const json = JSON.parse(fixture(name).toString("utf8")) as Record<string, unknown>;
  edit(json);
  return Buffer.from(JSON.stringify(json));
}

export const signMessenger = (body: Buffer, secret = SECRETS.messengerAppSecret) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

export const signX = (body: Buffer, secret = SECRETS.xConsumerSecret) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("base64")}`;

/** POSTs a body to a webhook as the provider does; `signature` null sends none. */
export function postWebhook(
  ctx: TestContext,
  channel: "messenger" | "x",
  body: Buffer,
  signature: string | null = channel === "messenger" ? signMessenger(body) : signX(body),
) {
  const header = channel === "messenger" ? "x-hub-signature-256" : "x-twitter-webhooks-signature";
  return ctx.app.inject({
    method: "POST",
    url: `/api/v1/channels/${channel}/webhook`,
    headers: { "content-type": "application/json", ...(signature === null ? {} : { [header]: signature }) },
    payload: body,
  });
}

/** Sets a channel's non-secret settings (page id, account id), as the channels admin page stores them. */
export async function setChannelSettings(
  ctx: TestContext,
  channel: "messenger" | "x",
  settings: Record<string, unknown>,
): Promise<void> {
  await ensureChannelRow(ctx.platform.db, channel, ctx.clock.now());
  await ctx.platform.db
    .updateTable("support_channel_settings")
    .set({ settings: JSON.stringify(settings) })
    .where("channel", "=", channel)
    .execute();
}

/** How many messages and contacts are stored (a refused webhook must change neither). */
export async function storedCounts(ctx: TestContext) {
  const count = async (table: "support_messages" | "support_contacts") =>
    Number(
      (
        await ctx.platform.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { messages: await count("support_messages"), contacts: await count("support_contacts") };
}

/** The social ticket a contact's messages landed in, with its thread as agents read it in the database. */
export async function socialThread(ctx: TestContext, kind: "messenger" | "x", address: string) {
  const { db } = ctx.platform;
  const contact = await db
    .selectFrom("support_contacts")
    .selectAll()
    .where("kind", "=", kind)
    .where("address", "=", address)
    .executeTakeFirstOrThrow();
  const tickets = await db
    .selectFrom("support_tickets")
    .selectAll()
    .where("contact_id", "=", contact.id)
    .orderBy("created_at")
    .execute();
  const messages = await db
    .selectFrom("support_messages")
    .selectAll()
    .where("ticket_id", "in", tickets.length > 0 ? tickets.map((t) => t.id) : [""])
    .orderBy("seq")
    .execute();
  return { contact, tickets, messages };
}
