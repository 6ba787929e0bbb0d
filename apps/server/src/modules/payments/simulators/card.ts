import type { Executor } from "../../../platform/outbox/outbox.js";
import type { CheckedCard } from "../providers/card-validation.js";
import type { CardToken, CreatePaymentInput, ProviderPaymentResult } from "../providers/provider.js";
import { cardScenario, type PayoutScenario } from "./scenarios.js";
import { type PaymentPlan, SimulatedProvider } from "./simulated-provider.js";
import { findById, recordRequest, type SimulatorRow, scenarioOf } from "./store.js";

/** A token's record: kept with the payments, under its own id, in status "token". */
const TOKEN_STATUS = "token";

/**
 * The card provider. Approvals answer "pending" and succeed by webhook a moment later (the
 * rule: only verified events or getStatus move money); declines answer at once, as Stripe's
 * confirm does; the 3-D Secure test card waits for the customer's challenge page.
 */
export class CardSimulator extends SimulatedProvider {
  readonly key = "card_sim";
  readonly kind = "card" as const;

  /**
   * Stands for the provider's card vault (reached from the browser by Stripe.js and the
   * like): it keeps brand, last 4, expiry and the test scenario, and forgets the number.
   * The outage modes are for the payments API, so they do not apply here.
   */
  async tokenizeCard(card: CheckedCard): Promise<CardToken> {
    const { platform } = this.deps;
    const { name, declineCode } = cardScenario(card.number);
    const token = this.newId("tok");
    const summary = { brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear };
    const now = platform.clock.now();
    await recordRequest(platform.db, {
      id: token,
      provider: this.key,
      kind: "payment",
      merchant_reference: token,
      amount: 0n,
      // ISO 4217's code for "no currency": a token is not a payment.
      currency: "XXX",
      scenario: { name, card: summary },
      status: TOKEN_STATUS,
      decline_code: declineCode,
      created_at: now,
      updated_at: now,
    });
    return { token, ...summary };
  }

  private async findToken(executor: Executor, token: string): Promise<SimulatorRow | undefined> {
    const row = await findById(executor, token);
    return row?.provider === this.key && row.status === TOKEN_STATUS ? row : undefined;
  }

  async createPayment(input: CreatePaymentInput): Promise<ProviderPaymentResult> {
    return this.createRemotePayment(input, async (trx): Promise<PaymentPlan> => {
      const token = input.cardToken ? await this.findToken(trx, input.cardToken) : undefined;
      // No such token: a real provider refuses the request; nothing can be charged.
      if (!token)
        return { scenario: { name: "no_such_token" }, status: "failed", declineCode: "processing_error" };
      const { name, card } = scenarioOf(token);
      const scenario = { name, ...(card ? { card } : {}) };
      if (name === "decline")
        return { scenario, status: "failed", declineCode: token.decline_code ?? "card_declined" };
      if (name === "three_d_secure")
        return {
          scenario: { ...scenario, page: "3ds", returnUrl: input.returnUrl },
          status: "requires_action",
        };
      return { scenario, status: "processing", next: { to: "succeeded" } };
    });
  }

  /** A card that declines payments (any decline test card) refuses payouts too. */
  protected async payoutScenario(
    executor: Executor,
    destination: Record<string, string>,
  ): Promise<PayoutScenario> {
    if (destination.token) {
      const token = await this.findToken(executor, destination.token);
      return token && !token.decline_code ? "payout_paid" : "payout_fails";
    }
    const number = (destination.number ?? "").replace(/[\s-]/g, "");
    if (!/^\d{12,19}$/.test(number)) return "payout_fails";
    return cardScenario(number).name === "decline" ? "payout_fails" : "payout_paid";
  }
}
