import { createHmac } from "node:crypto";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { requestHash } from "../../../platform/idempotency/idempotency.js";
import { success } from "../../../platform/idempotency/outcome.js";
import { formatAmount, parseAmount } from "../../../platform/money/money.js";
import type { Random } from "../../../platform/random.js";
import type { PaymentsDeps } from "../deps.js";
import type { MethodRow } from "../methods/catalogue.js";
import { type CardInput, type CheckedCard, validateCard } from "../providers/card-validation.js";
import type { CardToken } from "../providers/provider.js";
import { claimUsage } from "../usage.js";
import { openDeposit } from "./open.js";
import { backoffMs, requestPayment } from "./provider-call.js";

export interface DepositRequest {
  methodId: string;
  amount: string;
  currency: string;
  card?: CardInput | undefined;
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The code a customer quotes on a bank transfer: SAT- and 8 characters nobody misreads (no I, L, O, U). */
export function newBankReference(random: Random): string {
  return `SAT-${[...random.bytes(8)].map((b) => CROCKFORD[b & 31]).join("")}`;
}

const BRANDS: Record<string, string> = { visa: "Visa", mastercard: "Mastercard", amex: "American Express" };

/** How the deposit reads in the customer's history: "Visa •••• 4242", or the method's name. */
function counterpartyOf(method: MethodRow, card: CardToken | undefined, language: "en" | "zh-CN"): string {
  if (card) return `${BRANDS[card.brand] ?? "Card"} •••• ${card.last4}`;
  return method.name[language];
}

/**
 * What the Idempotency-Key's hash covers: the request with the card number replaced by a
 * keyed fingerprint and the security code left out, so neither can be recovered from it.
 */
function hashOf(deps: PaymentsDeps, input: DepositRequest, card: CheckedCard | undefined): string {
  const fingerprint = card
    ? {
        number: createHmac("sha256", deps.platform.config.secret).update(`card:${card.number}`).digest("hex"),
        expMonth: card.expMonth,
        expYear: card.expYear,
      }
    : undefined;
  const { methodId, amount, currency } = input;
  return requestHash("POST", "/api/v1/deposits", { methodId, amount, currency, card: fingerprint });
}

/**
 * Starts a deposit. Order: the card's details (Luhn, expiry, CVC) and the amount; a replay
 * of the Idempotency-Key answers with the deposit it made; the method's check (region,
 * state, level, bounds) and a fee smaller than the amount; then, in one transaction, the
 * customer's limits, the deposit and its row in the history. Only after that commits is
 * the provider asked (outside any transaction), and its answer applied in a new one. A
 * frozen account may still deposit: a freeze stops money going out.
 */
export async function createDeposit(
  deps: PaymentsDeps,
  userId: string,
  input: DepositRequest,
  key: string | undefined,
): Promise<{ depositId: string; replayed: boolean }> {
  const { platform } = deps;
  const now = platform.clock.now();
  const card = input.card ? validateCard(input.card, now) : undefined;
  const amount = parseAmount(input.amount, input.currency);
  const scope = `deposit:${userId}`;
  const hash = hashOf(deps, input, card);
  const earlier = key ? await platform.idempotency.peek(scope, key, hash) : undefined;
  if (earlier) return { depositId: (earlier.body as { depositId: string }).depositId, replayed: true };

  const profile = await deps.customers.profile(platform.db, userId);
  if (!profile) throw new DomainError("authentication_required");
  const { method, fee } = await deps.methods.check({
    methodId: input.methodId,
    direction: "deposit",
    profile,
    amount,
    currency: input.currency,
  });
  if (method.kind === "card" && !card) throw cardField("required", "Required");
  if (method.kind !== "card" && input.card) throw cardField("not_allowed", "only for card methods");
  if (fee >= amount) {
    const minimum = formatAmount(smallestCreditable(method, amount, fee), input.currency);
    throw new DomainError("amount_below_minimum", { minimum, currency: input.currency }, [], { minimum });
  }
  const provider = deps.providers.get(method.provider);
  let token: CardToken | undefined;
  if (card) {
    // A card method served by a provider without a card vault is misconfigured: closed for now.
    if (!provider.tokenizeCard) throw new DomainError("method_paused");
    token = await provider.tokenizeCard(card);
  }

  const outcome = await platform.idempotency.run({ scope, key, hash }, async (trx) => {
    const usageUsd = await claimUsage(deps, trx, {
      userId,
      direction: "deposit",
      level: profile.verificationLevel,
      amount,
      currency: input.currency,
    });
    const at = platform.clock.now();
    const bank = method.kind === "bank_transfer";
    const { id } = await openDeposit(deps, trx, {
      userId,
      method,
      amount,
      fee,
      currency: input.currency,
      counterpartyName: counterpartyOf(method, token, profile.language),
      bankReference: bank ? newBankReference(platform.random) : null,
      cardToken: token,
      usageUsd,
      // Should this process stop before the provider is asked, the reconciler asks.
      nextCheckAt: new Date(at.getTime() + backoffMs(1)),
      expiresAt: bank
        ? new Date(at.getTime() + platform.config.payments.bankDepositExpiryDays * 86_400_000)
        : null,
    });
    return success(201, { depositId: id });
  });
  const { depositId } = outcome.body as { depositId: string };
  if (!outcome.replayed) await requestPayment(deps, depositId);
  return { depositId, replayed: outcome.replayed };
}

/**
 * The smallest amount whose fee leaves something to credit. The fee is a percentage of the
 * amount (rounded up) plus a fixed part; the fixed part in this currency is what the fee of
 * `amount` has beyond its percentage.
 */
function smallestCreditable(method: MethodRow, amount: bigint, fee: bigint): bigint {
  const percentOf = (a: bigint) => (a * method.fee_ppm + 999_999n) / 1_000_000n;
  const fixed = fee - percentOf(amount);
  let smallest = ((fixed + 1n) * 1_000_000n) / (1_000_000n - method.fee_ppm);
  while (fixed + percentOf(smallest) >= smallest) smallest += 1n;
  return smallest;
}

function cardField(code: string, message: string) {
  return new DomainError("validation_failed", {}, [{ in: "body", path: "/card", code, message }]);
}
