import { DomainError } from "../../platform/errors/domain-error.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Actor } from "../audit/index.js";
import type { RequestContext } from "./context.js";
import type { AccountsDeps } from "./deps.js";
import { type Bilingual, emails } from "./emails.js";
import type { SecurityEventType } from "./events.js";
import { sendEmailVerification } from "./registration.js";
import { findUserById, type UserRow, updateUser } from "./users-repository.js";

/** The identity checks an agent can record; at least two must have passed. */
export const IDENTITY_CHECKS = [
  "date_of_birth",
  "bank_account_last4",
  "recent_transaction_amount",
  "id_document",
  "phone_callback",
  "email_confirmation",
] as const;
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number];

const WITHDRAWAL_HOLD_MS = 24 * 3_600_000;

/** The customer an action was taken on, as whoever records it elsewhere may know them (no secrets). */
export interface ActionTarget {
  id: string;
  email: string;
  name: string | null;
  language: UserRow["language"];
}

/**
 * What a caller adds to a support action: more detail for its audit entry (the ticket it was
 * taken from), and work done in the action's own transaction (the support desk writes its
 * ticket notes there, so the action and its notes commit or fail together). Accounts knows
 * nothing of tickets; the desk passes this in.
 */
export interface StaffActionOptions {
  auditContext?: Record<string, unknown>;
  alsoInTransaction?: (trx: Executor, customer: ActionTarget) => Promise<void>;
}

function assertChecks(checks: readonly IdentityCheck[]) {
  if (new Set(checks).size < 2) throw new DomainError("identity_checks_insufficient");
}

/** Support acts on customers only: never on another staff member or on their own account. */
async function customer(deps: AccountsDeps, userId: string) {
  const user = await findUserById(deps.platform.db, userId);
  if (user?.role !== "customer") throw new DomainError("not_found");
  return user;
}

/**
 * What every support action leaves behind, in its own transaction: the audit entry (who,
 * what, why), the customer's security-log event, and the email telling them.
 */
async function recordSupportAction(
  deps: AccountsDeps,
  trx: Executor,
  actor: Actor,
  user: UserRow,
  ctx: RequestContext,
  what: {
    audit: string;
    event: SecurityEventType;
    detail: Record<string, unknown>;
    email: Bilingual;
    eventDetail?: Record<string, unknown>;
  },
  options: StaffActionOptions,
) {
  await deps.audit.record(
    trx,
    actor,
    what.audit,
    { type: "user", id: user.id },
    { ...options.auditContext, ...what.detail },
  );
  await deps.events.record(trx, {
    userId: user.id,
    type: what.event,
    ctx,
    actorId: actor.id,
    ...(what.eventDetail ? { detail: what.eventDetail } : {}),
  });
  await deps.notice(trx, user, { event: what.event, copies: what.email });
  await options.alsoInTransaction?.(trx, {
    id: user.id,
    email: user.email,
    name: user.name,
    language: user.language,
  });
}

/** Support lifts any lock, hard ones included, after verifying the customer's identity. */
export async function staffUnlock(
  deps: AccountsDeps,
  actor: Actor,
  userId: string,
  input: { reason: string; checks: IdentityCheck[] },
  ctx: RequestContext,
  options: StaffActionOptions = {},
) {
  assertChecks(input.checks);
  const user = await customer(deps, userId);
  await deps.platform.db.transaction().execute(async (trx) => {
    await deps.lockout.unlock(trx, `user:${user.id}`, deps.platform.clock.now(), { hard: true });
    await recordSupportAction(
      deps,
      trx,
      actor,
      user,
      ctx,
      {
        audit: "account.unlocked",
        event: "staff_unlock",
        detail: { reason: input.reason, checks: input.checks },
        email: emails.unlockedBySupport(),
      },
      options,
    );
  });
}

/**
 * For a customer who lost both their phone and their recovery codes: turns two-factor
 * authentication off after identity checks, and holds withdrawals for 24 hours in case the
 * caller was not really them.
 */
export async function staffResetTwoFactor(
  deps: AccountsDeps,
  actor: Actor,
  userId: string,
  input: { reason: string; checks: IdentityCheck[] },
  ctx: RequestContext,
  options: StaffActionOptions = {},
) {
  assertChecks(input.checks);
  const user = await customer(deps, userId);
  const now = deps.platform.clock.now();
  const heldUntil = new Date(now.getTime() + WITHDRAWAL_HOLD_MS);
  await deps.platform.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, {
      totpEnabledAt: null,
      totpSecretSealed: null,
      totpLastStep: null,
      smsMfaEnabledAt: null,
      withdrawalsHeldUntil: heldUntil,
      updatedAt: now,
    });
    await trx.deleteFrom("recovery_codes").where("user_id", "=", user.id).execute();
    await deps.sessions.revokeAll(trx, user.id, "two_factor_reset");
    await deps.tokens.voidAll(trx, user.id, "mfa_login");
    await recordSupportAction(
      deps,
      trx,
      actor,
      user,
      ctx,
      {
        audit: "account.two_factor_reset",
        event: "staff_2fa_reset",
        detail: { reason: input.reason, checks: input.checks },
        email: emails.twoFactorResetBySupport(heldUntil),
      },
      options,
    );
  });
}

