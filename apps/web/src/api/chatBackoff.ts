// Timing rules of the chat socket, kept pure so tests can pin them down.

export const RECONNECT_BASE_MS = 500;
export const RECONNECT_MAX_MS = 30_000;

/**
 * How long to wait before reconnect attempt `attempt` (0 = the first after a drop): doubling
 * from half a second up to 30 s, and a random half of it on top of the other half ("equal
 * jitter"), so a thousand widgets cut off by one server restart do not all come back at once.
 */
export function reconnectDelay(
  attempt: number,
  random: () => number = Math.random,
  base = RECONNECT_BASE_MS,
  max = RECONNECT_MAX_MS,
): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, Math.min(attempt, 30)));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}

/**
 * A gate that opens at most once per `intervalMs` (per key): typing frames go out while someone
 * types, but not on every key.
 */
export function throttle(intervalMs: number, now: () => number = Date.now) {
  const last = new Map<string, number>();
  return {
    /** True when something may be sent for `key` now (and remembers that it was). */
    pass(key = ""): boolean {
      const at = now();
      const before = last.get(key);
      if (before !== undefined && at - before < intervalMs) return false;
      last.set(key, at);
      return true;
    },
    /** Forget `key`: after a message is sent, the next keystroke says "typing" again at once. */
    reset(key = ""): void {
      last.delete(key);
    },
  };
}

/**
 * Close codes after which reconnecting cannot help: the request was bad, or the caller is not
 * signed in, may not have this chat, or it is gone (4400, 4401, 4403, 4404). Everything else —
 * a server restart, a dropped line, "idle" (4408), "not reading" (4429), rate limits (1008) — is
 * tried again after the backoff.
 */
export function isRefusal(code: number): boolean {
  return code === 4400 || code === 4401 || code === 4403 || code === 4404;
}
