import { DomainError } from "../../../platform/errors/domain-error.js";
import type { PaymentProvider } from "./provider.js";

/** The configured providers by key. The built-in simulators are registered at start. */
export class ProviderRegistry {
  private readonly providers = new Map<string, PaymentProvider>();

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
}
