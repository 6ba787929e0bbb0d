import type { Executor } from "../../platform/outbox/outbox.js";
import type { AccountsDeps } from "./deps.js";
import { hashCode, normalizeRecoveryCode, safeEqual } from "./security/tokens.js";
import { verifyTotp } from "./security/totp.js";
import type { UserRow } from "./users-repository.js";

export type SecondFactorMethod = "totp" | "sms" | "recovery_code";
export type SecondFactorResult = { ok: true; method: SecondFactorMethod } | { ok: false };

export const recoveryCodeHash = (deps: AccountsDeps, code: string) =>
  hashCode(deps.platform.config.secret, "recovery_code", normalizeRecoveryCode(code));

/**
 * Checks a second-factor code of any kind the user has: an authenticator code (each one
 * works once: the step it belongs to is recorded atomically), an SMS code sent for this
 * attempt, or a single-use recovery code.
 */
export async function checkSecondFactor(
  deps: AccountsDeps,
  executor: Executor,
  user: UserRow,
  code: string,
  options: { smsCodeHash?: string | null } = {},
): Promise<SecondFactorResult> {
  const { platform } = deps;
  const compact = code.replace(/\s+/g, "");
  if (/^\d{6}$/.test(compact)) {
    if (user.totpEnabledAt && user.totpSecretSealed) {
      const secret = deps.secretBox.open(user.totpSecretSealed);
      const result = verifyTotp({
        secret,
        code: compact,
        now: platform.clock.now(),
        lastUsedStep: user.totpLastStep,
      });
      if (result.ok) {
        // Two requests with the same code at once: only one may record its step.
        const claimed = await executor
          .updateTable("users")
          .set({ totp_last_step: BigInt(result.step) })
          .where("id", "=", user.id)
          .where((eb) =>
            eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", BigInt(result.step))]),
          )
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) > 0) return { ok: true, method: "totp" };
      }
    }
    if (
      options.smsCodeHash &&
      safeEqual(hashCode(platform.config.secret, "mfa_sms", compact), options.smsCodeHash)
    ) {
      return { ok: true, method: "sms" };
    }
    return { ok: false };
  }
  if (!user.totpEnabledAt) return { ok: false };
  const used = await executor
    .updateTable("recovery_codes")
    .set({ used_at: platform.clock.now() })
    .where("user_id", "=", user.id)
    .where("code_hash", "=", recoveryCodeHash(deps, compact))
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) > 0 ? { ok: true, method: "recovery_code" } : { ok: false };
}

export function hasSecondFactor(user: UserRow): boolean {
  return user.totpEnabledAt !== null || user.smsMfaEnabledAt !== null;
}

export function secondFactorMethods(user: UserRow): SecondFactorMethod[] {
  const methods: SecondFactorMethod[] = [];
  if (user.totpEnabledAt) methods.push("totp");
  if (user.smsMfaEnabledAt && user.phone && user.phoneVerifiedAt) methods.push("sms");
  if (user.totpEnabledAt) methods.push("recovery_code");
  return methods;
}
