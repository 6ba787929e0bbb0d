import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import type { AuditService } from "../audit/index.js";
import type { MessagingService } from "../messaging/index.js";
import type { NotificationRecipient, NotificationsModule } from "../notifications/index.js";
import type { StatusGate } from "../status/index.js";
import { type Bilingual, composeEmail, composeSms, type Recipient } from "./emails.js";
import { createEventsService, type EventsService } from "./events.js";
import { Lockout } from "./lockout.js";
import { OneTimeTokens } from "./one-time-tokens.js";
import { createSecretBox } from "./security/secret-box.js";
import { Sessions } from "./sessions.js";
import type { UserRow } from "./users-repository.js";

/** What the accounts module's parts share; built once per platform. */
export interface AccountsDeps {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
  events: EventsService;
  lockout: Lockout;
  sessions: Sessions;
  tokens: OneTimeTokens;
  secretBox: ReturnType<typeof createSecretBox>;
  notifications: NotificationsModule;
  /**
   * Sends an email to the user, in their language, with their anti-phishing code: for what they
   * asked for (a link to confirm an address or reset a password, a code). Notices go by `notice`.
   */
  email(executor: Executor, user: UserRow, copies: Parameters<typeof composeEmail>[1]): Promise<void>;
  /**
   * Tells the user something happened to their account's security (a new sign-in, a changed
   * password, a lock): a notification in the app and by email, which cannot be turned off, and
   * a text when they turned texts on. `event` names it in the dedupe key; each call is news.
   */
  notice(
    executor: Executor,
    user: UserRow,
    notice: { event: string; copies: Bilingual; link?: string },
  ): Promise<void>;
  /** Sends a text to a phone number, in the user's language. */
  sms(
    executor: Executor,
    phone: string,
    user: UserRow,
    text: Parameters<typeof composeSms>[2],
  ): Promise<void>;
  /** An absolute link for an email, built from PUBLIC_URL, never from the request's Host. */
  link(path: string, token: string): string;
  /** The status page's gate: customers cannot sign in while `login` is under maintenance or in major outage. */
  gate: Pick<StatusGate, "assertAvailable">;
}

export function recipientOf(user: UserRow): Recipient {
  return {
    email: user.email,
    phone: user.phone,
    name: user.name,
    language: user.language,
    antiPhishingCode: user.antiPhishingCode,
  };
}

/** The user as the notification center addresses them: a phone only once verified. */
export function notificationRecipientOf(user: UserRow): NotificationRecipient {
  return {
    ...recipientOf(user),
    userId: user.id,
    phone: user.phoneVerifiedAt ? user.phone : null,
    emailVerified: user.emailVerifiedAt !== null,
  };
}

/** Where security notices lead in the app: the security center. */
const SECURITY_PAGE = "/app/security";

export function createAccountsDeps(
  platform: Platform,
  audit: AuditService,
  messaging: MessagingService,
  gate: AccountsDeps["gate"],
  notifications: NotificationsModule,
): AccountsDeps {
  return {
    platform,
    audit,
    messaging,
    gate,
    notifications,
    events: createEventsService(platform),
    lockout: new Lockout(platform.config.security),
    sessions: new Sessions(platform),
    tokens: new OneTimeTokens(platform),
    secretBox: createSecretBox(platform.config.secret),
    email: (executor, user, copies) => messaging.send(executor, composeEmail(recipientOf(user), copies)),
    notice: (executor, user, { event, copies, link }) =>
      notifications.notify(executor, notificationRecipientOf(user), {
        kind: "security",
        copies,
        link: link ?? SECURITY_PAGE,
        dedupeKey: `security:${user.id}:${event}:${platform.ids.next("notification")}`,
      }),
    sms: (executor, phone, user, text) => messaging.send(executor, composeSms(phone, user.language, text)),
    link: (path, token) => `${platform.config.publicUrl}${path}?token=${encodeURIComponent(token)}`,
  };
}
