import { createHash } from "node:crypto";
import { DomainError } from "../../platform/errors/domain-error.js";
import { randomToken } from "../../platform/random.js";
import type { RequestContext } from "./context.js";
import type { AccountsDeps } from "./deps.js";
import { emails, texts } from "./emails.js";
import type { SecurityEventType } from "./events.js";
import { parseLogin } from "./identifiers.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { type PublicUser, toPublicUser } from "./public-user.js";
import {
  checkSecondFactor,
  hasSecondFactor,
  type SecondFactorMethod,
  secondFactorMethods,
} from "./second-factor.js";
import { hashCode, hashToken, newNumericCode, newOpaqueToken } from "./security/tokens.js";
import { describeUserAgent } from "./security/user-agent.js";
import type { SessionKind } from "./sessions.js";
import { hitThrottle, releaseThrottle } from "./throttle.js";
import { findUserByEmail, findUserById, findUserByPhone, type UserRow } from "./users-repository.js";

const MFA_TOKEN_TTL_MS = 5 * 60_000;
const MFA_MAX_TRIES = 5;
const MAX_LOGIN_SMS = 3;

export type SessionResult = { kind: "session"; token: string; sessionId: string; user: PublicUser };
export type LoginResult = SessionResult | { kind: "mfa"; mfaToken: string; methods: SecondFactorMethod[] };

/**
 * A hash to verify against when the login matches no account, so that "no such user" costs
 * the same Argon2id work as "wrong password" and the two cannot be told apart by timing.
 */
let dummyHash: Promise<string> | undefined;
const dummyPasswordHash = (deps: AccountsDeps) =>
  (dummyHash ??= hashPassword(randomToken(deps.platform.random, 24)));

export const lockKeyFor = (user: UserRow | undefined, login: string) =>
  user ? `user:${user.id}` : `login:${createHash("sha256").update(login.trim().toLowerCase()).digest("hex")}`;

export function lockedError(lockedUntil: Date | null): DomainError {
  return new DomainError(
    "account_locked",
    {
      until: lockedUntil ?? {
        en: "Only support can unlock it now: contact Satchel support.",
        "zh-CN": "现在只能由客服解锁，请联系 Satchel 客服。",
      },
    },
    [],
    { lockedUntil: lockedUntil ? lockedUntil.toISOString() : null },
  );
}

/**
 * A failed password or code: counts towards the lock, tells the user when it locks, and is
 * recorded. Runs in its own transaction so the count survives the request's failure.
 */
export async function recordFailure(
  deps: AccountsDeps,
  user: UserRow | undefined,
  lockKey: string,
  ctx: RequestContext,
  type: SecurityEventType,
) {
  const { platform } = deps;
  const now = platform.clock.now();
  await platform.db.transaction().execute(async (trx) => {
    const outcome = await deps.lockout.recordFailure(trx, lockKey, now);
    if (!user) return;
    await deps.events.record(trx, { userId: user.id, type, ctx });
    if (!outcome.locked) return;
    await deps.events.record(trx, {
      userId: user.id,
      type: outcome.hard ? "account_hard_locked" : "account_locked",
      ctx,
    });
    if (outcome.hard || !outcome.lockedUntil) {
      await deps.sessions.revokeAll(trx, user.id, "hard_lock");
      await deps.tokens.voidAll(trx, user.id, "mfa_login");
      await deps.notice(trx, user, { event: "hard_locked", copies: emails.hardLocked() });
      return;
    }
    const unlock = newOpaqueToken(platform.random);
    await deps.tokens.issue(trx, {
      userId: user.id,
      purpose: "unlock",
      secretHash: unlock.hash,
      ttlMs: 30 * 60_000,
    });
    await deps.email(
      trx,
      user,
      emails.locked(
        outcome.lockedUntil,
        deps.link("/unlock", unlock.token),
        `${platform.config.publicUrl}/forgot-password`,
      ),
    );
  });
}

/**
 * Counts the attempt against the caller's address before any password is checked, so
 * parallel requests cannot all slip under the limit; a successful sign-in gives it back.
 */
async function claimIpAttempt(deps: AccountsDeps, ctx: RequestContext): Promise<string> {
  const { platform } = deps;
  const { ipFailureLimit, ipWindowMinutes } = platform.config.security;
  const key = `login-fail-ip:${ctx.ip ?? "unknown"}`;
  const count = await hitThrottle(platform.db, key, ipWindowMinutes * 60_000, platform.clock.now());
  if (count > ipFailureLimit) throw new DomainError("rate_limited", { retryAfter: ipWindowMinutes * 60 });
  return key;
}

