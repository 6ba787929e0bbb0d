import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import type { AuditService } from "../audit/index.js";
import type { MessagingService } from "../messaging/index.js";
import type { NotificationsLive } from "./live.js";
import type { Recipient } from "./templates/render.js";

/** Who a notification is for: the account, its verified contact points, language and anti-phishing code. */
export interface NotificationRecipient extends Recipient {
  userId: string;
  /** A verified phone number, or null (texts go only to verified numbers). */
  phone: string | null;
  /** Whether the account's email address is confirmed (status-page emails go only to confirmed ones). */
  emailVerified: boolean;
}

/** Finds the recipient an account is (the accounts module knows users; this module does not read their table). */
export type RecipientLookup = (
  executor: Executor,
  userId: string,
) => Promise<NotificationRecipient | undefined>;

/**
 * Makes the account's address a confirmed status-page subscriber to every component, or stops
 * it being one: "maintenance by email" is that subscription (the status module owns it).
 */
export type MaintenanceSubscriber = (
  executor: Executor,
  account: { userId: string; email: string; language: Locale },
  subscribed: boolean,
) => Promise<boolean>;

/** What the notification center's parts share; built once in index.ts. */
export interface NotificationsDeps {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
  live: NotificationsLive;
  /** The account as a recipient; undefined when there is no such user (or no look-up was wired). */
  recipient: RecipientLookup;
  maintenanceSubscriber: MaintenanceSubscriber;
}
