/** How long a quote is honoured when the server's expiry cannot be trusted (FX_QUOTE_TTL_SECONDS default). */
export const DEFAULT_QUOTE_TTL_MS = 30_000;

/**
 * When a quote stops being honoured, on this device's clock. `expiresAt` is the server's time;
 * a device whose clock is far off would count down from nonsense (already past, or minutes away),
 * so then the countdown runs for the default lifetime from the moment the quote arrived.
 */
export function quoteDeadline(expiresAt: string, receivedAt: number, maxTtlMs = 5 * 60_000): number {
  const at = Date.parse(expiresAt);
  if (Number.isNaN(at)) return receivedAt + DEFAULT_QUOTE_TTL_MS;
  const left = at - receivedAt;
  if (left <= 0 || left > maxTtlMs) return receivedAt + DEFAULT_QUOTE_TTL_MS;
  return at;
}

/** Whole seconds left until `deadline` (never negative; rounded up, so "1" shows until it is over). */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}
