import { DomainError } from "../../platform/errors/domain-error.js";
import type { RequestContext } from "./context.js";
import type { AccountsDeps } from "./deps.js";
import { emails, texts } from "./emails.js";
import { guardedCheck } from "./login.js";
import { verifyPassword } from "./passwords.js";
import { checkSecondFactor, hasSecondFactor, recoveryCodeHash } from "./second-factor.js";
import { hashCode, newNumericCode, newRecoveryCodes } from "./security/tokens.js";
import { generateTotpSecret, totpQrCodeDataUrl, totpUri, verifyTotp } from "./security/totp.js";
import type { Session } from "./sessions.js";
import { hitThrottle } from "./throttle.js";
import { findUserById, type UserRow, updateUser } from "./users-repository.js";

/** How long a confirmed password or code lets sensitive actions through. */
export const STEP_UP_WINDOW_MS = 5 * 60_000;

export function assertSteppedUp(deps: AccountsDeps, session: Session): void {
  const at = session.stepUpAt?.getTime() ?? 0;
  if (deps.platform.clock.now().getTime() - at > STEP_UP_WINDOW_MS) throw new DomainError("step_up_required");
}

async function loadUser(deps: AccountsDeps, userId: string): Promise<UserRow> {
  const user = await findUserById(deps.platform.db, userId);
  if (!user) throw new DomainError("authentication_required");
  return user;
}

/** Re-authentication: the password, or a second-factor code when 2FA is on. */
export async function reauthenticate(
  deps: AccountsDeps,
  session: Session,
  input: { password?: string | undefined; code?: string | undefined },
  ctx: RequestContext,
): Promise<void> {
  const user = await loadUser(deps, session.userId);
  // With a second factor on, the password alone is not a second proof.
  if (hasSecondFactor(user) && !input.code) {
    throw new DomainError("mfa_required", {}, [
      { in: "body", path: "/code", code: "required", message: "Required" },
    ]);
  }
  const useCode = Boolean(input.code) && hasSecondFactor(user);
  const ok = await guardedCheck(deps, user, ctx, useCode ? "mfa_failed" : "login_failed", async () => {
    if (useCode && input.code) {
      const sent = await deps.tokens.latestOpen(deps.platform.db, user.id, "reauth_sms");
      const result = await checkSecondFactor(deps, deps.platform.db, user, input.code, {
        smsCodeHash: sent?.secret_hash ?? null,
      });
      if (result.ok && result.method === "sms" && sent) await deps.tokens.consume(deps.platform.db, sent.id);
      return result.ok;
    }
    return input.password ? verifyPassword(user.passwordHash, input.password) : false;
  });
  if (!ok) throw new DomainError(useCode ? "invalid_mfa_code" : "invalid_credentials");
  await deps.sessions.markStepUp(session.id);
}

/** Texts a step-up code to users whose second factor is SMS. */
export async function sendReauthSms(deps: AccountsDeps, session: Session): Promise<void> {
  const { platform } = deps;
  const user = await loadUser(deps, session.userId);
  if (!user.smsMfaEnabledAt || !user.phone || !user.phoneVerifiedAt)
    throw new DomainError("phone_not_verified");
  const now = platform.clock.now();
  if ((await hitThrottle(platform.db, `reauth-sms:${user.id}`, 15 * 60_000, now)) > 3) {
    throw new DomainError("rate_limited", { retryAfter: 15 * 60 });
  }
  const code = newNumericCode(platform.random, 6);
  await platform.db.transaction().execute(async (trx) => {
    await deps.tokens.issue(trx, {
      userId: user.id,
      purpose: "reauth_sms",
      secretHash: hashCode(platform.config.secret, "mfa_sms", code),
      ttlMs: 5 * 60_000,
    });
    await deps.sms(trx, user.phone as string, user, texts.loginCode(code));
  });
}

export async function startTotpEnrolment(deps: AccountsDeps, session: Session) {
  assertSteppedUp(deps, session);
  const user = await loadUser(deps, session.userId);
  if (user.totpEnabledAt) throw new DomainError("two_factor_already_enabled");
  const secret = generateTotpSecret(deps.platform.random);
  await updateUser(deps.platform.db, user.id, {
    totpSecretSealed: deps.secretBox.seal(secret),
    totpLastStep: null,
    updatedAt: deps.platform.clock.now(),
  });
  const otpauthUrl = totpUri({ secret, account: user.email });
  return { secret, otpauthUrl, qrCode: await totpQrCodeDataUrl(otpauthUrl) };
}

