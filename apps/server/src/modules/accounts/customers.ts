import { DomainError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Actor } from "../audit/index.js";
import type { NotificationMessage } from "../notifications/index.js";
import type { AccountsDeps } from "./deps.js";
import { notificationRecipientOf, recipientOf } from "./deps.js";
import { antiPhishingLine, type Bilingual } from "./emails.js";
import { checkSecondFactor, hasSecondFactor } from "./second-factor.js";
import {
  customerIdsAfter,
  findUserByEmail,
  findUserById,
  findUsersByIds,
  updateUser,
} from "./users-repository.js";

/** What the payments and kyc modules may know about a customer. */
export interface CustomerProfile {
  id: string;
  email: string;
  name: string | null;
  language: Locale;
  country: string | null;
  phone: string | null;
  phoneVerified: boolean;
  emailVerified: boolean;
  walletNumber: string | null;
  verificationLevel: number;
  frozen: boolean;
  /** After a password reset or 2FA reset, payouts wait until then. */
  withdrawalsHeldUntil: Date | null;
  hasSecondFactor: boolean;
}

/**
 * The accounts module's face towards modules that act for a customer (payments, kyc): read
 * a profile, email the customer in their language (with their anti-phishing code), check a
 * second-factor code, set the verification level, seal secrets. Nothing else about users.
 */
export interface CustomerDirectory {
  profile(executor: Executor, userId: string): Promise<CustomerProfile | undefined>;
  profileByEmail(executor: Executor, email: string): Promise<CustomerProfile | undefined>;
  /** Many profiles in one query, keyed by user id (review queues and other lists). */
  profiles(executor: Executor, userIds: string[]): Promise<Map<string, CustomerProfile>>;
  /**
   * Emails the customer something they asked for (a trace's answer, a transcript). What the
   * platform tells them on its own (a deposit arrived, a reply on a ticket) goes by `notify`.
   */
  email(executor: Executor, userId: string, copies: Bilingual): Promise<void>;
  /**
   * Tells the customer something through the notification center, in the caller's transaction:
   * in the app, by email and by text to a verified phone, as their preferences allow (security
   * notices always in the app and by email). Nothing for an unknown user.
   */
  notify(executor: Executor, userId: string, message: NotificationMessage): Promise<void>;
  /** The same for many customers at once (a batch of transfers), in a few queries. */
  notifyMany(
    executor: Executor,
    notices: readonly { userId: string; message: NotificationMessage }[],
  ): Promise<void>;
  /**
   * The ids of active customer accounts (staff and deactivated accounts left out) after
   * `afterId` in id order (null: from the first), at most `limit`: a notice to every customer
   * walks them page by page.
   */
  customerIdsAfter(executor: Executor, afterId: string | null, limit: number): Promise<string[]>;
  /**
   * "Your anti-phishing code: …" in `language`, for emails composed elsewhere (support's ticket
   * emails). Undefined without a code, or when `to` is not the account's address: the code
   * proves an email to the account holder is ours, so it is never sent to another address.
   */
  antiPhishingLine(
    executor: Executor,
    userId: string,
    options: { language: Locale; to: string },
  ): Promise<string | undefined>;
  /** Throws two_factor_setup_required when the customer has no second factor, invalid_mfa_code on a wrong code. */
  confirmSecondFactor(executor: Executor, userId: string, code: string | undefined): Promise<void>;
  setVerificationLevel(executor: Executor, userId: string, level: number, actor: Actor): Promise<void>;
  seal(plain: string): string;
  open(sealed: string): string;
  /** An absolute link built from PUBLIC_URL. */
  url(path: string): string;
}

export function createCustomerDirectory(deps: AccountsDeps): CustomerDirectory {
  const toProfile = (row: NonNullable<Awaited<ReturnType<typeof findUserById>>>): CustomerProfile => ({
    id: row.id,
    email: row.email,
    name: row.name,
    language: row.language,
    country: row.country,
    phone: row.phone,
    phoneVerified: row.phoneVerifiedAt !== null,
    emailVerified: row.emailVerifiedAt !== null,
    walletNumber: row.walletNumber,
    verificationLevel: row.verificationLevel,
    frozen: row.frozenAt !== null,
    withdrawalsHeldUntil: row.withdrawalsHeldUntil,
    hasSecondFactor: hasSecondFactor(row),
  });
  return {
    async profile(executor, userId) {
      const row = await findUserById(executor, userId);
      return row && toProfile(row);
    },
    async profiles(executor, userIds) {
      const rows = await findUsersByIds(executor, userIds);
      return new Map(rows.map((row) => [row.id, toProfile(row)]));
    },
    async profileByEmail(executor, email) {
      const row = await findUserByEmail(executor, email);
      return row && toProfile(row);
    },
    async email(executor, userId, copies) {
      const row = await findUserById(executor, userId);
      if (row) await deps.email(executor, row, copies);
    },
    async notify(executor, userId, message) {
      const row = await findUserById(executor, userId);
      if (row) await deps.notifications.notify(executor, notificationRecipientOf(row), message);
    },
    async notifyMany(executor, notices) {
      if (notices.length === 0) return;
      const rows = await findUsersByIds(executor, [...new Set(notices.map((n) => n.userId))]);
      const users = new Map(rows.map((row) => [row.id, row]));
      await deps.notifications.notifyMany(
        executor,
        notices.flatMap(({ userId, message }) => {
          const row = users.get(userId);
          return row ? [{ recipient: notificationRecipientOf(row), message }] : [];
        }),
      );
    },
    customerIdsAfter: (executor, afterId, limit) => customerIdsAfter(executor, afterId, limit),
    async antiPhishingLine(executor, userId, { language, to }) {
      const row = await findUserById(executor, userId);
      if (!row || row.email.toLowerCase() !== to.trim().toLowerCase()) return undefined;
      return antiPhishingLine({ ...recipientOf(row), language });
    },
    async confirmSecondFactor(executor, userId, code) {
      const row = await findUserById(executor, userId);
      if (!row) throw new DomainError("authentication_required");
      if (!hasSecondFactor(row)) throw new DomainError("two_factor_setup_required");
      if (!code)
        throw new DomainError("mfa_required", {}, [
          { in: "body", path: "/code", code: "required", message: "Required" },
        ]);
      // SMS users ask for a code first (POST /api/v1/me/reauth/sms), as for any step-up.
      const sent = await deps.tokens.latestOpen(executor, row.id, "reauth_sms");
      const result = await checkSecondFactor(deps, executor, row, code, {
        smsCodeHash: sent?.secret_hash ?? null,
      });
      if (!result.ok) throw new DomainError("invalid_mfa_code");
      if (result.method === "sms" && sent) await deps.tokens.consume(executor, sent.id);
    },
    async setVerificationLevel(executor, userId, level, actor) {
      const row = await findUserById(executor, userId);
      if (!row) throw new DomainError("not_found");
      if (row.verificationLevel === level) return;
      await updateUser(executor, userId, { verificationLevel: level, updatedAt: deps.platform.clock.now() });
      await deps.audit.record(
        executor,
        actor,
        "account.verification_level_changed",
        { type: "user", id: userId },
        { from: row.verificationLevel, to: level },
      );
    },
    seal: (plain) => deps.secretBox.seal(plain),
    open: (sealed) => deps.secretBox.open(sealed),
    url: (path) => new URL(path, deps.platform.config.publicUrl).toString(),
  };
}
