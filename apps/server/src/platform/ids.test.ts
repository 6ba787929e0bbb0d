import { describe, expect, it } from "vitest";
import { ManualClock } from "./clock.js";
import { createIdGenerator, idTimestamp } from "./ids.js";
import { cryptoRandom } from "./random.js";

describe("ids", () => {
  it("are prefixed and carry the time they were made", () => {
    const clock = new ManualClock("2026-11-26T10:00:00.000Z");
    const id = createIdGenerator(clock, cryptoRandom).next("user");
    expect(id).toMatch(/^usr_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(idTimestamp(id)?.toISOString()).toBe("2026-11-26T10:00:00.000Z");
  });

  it("sort in creation order, even within one millisecond", () => {
    const clock = new ManualClock();
    const ids = createIdGenerator(clock, cryptoRandom);
    const made: string[] = [];
    for (let i = 0; i < 500; i++) {
      made.push(ids.next("transaction"));
      if (i % 100 === 0) clock.advance(1);
    }
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
  });

  it("reject foreign strings when decoding", () => {
    expect(idTimestamp("not-an-id")).toBeUndefined();
    expect(idTimestamp("usr_123")).toBeUndefined();
  });
});
