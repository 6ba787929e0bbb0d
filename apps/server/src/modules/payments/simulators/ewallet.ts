import type { CreatePaymentInput, ProviderPaymentResult } from "../providers/provider.js";
import { ewalletPayoutScenario, type PayoutScenario } from "./scenarios.js";
import { SimulatedProvider } from "./simulated-provider.js";

/**
 * The e-wallet provider (Alipay, PayPal and the like). A payment sends the customer to the
 * wallet's page to approve or cancel it; the outcome comes back by webhook only.
 */
export class EwalletSimulator extends SimulatedProvider {
  readonly key = "ewallet_sim";
  readonly kind = "ewallet" as const;

  async createPayment(input: CreatePaymentInput): Promise<ProviderPaymentResult> {
    return this.createRemotePayment(input, () => ({
      scenario: { name: "approval", page: "ewallet", returnUrl: input.returnUrl },
      status: "requires_action",
    }));
  }

  protected async payoutScenario(
    _executor: unknown,
    destination: Record<string, string>,
  ): Promise<PayoutScenario> {
    return ewalletPayoutScenario(destination);
  }
}
