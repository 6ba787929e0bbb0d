/**
 * Limits of one chat connection. Each socket has its own buckets and does its own work, so a
 * client that floods is slowed and then closed without any other connection waiting for it.
 */
export const CHAT_LIMITS = {
  /** Frames larger than this close the socket (1009) before they are read. */
  maxPayloadBytes: 16 * 1024,
  /** A message's text, after trimming. */
  maxBodyChars: 4_000,
  /** Messages: 5 a second, bursts of 10. */
  messages: { perSecond: 5, burst: 10 },
  /** Typing notices: one a second; extra ones are dropped silently. */
  typing: { perSecond: 1, burst: 2 },
  /** Every frame (pings, reads, joins included). */
  frames: { perSecond: 20, burst: 40 },
  /** Refusals within the window that close the connection (1008). */
  strikes: { max: 5, windowMs: 10_000 },
  /** Frames still being worked on; more than this is a flood. */
  maxPendingFrames: 32,
  /** Output the client has not read yet; beyond it the socket is dropped (it stopped reading). */
  maxBufferedBytes: 1024 * 1024,
  /** Server pings; a client that misses one is gone. */
  pingMs: 30_000,
  /** No frame from the client for this long closes the socket (4408); clients send {type:"ping"}. */
  idleMs: 10 * 60_000,
  /** Chats an agent's socket follows at once. */
  maxJoinsPerSocket: 50,
  /** Transcripts emailed per chat. */
  transcriptsPerChat: 3,
  /** Guests' transcripts to one typed address in 24 hours, whatever the chat (no mail relay). */
  guestTranscriptsPerAddressPerDay: 3,
  /** Messages a transcript holds (the latest). */
  transcriptMessages: 200,
} as const;

/** A token bucket: `take()` answers whether one more action fits now. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.updatedAt = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Refusals counted in a sliding window: `add()` answers whether the client has now gone too far. */
export class Strikes {
  private readonly at: number[] = [];

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  add(): boolean {
    const now = this.now();
    this.at.push(now);
    while (this.at.length > 0 && (this.at[0] ?? 0) <= now - this.windowMs) this.at.shift();
    return this.at.length >= this.max;
  }
}
