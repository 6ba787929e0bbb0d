import { DomainError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import { currency as currencyOf, formatAmount, parseAmount } from "../../platform/money/money.js";
import { countRecipientMiss, findPayeeAndPayer, type Payee, senderStatuses } from "../accounts/index.js";
import type { WalletsDeps } from "./deps.js";
import { breachedLimit, type LimitKind, limitsFor, usageOf } from "./limits.js";

/** A transfer that has passed every check that does not depend on balances or limits. */
export interface PreparedTransfer {
  senderId: string;
  /** How the recipient will see the sender. */
  sender: Payee;
  payee: Payee;
  currency: string;
  amount: bigint;
  fee: bigint;
  /** The amount in the limits currency (USD minor units), rounded up. */
  limitAmount: bigint;
  note: string | null;
}

export interface TransferInput {
  to: string;
  amount: string;
  currency: string;
  note?: string | undefined;
}

/** Unknown recipients one payer may try per hour before look-ups are refused. */
export const MAX_MISSES_PER_HOUR = 20;
const MISS_WINDOW_MS = 3_600_000;

const LIMIT_NAMES: Record<LimitKind, Record<Locale, string>> = {
  perTransaction: { en: "per-transaction", "zh-CN": "单笔" },
  daily: { en: "daily", "zh-CN": "每日" },
  monthly: { en: "monthly", "zh-CN": "每月" },
};

export function limitExceeded(limit: LimitKind, remaining: bigint, extensions: Record<string, unknown> = {}) {
  const remainingText = formatAmount(remaining, "USD");
  return new DomainError(
    "limit_exceeded",
    { limit: LIMIT_NAMES[limit], remaining: remainingText, currency: "USD" },
    [],
    { limit, remaining: remainingText, limitCurrency: "USD", ...extensions },
  );
}

export function checkCurrency(deps: WalletsDeps, code: string): void {
  currencyOf(code);
  if (!deps.platform.config.wallets.currencies.includes(code))
    throw new DomainError("unsupported_currency", { currency: code.slice(0, 16) });
}

/** The fee for sending `amount`: a percentage plus a fixed USD amount converted, rounded up. */
export async function transferFee(deps: WalletsDeps, amount: bigint, currency: string): Promise<bigint> {
  const { transferFeePpm, transferFeeFixed } = deps.platform.config.wallets;
  const percentPart = (amount * transferFeePpm + 999_999n) / 1_000_000n;
  const fixedPart =
    transferFeeFixed > 0n ? await deps.fx.convert(transferFeeFixed, "USD", currency, { round: "up" }) : 0n;
  return percentPart + fixedPart;
}

export async function prepareTransfer(
  deps: WalletsDeps,
  senderId: string,
  input: TransferInput,
): Promise<PreparedTransfer> {
  checkCurrency(deps, input.currency);
  const amount = parseAmount(input.amount, input.currency);
  const now = deps.platform.clock.now();
  const blockedUntil = deps.lookupBlocks.get(senderId);
  if (blockedUntil !== undefined && blockedUntil > now.getTime())
    throw new DomainError("rate_limited", { retryAfter: Math.ceil((blockedUntil - now.getTime()) / 1000) });
  // One query finds both parties: this runs for every transfer request.
  const { payee, payer: sender } = await findPayeeAndPayer(deps.platform.db, input.to, senderId);
  if (!payee) {
    // Someone trying address after address learns who has an account. After too many misses
    // in an hour, every look-up by this payer is refused (hits too, or a refusal would mean
    // "nobody there") until the hour is over.
    const misses = await countRecipientMiss(deps.platform.db, senderId, now, MISS_WINDOW_MS);
    if (misses >= MAX_MISSES_PER_HOUR) deps.lookupBlocks.set(senderId, now.getTime() + MISS_WINDOW_MS);
    throw new DomainError("recipient_not_found");
  }
  if (payee.id === senderId) throw new DomainError("cannot_pay_yourself");
  if (!sender) throw new DomainError("account_frozen");
  const fee = await transferFee(deps, amount, input.currency);
  const limitAmount = await deps.fx.convert(amount, input.currency, "USD", { round: "up" });
  const note = input.note?.trim() || null;
  return { senderId, sender, payee, currency: input.currency, amount, fee, limitAmount, note };
}

/**
 * What the confirmation screen shows: the recipient's masked name, the fee and the total,
 * and the refusal the transfer would meet now (frozen, over a limit, not enough money).
 */
export async function previewTransfer(deps: WalletsDeps, senderId: string, input: TransferInput) {
  await deps.gate.assertAvailable("transfers");
  const prepared = await prepareTransfer(deps, senderId, input);
  const db = deps.platform.db;
  const status = (await senderStatuses(db, [senderId])).get(senderId);
  if (!status || status.frozen) throw new DomainError("account_frozen");
  const usage = (await usageOf(db, [senderId], deps.platform.clock.now(), { lock: false })).get(senderId);
  const breach =
    usage &&
    breachedLimit(
      limitsFor(deps.platform.config.wallets, status.verificationLevel),
      usage,
      prepared.limitAmount,
    );
  if (breach) throw limitExceeded(breach.limit, breach.remaining);
  const wallet = (
    await deps.ledger.customerWallets(db, [{ ownerId: senderId, currency: prepared.currency }], false)
  )
    .values()
    .next().value;
  if (!wallet || wallet.available < prepared.amount + prepared.fee)
    throw new DomainError("insufficient_funds");
  const format = (minor: bigint) => formatAmount(minor, prepared.currency);
  return {
    recipient: { walletNumber: prepared.payee.walletNumber, maskedName: prepared.payee.maskedName },
    amount: format(prepared.amount),
    fee: format(prepared.fee),
    total: format(prepared.amount + prepared.fee),
    currency: prepared.currency,
  };
}