export async function login(
  deps: AccountsDeps,
  input: { login: string; password: string; client: SessionKind },
  ctx: RequestContext,
): Promise<LoginResult> {
  const { platform } = deps;
  const ipKey = await claimIpAttempt(deps, ctx);
  const parsed = parseLogin(input.login);
  let user: UserRow | undefined;
  if (parsed)
    user =
      parsed.kind === "email"
        ? await findUserByEmail(platform.db, parsed.value)
        : await findUserByPhone(platform.db, parsed.value);
  const lockKey = lockKeyFor(user, parsed?.value ?? input.login);

  const claim = await deps.lockout.claim(platform.db, lockKey, platform.clock.now());
  if (!claim.allowed) {
    if (user) await deps.events.record(platform.db, { userId: user.id, type: "login_locked", ctx });
    throw lockedError(claim.lockedUntil);
  }
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash(deps)),
    input.password,
  );
  if (!user || !passwordOk) {
    await recordFailure(deps, user, lockKey, ctx, "login_failed");
    throw new DomainError("invalid_credentials");
  }
  await releaseThrottle(platform.db, ipKey);
  await assertActive(deps, user, lockKey, ctx);
  try {
    await assertSignInOpen(deps, user);
  } catch (error) {
    // The password was right: a closed sign-in is no failure and must not count towards a lock.
    await deps.lockout.releaseClaim(platform.db, lockKey);
    throw error;
  }
  if (!hasSecondFactor(user)) {
    await deps.lockout.recordSuccess(platform.db, lockKey, platform.clock.now());
    return startSession(deps, user, input.client, ctx);
  }
  // With 2FA the password is only half: give back this attempt's slot, but keep the count of
  // earlier failures, so wrong codes between correct passwords still add up to a lock.
  await deps.lockout.releaseClaim(platform.db, lockKey);
  const { token, hash } = newOpaqueToken(platform.random);
  await deps.tokens.issue(platform.db, {
    userId: user.id,
    purpose: "mfa_login",
    secretHash: hash,
    ttlMs: MFA_TOKEN_TTL_MS,
    data: { client: input.client },
  });
  return { kind: "mfa", mfaToken: token, methods: secondFactorMethods(user) };
}

export async function sendLoginSms(deps: AccountsDeps, mfaToken: string): Promise<void> {
  const { platform } = deps;
  await platform.db.transaction().execute(async (trx) => {
    const row = await deps.tokens.findOpen(trx, "mfa_login", hashToken(mfaToken));
    const user = row && (await findUserById(trx, row.user_id));
    if (!row || !user) throw new DomainError("mfa_token_invalid");
    if (!secondFactorMethods(user).includes("sms") || !user.phone)
      throw new DomainError("phone_not_verified");
    // A few resends at most: the code must not become a way to flood someone's phone.
    const sends = Number(row.data.smsSends ?? 0);
    if (sends >= MAX_LOGIN_SMS)
      throw new DomainError("rate_limited", { retryAfter: MFA_TOKEN_TTL_MS / 1000 });
    const code = newNumericCode(platform.random, 6);
    await deps.tokens.setData(trx, row.id, {
      ...row.data,
      smsSends: sends + 1,
      smsCodeHash: hashCode(platform.config.secret, "mfa_sms", code),
    });
    await deps.sms(trx, user.phone, user, texts.loginCode(code));
  });
}

export async function completeMfaLogin(
  deps: AccountsDeps,
  input: { mfaToken: string; code: string; client?: SessionKind },
  ctx: RequestContext,
): Promise<SessionResult> {
  const { platform } = deps;
  const row = await deps.tokens.findOpen(platform.db, "mfa_login", hashToken(input.mfaToken));
  const user = row && (await findUserById(platform.db, row.user_id));
  if (!row || !user) throw new DomainError("mfa_token_invalid");
  // Closed since the password step: refused before the code is tried, so neither the code nor a try is spent.
  await assertSignInOpen(deps, user);
  const lockKey = lockKeyFor(user, user.email);
  const claim = await deps.lockout.claim(platform.db, lockKey, platform.clock.now());
  if (!claim.allowed) {
    await deps.events.record(platform.db, { userId: user.id, type: "login_locked", ctx });
    throw lockedError(claim.lockedUntil);
  }
  if (!(await deps.tokens.claimAttempt(platform.db, row.id, MFA_MAX_TRIES)))
    throw new DomainError("mfa_token_invalid");
  const smsCodeHash = typeof row.data.smsCodeHash === "string" ? row.data.smsCodeHash : null;
  const result = await checkSecondFactor(deps, platform.db, user, input.code, { smsCodeHash });
  if (!result.ok) {
    await recordFailure(deps, user, lockKey, ctx, "mfa_failed");
    throw new DomainError("invalid_mfa_code");
  }
  if (!(await deps.tokens.consume(platform.db, row.id))) throw new DomainError("mfa_token_invalid");
  await assertActive(deps, user, lockKey, ctx);
  await deps.lockout.recordSuccess(platform.db, lockKey, platform.clock.now());
  if (result.method === "recovery_code")
    await deps.events.record(platform.db, { userId: user.id, type: "recovery_code_used", ctx });
  const client = input.client ?? (row.data.client === "web" ? "web" : "api");
  return startSession(deps, user, client, ctx);
}

