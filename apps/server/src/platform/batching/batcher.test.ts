import { describe, expect, it } from "vitest";
import { Batcher } from "./batcher.js";

describe("batcher", () => {
  it("sends a lone request at once and groups the ones that arrive while a batch runs", async () => {
    const sizes: number[] = [];
    const batcher = new Batcher<number, number>(
      async (items) => {
        sizes.push(items.length);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return items.map((n) => n * 2);
      },
      { maxBatch: 100, maxConcurrent: 1 },
    );
    const first = batcher.submit(1);
    const rest = Array.from({ length: 10 }, (_, i) => batcher.submit(i + 2));
    expect(await first).toBe(2);
    expect(await Promise.all(rest)).toEqual(Array.from({ length: 10 }, (_, i) => (i + 2) * 2));
    expect(sizes).toEqual([1, 10]);
  });

  it("never exceeds the batch size and fails only the batch that failed", async () => {
    const batcher = new Batcher<number, number>(
      async (items) => {
        if (items.includes(3)) throw new Error("boom");
        return items;
      },
      { maxBatch: 2, maxConcurrent: 1 },
    );
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => batcher.submit(n)));
    // [1] goes alone at once; then [2, 3] (fails together) and [4, 5].
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "rejected",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
  });

  it("waits a moment for items announced as on their way, but never longer than allowed", async () => {
    const sizes: number[] = [];
    let coming = 3;
    const batcher = new Batcher<number, number>(
      async (items) => {
        sizes.push(items.length);
        return items;
      },
      { maxBatch: 100, maxConcurrent: 1, moreComing: () => coming > 0, maxLingerMs: 200 },
    );
    const all = [batcher.submit(0)];
    for (let i = 1; i <= 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      coming -= 1;
      all.push(batcher.submit(i));
    }
    await Promise.all(all);
    expect(sizes).toEqual([4]);

    // Someone announced but never came: the batch goes anyway after the linger.
    coming = 1;
    const started = performance.now();
    await batcher.submit(9);
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    expect(sizes).toEqual([4, 1]);
  });
});
