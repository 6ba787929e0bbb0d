import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Chore } from "../chores.js";
import type { PaymentsDeps } from "../deps.js";
import type { WebhookCall } from "../providers/registry.js";
import { createDeposit, type DepositRequest } from "./create.js";
import { type DepositRow, findByBankReference, findOwnDeposit, listDeposits } from "./deposits-repository.js";
import { type DepositView, presentDeposit } from "./present.js";
import { reconcileDeposits } from "./reconcile.js";
import { type DepositOutcome, settleDeposit } from "./settle.js";
import { type PayoutEventSink, receiveWebhook } from "./webhooks.js";

export type { DepositRequest } from "./create.js";
export type { DepositRow } from "./deposits-repository.js";
export type { DepositView } from "./present.js";
export type { DepositOutcome } from "./settle.js";
export type { PayoutEventSink } from "./webhooks.js";

/**
 * Deposits (top-ups) through a provider: card, bank transfer, e-wallet. States: created →
 * pending → succeeded | failed (reason) | expired. Money moves only on a verified provider
 * event, a provider's getStatus answer or a matched bank statement line, each through
 * settleDeposit, which credits a deposit at most once.
 */
export interface Deposits {
  /** The reconciler (provider outages, lost webhooks) and expiry, for the housekeeping loop. */
  chores: Chore[];
  /** Starts a deposit for a customer; a replayed Idempotency-Key gives the same deposit. */
  create(
    userId: string,
    input: DepositRequest,
    idempotencyKey: string | undefined,
    locale: Locale,
  ): Promise<{ deposit: DepositView; replayed: boolean }>;
  /** A customer's own deposit (not_found for anyone else's). */
  get(userId: string, id: string, locale: Locale): Promise<DepositView>;
  list(
    userId: string,
    page: { limit: number; cursor?: string | undefined },
    locale: Locale,
  ): Promise<{ data: DepositView[]; nextCursor: string | null }>;
  present(executor: Executor, deposit: DepositRow, locale: Locale): Promise<DepositView>;
  /** Moves a deposit on inside the caller's transaction (the bank part credits matched lines through this). */
  settle(
    executor: Executor,
    depositId: string,
    outcome: DepositOutcome,
  ): Promise<{ changed: boolean; deposit: DepositRow }>;
  findByBankReference(executor: Executor, reference: string): Promise<DepositRow | undefined>;
  /** The webhook endpoint's work: verify, record each event once, act on it. */
  receiveWebhook(call: WebhookCall): Promise<{ duplicate: boolean }>;
  /** Where verified payout events go (the withdrawals part). */
  connectPayouts(sink: PayoutEventSink): void;
}

export function createDeposits(deps: PaymentsDeps): Deposits {
  const { platform } = deps;
  let payouts: PayoutEventSink | undefined;
  const receive = (call: WebhookCall) => receiveWebhook(deps, () => payouts, call);
  // Built-in providers hand their signed webhooks to the same function as the HTTP endpoint.
  deps.providers.connectWebhookEndpoint(receive);
  const present = (executor: Executor, deposit: DepositRow, locale: Locale) =>
    presentDeposit(deps, executor, deposit, locale);
  const get = async (userId: string, id: string, locale: Locale) => {
    const deposit = await findOwnDeposit(platform.db, userId, id);
    if (!deposit) throw new DomainError("not_found");
    return present(platform.db, deposit, locale);
  };
  return {
    chores: [["deposits reconciled with providers or expired", () => reconcileDeposits(deps)]],
    async create(userId, input, key, locale) {
      const { depositId, replayed } = await createDeposit(deps, userId, input, key);
      return { deposit: await get(userId, depositId, locale), replayed };
    },
    get,
    async list(userId, page, locale) {
      const rows = await listDeposits(platform.db, userId, { ...page, limit: page.limit + 1 });
      const more = rows.length > page.limit;
      const shown = rows.slice(0, page.limit);
      const methods = new Map((await deps.methods.all()).map((m) => [m.id, m]));
      const references = await deps.wallets.movements.references(
        platform.db,
        shown.flatMap((d) => (d.transaction_id ? [d.transaction_id] : [])),
      );
      const data = await Promise.all(
        shown.map((d) =>
          presentDeposit(
            deps,
            platform.db,
            d,
            locale,
            methods.get(d.method_id),
            references.get(d.transaction_id ?? "") ?? null,
          ),
        ),
      );
      return { data, nextCursor: more ? (shown.at(-1)?.id ?? null) : null };
    },
    present,
    settle: (executor, depositId, outcome) => settleDeposit(deps, executor, depositId, outcome),
    findByBankReference,
    receiveWebhook: receive,
    connectPayouts(sink) {
      payouts = sink;
    },
  };
}
