import type { UserRole } from "../../platform/db/schema.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { UserRow } from "./users-repository.js";

/** A user as the API shows them to themselves: never a hash or a secret. */
export interface PublicUser {
  id: string;
  email: string;
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
  name: string | null;
  country: string | null;
  language: Locale;
  role: UserRole;
  walletNumber: string | null;
  twoFactor: { totp: boolean; sms: boolean; recoveryCodesLeft: number };
  antiPhishingCode: string | null;
  createdAt: string;
}

export async function recoveryCodesLeft(executor: Executor, userId: string): Promise<number> {
  const row = await executor
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function toPublicUser(executor: Executor, user: UserRow): Promise<PublicUser> {
  return {
    id: user.id,
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    phone: user.phone,
    phoneVerified: user.phoneVerifiedAt !== null,
    name: user.name,
    country: user.country,
    language: user.language,
    role: user.role,
    walletNumber: user.walletNumber,
    twoFactor: {
      totp: user.totpEnabledAt !== null,
      sms: user.smsMfaEnabledAt !== null,
      recoveryCodesLeft: user.totpEnabledAt ? await recoveryCodesLeft(executor, user.id) : 0,
    },
    antiPhishingCode: user.antiPhishingCode,
    createdAt: user.createdAt.toISOString(),
  };
}