/** What the agent console shows about sign-in trouble. */
export async function lockStatus(deps: AccountsDeps, userId: string) {
  return deps.lockout.state(deps.platform.db, `user:${userId}`, deps.platform.clock.now());
}

/**
 * Suspected takeover: support hard-locks the account at once. Every session ends, pending
 * sign-ins die, and only support can unlock it again (after identity checks).
 */
export async function staffHardLock(
  deps: AccountsDeps,
  actor: Actor,
  userId: string,
  input: { reason: string },
  ctx: RequestContext,
  options: StaffActionOptions = {},
) {
  const user = await customer(deps, userId);
  const now = deps.platform.clock.now();
  await deps.platform.db.transaction().execute(async (trx) => {
    await deps.lockout.hardLock(trx, `user:${user.id}`, now);
    await deps.sessions.revokeAll(trx, user.id, "suspected_takeover");
    await deps.tokens.voidAll(trx, user.id, "mfa_login");
    await recordSupportAction(
      deps,
      trx,
      actor,
      user,
      ctx,
      {
        audit: "account.hard_locked",
        event: "account_hard_locked",
        detail: { reason: input.reason },
        // Support's own words, so the agent console can say why (customers' security log shows no detail).
        eventDetail: { by: "staff", reason: input.reason },
        email: emails.hardLockedBySupport(`${deps.platform.config.publicUrl}/contact`),
      },
      options,
    );
  });
}

/**
 * Freezes a customer's outgoing payments (a stolen account, a fraud report). Money can still
 * come in; sessions stay, so the customer can still read their account and talk to support.
 */
export async function staffFreeze(
  deps: AccountsDeps,
  actor: Actor,
  userId: string,
  input: { reason: string },
  ctx: RequestContext,
  options: StaffActionOptions = {},
) {
  const user = await customer(deps, userId);
  const now = deps.platform.clock.now();
  await deps.platform.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { frozenAt: now, frozenReason: input.reason, updatedAt: now });
    await recordSupportAction(
      deps,
      trx,
      actor,
      user,
      ctx,
      {
        audit: "account.frozen",
        event: "account_frozen",
        detail: { reason: input.reason },
        email: emails.frozen(),
      },
      options,
    );
  });
}

/** Lifts a freeze after verifying the customer's identity, as for an unlock. */
export async function staffUnfreeze(
  deps: AccountsDeps,
  actor: Actor,
  userId: string,
  input: { reason: string; checks: IdentityCheck[] },
  ctx: RequestContext,
  options: StaffActionOptions = {},
) {
  assertChecks(input.checks);
  const user = await customer(deps, userId);
  const now = deps.platform.clock.now();
  await deps.platform.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { frozenAt: null, frozenReason: null, updatedAt: now });
    await recordSupportAction(
      deps,
      trx,
      actor,
      user,
      ctx,
      {
        audit: "account.unfrozen",
        event: "account_unfrozen",
        detail: { reason: input.reason, checks: input.checks },
        email: emails.unfrozen(),
      },
      options,
    );
  });
}

/**
 * A customer who never got (or lost) the link to confirm their email address: support sends
 * a fresh one, the same email as "send a new verification email" in their settings. Nothing
 * is sent, nor recorded, when the address is already confirmed.
 */
export async function staffResendVerification(
  deps: AccountsDeps,
  actor: Actor,
  userId: string,
  input: { reason: string },
  _ctx: RequestContext,
  options: StaffActionOptions = {},
): Promise<{ sent: boolean }> {
  const user = await customer(deps, userId);
  if (user.emailVerifiedAt) return { sent: false };
  await deps.platform.db.transaction().execute(async (trx) => {
    await sendEmailVerification(deps, trx, user);
    await deps.audit.record(
      trx,
      actor,
      "account.verification_email_resent",
      { type: "user", id: user.id },
      { ...options.auditContext, reason: input.reason },
    );
    await options.alsoInTransaction?.(trx, {
      id: user.id,
      email: user.email,
      name: user.name,
      language: user.language,
    });
  });
  return { sent: true };
}
