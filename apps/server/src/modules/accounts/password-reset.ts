import { setTimeout as sleep } from "node:timers/promises";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { RequestContext } from "./context.js";
import type { AccountsDeps } from "./deps.js";
import { emails, texts } from "./emails.js";
import { parseLogin } from "./identifiers.js";
import { guardedCheck } from "./login.js";
import { hashPassword } from "./passwords.js";
import { assertStrongPassword, CODE_MAX_TRIES } from "./registration.js";
import { checkSecondFactor } from "./second-factor.js";
import { hashCode, hashToken, newNumericCode, newOpaqueToken, safeEqual } from "./security/tokens.js";
import { hitThrottle } from "./throttle.js";
import {
  findUserByEmail,
  findUserById,
  findUserByPhone,
  type UserRow,
  updateUser,
} from "./users-repository.js";

const LINK_TTL_MS = 30 * 60_000;
const SMS_TTL_MS = 10 * 60_000;
const RESETS_PER_ACCOUNT = 3;
const RESETS_PER_IP = 10;
const WINDOW_MS = 15 * 60_000;
/**
 * "Forgot password" answers after the same minimum time whatever happens inside, so its
 * timing cannot tell an existing account from an unknown one.
 */
const FORGOT_MIN_MS = 400;

async function findByLogin(deps: AccountsDeps, login: string): Promise<UserRow | undefined> {
  const parsed = parseLogin(login);
  if (!parsed) return undefined;
  return parsed.kind === "email"
    ? findUserByEmail(deps.platform.db, parsed.value)
    : findUserByPhone(deps.platform.db, parsed.value);
}

