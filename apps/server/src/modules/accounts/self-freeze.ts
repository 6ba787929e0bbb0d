import { DomainError } from "../../platform/errors/domain-error.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { RequestContext } from "./context.js";
import type { AccountsDeps } from "./deps.js";
import type { Bilingual } from "./emails.js";
import { findUserById } from "./users-repository.js";

/**
 * A customer who sees a payment they did not make can freeze payments out of their own
 * account at once, without waiting for support (the same freeze as staffFreeze: money can
 * still arrive, sessions stay so they can talk to support). Lifting it is support's alone
 * (staffUnfreeze, after identity checks): whoever took over the account must not undo it.
 */

export const SELF_FREEZE_REASON = "customer reported an unrecognized transaction";

export const selfFrozen = (): Bilingual => ({
  en: {
    subject: "You froze payments out of your Satchel account",
    lines: [
      "As you asked when reporting a transaction you do not recognise, payments out of your account are frozen. Money can still arrive, and you can still sign in.",
      "Satchel support will contact you about your report. Only support can lift the freeze, after checking your identity.",
    ],
  },
  "zh-CN": {
    subject: "您已冻结 Satchel 账户的转出",
    lines: [
      "根据您在报告无法识别的交易时的要求，您账户的转出功能已冻结。账户仍可收款，您也仍可登录。",
      "Satchel 客服会就您的报告与您联系。只有客服在核实您的身份后才能解除冻结。",
    ],
  },
});

/**
 * Freezes the customer's outgoing payments in the caller's transaction (with the business
 * change that asked for it): frozen_at and the reason, the security-log event, an audit entry
 * with the customer as actor, the email. Answers whether this call froze the account (false
 * when it was frozen already: nothing is recorded twice).
 */
export async function selfFreeze(
  deps: AccountsDeps,
  executor: Executor,
  userId: string,
  input: { reason?: string; ticketId?: string },
  ctx: RequestContext,
): Promise<boolean> {
  const user = await findUserById(executor, userId);
  // Staff accounts are frozen by staff, with the audit trail that goes with it.
  if (user?.role !== "customer") throw new DomainError("forbidden");
  const now = deps.platform.clock.now();
  const reason = input.reason ?? SELF_FREEZE_REASON;
  // Conditional on not frozen yet: two reports at once freeze (and email) once.
  const frozen = await executor
    .updateTable("users")
    .set({ frozen_at: now, frozen_reason: reason, updated_at: now })
    .where("id", "=", userId)
    .where("frozen_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!frozen) return false;
  const detail = { reason, by: "customer", ...(input.ticketId ? { ticketId: input.ticketId } : {}) };
  await deps.audit.record(
    executor,
    { id: user.id, label: user.email },
    "account.frozen",
    { type: "user", id: user.id },
    detail,
  );
  await deps.events.record(executor, {
    userId: user.id,
    type: "account_frozen",
    ctx,
    actorId: user.id,
    detail,
  });
  await deps.notice(executor, user, { event: "self_frozen", copies: selfFrozen() });
  return true;
}

/** What the support desk keeps about sign-in trouble when a ticket is opened (soft or hard lock). */
export async function lockSnapshot(
  deps: AccountsDeps,
  executor: Executor,
  userId: string,
): Promise<{ locked: boolean; lockKind: "soft" | "hard" | null }> {
  // As staff.ts's lockStatus, but in the caller's transaction (the embedded database has one connection).
  const state = await deps.lockout.state(executor, `user:${userId}`, deps.platform.clock.now());
  return { locked: state.locked, lockKind: state.locked ? (state.hard ? "hard" : "soft") : null };
}
