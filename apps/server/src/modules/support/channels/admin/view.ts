import type { Selectable } from "kysely";
import {
  CONFIGURABLE_CHANNELS,
  type ConfigurableChannel,
  type SupportChannelSettingsTable,
} from "../../../../platform/db/schema-channels.js";
import { staffNames } from "../../console/present.js";
import type { SupportDeps } from "../../deps.js";
import { type ChannelSettingsOf, settingsFrom } from "./channel-settings.js";
import { healthStatus } from "./health.js";
import { type SecretView, secretViews } from "./secrets.js";

/**
 * Each channel as the admin page shows it: on or off, its settings, what the environment
 * fixes (support address, SMTP port, phone lines, API base URLs), its secrets (hints only),
 * its health, and the addresses to paste into the provider's dashboard.
 */

type ChannelRow = Selectable<SupportChannelSettingsTable>;

export type EndpointKey =
  | "inboundEmail"
  | "smtp"
  | "chatWidget"
  | "voiceWebhook"
  | "messengerWebhook"
  | "xWebhook";

export interface ChannelEnvironment {
  supportAddress?: string;
  smtp?: { host: string; port: number } | null;
  apiUrl?: string;
  phoneLines?: {
    label: { en: string; "zh-CN": string };
    number: string;
    hours: { en: string; "zh-CN": string };
  }[];
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** The public address of a path on this installation (PUBLIC_URL, as emails link to it). */
function publicUrl(deps: SupportDeps, path: string): string {
  return `${deps.platform.config.publicUrl.replace(/\/+$/, "")}${path}`;
}

function endpoints(deps: SupportDeps, channel: ConfigurableChannel): { key: EndpointKey; url: string }[] {
  const { smtpInboundPort } = deps.platform.config.channels;
  switch (channel) {
    case "email": {
      const host = new URL(deps.platform.config.publicUrl).hostname;
      return [
        { key: "inboundEmail", url: publicUrl(deps, "/api/v1/channels/email/inbound") },
        ...(smtpInboundPort ? [{ key: "smtp" as const, url: `smtp://${host}:${smtpInboundPort}` }] : []),
      ];
    }
    case "chat":
      return [{ key: "chatWidget", url: publicUrl(deps, "/chat-widget.js") }];
    case "phone":
      return [{ key: "voiceWebhook", url: publicUrl(deps, "/api/v1/channels/voice/webhook") }];
    case "messenger":
      return [{ key: "messengerWebhook", url: publicUrl(deps, "/api/v1/channels/messenger/webhook") }];
    case "x":
      return [{ key: "xWebhook", url: publicUrl(deps, "/api/v1/channels/x/webhook") }];
  }
}

function environment(deps: SupportDeps, channel: ConfigurableChannel): ChannelEnvironment {
  const c = deps.platform.config.channels;
  switch (channel) {
    case "email":
      return {
        supportAddress: c.supportAddress,
        smtp: c.smtpInboundPort ? { host: c.smtpInboundHost, port: c.smtpInboundPort } : null,
      };
    case "chat":
      return {};
    case "phone":
      return { phoneLines: c.phoneLines };
    case "messenger":
      return { apiUrl: c.messengerApiUrl };
    case "x":
      return { apiUrl: c.xApiUrl };
  }
}

/** Secrets a channel works without: X's client secret (a public OAuth 2.0 client has none). */
const OPTIONAL_SECRETS: ReadonlySet<string> = new Set(["x.clientSecret"]);

/** Whether the channel can work at all: the secrets it cannot do without (email: one way in). */
function configured(deps: SupportDeps, channel: ConfigurableChannel, secrets: SecretView[]): boolean {
  const has = (name: string) => secrets.some((s) => s.name === name && s.configured);
  switch (channel) {
    case "email":
      return deps.platform.config.channels.smtpInboundPort !== undefined || has("inboundToken");
    case "chat":
      return true;
    default:
      return secrets.every((s) => s.configured || OPTIONAL_SECRETS.has(`${channel}.${s.name}`));
  }
}

interface ChannelViewOf<C extends ConfigurableChannel> {
  channel: C;
  enabled: boolean;
  settings: ChannelSettingsOf<C>;
  environment: ChannelEnvironment;
  secrets: SecretView[];
  health: {
    status: ReturnType<typeof healthStatus>;
    lastInboundAt: string | null;
    lastOutboundAt: string | null;
    lastError: string | null;
    lastErrorAt: string | null;
  };
  endpoints: { key: EndpointKey; url: string }[];
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
}

/** One channel's view, its settings of that channel's shape. */
export type ChannelView = { [C in ConfigurableChannel]: ChannelViewOf<C> }[ConfigurableChannel];

function present(
  deps: SupportDeps,
  channel: ConfigurableChannel,
  row: ChannelRow | undefined,
  names: Map<string, string>,
): ChannelView {
  const secrets = secretViews(deps, deps.customers, channel, row?.secrets);
  const enabled = row?.enabled ?? true;
  const health = {
    lastInboundAt: row?.last_inbound_at ?? null,
    lastOutboundAt: row?.last_outbound_at ?? null,
    lastErrorAt: row?.last_error_at ?? null,
  };
  // The settings are read with this channel's own schema, so they have its shape.
  return {
    channel,
    enabled,
    settings: settingsFrom(channel, row?.settings),
    environment: environment(deps, channel),
    secrets,
    health: {
      status: healthStatus(
        { enabled, configured: configured(deps, channel, secrets), ...health },
        deps.platform.clock.now(),
      ),
      lastInboundAt: iso(health.lastInboundAt),
      lastOutboundAt: iso(health.lastOutboundAt),
      lastError: row?.last_error ?? null,
      lastErrorAt: iso(health.lastErrorAt),
    },
    endpoints: endpoints(deps, channel),
    // A row made only to record health was never saved by anyone.
    updatedAt: row?.updated_by ? row.updated_at.toISOString() : null,
    updatedBy: row?.updated_by
      ? { id: row.updated_by, name: names.get(row.updated_by) ?? row.updated_by }
      : null,
  } as ChannelView;
}

/** Every channel, in the page's order, from one read of the settings table. */
export async function channelViews(deps: SupportDeps): Promise<ChannelView[]> {
  const { db } = deps.platform;
  const rows = await db.selectFrom("support_channel_settings").selectAll().execute();
  const byChannel = new Map(rows.map((r) => [r.channel, r]));
  const names = await staffNames(
    deps,
    db,
    rows.map((r) => r.updated_by),
  );
  return CONFIGURABLE_CHANNELS.map((channel) => present(deps, channel, byChannel.get(channel), names));
}

export async function channelView(deps: SupportDeps, channel: ConfigurableChannel): Promise<ChannelView> {
  const { db } = deps.platform;
  const row = await db
    .selectFrom("support_channel_settings")
    .selectAll()
    .where("channel", "=", channel)
    .executeTakeFirst();
  const names = await staffNames(deps, db, [row?.updated_by ?? null]);
  return present(deps, channel, row, names);
}
