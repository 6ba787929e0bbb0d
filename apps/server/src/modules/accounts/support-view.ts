import type { AccountsDeps } from "./deps.js";
import { LOGIN_HISTORY_TYPES } from "./events.js";
import { describeUserAgent } from "./security/user-agent.js";
import { findUserByEmail, findUserById, type UserRow } from "./users-repository.js";

/**
 * What the support desk's customer panel shows of an account: who they are, whether they can
 * sign in (lock, second factor), whether money can leave (freeze, withdrawal hold), their
 * recent sign-ins and the devices signed in now. Built field by field from the row, so no
 * secret (password hash, TOTP secret, recovery codes, anti-phishing code) can slip through.
 */

const RECENT_LOGINS = 10;

/** "+8613812345678" → "+86•••••••5678": enough to recognise the number, not to call it. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  if (phone.length <= 7) return "•".repeat(phone.length);
  return `${phone.slice(0, 3)}${"•".repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** Why the account cannot sign in: repeated wrong passwords, or support locked it (in the agent's words). */
export type LockCause = "failed_sign_ins" | "support";

export interface AccountSupportView {
  profile: {
    id: string;
    name: string | null;
    email: string;
    emailVerified: boolean;
    phone: string | null;
    phoneVerified: boolean;
    language: UserRow["language"];
    country: string | null;
    walletNumber: string | null;
    createdAt: string;
    role: UserRow["role"];
  };
  verificationLevel: number;
  lock: {
    locked: boolean;
    kind: "soft" | "hard" | null;
    cause: LockCause | null;
    reason: string | null;
    since: string | null;
    until: string | null;
  };
  twoFactor: { totp: boolean; sms: boolean };
  frozen: { frozen: boolean; reason: string | null; at: string | null };
  withdrawalsHeldUntil: string | null;
  logins: {
    at: string;
    ip: string | null;
    device: string;
    outcome: (typeof LOGIN_HISTORY_TYPES)[keyof typeof LOGIN_HISTORY_TYPES];
  }[];
  sessions: {
    id: string;
    kind: "web" | "api";
    device: string;
    ip: string | null;
    createdAt: string;
    lastSeenAt: string;
  }[];
}

const deviceOf = (userAgent: string | null) => {
  const d = describeUserAgent(userAgent ?? undefined);
  return `${d.browser} · ${d.os}`;
};

/** The customer's id by email (any case), or undefined for staff and unknown addresses. */
export async function customerIdByEmail(deps: AccountsDeps, email: string): Promise<string | undefined> {
  const user = await findUserByEmail(deps.platform.db, email);
  return user?.role === "customer" ? user.id : undefined;
}

/** The account part of the panel; undefined for an unknown id and for staff (support reads customers only). */
export async function accountSupportView(
  deps: AccountsDeps,
  userId: string,
): Promise<AccountSupportView | undefined> {
  const { db, clock } = deps.platform;
  const user = await findUserById(db, userId);
  if (user?.role !== "customer") return undefined;
  const now = clock.now();
  const lock = await deps.lockout.state(db, `user:${user.id}`, now);
  // The event that started the lock says who locked it and why (support writes its reason there).
  const [lockEvent] = lock.locked
    ? (
        await deps.events.list(user.id, {
          types: lock.hard ? ["account_hard_locked"] : ["account_locked"],
          limit: 1,
        })
      ).data
    : [];
  const byStaff = lockEvent?.detail.by === "staff";
  const types = Object.keys(LOGIN_HISTORY_TYPES) as (keyof typeof LOGIN_HISTORY_TYPES)[];
  const logins = await deps.events.list(user.id, { types, limit: RECENT_LOGINS });
  const sessions = await deps.sessions.listActive(user.id);
  return {
    profile: {
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerifiedAt !== null,
      phone: maskPhone(user.phone),
      phoneVerified: user.phoneVerifiedAt !== null,
      language: user.language,
      country: user.country,
      walletNumber: user.walletNumber,
      createdAt: user.createdAt.toISOString(),
      role: user.role,
    },
    verificationLevel: user.verificationLevel,
    lock: {
      locked: lock.locked,
      kind: lock.locked ? (lock.hard ? "hard" : "soft") : null,
      cause: lock.locked ? (byStaff ? "support" : "failed_sign_ins") : null,
      reason: byStaff && typeof lockEvent?.detail.reason === "string" ? lockEvent.detail.reason : null,
      since: lockEvent?.createdAt.toISOString() ?? null,
      until: lock.lockedUntil?.toISOString() ?? null,
    },
    twoFactor: { totp: user.totpEnabledAt !== null, sms: user.smsMfaEnabledAt !== null },
    frozen: {
      frozen: user.frozenAt !== null,
      reason: user.frozenReason,
      at: user.frozenAt?.toISOString() ?? null,
    },
    withdrawalsHeldUntil:
      user.withdrawalsHeldUntil && user.withdrawalsHeldUntil > now
        ? user.withdrawalsHeldUntil.toISOString()
        : null,
    logins: logins.data.map((e) => ({
      at: e.createdAt.toISOString(),
      ip: e.ip,
      device: deviceOf(e.userAgent),
      outcome: LOGIN_HISTORY_TYPES[e.type as keyof typeof LOGIN_HISTORY_TYPES],
    })),
    sessions: sessions.map((s) => ({
      id: s.id,
      kind: s.kind,
      device: deviceOf(s.userAgent),
      ip: s.ip,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
    })),
  };
}
