import { ProviderUnavailableError } from "./provider.js";

/**
 * Runs a provider call, giving up after `timeoutMs` with ProviderUnavailableError("timeout"):
 * a provider that hangs must not hold a request or the outbox worker. The call itself may
 * still finish at the provider; calls are idempotent per our reference, so asking again is safe.
 */
export async function withinProviderTimeout<T>(
  timeoutMs: number,
  providerKey: string,
  call: () => Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProviderUnavailableError(providerKey, "timeout")), timeoutMs);
  });
  try {
    return await Promise.race([call(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
