import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from "../../platform/db/schema-status.js";
import { DomainError } from "../../platform/errors/domain-error.js";

/** Per kind, whether each channel is on. */
export type ChannelSwitches = Record<NotificationChannel, boolean>;
export type Preferences = Record<NotificationKind, ChannelSwitches>;

/** One switch a customer flips. */
export interface PreferenceChange {
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
}

/**
 * Security notices tell the account holder that someone else may be in their account: in the
 * app and by email they always go out. Their text messages may be turned on, not these off.
 */
export const LOCKED: Readonly<Record<NotificationKind, readonly NotificationChannel[]>> = {
  deposits: [],
  withdrawals: [],
  transfers: [],
  security: ["in_app", "email"],
  support: [],
  maintenance: [],
};

/**
 * Channels a kind never goes by, whatever is stored: maintenance is never texted (the bell has
 * it, and the status page's subscription emails it). Always off, and cannot be turned on.
 */
export const NEVER: Readonly<Record<NotificationKind, readonly NotificationChannel[]>> = {
  deposits: [],
  withdrawals: [],
  transfers: [],
  security: [],
  support: [],
  maintenance: ["sms"],
};

/**
 * What a customer who never changed anything gets: everything in the app; every email but
 * maintenance (which means subscribing to the status page's emails); no text messages (they
 * cost money and need a verified phone).
 */
export function defaultSwitches(kind: NotificationKind): ChannelSwitches {
  return { in_app: true, email: kind !== "maintenance", sms: false };
}

/**
 * The customer's switches: the defaults, with what they stored on top; locked channels stay on
 * and channels a kind never goes by stay off, whatever is stored.
 */
export function resolvePreferences(
  stored: readonly { kind: NotificationKind; channel: NotificationChannel; enabled: boolean }[],
): Preferences {
  const preferences = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, defaultSwitches(kind)]),
  ) as Preferences;
  for (const row of stored) preferences[row.kind][row.channel] = row.enabled;
  for (const kind of NOTIFICATION_KINDS) {
    for (const channel of LOCKED[kind]) preferences[kind][channel] = true;
    for (const channel of NEVER[kind]) preferences[kind][channel] = false;
  }
  return preferences;
}

/**
 * Refuses a change the rules do not allow: a locked channel turned off (notification_locked),
 * a channel the kind never goes by turned on (validation_failed: maintenance texts), text
 * messages turned on without a verified phone (notification_phone_required). Turning a locked
 * channel "on", or a never-used one "off", is allowed (it changes nothing).
 */
export function checkChanges(changes: readonly PreferenceChange[], smsAvailable: boolean): void {
  changes.forEach((change, index) => {
    if (!change.enabled && LOCKED[change.kind].includes(change.channel))
      throw new DomainError("notification_locked", {}, [
        {
          in: "body",
          path: `/changes/${index}/enabled`,
          code: "locked",
          message: "Security notices stay on in the app and by email",
        },
      ]);
    if (change.enabled && NEVER[change.kind].includes(change.channel))
      throw new DomainError("validation_failed", {}, [
        {
          in: "body",
          path: `/changes/${index}/channel`,
          code: "not_offered",
          message:
            "Maintenance notices are never sent by text message: they are in the app, and by email when you subscribe.",
          messages: {
            en: "Maintenance notices are never sent by text message: they are in the app, and by email when you subscribe.",
            "zh-CN": "维护通知不会通过短信发送：它们会显示在应用内，开启邮件通知后也会通过邮件发送。",
          },
        },
      ]);
    if (change.enabled && change.channel === "sms" && !smsAvailable)
      throw new DomainError("notification_phone_required", {}, [
        {
          in: "body",
          path: `/changes/${index}/channel`,
          code: "phone_required",
          message: "Text messages need a verified phone number",
        },
      ]);
  });
}

/** The GET/PUT answer's list: every kind in the catalogue's order, with what is locked. */
export function presentPreferences(preferences: Preferences) {
  return NOTIFICATION_KINDS.map((kind) => ({
    kind,
    locked: [...LOCKED[kind]],
    channels: Object.fromEntries(
      NOTIFICATION_CHANNELS.map((channel) => [channel, preferences[kind][channel]]),
    ) as ChannelSwitches,
  }));
}
