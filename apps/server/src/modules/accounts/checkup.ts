import type { AccountsDeps } from "./deps.js";
import { recoveryCodesLeft } from "./public-user.js";
import { findUserById } from "./users-repository.js";

export type CheckupKey =
  | "two_factor"
  | "recovery_codes"
  | "strong_password"
  | "anti_phishing_code"
  | "email_verified"
  | "phone_verified"
  | "recognized_sessions"
  | "recent_password_change";

const FIX_URLS: Record<CheckupKey, string> = {
  two_factor: "/app/security#two-factor",
  recovery_codes: "/app/security#two-factor",
  strong_password: "/app/profile#password",
  anti_phishing_code: "/app/security#anti-phishing",
  email_verified: "/app/profile#email",
  phone_verified: "/app/profile#phone",
  recognized_sessions: "/app/security#sessions",
  recent_password_change: "/app/profile#password",
};

const YEAR_MS = 365 * 86_400_000;
const RECENT_MS = 14 * 86_400_000;

/**
 * Grades an account's security: each item is something the user can fix with one click.
 * The score is the share of items that are fine, from 0 to 100.
 */
export async function securityCheckup(deps: AccountsDeps, userId: string) {
  const { db, clock } = deps.platform;
  const user = await findUserById(db, userId);
  if (!user) return { score: 0, items: [] };
  const now = clock.now().getTime();
  const sessions = await deps.sessions.listActive(userId);
  const devices = await db.selectFrom("known_devices").selectAll().where("user_id", "=", userId).execute();
  // A session is unrecognized when it began on a device first seen in the last two weeks,
  // after the account's first one: exactly the sign-ins we emailed about.
  const firstDevice = devices.reduce<Date | undefined>(
    (min, d) => (!min || d.first_seen_at < min ? d.first_seen_at : min),
    undefined,
  );
  const unrecognized = sessions.some((s) => {
    const device = devices.find((d) => d.fingerprint === s.device);
    return (
      device !== undefined &&
      device.first_seen_at !== firstDevice &&
      now - device.first_seen_at.getTime() < RECENT_MS
    );
  });
  const checks: Record<CheckupKey, boolean> = {
    two_factor: user.totpEnabledAt !== null,
    recovery_codes: user.totpEnabledAt !== null && (await recoveryCodesLeft(db, userId)) >= 3,
    strong_password: (user.passwordScore ?? 0) >= 3,
    anti_phishing_code: user.antiPhishingCode !== null,
    email_verified: user.emailVerifiedAt !== null,
    phone_verified: user.phone !== null && user.phoneVerifiedAt !== null,
    recognized_sessions: !unrecognized,
    recent_password_change:
      user.passwordChangedAt !== null && now - user.passwordChangedAt.getTime() < YEAR_MS,
  };
  const items = (Object.keys(checks) as CheckupKey[]).map((key) => ({
    key,
    ok: checks[key],
    fixUrl: FIX_URLS[key],
  }));
  const score = Math.round((items.filter((i) => i.ok).length / items.length) * 100);
  return { score, items };
}
