import type { CreatePaymentInput, ProviderPaymentResult } from "../providers/provider.js";
import { bankPayoutScenario, type PayoutScenario, receivingAccountFor } from "./scenarios.js";
import { SimulatedProvider } from "./simulated-provider.js";
import { type SimulatorRow, scenarioOf } from "./store.js";

/**
 * The bank-transfer provider. A deposit gets the collection account to pay into (the
 * customer quotes the deposit's reference); the money itself arrives as a line on the bank
 * statement, which the bank part matches to the deposit, so this provider never sends a
 * payment webhook of its own. Payouts are sent and confirmed by webhook.
 */
export class BankSimulator extends SimulatedProvider {
  readonly key = "bank_sim";
  readonly kind = "bank_transfer" as const;

  async createPayment(input: CreatePaymentInput): Promise<ProviderPaymentResult> {
    return this.createRemotePayment(input, () => ({
      scenario: { name: "bank_transfer", ...(input.methodId ? { method: input.methodId } : {}) },
      status: "awaiting_funds",
    }));
  }

  protected override resultOf(row: SimulatorRow): ProviderPaymentResult {
    const result = super.resultOf(row);
    if (row.kind !== "payment") return result;
    return { ...result, receivingAccount: receivingAccountFor(scenarioOf(row).method) };
  }

  protected async payoutScenario(
    _executor: unknown,
    destination: Record<string, string>,
  ): Promise<PayoutScenario> {
    return bankPayoutScenario(destination);
  }
}
