import { DomainError } from "../../../platform/errors/domain-error.js";
import type { PaymentProvider } from "./provider.js";

/** A webhook call as it reaches POST /api/v1/providers/{provider}/webhooks: headers and the raw body. */
export interface WebhookCall {
  provider: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
}

export type WebhookEndpoint = (call: WebhookCall) => Promise<{ duplicate: boolean }>;

/** The configured providers by key. The built-in simulators are registered at start. */
export class ProviderRegistry {
  private readonly providers = new Map<string, PaymentProvider>();
  private endpoint: WebhookEndpoint | undefined;

  register(provider: PaymentProvider): void {
    this.providers.set(provider.key, provider);
  }

  get(key: string): PaymentProvider {
    const provider = this.providers.get(key);
    if (!provider) throw new DomainError("provider_not_found");
    return provider;
  }

  has(key: string): boolean {
    return this.providers.has(key);
  }

  keys(): string[] {
    return [...this.providers.keys()];
  }

  /**
   * The function behind the webhook endpoint, set by the deposits part. Built-in providers
   * run in this process, so their webhooks are handed straight to it (signed, as raw text)
   * instead of travelling over HTTP: the verification path is the same.
   */
  connectWebhookEndpoint(endpoint: WebhookEndpoint): void {
    this.endpoint = endpoint;
  }

  /** Delivers a built-in provider's webhook; throws (so the sender retries) when nobody listens yet. */
  deliverWebhook(call: WebhookCall): Promise<{ duplicate: boolean }> {
    if (!this.endpoint) throw new Error("no webhook endpoint is connected");
    return this.endpoint(call);
  }
}
