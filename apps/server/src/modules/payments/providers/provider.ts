import type { PaymentMethodKind } from "../../../platform/db/schema-payments.js";
import type { CheckedCard } from "./card-validation.js";

/**
 * What Satchel asks of a payment provider. The built-in simulators implement it, and so
 * will a real adapter (Stripe, Adyen, a bank's API): the deposit and withdrawal flows only
 * ever speak to this interface. Modelled on Medusa's payment providers.
 *
 * Rules every implementation keeps:
 * - Calls are idempotent per `reference` (our deposit or withdrawal id): calling again after
 *   a timeout must not create a second payment at the provider.
 * - A timeout or 5xx throws ProviderUnavailableError; the caller keeps the operation pending
 *   and reconciles later with getStatus. getStatus and cancel throw
 *   ProviderPaymentNotFoundError for a reference the provider never recorded. Nothing else
 *   is a reason to throw.
 * - Declines are answers, not errors: `{ status: "failed", reasonCode }`.
 * - Only parseWebhook's verified events, or getStatus, may move money; a customer's browser
 *   coming back from a redirect never does.
 */
export interface PaymentProvider {
  /** The key in URLs and the database: /api/v1/providers/{key}/webhooks. */
  readonly key: string;
  readonly kind: PaymentMethodKind;

  /** Starts collecting money for a deposit. */
  createPayment(input: CreatePaymentInput): Promise<ProviderPaymentResult>;
  /** The provider's current view of a payment or payout, for reconciliation. */
  getStatus(input: { reference: string; kind: "payment" | "payout" }): Promise<ProviderPaymentResult>;
  /**
   * Verifies a webhook call (signature, timestamp window) and reads its events. Throws
   * DomainError("webhook_signature_invalid") for anything forged or stale.
   */
  parseWebhook(input: {
    headers: Record<string, string | string[] | undefined>;
    rawBody: string;
  }): ProviderEvent[];
  /** Sends money out for a withdrawal. */
  createPayout(input: CreatePayoutInput): Promise<ProviderPaymentResult>;
  /** Cancels a payment or payout that has not completed. */
  cancel(input: { reference: string; kind: "payment" | "payout" }): Promise<ProviderPaymentResult>;
  /**
   * Card providers only: exchanges checked card details for a token the provider keeps
   * (done in the browser by Stripe.js and the like; here on the server, which then forgets
   * the number). Payments and payouts to a card use the token.
   */
  tokenizeCard?(card: CheckedCard): Promise<CardToken>;
}

export interface CardToken {
  token: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface CreatePaymentInput {
  /** Our deposit id; the provider's idempotency key. */
  reference: string;
  amount: bigint;
  currency: string;
  /** Where the customer's browser returns after a redirect or a 3-D Secure challenge. */
  returnUrl: string;
  /** A card token from the provider's tokenizer (never a card number). */
  cardToken?: string;
  /** Bank transfers: the code the customer must quote. */
  bankReference?: string;
  /** The payment method (a provider may serve several, such as ACH and SEPA transfers). */
  methodId?: string;
}

export interface CreatePayoutInput {
  /** Our withdrawal id; the provider's idempotency key. */
  reference: string;
  amount: bigint;
  currency: string;
  /** The destination's full details, opened from their sealed form for this call only. */
  destination: Record<string, string>;
}

export type ProviderPaymentStatus =
  /** Accepted, the outcome will come later (webhook or getStatus). */
  | "pending"
  /** The customer must act: a redirect, a 3-D Secure challenge. */
  | "requires_action"
  | "succeeded"
  | "failed"
  | "canceled"
  /** A payout the receiving bank sent back after it was paid. */
  | "returned";

export interface ProviderPaymentResult {
  status: ProviderPaymentStatus;
  /** The provider's own id for the payment. */
  providerReference: string;
  /** On failed/returned: a code of the reason catalogue (card_declined, lost_card…). */
  reasonCode?: string;
  /** On requires_action: where to send the customer. */
  redirectUrl?: string;
  /** Bank transfers: the account the customer pays into. */
  receivingAccount?: ReceivingAccount;
}

/**
 * Where a customer sends a bank transfer: the provider's collection account for the method.
 * (A type rather than an interface, so it can be stored as a JSON document.)
 */
export type ReceivingAccount = {
  bankName: string;
  accountName: string;
  accountNumber: string;
  routingNumber?: string;
  iban?: string;
  swift?: string;
};

export interface ProviderEvent {
  /** Unique per provider; a repeated id is a replay and is ignored. */
  id: string;
  type: string;
  kind: "payment" | "payout";
  /** Our deposit or withdrawal id. */
  reference: string;
  providerReference: string;
  status: ProviderPaymentStatus;
  reasonCode?: string;
  /** What the provider moved, in minor units, when it says (checked against our record). */
  amount?: bigint;
  currency?: string;
  /** When the provider says the event happened (events may arrive out of order). */
  occurredAt: Date;
}

/**
 * getStatus or cancel for a reference the provider has no record of: the request never
 * reached it (an outage before it was recorded). Creating it again is safe.
 */
export class ProviderPaymentNotFoundError extends Error {
  constructor(
    readonly provider: string,
    readonly reference: string,
  ) {
    super(`provider ${provider} has no payment or payout ${reference}`);
    this.name = "ProviderPaymentNotFoundError";
  }
}

/** A timeout, a connection failure or a 5xx: the outcome is unknown, try again later. */
export class ProviderUnavailableError extends Error {
  constructor(
    readonly provider: string,
    readonly why: "timeout" | "error",
  ) {
    super(`provider ${provider} unavailable (${why})`);
    this.name = "ProviderUnavailableError";
  }
}
