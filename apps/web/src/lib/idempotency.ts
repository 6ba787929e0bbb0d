// Idempotency keys for money-moving requests. One key belongs to one thing the person confirmed
// (a transfer, an exchange of one quote, one adjustment): a retry after a network error sends
// the same key and body, so the server answers with the first result instead of moving money
// twice. Changing what is sent means a new key.

/** A random UUID v4; crypto.randomUUID needs a secure context (https or localhost), getRandomValues does not. */
export function newIdempotencyKey(
  cryptoImpl: Pick<Crypto, "getRandomValues"> & Partial<Crypto> = crypto,
): string {
  if (typeof cryptoImpl.randomUUID === "function") {
    try {
      return cryptoImpl.randomUUID();
    } catch {
      // fall through: some browsers expose it but refuse outside a secure context
    }
  }
  const bytes = cryptoImpl.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Hands out the key for a request body: the same key while the body stays the same, a new one
 * when it changes or after `reset()` (a finished operation, or the person starting over).
 */
export class IdempotencyKeys {
  private current: { fingerprint: string; key: string } | null = null;

  constructor(private readonly generate: () => string = newIdempotencyKey) {}

  keyFor(body: unknown): string {
    const fingerprint = JSON.stringify(body);
    if (this.current?.fingerprint !== fingerprint) {
      this.current = { fingerprint, key: this.generate() };
    }
    return this.current.key;
  }

  reset(): void {
    this.current = null;
  }
}
