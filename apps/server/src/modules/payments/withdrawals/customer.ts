import { transactionWithRetry } from "../../../platform/db/retry.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import type { PaymentsDeps } from "../deps.js";
import { STATUS_NAMES } from "./emails.js";
import { CANCELABLE, presentWithdrawals, type WithdrawalView } from "./present.js";
import { findOwnWithdrawal, listWithdrawals, lockWithdrawal } from "./repository.js";
import { moveTo, release } from "./transitions.js";

/** A customer's own withdrawal; another customer's reads as missing (404). */
export async function getWithdrawal(
  deps: PaymentsDeps,
  userId: string,
  id: string,
  locale: Locale,
): Promise<WithdrawalView> {
  const row = await findOwnWithdrawal(deps.platform.db, userId, id);
  if (!row) throw new DomainError("not_found");
  const [view] = await presentWithdrawals(deps, deps.platform.db, [row], locale);
  return view as WithdrawalView;
}

export async function listOwnWithdrawals(
  deps: PaymentsDeps,
  userId: string,
  page: { limit: number; cursor?: string | undefined },
  locale: Locale,
) {
  const rows = await listWithdrawals(deps.platform.db, userId, { ...page, limit: page.limit + 1 });
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  return {
    data: await presentWithdrawals(deps, deps.platform.db, shown, locale),
    nextCursor: more ? (shown[shown.length - 1]?.id ?? null) : null,
  };
}

/**
 * The customer changes their mind: possible until the withdrawal is sent to the provider
 * (requested or in review). The hold and the limit it used are given back.
 */
export async function cancelWithdrawal(
  deps: PaymentsDeps,
  userId: string,
  id: string,
  locale: Locale,
): Promise<WithdrawalView> {
  const { platform } = deps;
  await transactionWithRetry(platform.db, async (trx) => {
    const w = await lockWithdrawal(trx, id);
    if (w?.user_id !== userId) throw new DomainError("not_found");
    if (!CANCELABLE.has(w.status))
      throw new DomainError("withdrawal_not_cancelable", { status: STATUS_NAMES[w.status] });
    await release(deps, trx, w);
    await moveTo(deps, trx, w, {
      status: "canceled",
      reasonCode: "cancelled_by_customer",
      patch: { next_check_at: null },
    });
  });
  return getWithdrawal(deps, userId, id, locale);
}
