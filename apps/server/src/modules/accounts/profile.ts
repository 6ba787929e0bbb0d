import { DomainError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import type { RequestContext } from "./context.js";
import type { AccountsDeps } from "./deps.js";
import { emails, texts } from "./emails.js";
import { LOGIN_HISTORY_TYPES, type SecurityEventType } from "./events.js";
import { isCountry, normalizePhone } from "./identifiers.js";
import { guardedCheck } from "./login.js";
import { assertSteppedUp } from "./mfa.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { type PublicUser, toPublicUser } from "./public-user.js";
import { assertStrongPassword, sendPhoneCode } from "./registration.js";
import { hasSecondFactor } from "./second-factor.js";
import { describeUserAgent } from "./security/user-agent.js";
import type { Session } from "./sessions.js";
import { findUserById, findUserByPhone, type UserRow, updateUser } from "./users-repository.js";

async function loadUser(deps: AccountsDeps, userId: string): Promise<UserRow> {
  const user = await findUserById(deps.platform.db, userId);
  if (!user) throw new DomainError("authentication_required");
  return user;
}

export async function getMe(deps: AccountsDeps, userId: string): Promise<PublicUser> {
  return toPublicUser(deps.platform.db, await loadUser(deps, userId));
}

export interface ProfilePatch {
  name?: string | null | undefined;
  country?: string | undefined;
  language?: Locale | undefined;
  antiPhishingCode?: string | null | undefined;
  phone?: string | null | undefined;
}

export async function updateProfile(
  deps: AccountsDeps,
  session: Session,
  patch: ProfilePatch,
  ctx: RequestContext,
): Promise<PublicUser> {
  const { platform } = deps;
  const user = await loadUser(deps, session.userId);
  const changes: Partial<UserRow> = {};
  let pendingPhone: string | undefined;
  if (patch.name !== undefined) changes.name = patch.name?.trim() || null;
  if (patch.language !== undefined) changes.language = patch.language;
  if (patch.country !== undefined) {
    const country = patch.country.toUpperCase();
    if (!isCountry(country)) {
      throw new DomainError("validation_failed", {}, [
        { in: "body", path: "/country", code: "invalid_value", message: "Use an ISO 3166-1 alpha-2 code" },
      ]);
    }
    changes.country = country;
  }
  if (patch.antiPhishingCode !== undefined) changes.antiPhishingCode = patch.antiPhishingCode?.trim() || null;
  if (patch.phone !== undefined) {
    // A new phone number can receive codes: it needs the same proof as a new password.
    assertSteppedUp(deps, session);
    const phone = patch.phone === null ? null : normalizePhone(patch.phone);
    if (patch.phone !== null && !phone) {
      throw new DomainError("validation_failed", {}, [
        {
          in: "body",
          path: "/phone",
          code: "invalid_format",
          message: "Use international format, e.g. +8613800000000",
        },
      ]);
    }
    if (phone !== user.phone) {
      if (phone && (await findUserByPhone(platform.db, phone)))
        throw new DomainError("phone_already_registered");
      if (phone && user.phone && user.phoneVerifiedAt) {
        // Replacing a verified number: the new one must prove itself before it counts; until
        // then the old number stays (see verifyPhone).
        pendingPhone = phone;
      } else {
        Object.assign(changes, { phone: phone ?? null, phoneVerifiedAt: null, smsMfaEnabledAt: null });
      }
    }
  }
  return platform.db.transaction().execute(async (trx) => {
    const now = platform.clock.now();
    await updateUser(trx, user.id, { ...changes, updatedAt: now });
    const updated = { ...user, ...changes };
    const type: SecurityEventType =
      changes.antiPhishingCode !== undefined ? "anti_phishing_code_set" : "profile_updated";
    await deps.events.record(trx, { userId: user.id, type, ctx, detail: { fields: Object.keys(changes) } });
    if (changes.phone) await sendPhoneCode(deps, trx, updated);
    if (pendingPhone) await sendPhoneCode(deps, trx, updated, pendingPhone);
    // The old number is told, so a takeover that swaps the phone does not go unnoticed.
    if ("phone" in changes && user.phone && user.phoneVerifiedAt)
      await deps.sms(trx, user.phone, user, texts.phoneRemoved());
    return toPublicUser(trx, updated);
  });
}

export async function changePassword(
  deps: AccountsDeps,
  session: Session,
  input: { currentPassword: string; newPassword: string },
  ctx: RequestContext,
): Promise<void> {
  const { platform } = deps;
  const user = await loadUser(deps, session.userId);
  const passwordOk = await guardedCheck(deps, user, ctx, "login_failed", () =>
    verifyPassword(user.passwordHash, input.currentPassword),
  );
  if (!passwordOk) throw new DomainError("invalid_credentials");
  if (hasSecondFactor(user)) assertSteppedUp(deps, session);
  const strength = assertStrongPassword(input.newPassword, {
    email: user.email,
    name: user.name,
    phone: user.phone,
  });
  const passwordHash = await hashPassword(input.newPassword);
  await platform.db.transaction().execute(async (trx) => {
    const now = platform.clock.now();
    await updateUser(trx, user.id, {
      passwordHash,
      passwordChangedAt: now,
      passwordScore: strength.score,
      updatedAt: now,
    });
    await deps.sessions.revokeAll(trx, user.id, "password_changed", session.id);
    await deps.tokens.voidAll(trx, user.id, "mfa_login");
    await deps.events.record(trx, { userId: user.id, type: "password_changed", ctx });
    await deps.notice(trx, user, { event: "password_changed", copies: emails.passwordChanged(now) });
  });
}

export async function listSessions(deps: AccountsDeps, session: Session) {
  const sessions = await deps.sessions.listActive(session.userId);
  return sessions.map((s) => {
    const d = describeUserAgent(s.userAgent ?? undefined);
    return {
      id: s.id,
      current: s.id === session.id,
      userAgent: s.userAgent,
      browser: d.browser,
      os: d.os,
      device: d.device,
      ip: s.ip,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
    };
  });
}

export async function revokeSession(
  deps: AccountsDeps,
  session: Session,
  sessionId: string,
  ctx: RequestContext,
): Promise<void> {
  await deps.platform.db.transaction().execute(async (trx) => {
    // Someone else's session id is answered exactly like one that does not exist.
    if (!(await deps.sessions.revoke(trx, session.userId, sessionId, "revoked_by_user")))
      throw new DomainError("not_found");
    await deps.events.record(trx, {
      userId: session.userId,
      type: "session_revoked",
      ctx,
      detail: { sessionId },
    });
  });
}

export async function revokeOtherSessions(
  deps: AccountsDeps,
  session: Session,
  ctx: RequestContext,
): Promise<number> {
  return deps.platform.db.transaction().execute(async (trx) => {
    const revoked = await deps.sessions.revokeAll(trx, session.userId, "revoked_by_user", session.id);
    await deps.events.record(trx, {
      userId: session.userId,
      type: "sessions_revoked",
      ctx,
      detail: { count: revoked },
    });
    return revoked;
  });
}

const NINETY_DAYS_MS = 90 * 86_400_000;

export async function loginHistory(
  deps: AccountsDeps,
  userId: string,
  page: { limit: number; cursor?: string | undefined },
) {
  const types = Object.keys(LOGIN_HISTORY_TYPES) as (keyof typeof LOGIN_HISTORY_TYPES)[];
  const since = new Date(deps.platform.clock.now().getTime() - NINETY_DAYS_MS);
  const { data, nextCursor } = await deps.events.list(userId, { types, since, ...page });
  return {
    data: data.map((e) => {
      const d = describeUserAgent(e.userAgent ?? undefined);
      return {
        id: e.id,
        outcome: LOGIN_HISTORY_TYPES[e.type as keyof typeof LOGIN_HISTORY_TYPES],
        ip: e.ip,
        browser: d.browser,
        os: d.os,
        createdAt: e.createdAt.toISOString(),
      };
    }),
    nextCursor,
  };
}

export async function securityEvents(
  deps: AccountsDeps,
  userId: string,
  page: { limit: number; cursor?: string | undefined },
) {
  const { data, nextCursor } = await deps.events.list(userId, page);
  return {
    data: data.map((e) => {
      const d = describeUserAgent(e.userAgent ?? undefined);
      return {
        id: e.id,
        type: e.type,
        ip: e.ip,
        browser: d.browser,
        os: d.os,
        byStaff: e.actorId !== null && e.actorId !== userId,
        createdAt: e.createdAt.toISOString(),
      };
    }),
    nextCursor,
  };
}
