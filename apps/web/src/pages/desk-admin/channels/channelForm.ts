import type { Channel, ChannelInfo, ChannelSettings } from "../../../api/channelsAdmin";

// The pure parts of the channels admin page: what the health line says, the settings form's
// draft and the change it sends, and the checks a pasted secret must pass before it is sent.

export type HealthLine =
  | { kind: "off" }
  | { kind: "notConfigured" }
  | { kind: "never" }
  | { kind: "lastIn"; at: string }
  | { kind: "lastOut"; at: string }
  | { kind: "error"; at: string; error: string }
  | { kind: "earlierError"; at: string; error: string };

/**
 * The lines under a channel's name: the error first when it is the latest thing that
 * happened (red), then the last message in and reply out; an older error is kept, quietly.
 */
export function healthLines(health: ChannelInfo["health"]): HealthLine[] {
  if (health.status === "off") return [{ kind: "off" }];
  if (health.status === "not_configured") return [{ kind: "notConfigured" }];
  const lines: HealthLine[] = [];
  const error =
    health.lastError && health.lastErrorAt ? { at: health.lastErrorAt, error: health.lastError } : null;
  if (error && health.status === "error") lines.push({ kind: "error", ...error });
  if (health.lastInboundAt) lines.push({ kind: "lastIn", at: health.lastInboundAt });
  if (health.lastOutboundAt) lines.push({ kind: "lastOut", at: health.lastOutboundAt });
  if (!health.lastInboundAt && !health.lastOutboundAt && lines.length === 0) lines.push({ kind: "never" });
  if (error && health.status !== "error") lines.push({ kind: "earlierError", ...error });
  return lines;
}

/** The settings form's fields, as typed. */
export interface SettingsDraft {
  autoAcknowledge: boolean;
  pageId: string;
  accountId: string;
  /** Null when the server does not have the setting (the form leaves it out). */
  downloadAttachments: boolean | null;
  clientId: string | null;
}

export function draftOf(settings: ChannelSettings): SettingsDraft {
  return {
    autoAcknowledge: settings.autoAcknowledge ?? true,
    downloadAttachments: settings.downloadAttachments ?? null,
    clientId: settings.clientId === undefined ? null : (settings.clientId ?? ""),
    pageId: settings.pageId ?? "",
    accountId: settings.accountId ?? "",
  };
}

/** Which channels have settings of their own (chat has none; phone's lines come from the environment). */
export function hasSettings(channel: Channel): boolean {
  return channel === "email" || channel === "messenger" || channel === "x";
}

export type SettingsProblem = "digits" | "clientId";

const DIGITS = /^\d{1,32}$/;
const PRINTABLE = /^[\x21-\x7e]{1,200}$/;

/** The change to send for a channel's form, or what is wrong with it (as the server checks it). */
export function settingsPatch(
  channel: Channel,
  draft: SettingsDraft,
): { settings: ChannelSettings } | { problem: SettingsProblem } {
  switch (channel) {
    case "email":
      return { settings: { autoAcknowledge: draft.autoAcknowledge } };
    case "messenger": {
      const pageId = draft.pageId.trim();
      if (pageId && !DIGITS.test(pageId)) return { problem: "digits" };
      return {
        settings: {
          pageId: pageId || null,
          ...(draft.downloadAttachments === null ? {} : { downloadAttachments: draft.downloadAttachments }),
        },
      };
    }
    case "x": {
      const accountId = draft.accountId.trim();
      if (accountId && !DIGITS.test(accountId)) return { problem: "digits" };
      const clientId = draft.clientId?.trim() ?? null;
      if (clientId && !PRINTABLE.test(clientId)) return { problem: "clientId" };
      return {
        settings: {
          accountId: accountId || null,
          ...(draft.clientId === null ? {} : { clientId: clientId || null }),
        },
      };
    }
    case "chat":
    case "phone":
      return { settings: {} };
  }
}

/** A pasted provider secret: what the server takes (8 to 1000 printable characters, no spaces). */
export function secretValueOk(value: string): boolean {
  return /^[\x21-\x7e]{8,1000}$/.test(value.trim());
}
