/**
 * Group commit: requests that arrive while a batch is being written wait and go together in
 * the next one, so under load many operations share one database transaction, and alone a
 * request goes at once (no timer, no added latency). `run` answers each item in order.
 */
export class Batcher<I, O> {
  private readonly queue: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] = [];
  private running = 0;
  private lingerSince: number | undefined;
  private lingerTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly options: {
      maxBatch: number;
      maxConcurrent: number;
      /**
       * True while more items are known to be on their way (requests still being checked).
       * The batcher then waits for them, up to `maxLingerMs`, rather than cutting a batch of
       * one: on a single-connection database the stragglers could otherwise never catch up.
       */
      moreComing?: () => boolean;
      maxLingerMs?: number;
    },
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  /** Requests waiting for a batch; exported as a metric. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Whether to wait a moment for items still on their way; arranges to come back if so. */
  private lingers(): boolean {
    const { moreComing, maxLingerMs = 0 } = this.options;
    if (!moreComing?.() || this.queue.length >= this.options.maxBatch) return false;
    const now = performance.now();
    this.lingerSince ??= now;
    if (now - this.lingerSince >= maxLingerMs) return false;
    this.lingerTimer ??= setTimeout(() => {
      this.lingerTimer = undefined;
      this.pump();
    }, 1);
    return true;
  }

  private pump(): void {
    while (this.running < this.options.maxConcurrent && this.queue.length > 0) {
      if (this.lingers()) return;
      this.lingerSince = undefined;
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.running += 1;
      this.run(batch.map((entry) => entry.item))
        .then(
          (results) => {
            batch.forEach((entry, i) => {
              entry.resolve(results[i] as O);
            });
          },
          (error: unknown) => {
            for (const entry of batch) entry.reject(error);
          },
        )
        .finally(() => {
          this.running -= 1;
          this.pump();
        });
    }
  }
}
