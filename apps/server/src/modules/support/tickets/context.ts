import type { TicketAccountContext } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { lockSnapshot } from "../../accounts/self-freeze.js";
import type { SupportDeps } from "../deps.js";

/**
 * The customer's account as it was when they wrote (wallet number, verification level, lock,
 * two-factor, freeze, email proven): the agent sees at once what the customer is facing,
 * without asking. Read in the caller's transaction.
 */
export async function accountContext(
  deps: SupportDeps,
  executor: Executor,
  userId: string,
): Promise<TicketAccountContext> {
  const profile = await deps.customers.profile(executor, userId);
  if (!profile) return {};
  const lock = await lockSnapshot(deps.accounts.deps, executor, userId);
  return {
    walletNumber: profile.walletNumber,
    verificationLevel: profile.verificationLevel,
    locked: lock.locked,
    lockKind: lock.lockKind,
    twoFactor: profile.hasSecondFactor,
    frozen: profile.frozen,
    emailVerified: profile.emailVerified,
  };
}
