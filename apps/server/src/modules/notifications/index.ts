import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import type { AuditService } from "../audit/index.js";
import type { MessagingService } from "../messaging/index.js";
import { type NotificationEntry, type NotificationMessage, notifyMany } from "./center.js";
import type {
  MaintenanceSubscriber,
  NotificationRecipient,
  NotificationsDeps,
  RecipientLookup,
} from "./deps.js";
import { createNotificationsLive } from "./live.js";
import { followEmailChange } from "./settings.js";

export type { NotificationEntry, NotificationMessage } from "./center.js";
export type { MaintenanceSubscriber, NotificationRecipient, RecipientLookup } from "./deps.js";

/**
 * The notification center: in-app notifications (the bell, live over server-sent events),
 * each customer's preferences per kind and channel (security notices cannot be turned off),
 * and delivery of the email and SMS copies through the outbox.
 */
export interface NotificationsModule {
  deps: NotificationsDeps;
  /** Records and queues a notification in the caller's transaction, as the recipient's preferences allow. */
  notify(executor: Executor, recipient: NotificationRecipient, message: NotificationMessage): Promise<void>;
  /** Many at once (a batch of transfers): the same, with one query per step instead of one per notification. */
  notifyMany(executor: Executor, entries: readonly NotificationEntry[]): Promise<void>;
  /** How an account becomes a recipient (wired by the accounts module, which knows users). */
  useRecipients(lookup: RecipientLookup): void;
  /**
   * What turning maintenance emails on or off does: the account's address becomes a status
   * subscriber or stops being one (wired in services.ts to the status module).
   */
  setMaintenanceSubscriber(subscriber: MaintenanceSubscriber): void;
  /** An account's email changed (confirmed): its maintenance subscription follows, if it has one. */
  emailChanged(executor: Executor, account: Parameters<typeof followEmailChange>[2]): Promise<void>;
  /** Stops hearing other nodes and lets go of open streams' listeners. */
  close(): Promise<void>;
}

export interface NotificationsModuleInput {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
}

export function createNotificationsModule(input: NotificationsModuleInput): NotificationsModule {
  const live = createNotificationsLive(input.platform);
  let lookup: RecipientLookup = async () => undefined;
  let subscriber: MaintenanceSubscriber = async () => false;
  const deps: NotificationsDeps = {
    ...input,
    live,
    recipient: (executor, userId) => lookup(executor, userId),
    maintenanceSubscriber: (executor, account, subscribed) => subscriber(executor, account, subscribed),
  };
  return {
    deps,
    notify: (executor, recipient, message) => notifyMany(deps, executor, [{ recipient, message }]),
    notifyMany: (executor, entries) => notifyMany(deps, executor, entries),
    useRecipients(next) {
      lookup = next;
    },
    setMaintenanceSubscriber(next) {
      subscriber = next;
    },
    emailChanged: (executor, account) => followEmailChange(deps, executor, account),
    close: () => live.close(),
  };
}