async function storeRecoveryCodes(
  deps: AccountsDeps,
  executor: Parameters<AccountsDeps["email"]>[0],
  userId: string,
): Promise<string[]> {
  const codes = newRecoveryCodes(deps.platform.random, 10);
  const now = deps.platform.clock.now();
  await executor.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  await executor
    .insertInto("recovery_codes")
    .values(
      codes.map((code) => ({
        id: deps.platform.ids.next("recoveryCode"),
        user_id: userId,
        code_hash: recoveryCodeHash(deps, code),
        created_at: now,
        used_at: null,
      })),
    )
    .execute();
  return codes;
}

export async function confirmTotp(
  deps: AccountsDeps,
  session: Session,
  code: string,
  ctx: RequestContext,
): Promise<string[]> {
  const { platform } = deps;
  const user = await loadUser(deps, session.userId);
  if (user.totpEnabledAt) throw new DomainError("two_factor_already_enabled");
  if (!user.totpSecretSealed) throw new DomainError("two_factor_not_pending");
  const result = verifyTotp({
    secret: deps.secretBox.open(user.totpSecretSealed),
    code,
    now: platform.clock.now(),
    lastUsedStep: null,
  });
  if (!result.ok) throw new DomainError("invalid_mfa_code");
  return platform.db.transaction().execute(async (trx) => {
    const now = platform.clock.now();
    await updateUser(trx, user.id, { totpEnabledAt: now, totpLastStep: result.step, updatedAt: now });
    const codes = await storeRecoveryCodes(deps, trx, user.id);
    await deps.events.record(trx, { userId: user.id, type: "totp_enabled", ctx });
    await deps.notice(trx, user, {
      event: "totp_enabled",
      copies: emails.twoFactorChanged(true, "authenticator app"),
    });
    return codes;
  });
}

export async function disableTotp(deps: AccountsDeps, session: Session, ctx: RequestContext): Promise<void> {
  assertSteppedUp(deps, session);
  const { platform } = deps;
  const user = await loadUser(deps, session.userId);
  if (!user.totpEnabledAt) throw new DomainError("two_factor_not_enabled");
  await platform.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, {
      totpEnabledAt: null,
      totpSecretSealed: null,
      totpLastStep: null,
      updatedAt: platform.clock.now(),
    });
    await trx.deleteFrom("recovery_codes").where("user_id", "=", user.id).execute();
    await deps.events.record(trx, { userId: user.id, type: "totp_disabled", ctx });
    await deps.notice(trx, user, {
      event: "totp_disabled",
      copies: emails.twoFactorChanged(false, "authenticator app"),
    });
  });
}

export async function regenerateRecoveryCodes(
  deps: AccountsDeps,
  session: Session,
  ctx: RequestContext,
): Promise<string[]> {
  assertSteppedUp(deps, session);
  const user = await loadUser(deps, session.userId);
  if (!user.totpEnabledAt) throw new DomainError("two_factor_not_enabled");
  return deps.platform.db.transaction().execute(async (trx) => {
    const codes = await storeRecoveryCodes(deps, trx, user.id);
    await deps.events.record(trx, { userId: user.id, type: "recovery_codes_generated", ctx });
    return codes;
  });
}

export async function setSmsSecondFactor(
  deps: AccountsDeps,
  session: Session,
  enabled: boolean,
  ctx: RequestContext,
): Promise<void> {
  assertSteppedUp(deps, session);
  const { platform } = deps;
  const user = await loadUser(deps, session.userId);
  if (enabled && (!user.phone || !user.phoneVerifiedAt)) throw new DomainError("phone_not_verified");
  await platform.db.transaction().execute(async (trx) => {
    const now = platform.clock.now();
    await updateUser(trx, user.id, {
      smsMfaEnabledAt: enabled ? (user.smsMfaEnabledAt ?? now) : null,
      updatedAt: now,
    });
    await deps.events.record(trx, {
      userId: user.id,
      type: enabled ? "sms_mfa_enabled" : "sms_mfa_disabled",
      ctx,
    });
    await deps.notice(trx, user, {
      event: enabled ? "sms_mfa_enabled" : "sms_mfa_disabled",
      copies: emails.twoFactorChanged(enabled, "SMS"),
    });
  });
}