/**
 * While the status page's `login` component is under maintenance or in major outage,
 * customers are refused (`maintenance` with its end, or `provider_unavailable`). Asked only
 * once the password is known to be right, so a wrong password answers as it always does;
 * staff always get in, since they are the ones who put things right.
 */
async function assertSignInOpen(deps: AccountsDeps, user: UserRow): Promise<void> {
  if (user.role !== "customer") return;
  await deps.gate.assertAvailable("login");
}

/**
 * A deactivated staff account cannot sign in. Asked only once the password (or code) was
 * right, so a wrong password answers the same for every account and reveals nothing; the
 * right one is not a failure, so it does not count towards a lock.
 */
async function assertActive(deps: AccountsDeps, user: UserRow, lockKey: string, ctx: RequestContext) {
  const { db } = deps.platform;
  const row = await db
    .selectFrom("users")
    .select("deactivated_at")
    .where("id", "=", user.id)
    .executeTakeFirst();
  if (!row?.deactivated_at) return;
  await deps.lockout.releaseClaim(db, lockKey);
  await deps.events.record(db, {
    userId: user.id,
    type: "login_failed",
    ctx,
    detail: { reason: "deactivated" },
  });
  throw new DomainError("account_deactivated");
}

/** Opens the session, records the login, and tells the user about a device we have not seen. */
async function startSession(
  deps: AccountsDeps,
  user: UserRow,
  kind: SessionKind,
  ctx: RequestContext,
): Promise<SessionResult> {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const { token, session } = await deps.sessions.create(trx, user.id, kind, ctx);
    const now = platform.clock.now();
    await deps.events.record(trx, {
      userId: user.id,
      type: "login_succeeded",
      ctx,
      detail: { sessionId: session.id },
    });
    const seenBefore = await trx
      .selectFrom("known_devices")
      .select(["fingerprint"])
      .where("user_id", "=", user.id)
      .execute();
    const known = seenBefore.some((d) => d.fingerprint === session.device);
    await trx
      .insertInto("known_devices")
      .values({ user_id: user.id, fingerprint: session.device, first_seen_at: now, last_seen_at: now })
      .onConflict((oc) => oc.columns(["user_id", "fingerprint"]).doUpdateSet({ last_seen_at: now }))
      .execute();
    // The very first sign-in has nothing to compare with; every later new device is news.
    if (!known && seenBefore.length > 0) {
      const d = describeUserAgent(ctx.userAgent ?? undefined);
      await deps.events.record(trx, { userId: user.id, type: "new_device_login", ctx });
      await deps.notice(trx, user, {
        event: "new_device",
        copies: emails.newDevice(`${d.browser} · ${d.os}`, ctx.ip, now),
      });
    }
    return { kind: "session" as const, token, sessionId: session.id, user: await toPublicUser(trx, user) };
  });
}

export async function logout(
  deps: AccountsDeps,
  userId: string,
  sessionId: string,
  ctx: RequestContext,
): Promise<void> {
  await deps.platform.db.transaction().execute(async (trx) => {
    await deps.sessions.revoke(trx, userId, sessionId, "logout");
    await deps.events.record(trx, { userId, type: "logout", ctx });
  });
}

/**
 * A password or code check by a signed-in user (step-up, password change) counts towards the
 * same lockout as sign-in, so a stolen session cannot guess without limit.
 */
export async function guardedCheck(
  deps: AccountsDeps,
  user: UserRow,
  ctx: RequestContext,
  failure: "login_failed" | "mfa_failed",
  check: () => Promise<boolean>,
): Promise<boolean> {
  const { platform } = deps;
  const key = lockKeyFor(user, user.email);
  const claim = await deps.lockout.claim(platform.db, key, platform.clock.now());
  if (!claim.allowed) throw lockedError(claim.lockedUntil);
  if (await check()) {
    await deps.lockout.recordSuccess(platform.db, key, platform.clock.now());
    return true;
  }
  await recordFailure(deps, user, key, ctx, failure);
  return false;
}
