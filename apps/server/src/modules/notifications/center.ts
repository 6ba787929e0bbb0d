import type { NotificationKind } from "../../platform/db/schema-status.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { NotificationRecipient, NotificationsDeps } from "./deps.js";
import { insertNotifications, type NewNotification } from "./notifications-repository.js";
import { type Preferences, resolvePreferences } from "./preferences.js";
import { storedPreferences } from "./preferences-repository.js";
import { type Bilingual, composeEmail, composeSms, noticeText } from "./templates/render.js";

/** One thing the platform tells a customer. */
export interface NotificationMessage {
  kind: NotificationKind;
  /**
   * The copy in both languages: the email as it is; in the app, the subject is the title and
   * the lines the body.
   */
  copies: Bilingual;
  /** The text message, when this kind may go by SMS; without it a text carries the subject (noticeText). */
  sms?: Record<Locale, string>;
  /** Where the notification leads in the app (a path such as `/transactions/txn_…`). */
  link?: string;
  /**
   * The event this message is about (`deposit:dep_…:succeeded`): the same key is kept once
   * per channel, so a retried request or a replayed webhook never notifies twice.
   */
  dedupeKey: string;
}

export interface NotificationEntry {
  recipient: NotificationRecipient;
  message: NotificationMessage;
}

/**
 * Records and queues notifications in the caller's transaction, each as its recipient's
 * preferences allow: the in-app row (kept once per dedupe key), the email (outbox key
 * `<key>:email`) and the text message to a verified phone (`<key>:sms`). A batch (a group of
 * transfers) reads all recipients' preferences and writes all rows in one statement each.
 *
 * Maintenance by email is the status page's subscription (its emails come from there), so a
 * maintenance notification is never emailed from here: that would tell the subscriber twice.
 * Nor is it ever texted: it is in the bell.
 */
export async function notifyMany(
  deps: NotificationsDeps,
  executor: Executor,
  entries: readonly NotificationEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const { platform, messaging } = deps;
  const preferences = await preferencesOf(
    executor,
    entries.map((entry) => entry.recipient.userId),
  );
  const now = platform.clock.now();
  const rows: NewNotification[] = [];
  const seen = new Set<string>();
  for (const { recipient, message } of entries) {
    if (!switchesOf(preferences, recipient.userId)[message.kind].in_app) continue;
    // The same event twice in one batch is one notification, as it would be in two.
    if (seen.has(message.dedupeKey)) continue;
    seen.add(message.dedupeKey);
    rows.push({
      id: platform.ids.next("notification"),
      userId: recipient.userId,
      kind: message.kind,
      title: { en: message.copies.en.subject, "zh-CN": message.copies["zh-CN"].subject },
      body: { en: message.copies.en.lines.join("\n"), "zh-CN": message.copies["zh-CN"].lines.join("\n") },
      link: message.link ?? null,
      dedupeKey: message.dedupeKey,
      createdAt: now,
    });
  }
  const written = await insertNotifications(executor, rows);
  await deps.live.announce(executor, written);

  for (const { recipient, message } of entries) {
    const switches = switchesOf(preferences, recipient.userId)[message.kind];
    if (switches.email && message.kind !== "maintenance")
      await messaging.send(executor, composeEmail(recipient, message.copies), {
        dedupeKey: `${message.dedupeKey}:email`,
      });
    if (switches.sms && recipient.phone && message.kind !== "maintenance")
      await messaging.send(
        executor,
        composeSms(recipient.phone, recipient.language, noticeText(message.copies, message.sms)),
        {
          dedupeKey: `${message.dedupeKey}:sms`,
        },
      );
  }
}

/** Each user's switches, read in one query. */
async function preferencesOf(
  executor: Executor,
  userIds: readonly string[],
): Promise<Map<string, Preferences>> {
  const stored = await storedPreferences(executor, userIds);
  const byUser = new Map<string, typeof stored>();
  for (const row of stored) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  return new Map(userIds.map((userId) => [userId, resolvePreferences(byUser.get(userId) ?? [])]));
}

const switchesOf = (preferences: Map<string, Preferences>, userId: string): Preferences =>
  preferences.get(userId) ?? resolvePreferences([]);