export async function forgotPassword(
  deps: AccountsDeps,
  input: { login: string; via?: "email" | "sms" },
  ctx: RequestContext,
): Promise<void> {
  const started = performance.now();
  try {
    await requestReset(deps, input, ctx);
  } finally {
    const left = FORGOT_MIN_MS - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}

async function requestReset(
  deps: AccountsDeps,
  input: { login: string; via?: "email" | "sms" },
  ctx: RequestContext,
) {
  const { platform } = deps;
  const now = platform.clock.now();
  // Limits are silent: the answer must not change, or it would reveal the account.
  const ipCount = await hitThrottle(platform.db, `reset-ip:${ctx.ip ?? "unknown"}`, WINDOW_MS, now);
  const user = await findByLogin(deps, input.login);
  if (!user || ipCount > RESETS_PER_IP) return;
  if ((await hitThrottle(platform.db, `reset-user:${user.id}`, WINDOW_MS, now)) > RESETS_PER_ACCOUNT) return;

  const viaSms = input.via === "sms" && user.phone !== null && user.phoneVerifiedAt !== null;
  await platform.db.transaction().execute(async (trx) => {
    // A new request voids the older link and the older code alike.
    await deps.tokens.voidAll(trx, user.id, viaSms ? "reset_password" : "reset_password_sms");
    if (viaSms && user.phone) {
      const code = newNumericCode(platform.random, 6);
      await deps.tokens.issue(trx, {
        userId: user.id,
        purpose: "reset_password_sms",
        secretHash: hashCode(platform.config.secret, "reset_password_sms", code),
        ttlMs: SMS_TTL_MS,
      });
      await deps.sms(trx, user.phone, user, texts.resetCode(code));
    } else {
      const { token, hash } = newOpaqueToken(platform.random);
      await deps.tokens.issue(trx, {
        userId: user.id,
        purpose: "reset_password",
        secretHash: hash,
        ttlMs: LINK_TTL_MS,
      });
      await deps.email(trx, user, emails.passwordReset(deps.link("/reset-password", token)));
      // With text-message codes as the second factor, the link alone is not enough: the phone
      // gets a code that the reset must carry too.
      if (usesSmsSecondFactorOnly(user) && user.phone) {
        const code = newNumericCode(platform.random, 6);
        await deps.tokens.issue(trx, {
          userId: user.id,
          purpose: "reset_mfa_sms",
          secretHash: hashCode(platform.config.secret, "reset_mfa_sms", code),
          ttlMs: LINK_TTL_MS,
        });
        await deps.sms(trx, user.phone, user, texts.resetCode(code));
      }
    }
    await deps.events.record(trx, {
      userId: user.id,
      type: "password_reset_requested",
      ctx,
      detail: { via: viaSms ? "sms" : "email" },
    });
  });
}

/** Finds the reset the token or SMS code belongs to, counting wrong SMS guesses. */
async function findReset(deps: AccountsDeps, input: { token: string; login?: string | undefined }) {
  const { platform } = deps;
  if (input.login !== undefined && /^\d{6}$/.test(input.token.trim())) {
    const user = await findByLogin(deps, input.login);
    const row = user && (await deps.tokens.latestOpen(platform.db, user.id, "reset_password_sms"));
    if (!user || !row) return undefined;
    if (!(await deps.tokens.claimAttempt(platform.db, row.id, CODE_MAX_TRIES))) return undefined;
    if (
      !safeEqual(row.secret_hash, hashCode(platform.config.secret, "reset_password_sms", input.token.trim()))
    ) {
      return undefined;
    }
    return { row, user };
  }
  const row = await deps.tokens.findOpen(platform.db, "reset_password", hashToken(input.token));
  const user = row && (await findUserById(platform.db, row.user_id));
  return row && user ? { row, user } : undefined;
}

function usesSmsSecondFactorOnly(user: UserRow): boolean {
  return user.totpEnabledAt === null && user.smsMfaEnabledAt !== null && user.phoneVerifiedAt !== null;
}

async function requireResetSmsCode(
  deps: AccountsDeps,
  user: UserRow,
  resetId: string,
  code: string | undefined,
  ctx: RequestContext,
) {
  const { platform } = deps;
  if (!code)
    throw new DomainError("mfa_required", {}, [
      { in: "body", path: "/code", code: "required", message: "Required" },
    ]);
  const sent = await deps.tokens.latestOpen(platform.db, user.id, "reset_mfa_sms");
  if (!sent || !(await deps.tokens.claimAttempt(platform.db, resetId, CODE_MAX_TRIES)))
    throw new DomainError("token_invalid");
  const ok = await guardedCheck(deps, user, ctx, "mfa_failed", async () =>
    safeEqual(sent.secret_hash, hashCode(platform.config.secret, "reset_mfa_sms", code.trim())),
  );
  if (!ok) throw new DomainError("invalid_mfa_code");
  await deps.tokens.consume(platform.db, sent.id);
}

export async function resetPassword(
  deps: AccountsDeps,
  input: { token: string; password: string; code?: string | undefined; login?: string | undefined },
  ctx: RequestContext,
): Promise<void> {
  const { platform } = deps;
  const found = await findReset(deps, input);
  if (!found) throw new DomainError("token_invalid");
  const { row, user } = found;
  // A reset never walks around two-factor authentication. A reset by SMS code has already
  // shown the phone, which is what SMS second factors prove.
  if (usesSmsSecondFactorOnly(user) && row.purpose === "reset_password") {
    await requireResetSmsCode(deps, user, row.id, input.code, ctx);
  }
  if (user.totpEnabledAt) {
    if (!input.code) {
      throw new DomainError("mfa_required", {}, [
        { in: "body", path: "/code", code: "required", message: "Required" },
      ]);
    }
    // Each try uses one of the link's tries and counts towards the account's lockout.
    if (!(await deps.tokens.claimAttempt(platform.db, row.id, CODE_MAX_TRIES)))
      throw new DomainError("token_invalid");
    const code = input.code;
    const ok = await guardedCheck(
      deps,
      user,
      ctx,
      "mfa_failed",
      async () => (await checkSecondFactor(deps, platform.db, user, code)).ok,
    );
    if (!ok) throw new DomainError("invalid_mfa_code");
  }
  const strength = assertStrongPassword(input.password, {
    email: user.email,
    name: user.name,
    phone: user.phone,
  });
  const passwordHash = await hashPassword(input.password);
  await platform.db.transaction().execute(async (trx) => {
    if (!(await deps.tokens.consume(trx, row.id))) throw new DomainError("token_invalid");
    const now = platform.clock.now();
    // Whoever reset the password may not be the owner: money stays in for a day (as after a 2FA reset).
    const heldUntil = new Date(now.getTime() + WITHDRAWAL_HOLD_AFTER_RESET_MS);
    await updateUser(trx, user.id, {
      passwordHash,
      passwordChangedAt: now,
      passwordScore: strength.score,
      withdrawalsHeldUntil:
        user.withdrawalsHeldUntil && user.withdrawalsHeldUntil > heldUntil
          ? user.withdrawalsHeldUntil
          : heldUntil,
      updatedAt: now,
    });
    await deps.tokens.voidAll(trx, user.id, "reset_password");
    await deps.tokens.voidAll(trx, user.id, "reset_password_sms");
    await deps.sessions.revokeAll(trx, user.id, "password_reset");
    await deps.tokens.voidAll(trx, user.id, "mfa_login");
    // A reset proves control of the mailbox or phone: a temporary lock ends with it.
    await deps.lockout.unlock(trx, `user:${user.id}`, now, { hard: false });
    await deps.events.record(trx, { userId: user.id, type: "password_reset_completed", ctx });
    await deps.notice(trx, user, { event: "password_reset", copies: emails.passwordChanged(now, heldUntil) });
  });
}

/** How long withdrawals wait after a password reset. */
export const WITHDRAWAL_HOLD_AFTER_RESET_MS = 24 * 3_600_000;

export async function selfUnlock(deps: AccountsDeps, token: string, ctx: RequestContext): Promise<void> {
  const { platform } = deps;
  await platform.db.transaction().execute(async (trx) => {
    const row = await deps.tokens.findOpen(trx, "unlock", hashToken(token));
    if (!row || !(await deps.tokens.consume(trx, row.id))) throw new DomainError("token_invalid");
    // A hard lock is for support to lift; the link cannot.
    const unlocked = await deps.lockout.unlock(trx, `user:${row.user_id}`, platform.clock.now(), {
      hard: false,
    });
    if (!unlocked) throw new DomainError("token_invalid");
    await deps.events.record(trx, {
      userId: row.user_id,
      type: "account_unlocked",
      ctx,
      detail: { by: "self" },
    });
  });
}
