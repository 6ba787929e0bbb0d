import type { NotificationKind } from "../../platform/db/schema-status.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import type { AuditService } from "../audit/index.js";
import type { MessagingService } from "../messaging/index.js";
import type { Bilingual, Recipient } from "./templates/render.js";

/** Who a notification is for: the account, its verified contact points, language and anti-phishing code. */
export interface NotificationRecipient extends Recipient {
  userId: string;
  /** A verified phone number, or null (texts go only to verified numbers). */
  phone: string | null;
}

/** One thing the platform tells a customer. */
export interface NotificationMessage {
  kind: NotificationKind;
  /**
   * The copy in both languages, from a template of templates/registry.ts: the email as it is;
   * in the app, the subject is the title and the lines the body.
   */
  copies: Bilingual;
  /** The text message, when this kind may go by SMS. */
  sms?: Record<Locale, string>;
  /** Where the notification leads in the app (a path such as `/transactions/txn_…`). */
  link?: string;
  /**
   * The event this message is about (`deposit:dep_…:succeeded`): the same key is kept once
   * per channel, so a retried request or a replayed webhook never notifies twice.
   */
  dedupeKey: string;
}

/**
 * The notification center: in-app notifications (the bell), each customer's preferences per
 * kind and channel (security notices cannot be turned off), and delivery of the email and
 * SMS copies through the outbox.
 */
export interface NotificationsModule {
  /** Records and queues a notification in the caller's transaction, as the recipient's preferences allow. */
  notify(executor: Executor, recipient: NotificationRecipient, message: NotificationMessage): Promise<void>;
}

export interface NotificationsModuleInput {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
}

export function createNotificationsModule(_input: NotificationsModuleInput): NotificationsModule {
  return {
    async notify() {
      throw new Error("the notification center is being built");
    },
  };
}
