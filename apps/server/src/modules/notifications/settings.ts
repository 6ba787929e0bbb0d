import { DomainError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { NotificationsDeps } from "./deps.js";
import {
  checkChanges,
  type PreferenceChange,
  presentPreferences,
  resolvePreferences,
} from "./preferences.js";
import { storedPreferences, storePreferences } from "./preferences-repository.js";

async function recipientOf(deps: NotificationsDeps, executor: Executor, userId: string) {
  const recipient = await deps.recipient(executor, userId);
  if (!recipient) throw new DomainError("authentication_required");
  return recipient;
}

async function view(executor: Executor, userId: string, smsAvailable: boolean) {
  const preferences = resolvePreferences(await storedPreferences(executor, [userId]));
  return { kinds: presentPreferences(preferences), smsAvailable };
}

/** The caller's switches per kind and channel, and whether texts are possible (a verified phone). */
export async function getPreferences(deps: NotificationsDeps, userId: string) {
  const db = deps.platform.db;
  const recipient = await recipientOf(deps, db, userId);
  return view(db, userId, recipient.phone !== null);
}

/**
 * Flips the caller's switches, all or none: security notices stay on in the app and by email
 * (422 notification_locked), texts need a verified phone (409 notification_phone_required),
 * maintenance emails a confirmed email address (409 notification_email_unverified).
 * Maintenance by email subscribes the account's address to the status page (or stops it), in
 * the same transaction.
 */
export async function updatePreferences(
  deps: NotificationsDeps,
  userId: string,
  changes: readonly PreferenceChange[],
) {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const recipient = await recipientOf(deps, trx, userId);
    const smsAvailable = recipient.phone !== null;
    checkChanges(changes, smsAvailable);
    const maintenance = changes.findLast((c) => c.kind === "maintenance" && c.channel === "email");
    // Status emails go to confirmed addresses only: an address someone typed at sign-up and never
    // confirmed could be anybody's.
    if (maintenance?.enabled && !recipient.emailVerified)
      throw new DomainError("notification_email_unverified", {}, [
        {
          in: "body",
          path: `/changes/${changes.lastIndexOf(maintenance)}/enabled`,
          code: "email_unverified",
          message: "Confirm your email address first",
          messages: { en: "Confirm your email address first", "zh-CN": "请先验证您的邮箱地址" },
        },
      ]);
    await storePreferences(trx, userId, changes, platform.clock.now());
    if (maintenance)
      await deps.maintenanceSubscriber(
        trx,
        { userId, email: recipient.email, language: recipient.language },
        maintenance.enabled,
      );
    return view(trx, userId, smsAvailable);
  });
}

/**
 * An account's confirmed email changed: with maintenance emails on, the status subscription
 * moves from the old address to the new one (the switch belongs to the account, not to an
 * address it gave up). Only a subscription that still exists moves: one ended from an email's
 * unsubscribe link stays ended. In the caller's transaction.
 */
export async function followEmailChange(
  deps: NotificationsDeps,
  executor: Executor,
  account: { userId: string; from: string; to: string; language: Locale },
): Promise<void> {
  const preferences = resolvePreferences(await storedPreferences(executor, [account.userId]));
  if (!preferences.maintenance.email) return;
  const { userId, language } = account;
  if (await deps.maintenanceSubscriber(executor, { userId, email: account.from, language }, false))
    await deps.maintenanceSubscriber(executor, { userId, email: account.to, language }, true);
}
